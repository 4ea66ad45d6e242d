"""The date of a meeting a protokoll records, where no date label in its head gives it: "… fört
vid sammanträde med socialnämnden den 14 mars 2023", the time-and-place label ("Tid och plats
onsdagen den 8 mars 2031"), also on a page that lost its line breaks, and the anslag box's
"Sammanträdesdatum" anywhere on the opening pages.
"""
from __future__ import annotations

import re

from diarium.extract.date_labels import DATE_LABELS, first_matched_date, label_pattern, labelled
from diarium.extract.date_phrases import (
    DAMAGED_DATE, DATE, ISO_DATE, MONTH_END, MONTH_NAMES, Found, damaged_date, date_in, iso_date,
)
from diarium.extract.first_document import FirstDocument
from diarium.language import words
from diarium.language.letters import sv_pattern

# The labels of a meeting's date ("Sammanträdesdatum"), read on the whole first page of a protokoll.
MEETING_LABEL = label_pattern([label for label, flags in DATE_LABELS.items() if "meeting" in flags.split()])
# A meeting's date label printed with its capital after other words of a column.
MEETING_INSIDE = re.compile(r"(?<=\s)(?:" + "|".join(sv_pattern(label) for label, flags in DATE_LABELS.items()
                                                    if "meeting" in flags.split()) + r")\b")
# The meeting's time-and-place label inside a page that lost its line breaks: "Plats och tid".
TIME_PLACE = re.compile(r"(?<![\wåäö])(?:" + "|".join(sv_pattern(label) for label, flags in DATE_LABELS.items()
                                                    if "time" in flags.split() and " " in label) + r")(?![\wåäö])")
# A one-word time label with its colon ("Tid:"), on a flat page: its date is the meeting's where the
# time of day follows it ("Tid: Plats: 30 maj 2031 kl Stadshuset", the fields' values after their labels).
TIME_WORD = re.compile(r"(?<![\wåäö])(?:" + "|".join(sv_pattern(label) for label, flags in DATE_LABELS.items()
                                                    if "time" in flags.split() and " " not in label) + r")\s*:")
CLOCK = re.compile(r"\s*,?\s*(?:" + "|".join(re.escape(w) for w in sorted(words("clock_words"), key=len, reverse=True))
                   + r")(?![\wåäö])", re.I)
TIME_WORD_REACH = 60      # characters from "Tid:" to its date across the labels that stand between
# That label opening a column of a protokoll's opening pages, its date a few words on: "Tid och
# plats onsdagen den 8 mars 2031 kl 09.00" under an ärendeförteckning.
TIME_PLACE_LINE = re.compile(r"^\s*" + TIME_PLACE.pattern + r"\W{0,3}(?P<date>.{0,40})")
TIME_PLACE_REACH = 200    # characters from that label to its date across the fields a flat page ran together
# A meeting, or what a meeting did, before its date: "… sammanträde med nämnden den 14 mars 2023",
# "ärenden som beslutades av kommunfullmäktige den 27 maj 2019" (`meeting_words.txt`).
MEETING_WORD = "|".join(sv_pattern(w) for w in sorted(words("meeting_words")))
# Not across a verb in the past passive: "Kungörelsen om sammanträdet utsändes den 10 november"
# dates the notice, not the meeting.
PASSIVE_GAP = r"(?:(?![a-zåäö]+[dt]es\b).)"
MEETING = re.compile(rf"(?i)(?:{MEETING_WORD})\b{PASSIVE_GAP}{{0,80}}?\b(?P<date>den\s+\d{{1,2}}\s+(?:{MONTH_NAMES}){MONTH_END}\s+\d{{4}}|{ISO_DATE})")


def time_place_date(columns: list[tuple[int, str]]) -> Found | None:
    """The date a protokoll's time-and-place label opens, on its opening pages.

    >>> from diarium.extract.dates import document_date
    >>> document_date("Ärendeförteckning\\n§ 1 Val av justerare ... 3\\n§ 2 Information ... 3\\n\\n"
    ...               "Tid och plats onsdagen den 8 mars 2031 kl 09.00-11.15 Rådhuset\\nNärvarande\\n").value
    '2031-03-08'
    """
    for offset, column in columns:
        label = TIME_PLACE_LINE.match(column)
        found = date_in(label.group("date"), offset + label.start("date")) if label else None
        if found is not None:
            return found
    return None


def split_at_labels(columns: list[tuple[int, str]], label: re.Pattern[str]) -> list[tuple[int, str]]:
    """Columns cut before a label printed inside them: a row of the anslag box read as one
    line, the value of one field and the label of the next ("Organ Kulturnämnden
    Sammanträdesdatum", its date on a line below).

    >>> split_at_labels([(0, "Organ Kulturnämnden Sammanträdesdatum")], MEETING_INSIDE)
    [(0, 'Organ Kulturnämnden'), (20, 'Sammanträdesdatum')]
    """
    out = []
    for offset, column in columns:
        cuts = [0, *(m.start() for m in label.finditer(column)), len(column)]
        out += [(offset + a, column[a:b].strip()) for a, b in zip(cuts, cuts[1:]) if column[a:b].strip()]
    return out

def flat_meeting_date(first: FirstDocument) -> Found | None:
    """On a first page that lost its line breaks, the date after the meeting's time-and-place
    label, a few fields on.

    >>> from diarium.extract.dates import document_date
    >>> document_date("Protokoll 1 (9) Plats och tid för sammanträdet Beslutande Närvarande Stadshuset, "
    ...               "rum Ekan, måndag den 3 mars 2031, kl 13 Anna Berg, ordförande Per Ek " * 3).value
    '2031-03-03'
    """
    flat = first.flat
    if flat is None:
        return None
    line = first.text[flat.start:flat.end]
    for label in TIME_PLACE.finditer(line):
        window = line[label.end():label.end() + TIME_PLACE_REACH]
        match = DATE.search(window)
        value = iso_date(match.group(0)) if match else None
        if match and value:
            at = flat.start + label.end()
            return Found(value, at + match.start(), at + match.end())
    return None


def timed_date(line: str, start: int) -> Found | None:
    """The date a few fields after "Tid:" that a time of day follows, on a flat page.

    >>> timed_date("Protokoll fört vid styrelsens sammanträde Tid: Plats: 3 maj 2031 kl Kontoret", 0).value
    '2031-05-03'
    >>> timed_date("Tid: Plats: Kontoret Ärenden 1 Beslut av den 3 maj 2031 om taxa", 0) is None
    True
    """
    for label in TIME_WORD.finditer(line):
        window = line[label.end():label.end() + TIME_WORD_REACH]
        match = DATE.search(window)
        value = iso_date(match.group(0)) if match and CLOCK.match(window, match.end()) else None
        if match and value:
            at = start + label.end()
            return Found(value, at + match.start(), at + match.end())
    return None


# The same in an old scan whose OCR damaged the date ("den 12 novembcr 1991",
# `date_phrases.DAMAGED_DATE`); case matters in the date itself (a capital glyph is a digit).
DAMAGED_MEETING = re.compile(rf"(?i:{MEETING_WORD})\b(?i:{PASSIVE_GAP}){{0,80}}?\b"
                             rf"(?P<date>(?=den\s){DAMAGED_DATE.pattern})")


def meeting_date(lines: list[tuple[int, str]]) -> Found | None:
    """"Protokoll fört vid sammanträde med socialnämnden den 14 mars 2023" in the first lines,
    also as an old scan's OCR damaged it.

    >>> meeting_date([(0, "Protokoll fört vid sammanträde med tekniska nämnden den 12 novembcr 1991")]).value
    '1991-11-12'
    """
    return first_matched_date(MEETING, lines) or damaged_meeting_date(lines)


def damaged_meeting_date(lines: list[tuple[int, str]]) -> Found | None:
    for offset, line in lines:
        match = DAMAGED_MEETING.search(line)
        value = damaged_date(match) if match else None
        if match and value:
            return Found(value, offset + match.start("date"), offset + match.end("date"))
    return None



def anslag_date(first: FirstDocument) -> Found | None:
    """A protokoll's "Sammanträdesdatum" in the anslag box, or its time-and-place label, on its
    first two pages; on a flat first page, the date its "Tid:" label gives (a kallelse's "Tid:"
    dates the meeting it calls, not the kallelse: read for a protokoll only)."""
    flat = first.flat
    return labelled(split_at_labels(first.opening_columns(), MEETING_INSIDE), MEETING_LABEL) \
        or time_place_date(first.opening_columns()) \
        or (timed_date(first.text[flat.start:flat.end], flat.start) if flat is not None else None)
