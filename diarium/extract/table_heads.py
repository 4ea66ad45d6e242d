"""A table whose column heads were printed apart from it, on the line above its rows.

A converter that cuts a table out of a page may leave its head row behind as a plain line of
labels ("Dnr  Mottagare   Ändamål   Belopp") and turn the table's first data row into the pipe
table's header. A line just above the table (a link to the table's file may stand between) whose
labels, none with a digit, are as many as the table's columns is its head when the first row
holds data (a cell that is a number, a date, an amount) and there are three columns or more. The table then gets that line as its
header row, its first row back as data, and every reader of column heads (recipients, case
numbers, money) works on it unchanged.

>>> from diarium.structure import analyse
>>> text = ("Beslut om bidrag\\n\\nDnr   Förening   Belopp\\n\\n"
...         "| 4411 | Ekeby IK | 5 000 |\\n| --- | --- | --- |\\n| 4412 | Norrby SK | 2 500 |\\n")
>>> [table] = analyse(text).tables
>>> [[cell.text for cell in row] for row in with_detached_head(text, table).rows]
[['Dnr', 'Förening', 'Belopp'], ['4411', 'Ekeby IK', '5 000'], ['4412', 'Norrby SK', '2 500']]
"""
from __future__ import annotations

import re

from diarium.schemas.structure import Cell, Table

LINK_LINE = re.compile(r"^\s*\[[^\]\n]*\]\([^)\n]*\)\s*$")      # "[Tabell 3](tabeller/3.csv)"
DATA_CELL = re.compile(r"^[\d\s.,:/\u00a0-]*\d[\d\s.,:/\u00a0-]*(?:kr|:-)?$", re.I)
LABEL = re.compile(r"[^\W\d][^\s\d]*(?: [^\W\d][^\s\d]*)*")
LOOK_BACK_LINES = 4
MIN_COLUMNS = 3         # two labels over two columns are as often a signature's titles


def _line_above(text: str, start: int) -> tuple[int, str] | None:
    """The nearest line above `start` that is neither blank nor a link to the table's file."""
    end = start
    for _ in range(LOOK_BACK_LINES):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end - 1) + 1
        line = text[begin:end].rstrip("\n")
        if line.strip() and not LINK_LINE.match(line):
            return begin, line
        end = begin
    return None


def _labels(line: str, columns: int) -> list[tuple[int, str]] | None:
    """(offset, label) of a line cut into `columns` labels: by wide gaps, else by every space."""
    if re.search(r"\d|\|", line) or not re.search(r"\S {2,}\S", line):
        return None                     # a head printed as columns has a wide gap; a sentence none
    for cut in (r"\S+(?: \S+)*", r"\S+"):
        parts = [(m.start(), m.group()) for m in re.finditer(cut, line)]
        if len(parts) == columns and all(LABEL.fullmatch(part.rstrip(".:")) for _, part in parts):
            return parts
    return None


def with_detached_head(text: str, table: Table) -> Table:
    """The table with the label line above it as its header row, when that line is its head."""
    if not table.rows or len(table.rows[0]) < MIN_COLUMNS or not any(DATA_CELL.match(cell.text.strip()) for cell in table.rows[0]):
        return table
    above = _line_above(text, table.start)
    labels = _labels(above[1], len(table.rows[0])) if above else None
    if above is None or labels is None:
        return table
    head = [Cell(page=table.page, start=above[0] + at, end=above[0] + at + len(label), text=label)
            for at, label in labels]
    return table.model_copy(update={"rows": [head, *table.rows], "header": True})
