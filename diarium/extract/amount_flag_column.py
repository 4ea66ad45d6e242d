"""Money cells of a text-dump table whose head names the unit in the middle of the line, over
the money column, with a column of short words after it ("Ärende  Belopp (tkr)  Avgjort?"):
each row's last figure before that short cell is money, scaled by the head's unit.

>>> head = "Ärende   Ställning   Belopp (tkr)   Avgjort?"
>>> rows = "Norrby Bygg AB 2021 Överklagat 1 250 Ja\\nVägavgift Bestriden 75 Nej\\n"
>>> [v for v, _, _ in flag_column_cells(head + "\\n" + rows)]
[1250000, 75000]
"""
from __future__ import annotations

import re
from decimal import Decimal

from diarium.extract.amount_rows import grouped
from diarium.extract.amount_tables import TABLE_UNITS, YEAR
from diarium.extract.amount_units import unit_pattern, unit_value
from diarium.text import lines_with_offsets

# A head with words before and after "(tkr)" and no figure: the unit heads a column in the middle.
MID_HEAD = re.compile(rf"(?i)^(?=\D*$)\s*\S.*?\s\((?P<unit>{unit_pattern(TABLE_UNITS)})\)\s+\S.*$")
# A row: its figures, then one short word ending the line (the column after the money).
FLAG_ROW = re.compile(r"(?P<cells>(?<!\S)[-−–]?\d[\d \u00a0,]*?)\s+(?P<flag>[^\W\d_]{1,6}\??)\s*$")
ROWS_MOST = 12


def flag_column_cells(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) of the money cells under each mid-line unit head."""
    cells = []
    lines = lines_with_offsets(text)
    for index, (_, line) in enumerate(lines):
        if len(line) > 120 or "(" not in line:
            continue                    # (cheap tests first: the head prints its unit in brackets)
        head = MID_HEAD.match(line)
        if head is None:
            continue
        scale = unit_value(head.group("unit"))
        for offset, row in lines[index + 1:index + 1 + ROWS_MOST]:
            cells += row_cell(row, offset, scale)
    return cells


def row_cell(row: str, offset: int, scale: int) -> list[tuple[int, int, int]]:
    """The last figure of a row before its short closing cell (a year is no money)."""
    match = FLAG_ROW.search(row)
    if match is None:
        return []
    numbers = grouped(match.group("cells"), None)
    if not numbers or YEAR.match(numbers[-1][0]):
        return []
    value, start, end = numbers[-1]
    amount = int((Decimal(value.replace(",", ".")) * scale).to_integral_value())
    base = offset + match.start("cells")
    return [(amount, base + start, base + end)] if amount else []
