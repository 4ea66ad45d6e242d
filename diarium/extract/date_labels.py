"""A document's date after a date label: on the label's line ("Datum: 2024-09-10") or in the
column under it ("Datum   Diarienummer" / "2024-09-26   ATN-2024-00061"); a date field left
empty above the meeting's time field is no date.

>>> labelled([(0, "Datum"), (6, "2021-04-20"), (17, "Tid: Tisdagen den 4 maj 2021 kl. 9")]).value
'2021-04-20'
>>> labelled([(0, "Datum"), (6, "Tid: Tisdagen den 4 maj 2021 kl. 9"), (40, "Plats: Stadshuset")]) is None
True
"""
from __future__ import annotations

import re

from diarium.extract.date_phrases import DATE, Found, date_in, iso_date
from diarium.language import table
from diarium.language.letters import sv_pattern

DATE_LABELS = table("date_labels")


def label_pattern(labels: list[str]) -> re.Pattern[str]:
    return re.compile("(?i)^\\s*(?:" + "|".join(sv_pattern(w) for w in labels) + r")\b\s*:?\s*(.*)$")


DATE_LABEL = label_pattern(list(DATE_LABELS))
# Labels of the meeting's time, not of a document's date: "Tid", "Tid och plats".
TIME_LABELS = frozenset(label.split()[0] for label, flags in DATE_LABELS.items() if "time" in flags.split())

# Labels whose date stands on their own line only ("beslutad den …"), never in a column under them.
OWN_LINE = label_pattern([label for label, flags in DATE_LABELS.items() if "own" in flags.split()])
VALUE_REACH = 6           # columns after a label row ("Datum  Vår beteckning") that may hold its value


def labelled(head: list[tuple[int, str]], labels: re.Pattern[str] = DATE_LABEL) -> Found | None:
    """After a date label on the same column, or under it: the first column that starts with a
    date, a few columns on (a label row "Datum  Vår beteckning  Er beteckning" may stand lines
    above its value row)."""
    for k, (offset, column) in enumerate(head):
        label = labels.match(column)
        if not label:
            continue
        rest = label.group(1)
        if empty_field(rest, head[k + 1:k + 2]):
            return None
        found = date_in(rest, offset + label.start(1)) if rest.strip() else None
        if found is None and not DATE.search(rest) and not OWN_LINE.match(column):
            # the value under the label ("Datum   Diarienummer" / "2024-09-26   ATN-…")
            found = next((f for o, c in head[k + 1:k + 1 + VALUE_REACH] if (f := date_in(c, o))), None)
        if found:
            return found
    return None


def empty_field(rest: str, after: list[tuple[int, str]]) -> bool:
    """A document's date field printed without its value, the meeting's time field right after
    it ("Datum" / "Tid: Onsdagen den 10 maj 2017"): the document's own date is not printed, and
    the meeting's is not it.

    >>> from diarium.extract.dates import document_date
    >>> document_date("Kallelse\\nDatum\\nTid: Tisdagen den 4 maj 2021 kl. 9\\nPlats: Stadshuset") is None
    True
    >>> document_date("Kallelse\\nDatum\\n2021-04-20\\nTid: Tisdagen den 4 maj 2021 kl. 9").value
    '2021-04-20'
    """
    if rest.strip() or not after:
        return False
    label = DATE_LABEL.match(after[0][1])
    return label is not None and label.group(0).split()[0].rstrip(":") in TIME_LABELS


def first_matched_date(pattern: re.Pattern[str], lines: list[tuple[int, str]]) -> Found | None:
    """The first line's `date` group of `pattern` that reads as a date."""
    for offset, line in lines:
        match = pattern.search(line)
        value = iso_date(match.group("date")) if match else None
        if match and value:
            return Found(value, offset + match.start("date"), offset + match.end("date"))
    return None
