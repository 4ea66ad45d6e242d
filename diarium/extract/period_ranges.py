"""A printed date range: two days, each ISO ("2024-07-01"), in words ("1 juli 2024", the start's
year from the end's: "1 maj–30 april 2020") or with a slash ("1/7 2024"), joined by "till", "t.o.m.",
"till och med" (also after "och": "från 2031-01-01 och till och med …") or a dash.

>>> resolve(RANGE.search("från den 1/1 2031 till den 31/12 2032"))
('2031-01-01', '2032-12-31')
>>> resolve(RANGE.search("från 2031-01-01 och till och med 2032-12-31"))
('2031-01-01', '2032-12-31')
"""
from __future__ import annotations

import re

from diarium.extract.date_phrases import MONTH_END, MONTH_NAMES, iso_from_parts
from diarium.language.months import MONTHS

# Between a date's words: a space, or a table cell's line break ("1<br>februari 2024").
CELL_GAP = r"(?:\s|<br\s*/?>)+"


def day_pattern(p: str) -> str:
    """One end of a range: '2024-07-01', 'den 1 juli 2024', '1 maj' (year from the other end), '1/7 2024'."""
    return (rf"(?:den\s+)?(?:(?P<{p}iy>(?:19|20)\d{{2}})-(?P<{p}im>\d{{2}})-(?P<{p}id>\d{{2}})"
            rf"|(?P<{p}d>\d{{1,2}})(?::[ae])?{CELL_GAP}(?P<{p}m>{MONTH_NAMES}){MONTH_END}(?:{CELL_GAP}(?P<{p}y>(?:19|20)\d{{2}}))?"
            rf"|(?P<{p}sd>\d{{1,2}})/(?P<{p}sm>\d{{1,2}})\s(?P<{p}sy>(?:19|20)\d{{2}}))")

FROM = r"(?P<from>fr(?:ån)?\.?\s*o\.?\s*m\.?|från\s+och\s+med|från|mellan|perioden|period)?\s*"
TO = r"\s*(?:och\s+(?=t))?(?P<to>t\.?\s*o\.?\s*m\.?|till\s+och\s+med|till|och|(?:[-–—−]\s*){1,2})\s*"
RANGE = re.compile(rf"(?i)(?<![\w-]){FROM}(?P<a>{day_pattern('a')}){TO}(?P<b>{day_pattern('b')})(?![\w-])")


def end_point(match: re.Match[str], side: str) -> tuple[int | None, int, int]:
    """(year or None, month, day) of one end of a range."""
    for form in "is":               # ISO, or day/month year
        if match.group(f"{side}{form}y"):
            year, month, day = (int(match.group(f"{side}{form}{x}")) for x in "ymd")
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
