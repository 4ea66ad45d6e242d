"""Periods: a start and an end date, both resolvable to a day, and what the period is of.

>>> [(p.start, p.end, p.kind) for p in find_periods(
...     "Stockholms stads socialförvaltning har upprättat ett samarbetsavtal med Rädda "
...     "Barnen från och med 1 juli 2024 till och med 31 december\\n2025 för det fortsatta arbetet.")]
[('2024-07-01', '2025-12-31', 'samarbetsavtal')]
>>> [(p.start, p.end, p.kind) for p in find_periods(
...     "Avtalet gäller fr.o.m. den 1 maj 2024 t.o.m. den 30 april 2025.")]
[('2024-05-01', '2025-04-30', 'avtal')]
>>> [(p.start, p.end) for p in find_periods("Avtalstiden är 2025-03-01–2026-02-28.")]
[('2025-03-01', '2026-02-28')]
>>> [(p.start, p.end) for p in find_periods("för perioden 2024-01-01-—2024-12-31,")]   # OCR dashes
[('2024-01-01', '2024-12-31')]
>>> [(p.start, p.end, p.kind) for p in find_periods(
...     "Partnerskapet kan förlängas med ett år i taget dock längst till den 30 april 2022.")]
[]
>>> [(p.start, p.end) for p in find_periods("under perioden 2017-2021 har gett goda resultat")]
[]
"""
from __future__ import annotations

import re

from diarium.extract.dates import MONTH_END, MONTH_NAMES, iso_from_parts
from diarium.extract.evidence import evidence
from diarium.language import table
from diarium.language.months import MONTHS
from diarium.schemas import Period
from diarium.schemas.structure import Structure

def day_pattern(p: str) -> str:
    """One end of a range: '2024-07-01', 'den 1 juli 2024', '1 maj' (year from the other end)."""
    return (rf"(?:den\s+)?(?:(?P<{p}iy>(?:19|20)\d{{2}})-(?P<{p}im>\d{{2}})-(?P<{p}id>\d{{2}})"
            rf"|(?P<{p}d>\d{{1,2}})(?::[ae])?\s+(?P<{p}m>{MONTH_NAMES}){MONTH_END}(?:\s+(?P<{p}y>(?:19|20)\d{{2}}))?)")

FROM = r"(?P<from>fr(?:ån)?\.?\s*o\.?\s*m\.?|från\s+och\s+med|från|mellan|perioden|period)?\s*"
TO = r"\s*(?P<to>t\.?\s*o\.?\s*m\.?|till\s+och\s+med|till|och|(?:[-–—−]\s*){1,2})\s*"
RANGE = re.compile(rf"(?i)(?<![\w-]){FROM}(?P<a>{day_pattern('a')}){TO}(?P<b>{day_pattern('b')})(?![\w-])")
# Nearest keyword before the range names its kind; longest words first.
# (kind, pattern) in order of preference; the nearest keyword before the range names its kind.
KINDS = [(kind, rf"\b{re.escape(word)}\b" if word.isupper() else rf"\w*{re.escape(word)}\w*")
         for word, kind in table("period_kinds").items()]
KIND = re.compile("(?i)" + "|".join(f"(?P<k{i}>{pattern})" for i, (_, pattern) in enumerate(KINDS)))
SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def end_point(match: re.Match[str], side: str) -> tuple[int | None, int, int]:
    """(year or None, month, day) of one end of a range."""
    if match.group(f"{side}iy"):
        year, month, day = (int(match.group(f"{side}i{x}")) for x in "ymd")
        return year, month, day
    printed_year = match.group(f"{side}y")
    return (int(printed_year) if printed_year else None, MONTHS[match.group(f"{side}m").lower()],
            int(match.group(f"{side}d")))


def resolve(match: re.Match[str]) -> tuple[str, str] | None:
    """Both ends as ISO dates; a start without a year takes the end's year ("1 maj–30 april 2020")."""
    (start_year, *start), (end_year, *end) = end_point(match, "a"), end_point(match, "b")
    if end_year is None:
        return None
    if start_year is None:
        start_year = end_year if start <= end else end_year - 1
    first, last = iso_from_parts(start_year, *start), iso_from_parts(end_year, *end)
    if not first or not last or first >= last:
        return None
    return first, last


def kind_before(text: str, pos: int) -> str:
    """The kind word nearest before `pos` in the same sentence (or just after it), else 'period'."""
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


def kind_name(match: re.Match) -> str:
    index = next(int(k[1:]) for k, v in match.groupdict().items() if v)
    return KINDS[index][0]


def find_periods(text: str, structure: Structure | None = None) -> list[Period]:
    """Every date range with both ends known, each (start, end) once."""
    found: dict[tuple[str, str], Period] = {}
    for match in RANGE.finditer(text):
        ends = resolve(match)
        if match.group("to").lower() == "och" and (match.group("from") or "").lower() != "mellan":
            continue
        if not ends:
            continue
        ev = evidence(text, match.start() + len(match.group(0)) - len(match.group(0).lstrip()), match.end())
        if ends in found:
            found[ends].evidence.append(ev)
            continue
        found[ends] = Period(start=ends[0], end=ends[1], kind=kind_before(text, match.start()),
                             evidence=[ev])
    return list(found.values())
