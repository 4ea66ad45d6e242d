"""How Swedish documents print an amount of money: the number ("5 888 919", "3,2", "2.4") and
its unit ("kr", "tkr", "miljoner kronor", from `amount_units.tsv`), and what one unit is worth.

>>> value_of("3", "2", "mnkr")
3200000
>>> value_of("5 888 919", None, "kronor")
5888919
>>> re.fullmatch(NUMBER, "2.4").group("dec"), re.fullmatch(NUMBER, "1.500").group("num")
('4', '1.500')
>>> value_of("5", "925", "Mkr"), value_of("12.000.000", None, "miljoner kronor")
(5925000, 12000000)
>>> value_of("62", "50", "kronor"), value_of("1", None, "krona")
(63, 1)
>>> sorted(SCALES)[:3]
['miljard', 'miljarder', 'miljon']
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from diarium.language import table
from diarium.text import squash

# A thousands group is a space, no-break space or point and three digits; a decimal part is a
# comma before one to three digits ("5,925 Mkr"), or a point before one or two ("2.4 miljoner
# kronor": a point before three is a thousands group). Justified text may widen
# the first gap to two spaces ("1  250 000 kr") when more groups follow.
NUMBER = (r"(?<![\d,.])(?P<num>\d{1,3}(?:[ \u00a0]{2}\d{3}(?=[ \u00a0.]\d{3}))?(?:[ \u00a0.]\d{3})+|\d+)"
          r"(?:[,.](?P<dec>(?<=,)\d{3}|\d{1,2}))?(?![\d])")
UNIT_ROWS = {unit: value.split("\t") for unit, value in table("amount_units").items()}
UNITS = {unit: int(row[0]) for unit, row in UNIT_ROWS.items()}     # unit → kronor
# The word of a unit that scales kronor ("miljarder" of "miljarder kronor"): a later mention
# in the same sentence may leave "kronor" out ("16,8 miljarder kronor, varav 11,3 miljarder").
SCALES = {unit.split()[0]: kronor for unit, kronor in UNITS.items()
          if re.fullmatch(r"[a-zåäö]{5,} (?:kronor|kr)", unit)}


def unit_pattern(units: list[str]) -> str:
    """The units as printed, longest first; a space in a unit is any run of whitespace."""
    return "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(units, key=len, reverse=True))


def unit_value(unit: str) -> int:
    """What one `unit` as printed is worth in kronor ('Tkr' → 1000)."""
    unit = squash(unit.lower())
    return UNITS.get(unit) or SCALES[unit]


# A figure printed in full before a scale word of a million or more ("12.000.000 miljoner
# kronor") already is the sum: the scale word repeats its size, it does not multiply it.
WRITTEN_OUT = 1_000_000


def value_of(number: str, decimals: str | None, unit: str) -> int:
    """'3', '2', 'mnkr' → 3 200 000 (whole kronor)."""
    digits = re.sub(r"[ \u00a0.]", "", number)
    scale = unit_value(unit)
    if scale >= WRITTEN_OUT and int(digits) >= scale:
        scale = 1
    amount = Decimal(f"{digits}.{decimals or 0}") * scale
    return int(amount.to_integral_value(rounding=ROUND_HALF_UP))      # öre to the nearest krona, half up
