"""Numbers as a Swedish reader expects them in a table or report.

>>> kronor(1200000)
'1 200 000 kr'
>>> kronor(-450)
'-450 kr'
>>> kronor(12500000, nbsp=True) == "12\\u00a0500\\u00a0000\\u00a0kr"
True
"""
from __future__ import annotations


def kronor(value: int, *, nbsp: bool = False) -> str:
    """Whole kronor, thousands grouped by a space (a no-break space with `nbsp`, so a cell
    never wraps inside the number)."""
    space = "\u00a0" if nbsp else " "
    return f"{value:,}".replace(",", space) + f"{space}kr"
