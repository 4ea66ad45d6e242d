"""Swedish month names and their abbreviations → month number.

>>> month_number("Mars"), month_number("sept."), month_number("marsch")
(3, 9, None)
>>> MONTH_NAMES[:2]
('januari', 'februari')
"""
from __future__ import annotations

from diarium.language.lists import table

MONTHS: dict[str, int] = {name: int(number) for name, number in table("months").items()}
# In file order, full names before abbreviations: a regex alternation must try "januari" first.
MONTH_NAMES: tuple[str, ...] = tuple(MONTHS)


def month_number(word: str) -> int | None:
    """The month a (possibly abbreviated, possibly capitalised) month name stands for."""
    return MONTHS.get(word.lower().rstrip("."))
