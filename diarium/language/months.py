"""Swedish month names and their abbreviations → month number.

>>> month_number("Mars"), month_number("sept."), month_number("marsch")
(3, 9, None)
>>> MONTH_NAMES[:2], len(FULL_MONTHS), "maj" in FULL_MONTHS, "sept" in FULL_MONTHS
(('januari', 'februari'), 12, True, False)
"""
from __future__ import annotations

from diarium.language.lists import table

MONTHS: dict[str, int] = {name: int(number) for name, number in table("months").items()}
# In file order, full names before abbreviations: a regex alternation must try "januari" first.
MONTH_NAMES: tuple[str, ...] = tuple(MONTHS)
# The full names: an abbreviation is a proper prefix of its month's full name ("sept", "jan").
FULL_MONTHS: dict[str, int] = {
    name: number for name, number in MONTHS.items()
    if not any(other != name and other.startswith(name) and MONTHS[other] == number
               for other in MONTHS)}


def month_number(word: str) -> int | None:
    """The month a (possibly abbreviated, possibly capitalised) month name stands for."""
    return MONTHS.get(word.lower().rstrip("."))
