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

from diarium.language import table, words
from diarium.language.months import FULL_MONTHS, MONTHS

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
    """A whole date at the start of `line` (a line under a heading, or after a label), also one
    an old scan's OCR damaged.

    >>> date_in("den l juni 1983.", 0).value, date_in("12 novembcr 1991", 0).value
    ('1983-06-01', '1991-11-12')
    >>> date_in("den i juni 2031 inlämnade skrivelsen", 0) is None
    True
    """
    match = DATE.match(line.strip())
    value = iso_date(match.group(0)) if match else None
    if match is None:
        match = DAMAGED_DATE.match(line.strip())
        value = damaged_date(match) if match else None
    if match is None:
        return None
    lead = len(line) - len(line.lstrip())
    return Found(value, offset + lead, offset + lead + match.end()) if value else None


# A date an old scan's OCR damaged, read only where its shape is otherwise a date (a day, a
# word, a four-digit year): a digit printed as a letter after "den" ("den l juni 1983"), a month
# name with one letter wrong, added or lost ("12 novembcr 1991"). A glyph that is itself a word
# ("den i maj … inlämnade": the preposition) is no digit here.
DIGIT_GLYPHS = {glyph: digit for glyph, digit in table("ocr_digits").items()
                if not glyph.isdigit() and glyph not in words("function_words")}
DAMAGED_DATE = re.compile(
    r"(?:den\s+(?P<glyphs>[\d" + re.escape("".join(DIGIT_GLYPHS)) + r"]{1,2})|(?P<day>\d{1,2}))"
    r"\s+(?P<month>[A-Za-zåäöÅÄÖ]{4,10})\.?\s+(?P<year>(?:1[89]|20)\d{2})(?!\d)")
MIN_TOLERANT = 6          # shorter month names lie one letter apart ("juni", "juli"): exact only


def damaged_date(match: re.Match[str]) -> str | None:
    day = match.group("day") or "".join(DIGIT_GLYPHS.get(c, c) for c in match.group("glyphs"))
    month = damaged_month(match.group("month"))
    return iso_from_parts(int(match.group("year")), month, int(day)) if month and day.isdigit() else None


def damaged_month(word: str) -> int | None:
    """The month a month name stands for, also with one letter wrong, added or lost where the
    name is long enough that one such slip leads to no other month.

    >>> damaged_month("septembcr"), damaged_month("Decernber"), damaged_month("juni"), damaged_month("jull")
    (9, None, 6, None)
    """
    word = word.lower()
    if word in MONTHS:
        return MONTHS[word]
    near = {number for name, number in FULL_MONTHS.items() if len(name) >= MIN_TOLERANT and one_edit(word, name)}
    return near.pop() if len(near) == 1 else None


def one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one letter replaced, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    k = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[k:] == long[k + 1:]
