"""Amounts in tables and filled-in forms, where a number stands without its unit and the
column head, the caption or the form's label says it is money.

Three layouts: a table the structure stage found (rows of cells; a column whose head names a
unit — "Belopp (kr)", "tkr", "Kronor" — holds money, and so does every number column under a
caption that names one, "Tabell 1. Kostnader (tkr)"); the same table in a text dump where only
the caption line and rows of numbers survive (`amount_captions`); a
form's "label: number" line whose label names money ("Sökt belopp (kr): 25 000", "Bidrag,
tkr: 120").

>>> [v for v, _, _ in form_amounts("Ansökan om bidrag\\nSökt belopp (kr): 25 000\\nAntal deltagare: 40\\n")]
[25000]
>>> [v for v, _, _ in form_amounts("Beviljat bidrag, tkr:   120\\nBidrag, antal deltagare: 40\\n")]
[120000]
"""
from __future__ import annotations

import re
from decimal import Decimal

from diarium.extract.amount_units import NUMBER, SCALES, UNITS, unit_pattern, unit_value
from diarium.extract.patterns import plain_words
from diarium.extract.table_heads import with_detached_head
from diarium.language import words
from diarium.schemas.structure import Structure, Table
from diarium.text import lines_with_offsets

NOTES = plain_words(words("notes_heads"))
# A table whose caption or header gives the unit: "Tabell 1. Kostnader (tkr)", "Belopp, tkr", "Mnkr",
# "Budget 2025 tkr" (the last head of a row that prints the unit after each year).
TABLE_UNITS = [unit for unit, kronor in UNITS.items() if kronor > 1]
PLAIN_UNITS = [unit for unit, kronor in UNITS.items() if kronor == 1]
TABLE_UNIT = re.compile(
    r"(?i)(?:\(\s*(?:belopp\s+)?(?:i\s+)?|belopp\s*,?\s*|,\s*|\bi\s+|^\s*|\s{2,}|(?<=[12]\d{3})[ \t]+)"
    # the unit ends the line or is followed by the years heading the columns ("mnkr Not 2024 2025")
    rf"(?P<unit>{unit_pattern(TABLE_UNITS)})\s*\)?\s*(?:$|(?=(?:{NOTES}\s+)?(?:(?:19|20)\d{{2}}\s*){{2,}}$))"
    # "(belopp angivna i tkr)": a participle may say how the amounts are given
    rf"|\((?:belopp\s+(?:[a-zåäö]+\s+)?)?(?:i\s+)?(?P<unit2>{unit_pattern(TABLE_UNITS)})\)"
    # "belopp i miljoner": after "belopp" a scale word alone is one of kronor
    rf"|\bbelopp\s*(?:,|\bi\b)?\s*\(?(?P<unit3>{unit_pattern(list(SCALES))})\s*\)?\s*$"
    # "belopp i kronor" ending a caption: the plain unit, which after a figure would be a sentence's
    # amount, names a table's unit only after "belopp"
    rf"|\bbelopp\s*(?:,|\bi\b)?\s*\(?(?P<unit4>{unit_pattern(PLAIN_UNITS)})\s*\)?\s*$"
    # "Årsavgift, i kronor, för …", "Grundavgift per kärl, i kronor per år": a caption's clause
    # set off by a comma names the unit of the figures below it
    rf"|(?:,\s*|\(\s*)i\s+(?P<unit5>{unit_pattern(PLAIN_UNITS)})(?:\s+per\s+[a-zåäö]+)?\s*\)?\s*(?:,|$)")


YEAR = re.compile(r"^(?:19|20)\d{2}$")


def table_unit(found: re.Match[str]) -> int:
    """Kronor per unit of a `TABLE_UNIT` match."""
    return unit_value(found.group("unit") or found.group("unit2") or found.group("unit3") or found.group("unit4")
                      or found.group("unit5"))


# A column head or form label that names money: a unit ("kr", "tkr", "Kronor") or a money word.
HEAD_UNIT = re.compile(rf"(?i)(?<![\wåäö])(?P<unit>{unit_pattern(list(UNITS))})(?![\wåäö])")
MONEY_LABEL = re.compile(rf"(?i)(?:{'|'.join(sorted(w for w in words('money_labels') if not w.startswith('!')))})")
NOT_MONEY_LABEL = re.compile(rf"(?i)(?:{'|'.join(sorted(w[1:] for w in words('money_labels') if w.startswith('!')))})|%")
CELL_NUMBER = re.compile(rf"^\s*(?P<sign>[-−–])?\s*{NUMBER}\s*(?:kr\.?|kronor|sek|:-)?\s*$", re.I)
FORM_LINE = re.compile(rf"(?i)^(?P<label>[^\n:\d]{{2,60}}?)(?:\s*:\s*|\t\s*|\s{{2,}}){NUMBER}\s*(?::-?)?[ \t]*$")


def column_scales(table: Table, caption_scale: int | None) -> dict[int, int]:
    """Column index → kronor per unit, for the money columns of a table with a header row."""
    if not table.rows:
        return {}
    head = table.rows[0] if table.header else []
    if caption_scale and not head:
        return {k: caption_scale for k in range(1, len(table.rows[0]))}
    scales = {}
    # "| Terminsavgifter | 2025 | 2026 |": the first head names what every row is, a fee; the
    # columns under years (or any head that names no count) hold its money.
    rows_money = bool(head) and bool(MONEY_LABEL.search(head[0].text)) and not NOT_MONEY_LABEL.search(head[0].text)
    # "| Belopp, tkr | 2025 | 2026 |" over rows of labels: the first head's unit is that of
    # every column after it.
    first_unit = HEAD_UNIT.search(head[0].text) if head and len(head) > 1 else None
    labels_first = first_unit is not None and not any(
        row and CELL_NUMBER.match(row[0].text.split("\n")[0]) for row in table.rows[1:])
    if labels_first and first_unit:
        caption_scale = caption_scale or unit_value(first_unit.group("unit"))
    for k, cell in enumerate(head):
        unit = HEAD_UNIT.search(cell.text)
        if NOT_MONEY_LABEL.search(cell.text):
            continue
        if unit and not (k == 0 and labels_first):
            scales[k] = unit_value(unit.group("unit"))
        elif caption_scale and k > 0:
            scales[k] = caption_scale          # also under a year: "2025    2026"
        elif MONEY_LABEL.search(cell.text) or (rows_money and k > 0):
            scales[k] = 1
    return scales


def caption_scale(text: str, table: Table) -> int | None:
    """The unit a caption just above the table names ("Kostnader (tkr)")."""
    above = text[max(0, table.start - 200):table.start].rstrip().rsplit("\n", 2)[-2:]
    for line in reversed(above):
        unit = TABLE_UNIT.search(line)
        if unit:
            return table_unit(unit)
    return None


def structure_table_cells(text: str, structure: Structure | None) -> list[tuple[int, int, int]]:
    """(value, start, end) of every number in a money column of the structure's tables."""
    cells = []
    for table in structure.tables if structure is not None else []:
        table = with_detached_head(text, table)
        scales = column_scales(table, caption_scale(text, table))
        for row in table.rows[1 if table.header else 0:]:
            for k, cell in enumerate(row):
                if k in scales:
                    cells += cell_lines(text, cell.text, cell.start, cell.end, scales[k])
                elif "\n" in cell.text:
                    cells += labelled_lines(text, cell.text, cell.start, cell.end)
    return cells


def labelled_lines(text: str, printed: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """A cell that stacks its own heads and figures ("Kronor exklusive moms<br>1 262<br>Kronor
    inklusive moms<br>1 578"): a figure on the line under a line that names the unit is money."""
    found = []
    lines = printed.split("\n")
    for above, line in zip(lines, lines[1:]):
        unit = HEAD_UNIT.search(above)
        if unit and not re.search(r"\d", above) and not NOT_MONEY_LABEL.search(above) and CELL_NUMBER.match(line):
            raw = text[start:end]
            place = raw.find(line.strip(), raw.find(above.strip()) + len(above.strip()))
            if place >= 0:
                found += cell_lines(text, line, start + place, start + place + len(line.strip()),
                                    unit_value(unit.group("unit")))
    return found


def cell_lines(text: str, printed: str, start: int, end: int, scale: int) -> list[tuple[int, int, int]]:
    """The numbers of one cell; a cell of stacked rows ("504<br>284<br>788", a row per line
    where the text layer merged a column's rows) gives one number a line."""
    found = []
    raw, at = text[start:end], 0
    for line in printed.split("\n") if "\n" in printed else [printed]:
        match = CELL_NUMBER.match(line)
        place = raw.find(line.strip(), at) if line.strip() else -1
        if place >= 0:
            at = place + len(line.strip())
        if not match or YEAR.match(line.strip()):
            continue
        value = int((Decimal(re.sub(r"[ \u00a0.]", "", match.group("num")) + "." + (match.group("dec") or "0"))
                     * scale).to_integral_value())
        span = (start + place, start + at) if "\n" in printed and place >= 0 else (start, end)
        if value:
            found.append((-value if match.group("sign") else value, *span))
    return found


PAGE_REFERENCE = re.compile(r"\S\s{2,}(\d{1,3})\s*$")


def contents_lines(lines: list[tuple[int, str]]) -> set[int]:
    """Offsets of the lines of a table of contents: three or more titles, each ending in a page
    number, the numbers rising ("Interkommunal ersättning inom GR   19")."""
    refs = [(offset, int(m.group(1))) for offset, line in lines for m in [PAGE_REFERENCE.search(line)] if m]
    found: set[int] = set()
    run: list[tuple[int, int]] = []
    for ref in refs + [(-1, -1)]:
        if run and ref[1] >= run[-1][1] and ref[0] - run[-1][0] < 400:
            run.append(ref)
            continue
        if len(run) >= 3:
            found.update(offset for offset, _ in run)
        run = [ref]
    return found


def form_amounts(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) of 'label: number' lines whose label names money (never a table of
    contents' page numbers)."""
    found = []
    lines = lines_with_offsets(text)
    contents: set[int] | None = None
    for offset, line in lines:
        if not line.rstrip().endswith(tuple("0123456789-")):
            continue                    # (cheap test first: a form line ends in its number)
        match = FORM_LINE.match(line)
        if not match:
            continue
        label = match.group("label")
        if (not MONEY_LABEL.search(label) and not HEAD_UNIT.search(label)) or NOT_MONEY_LABEL.search(label):
            continue
        contents = contents_lines(lines) if contents is None else contents
        if offset in contents:
            continue
        unit = HEAD_UNIT.search(label)
        scale = unit_value(unit.group("unit")) if unit else 1
        value = int((Decimal(re.sub(r"[ \u00a0.]", "", match.group("num")) + "." + (match.group("dec") or "0"))
                     * scale).to_integral_value())
        if value:
            found.append((value, offset + match.start("num"), offset + match.end()))
    return found
