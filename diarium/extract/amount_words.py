"""Amounts whose number is written out before a scale word: "fem miljoner kronor", and a range
that prints the unit once: "mellan fem och åtta miljoner kronor" is five and eight million.
The number words are `number_values.tsv`, the units `amount_units.tsv` (those of a thousand
kronor or more: "tio kronor" is no sum anyone looks up).

>>> worded_amounts("Kostnaden uppskattas till mellan fem och åtta miljoner kronor.")
[(5000000, 33, 61), (8000000, 33, 61)]
>>> worded_amounts("en miljon kronor i bidrag, tre tusen kronor i avgift, fem kronor per kopia")
[(1000000, 0, 16), (3000, 27, 43)]

A later number of the same sentence or paragraph may leave "kronor" out once the scale was
said with it ("20 miljoner kronor som fördelas med tio miljoner till nämnden"):

>>> [v for v, _, _ in worded_amounts("Medel om 20 miljoner kronor fördelas med tio\\nmiljoner till A och sex miljoner till B.")]
[10000000, 6000000]
>>> worded_amounts("Kommunen har tio miljoner besökare.")
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.amount_units import SCALES, UNITS, unit_pattern
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


@lru_cache(maxsize=1)
def worded_scale() -> re.Pattern[str]:
    """A written-out number before a scale word that no "kronor" follows ("tio miljoner")."""
    numbers = alternation(table("number_values"))
    kronor = unit_pattern([unit for unit in UNITS if not re.search(r"\s", unit)])
    return re.compile(rf"(?i)(?<![\wåäö])(?P<first>{numbers})\s+(?P<scale>{unit_pattern(list(SCALES))})"
                      rf"(?![\wåäö])(?!\s+(?:{kronor})(?![\wåäö]))")


def said_with_kronor(text: str, at: int, scale: str) -> bool:
    """Did the paragraph before `at` name kronor with a scale word worth the same ("miljoner kronor")?"""
    left = max(text.rfind("\n\n", 0, at), 0)
    same = [word for word, kronor in SCALES.items() if kronor == SCALES[scale.lower()]]
    return bool(re.search(rf"(?i){unit_pattern(same)}\s+(?:kronor|kr)\b", text[left:at]))


def elliptic_worded(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) of each "tio miljoner" whose kronor the paragraph said before."""
    values = table("number_values")
    return [(int(values[m.group("first").lower()]) * SCALES[m.group("scale").lower()], m.start(), m.end())
            for m in worded_scale().finditer(text) if said_with_kronor(text, m.start(), m.group("scale"))]


REACH = 40


def worded_amounts(text: str) -> list[tuple[int, int, int]]:
    """(value in kronor, start, end) of each written-out amount; both ends of a range."""
    values = table("number_values")
    out = []
    for match in finditer(worded(), text, regions(scale_anchor(), text, before=REACH, after=REACH)):
        kronor = UNITS[" ".join(match.group("unit").lower().split())]
        for number in filter(None, (match.group("first"), match.group("second"))):
            out.append((int(values[number.lower()]) * kronor, match.start(), match.end()))
    return out + elliptic_worded(text) if out or scale_anchor().search(text) else out
