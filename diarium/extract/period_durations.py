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
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from diarium.extract.dates import iso_date
from diarium.language import table

NUMBERS = {word: int(value) for word, value in table("number_values").items()}
COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
DURATION = re.compile(
    rf"(?i)(?<![\wåäö]){COUNT}\s+(?P<unit>år|månader|månad)(?![\wåäö])[^.;\n]{{0,30}}?"
    rf"(?:räknat\s+)?(?:från\s+och\s+med|fr\.?\s*o\.?\s*m\.?|från)\s+(?P<date>(?:den\s+)?(?:(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}\s+[a-zåäö]+\.?\s+(?:19|20)\d{{2}}))(?![\w-])")


def later(start: dt.date, months: int) -> dt.date:
    """The day before the date `months` months after `start` (the last day of the term)."""
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day) - dt.timedelta(days=1)


def durations(text: str) -> list[tuple[str, str, int, int]]:
    """(start, end, span start, span end) of every length from a start day."""
    found = []
    for match in DURATION.finditer(text):
        iso = iso_date(match.group("date"))
        if iso is None:
            continue
        count = int(match.group("n")) if match.group("n").isdigit() else NUMBERS[match.group("n").lower()]
        months = count * (12 if match.group("unit").lower() == "år" else 1)
        start = dt.date.fromisoformat(iso)
        found.append((iso, later(start, months).isoformat(), match.start(), match.end()))
    return found
