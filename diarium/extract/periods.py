"""Periods: the term of an agreement, lease, partnership, extension or grant, both ends
resolvable to a day, and what the period is of.

A date range is a term only when its sentence says what it is the term of (the nearest kind
word: "avtal", "partnerskap", "bidrag" …); a range said of a consultation step (samråd,
granskning) is a consultation window, and a range said of nothing (a reporting window) is no
term. A whole calendar year stated as the term of an agreement or grant ("partistöd för år
2026", "avtalet avser år 2025", "för åren 2024-2025") runs from 1 January to 31 December.

>>> [(p.start, p.end, p.kind) for p in find_periods(
...     "Stockholms stads socialförvaltning har upprättat ett samarbetsavtal med Rädda "
...     "Barnen från och med 1 juli 2024 till och med 31 december\\n2025 för det fortsatta arbetet.")]
[('2024-07-01', '2025-12-31', 'samarbetsavtal')]
>>> [(p.start, p.end, p.kind) for p in find_periods(
...     "Avtalet gäller fr.o.m. den 1 maj 2024 t.o.m. den 30 april 2025.")]
[('2024-05-01', '2025-04-30', 'avtal')]
>>> [(p.start, p.end) for p in find_periods("Avtalstiden är 2025-03-01–2026-02-28.")]
[('2025-03-01', '2026-02-28')]
>>> [(p.start, p.end) for p in find_periods("bidrag för perioden 2024-01-01-—2024-12-31,")]   # OCR dashes
[('2024-01-01', '2024-12-31')]
>>> find_periods("Planförslaget var utställt för samråd mellan 2018-05-15 och 2018-06-12.")
[]
>>> find_periods("Inkomna skrivelser för perioden 2025-01-14 - 2025-02-06 redovisas.")
[]
>>> find_periods("Protokollet är anslaget 2013-04-11 -- 2013-05-03")     # a posting window
[]
>>> [(p.start, p.end, p.kind) for p in find_periods("Upplåtelsen avser en tid av fem år, räknat från den 2023-10-01.")]
[('2023-10-01', '2028-09-30', 'upplåtelse')]
>>> find_periods("Handläggningen tar tre månader från den 1 mars 2024.")      # a length of nothing
[]
>>> from diarium.structure import analyse
>>> text = "§ 34                       Dnr IF-2025-00314\\nFöreningsbidrag 2026\\n\\nBeslut\\n\\nNämnden fördelar bidraget.\\n"
>>> [(p.start, p.end, p.kind) for p in find_periods(text, analyse(text))]      # a grant's year in its heading
[('2026-01-01', '2026-12-31', 'bidrag')]
>>> [(p.start, p.end, p.kind) for p in find_periods("Kommunfullmäktige beviljar partierna partistöd för år 2026.")]
[('2026-01-01', '2026-12-31', 'bidrag')]
>>> [(p.start, p.end, p.kind) for p in find_periods("Lokalen finansieras med verksamhetsstöd för åren 2024–2025.")]
[('2024-01-01', '2025-12-31', 'bidrag')]
>>> find_periods("Ersättningen för år 2025 baseras på genomsnittet. Budget för år 2026.")
[]
>>> [(p.start, p.end, p.kind) for p in find_periods(
...     "Partnerskapet kan förlängas med ett år i taget dock längst till den 30 april 2022.")]
[]
>>> [(p.start, p.end) for p in find_periods("under perioden 2017-2021 har gett goda resultat")]
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.evidence import evidence
from diarium.extract.period_durations import durations
from diarium.extract.period_grants import genitive_years, granted_years
from diarium.extract.period_ranges import RANGE, resolve
from diarium.extract.patterns import plain_words
from diarium.extract.title import find_title
from diarium.language import table, words
from diarium.schemas import Period
from diarium.schemas.structure import Heading, Structure

# Nearest keyword before the range names its kind; longest words first.
# (kind, pattern) in order of preference; the nearest keyword before the range names its kind.
def kind_patterns(name: str) -> list[tuple[str, str]]:
    """(kind, pattern) of a kind table: a capitalised word only as a word of its own ("IOP"),
    a lower-case one anywhere in a word ("avtal" in "samverkansavtalet")."""
    return [(kind, rf"\b{re.escape(word)}\b" if word.isupper() else
             rf"\w+{re.escape(word[1:])}\w*" if word.startswith("*") else rf"\w*{re.escape(word)}\w*")
            for word, kind in table(name).items()]


# A consultation step is a kind of its own ("-"): a range said of it is no term; so is the
# posting of a protokoll, named first: "Protokollet är anslaget …" is no grant ("anslag").
def phrase(word: str) -> str:
    """A word or phrase anywhere in a word; a space is any run of whitespace."""
    return r"\w*" + r"\s+".join(re.escape(part) for part in word.split()) + r"\w*"


KINDS = [("-", phrase(w)) for w in sorted(words("posting_words"))] \
    + kind_patterns("period_kinds") + [("-", rf"\w*{re.escape(w)}\w*") for w in sorted(words("consultation_words"))]
# (every alternative begins at the start of a run of word characters: the leftmost match of
# '\w*word\w*' does, so the lookbehind changes no match and spares trying them inside every word)
KIND = re.compile("(?i)(?<!\\w)(?:" + "|".join(f"(?P<k{i}>{pattern})" for i, (_, pattern) in enumerate(KINDS)) + ")")
YEAR_KINDS = kind_patterns("year_term_words")
YEAR_KIND = re.compile("(?i)" + "|".join(f"(?P<k{i}>{pattern})" for i, (_, pattern) in enumerate(YEAR_KINDS)))
GAP = r"(?:\s|<br\s*/?>)+"
# "partistöd för år 2026", "avtalet avser år 2025", "bidrag om 400 000 kronor för 2023", "för åren 2024-2025":
# a kind word, at most four words, a preposition or "år", the year(s).
YEAR_TERM = re.compile(
    rf"(?i)(?<![\wåäö])(?:(?:för|under|avser|avseende|gäller|gällande){GAP}(?:(?:hela{GAP})?(?:år(?:et|en)?|verksamhetsåret|kalenderåret){GAP})?"
    rf"|(?:år(?:et|en)?|verksamhetsåret|kalenderåret){GAP})"
    r"(?P<y1>(?:19|20)\d{2})(?:\s*[-–]\s*(?P<y2>(?:19|20)\d{2}))?(?![\d/-]|\s*[-–]\s*\d)")
SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def kind_before(text: str, pos: int) -> str:
    """The kind word nearest before `pos` in the same sentence (or just after it), else 'period';
    '-' for a consultation step."""
    window_start = max(0, pos - 300)
    window = text[window_start:pos]
    ends = list(SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].start() + 1:]
    found = list(KIND.finditer(window))
    if any(kind_name(m) == "förlängning" for m in found):
        return "förlängning"          # a period in a sentence about an extension is the extension's
    if not found:
        found = list(KIND.finditer(text[pos:pos + 120].split(".")[0]))
        if not found:
            return "period"
        return kind_name(found[0])
    return kind_name(found[-1])


def kind_name(match: re.Match, kinds: list[tuple[str, str]] | None = None) -> str:
    index = next(int(k[1:]) for k, v in match.groupdict().items() if v and k[1:].isdigit())
    return (kinds or KINDS)[index][0]


# A list of terms: "Västerby hembygdsförening – 1 juli 2024–31 december 2027." under a heading
# that says what they are terms of ("Aktuella partnerskap").
ENTRY = re.compile(r"(?:^|\n)[ \t*•-]*[^\s\d–—-][^\n–—]{1,80}?[ \t][–—-][ \t]*$")


def formal_term(match: re.Match[str]) -> bool:
    """'fr.o.m. … t.o.m. …', 'från och med … till och med …': the wording of a term."""
    return bool(re.match(r"(?i)fr(?:ån)?\.?\s*o", match.group("from") or "")) and \
        bool(re.match(r"(?i)t(?:ill)?\.?\s*o", match.group("to")))


def list_entry(text: str, pos: int) -> bool:
    """Does the range at `pos` follow a name and a dash at the start of its line?"""
    return bool(ENTRY.search(text, max(0, pos - 100), pos))


def heading_of_kind(structure: Structure, pos: int) -> tuple[Heading, str] | None:
    """The nearest heading above `pos` (within 3000 characters) that names a kind, and the kind."""
    headings = [s.heading for s in structure.walk() if s.heading and pos - 3000 <= s.heading.start < pos]
    for heading in reversed(headings[-20:]):
        kind = heading_kind(heading.text)
        if kind is not None:
            return heading, kind
    return None


@lru_cache(maxsize=1024)     # every period of a document asks again for the headings above it
def heading_kind(text: str) -> str | None:
    """The last kind a heading's text names (not a consultation step), or None."""
    found = [m for m in KIND.finditer(text) if kind_name(m) != "-"]
    return kind_name(found[-1]) if found else None


def kind_of_heading(structure: Structure, pos: int) -> str:
    """The kind named by the nearest heading above `pos` that names one, else 'period'."""
    found = heading_of_kind(structure, pos)
    return found[1] if found else "period"


# An application's year is no term until it is granted.
APPLIED = re.compile(r"(?i)\bansök\w*|\bsök(?:er|t|a)\b(?!.*\bbevilja)")


# A sentence ends at a full stop, or at a blank line after a line that ends one; a blank line in
# mid-sentence is page layout ("… ett bidrag på 300 000 kr för MIFO-fas" / "" / "2 undersökningar
# … under 2025.").
BOUNDARY = re.compile(r"\. |(?<=[.!?:;])[ \t]*\n[ \t]*\n|\n[ \t]*\n(?=[ \t]*(?:[A-ZÅÄÖ•–-]|\d+[.)]\s))")
SENTENCE_REACH = 600


def sentence_of(text: str, start: int, end: int) -> str:
    before = [m.start() for m in BOUNDARY.finditer(text, max(0, start - SENTENCE_REACH), start)]
    after = BOUNDARY.search(text, end, end + SENTENCE_REACH)
    left = before[-1] if before else max(0, start - SENTENCE_REACH) - 1
    right = after.start() if after else min(len(text), end + SENTENCE_REACH)
    return text[left + 1:right]


GRANTED = re.compile(rf"(?i)\b{plain_words(words('grant_verbs'))}\w*")
MONEY = re.compile(r"(?i)\d\s*(?:kr|kronor|tkr|mnkr|mkr)\b")


def year_kind(text: str, match: re.Match[str], window: str) -> tuple[str, int] | None:
    """(kind, start) of what the year at `match` is the term of: a kind word at most four words
    before it, or a grant of money in the same sentence ("beviljade … 88 000 kronor/år … för
    åren 2024-2025")."""
    kinds = list(YEAR_KIND.finditer(window))
    if kinds:
        between = window[kinds[-1].end():]
        if len(re.findall(r"[\wåäö/]+", between.replace("<br>", " "))) <= 4 and not re.search(r"[.;:!?]\s", between):
            return kind_name(kinds[-1], YEAR_KINDS), match.start() - len(window) + kinds[-1].start()
    sentence = sentence_of(text, match.start(), match.end())
    if GRANTED.search(sentence) and MONEY.search(sentence):
        return "bidrag", match.start()
    return None


POINT_BEFORE = re.compile(rf"(?i)(?<![\wåäö]){plain_words(words('point_in_time_prepositions'))}\s*$")


def year_terms(text: str) -> list[tuple[str, str, str, int, int]]:
    """(start, end, kind, span start, span end) of every whole year stated as a term: the year
    (after "för", "år" …) first, then a kind word at most four words before it."""
    found = []
    for match in YEAR_TERM.finditer(text):
        window = text[max(0, match.start() - 120):match.start()]
        if re.search(r"(?i)\bmellan\s*$", window):
            continue                    # "mellan åren 2017 och 2023": a stretch of history
        if POINT_BEFORE.search(window) and match.group(0)[:1] in "åÅ":
            continue                    # "tar sikte på år 2040", "fram till år 2027": a point in time
        kind = year_kind(text, match, window)
        if kind is None:
            continue
        start = kind[1]
        if APPLIED.search(sentence_of(text, start, match.end())):
            continue
        first = int(match.group("y1"))
        last = int(match.group("y2") or first)
        if last < first:
            continue
        found.append((f"{first}-01-01", f"{last}-12-31", kind[0], start, match.end()))
    return found


HEADING_YEAR = re.compile(r"(?<![\d/–-])\s((?:19|20)\d{2})\s*$")


def heading_years(text: str, structure: Structure | None) -> list[tuple[str, str, str, int, int]]:
    """A grant's year named by its heading ("Föreningsbidrag 2026", "Slutfördelning av bidrag
    till hembygdsföreningar 2002"): the heading is what the case is, the year its term."""
    found = []
    for section in structure.walk() if structure is not None else []:
        heading = section.heading
        year = HEADING_YEAR.search(heading.text) if heading else None
        kinds = list(YEAR_KIND.finditer(heading.text[:year.start()])) if heading and year else []
        if heading and year and kinds and kind_name(kinds[-1], YEAR_KINDS) == "bidrag" \
                and not APPLIED.search(heading.text):
            start = heading.start + kinds[-1].start()
            found.append((f"{year.group(1)}-01-01", f"{year.group(1)}-12-31", "bidrag", start, heading.start + year.end(1)))
    return found


def title_span(text: str, structure: Structure | None) -> tuple[int, int] | None:
    """Where the document's title stands. A title's year names the case (an application round,
    a fund's year: "Avtal om verksamhetsbidrag år 2031"); where the document also states a term in
    dates, that is the term."""
    title = find_title(text, None, structure)
    return (title[1], title[2]) if title is not None else None


def yields_to_dated_term(year: tuple[str, str, str, int, int], title: tuple[int, int] | None,
                         dated: list[Period]) -> bool:
    """A year in the title gives way to a term the document states in dates, but not to a dated
    stretch inside that year (a hall's rental for a week in the grant year is no term of it)."""
    first, last, _kind, start, end = year
    if title is None or not (title[0] <= start and end <= title[1]):
        return False
    return any(not (first <= p.start and p.end <= last) for p in dated)


def find_periods(text: str, structure: Structure | None = None) -> list[Period]:
    """Every date range with both ends known, each (start, end) once."""
    found: dict[tuple[str, str], Period] = {}
    for match in RANGE.finditer(text):
        ends = resolve(match)
        if match.group("to").lower() == "och" and (match.group("from") or "").lower() != "mellan":
            continue
        if not ends:
            continue
        kind = kind_before(text, match.start())
        if kind == "period" and structure is not None and list_entry(text, match.start()):
            kind = kind_of_heading(structure, match.start())
        if kind == "-" or (kind == "period" and not formal_term(match)):
            continue                # a consultation or reporting window, not a term
        ev = evidence(text, match.start() + len(match.group(0)) - len(match.group(0).lstrip()), match.end())
        if ends in found:
            found[ends].evidence.append(ev)
            continue
        found[ends] = Period(start=ends[0], end=ends[1], kind=kind, evidence=[ev])
    for first, last, start, end in durations(text):
        kind = kind_before(text, start)
        if kind not in ("-", "period") and (first, last) not in found:
            found[(first, last)] = Period(start=first, end=last, kind=kind, evidence=[evidence(text, start, end)])
    granted = granted_years(text, YEAR_KIND, lambda m: kind_name(m, YEAR_KINDS))
    granted += genitive_years(text, YEAR_KIND, lambda m: kind_name(m, YEAR_KINDS))
    years = year_terms(text) + heading_years(text, structure) + granted
    if found and years:
        title, dated = title_span(text, structure), list(found.values())
        years = [y for y in years if not yields_to_dated_term(y, title, dated)]
    for first, last, kind, start, end in years:
        ev = evidence(text, start, end)
        if (first, last) in found:
            found[(first, last)].evidence.append(ev)
        else:
            found[(first, last)] = Period(start=first, end=last, kind=kind, evidence=[ev])
    return sorted(found.values(), key=lambda p: p.evidence[0].start)
