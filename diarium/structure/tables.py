"""Tables as rows of cells: pipe tables of converted documents, column-aligned text.

* A pipe table is a run of lines that start and end with '|' ("| a | b |"); a '| --- |' row
  under the first row makes that row the header and is dropped; '<br>' inside a cell is a line
  break.
* A text table is a run of at least three lines cut into two or more cells by runs of two or
  more spaces, with the same number of cells, whose columns line up (by the left or the right
  edge, within two characters) on at least two of three rows — justified prose has its gaps
  wandering from line to line and is no table.

Attendance lists and signature blocks look like text tables; they are found first and their lines
are not free any more (`analyse` claims attendance → signatures → tables).

>>> from diarium.structure.lines import text_lines
>>> [table] = find_tables(text_lines("| Parti | Belopp |\\n| --- | --- |\\n| S | 1 000<br>kronor |"))
>>> table.header, [[cell.text for cell in row] for row in table.rows]
(True, [['Parti', 'Belopp'], ['S', '1 000\\nkronor']])
>>> text = ("Grundskola årskurs 1-3        91 458 kr/år\\n"
...         "Grundskola årskurs 4-6       113 339 kr/år\\n"
...         "Grundskola årskurs 7-9       133 990 kr/år\\n")
>>> for row in find_tables(text_lines(text))[0].rows:
...     print([cell.text for cell in row])
['Grundskola årskurs 1-3', '91 458 kr/år']
['Grundskola årskurs 4-6', '113 339 kr/år']
['Grundskola årskurs 7-9', '133 990 kr/år']
"""
from __future__ import annotations

import re

from diarium.schemas.structure import Cell, Table, TextLine
from diarium.structure.attendance import starts_list

PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
PIPE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
CELL = re.compile(r"\S+(?: \S+)*")
BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
MIN_TEXT_ROWS = 3
ALIGN = 2


def find_tables(lines: list[TextLine]) -> list[Table]:
    """Every table; the lines used get role 'table'."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        end, table = _pipe_table(lines, i) if _free(lines[i]) and PIPE_ROW.match(lines[i].text) \
            else _text_table(lines, i)
        if table:
            tables.append(table)
            for line in lines[i:end]:
                line.role = "table" if line.role != "furniture" else line.role
            i = end
        else:
            i = max(end, i + 1)
    return tables


def _free(line: TextLine) -> bool:
    return line.role == "body"


def _pipe_table(lines: list[TextLine], start: int) -> tuple[int, Table | None]:
    end = scan = start
    # A page's running header between two rows (furniture) does not end the table.
    while scan < len(lines) and (lines[scan].role == "furniture"
                                 or _free(lines[scan]) and PIPE_ROW.match(lines[scan].text)):
        scan += 1
        if lines[scan - 1].role != "furniture":
            end = scan
    rows, header = [], False
    body = [line for line in lines[start:end] if line.role != "furniture"]
    for k, line in enumerate(body):
        if PIPE_RULE.match(line.text):
            header = header or k == 1
            continue
        rows.append(_pipe_cells(line))
    if len(rows) < 2 and not header:
        return start, None
    return end, _table(lines[start:end], rows, header)


def _pipe_cells(line: TextLine) -> list[Cell]:
    """The cells between the pipes of a row (an escaped '\\|' stays in its cell)."""
    cells = []
    text = line.text
    bounds = [m.start() for m in re.finditer(r"(?<!\\)\|", text)]
    for left, right in zip(bounds, bounds[1:]):
        raw = text[left + 1:right]
        stripped = raw.strip()
        offset = left + 1 + (len(raw) - len(raw.lstrip()))
        cells.append(Cell(page=line.page, start=line.start + offset, end=line.start + offset + len(stripped),
                          text=BREAK.sub("\n", stripped).replace("\\|", "|")))
    return cells


def _text_cells(line: TextLine) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in CELL.finditer(line.text.replace("\t", "  "))]


def _text_table(lines: list[TextLine], start: int) -> tuple[int, Table | None]:
    if not _free(lines[start]):
        return start, None
    width = len(_text_cells(lines[start]))
    if width < 2:
        return start, None
    end = start
    while end < len(lines) and _free(lines[end]) and len(_text_cells(lines[end])) == width:
        end += 1
    run = lines[start:end]
    if starts_list(run[0]):
        return end, None    # a label row over aligned names is an attendance list, whoever runs first
    if len(run) < MIN_TEXT_ROWS or not _aligned(run):
        return start, None
    rows = [[Cell(page=line.page, start=line.start + left, end=line.start + right, text=text)
             for left, right, text in _text_cells(line)] for line in run]
    header = not any(c.isdigit() for cell in rows[0] for c in cell.text) and all(
        any(c.isdigit() for cell in row for c in cell.text) for row in rows[1:])
    return end, _table(run, rows, header)


def _aligned(run: list[TextLine]) -> bool:
    """Every column after the first lines up (left or right edge) on two rows of three or more."""
    cells = [_text_cells(line) for line in run]
    for column in range(1, len(cells[0])):
        lefts = [row[column][0] for row in cells]
        rights = [row[column][1] for row in cells]
        if max(_agreeing(lefts), _agreeing(rights)) * 3 < 2 * len(run):
            return False
    return True


def _agreeing(positions: list[int]) -> int:
    """How many positions lie within ALIGN of the most common one."""
    return max(sum(1 for p in positions if abs(p - q) <= ALIGN) for q in positions)


def _table(run: list[TextLine], rows: list[list[Cell]], header: bool) -> Table:
    return Table(page=run[0].page, start=run[0].start, end=run[-1].end, rows=rows, header=header)
