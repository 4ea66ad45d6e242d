"""Amounts whose number is written out before a scale word: "fem miljoner kronor", and a range
that prints the unit once: "mellan fem och åtta miljoner kronor" is five and eight million.
The number words are `number_values.tsv`, the units `amount_units.tsv` (those of a thousand
kronor or more: "tio kronor" is no sum anyone looks up).

>>> worded_amounts("Kostnaden uppskattas till mellan fem och åtta miljoner kronor.")
[(5000000, 33, 61), (8000000, 33, 61)]
>>> worded_amounts("en miljon kronor i bidrag, tre tusen kronor i avgift, fem kronor per kopia")
[(1000000, 0, 16), (3000, 27, 43)]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.amount_units import UNITS, unit_pattern
from diarium.extract.patterns import alternation
from diarium.extract.regions import finditer, regions
from diarium.language import table

MIN_SCALE = 1000


def scaled_units() -> list[str]:
    return [unit for unit, kronor in UNITS.items() if kronor >= MIN_SCALE and re.match(r"[a-zåäö]{4,}\s", unit)]


@lru_cache(maxsize=1)
def scale_anchor() -> re.Pattern[str]:
    """The scale words ("miljoner", "tusen"): the written-out amounts are read only around them."""
    return re.compile(rf"(?i){alternation({unit.split()[0] for unit in scaled_units()})}")


@lru_cache(maxsize=1)
def worded() -> re.Pattern[str]:
    numbers = alternation(table("number_values"))
    scaled = unit_pattern(scaled_units())
    return re.compile(rf"(?i)(?<![\wåäö])(?P<first>{numbers})(?:\s+(?:och|till|[-–])\s+(?P<second>{numbers}))?"
                      rf"\s+(?P<unit>{scaled})(?![\wåäö])")


REACH = 40


def worded_amounts(text: str) -> list[tuple[int, int, int]]:
    """(value in kronor, start, end) of each written-out amount; both ends of a range."""
    values = table("number_values")
    out = []
    for match in finditer(worded(), text, regions(scale_anchor(), text, before=REACH, after=REACH)):
        kronor = UNITS[" ".join(match.group("unit").lower().split())]
        for number in filter(None, (match.group("first"), match.group("second"))):
            out.append((int(values[number.lower()]) * kronor, match.start(), match.end()))
    return out
