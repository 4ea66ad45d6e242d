"""Swedish date phrases → ISO: "1 juli 2024", "den 30 april 2025", "2025-03-01", "29/1 2025",
"1 jan. 2024", a weekday before ("Torsdag 17 oktober 2013"); and a found date's span.

>>> iso_date("1 juli 2024"), iso_date("den 31 dec 2025"), iso_date("29/1 2025")
('2024-07-01', '2025-12-31', '2025-01-29')
>>> iso_date("31 juni 2024") is None
True
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from diarium.language import words
from diarium.language.months import MONTHS

MONTH_NAMES = "|".join(MONTHS)
MONTH_END = r"(?![a-zåäö])\.?"         # "jan." / "jan" but not the "jan" of "januari"
# A weekday before a date: "Torsdag 17 oktober 2013", "tisdagen den 4 mars 2025".
WEEKDAY = rf"(?:(?:{'|'.join(sorted(words('weekdays')))})(?:en)?,?\s+)?"
# "1 juli 2024", "den 1:a juli 2024", "2024-07-01", "29/1 2025"
WORD_DATE = rf"{WEEKDAY}(?:den\s+)?(\d{{1,2}})(?::[ae])?\s+({MONTH_NAMES}){MONTH_END}(?:\s+(\d{{4}}))?"
ISO_DATE = r"((?:19|20)\d{2})-(\d{2})-(\d{2})"
SLASH_DATE = r"(\d{1,2})/(\d{1,2})\s(\d{4})"
DATE = re.compile(rf"(?i)\b(?:{ISO_DATE}|{WORD_DATE}|{SLASH_DATE})\b")
# A signing date as OCR prints it: "Halmstad 2025-09- 10"
LOOSE_ISO = re.compile(r"\b((?:19|20)\d{2})\s?-\s?(\d{2})\s?-\s?(\d{2})\b")


def iso_from_parts(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_date(phrase: str) -> str | None:
    """One Swedish date phrase (with a year) → ISO, or None."""
    match = DATE.search(phrase)
    if not match:
        return None
    if match.group(1):
        return iso_from_parts(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match.group(7):
        return iso_from_parts(int(match.group(9)), int(match.group(8)), int(match.group(7)))
    if not match.group(6):
        return None
    return iso_from_parts(int(match.group(6)), MONTHS[match.group(5).lower()], int(match.group(4)))


@dataclass
class Found:
    value: str
    start: int
    end: int


def date_in(line: str, offset: int) -> Found | None:
    """A whole date at the start of `line` (a line under a heading, or after a label)."""
    match = DATE.match(line.strip())
    if not match:
        return None
    value = iso_date(match.group(0))
    lead = len(line) - len(line.lstrip())
    return Found(value, offset + lead, offset + lead + match.end()) if value else None
