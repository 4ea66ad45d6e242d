"""Periods stated as a length from a start day: "Upplåtelsen avser en tid av fem år, räknat från
den 2023-10-01", "Avtalet gäller i tre år från och med 1 januari 2024", "under 12 månader
fr.o.m. 2025-03-01". The end is the day before the same date the length later: five years from
2023-10-01 run to 2028-09-30.

Like a printed range, a length is a term only when its sentence says what it is the term of;
`periods.find_periods` asks that of every length found here.

>>> durations("Upplåtelsen avser en tid av fem år, räknat från den 2023-10-01.")[0][:2]
('2023-10-01', '2028-09-30')
>>> durations("Avtalet gäller i 18 månader från och med den 1 mars 2024.")[0][:2]
('2024-03-01', '2025-08-31')
>>> durations("Avtalstiden är två (2) år från och med 2031-01-01.")[0][:2]
('2031-01-01', '2032-12-31')
>>> durations("Avtalet gäller från den 1 januari 2031 och löper i tre år.")[0][:2]
('2031-01-01', '2033-12-31')
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from diarium.extract.dates import iso_date
from diarium.language import table

NUMBERS = {word: int(value) for word, value in table("number_values").items()}
COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
# A start day after "från", "fr.o.m." (found first: a date is rare), then the length before it.
START = re.compile(r"(?i)\b(?:från|fr\.\s*o\.?\s*m\.?)\s+(?:och\s+med\s+)?(?P<date>(?:den\s+)?"
                   r"(?:(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]+\.?\s+(?:19|20)\d{2}))(?![\w-])")
# The count in words may repeat in digits: "två (2) år".
UNIT = r"(?:\s*\(\d{1,2}\))?\s+(?P<unit>år|månader|månad)(?![\wåäö])"
LENGTH = re.compile(rf"(?i)(?<![\wåäö]){COUNT}{UNIT}[^.;\n]{{0,30}}?(?:räknat\s+)?$")
# Or the length after the start day: "från och med den 1 januari 2024 och löper i tre år".
LENGTH_AFTER = re.compile(rf"(?i)[ \t,]*(?:och\s+)?(?:(?:löper|gäller|pågår|varar)\s+)?(?:i|under)\s+"
                          rf"(?:en\s+(?:tid|period)\s+av\s+)?{COUNT}{UNIT}")


def later(start: dt.date, months: int) -> dt.date:
    """The last day of a term of `months` months from `start`: the day before the same date that
    many months later (when that date does not exist, 29 February, the term ends on the last
    day of its month)."""
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    if start.day > last:
        return dt.date(year, month, last)
    return dt.date(year, month, start.day) - dt.timedelta(days=1)


def durations(text: str) -> list[tuple[str, str, int, int]]:
    """(start, end, span start, span end) of every length from a start day."""
    found = []
    for match in START.finditer(text):
        length = LENGTH.search(text, max(0, match.start() - 60), match.start()) \
            or LENGTH_AFTER.match(text, match.end(), match.end() + 60)
        iso = iso_date(match.group("date")) if length else None
        if iso is None or length is None:
            continue
        number = length.group("n")
        count = int(number) if number.isdigit() else NUMBERS[number.lower()]
        months = count * (12 if length.group("unit").lower() == "år" else 1)
        start = dt.date.fromisoformat(iso)
        found.append((iso, later(start, months).isoformat(), min(length.start(), match.start()),
                      max(length.end(), match.end())))
    return found
