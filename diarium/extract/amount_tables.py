"""Amounts in tables and filled-in forms, where a number stands without its unit and the
column head, the caption or the form's label says it is money.

Three layouts: a table the structure stage found (rows of cells; a column whose head names a
unit — "Belopp (kr)", "tkr", "Kronor" — holds money, and so does every number column under a
caption that names one, "Tabell 1. Kostnader (tkr)"); the same table in a text dump where only
the caption line and rows of numbers survive (`table_cells`; an årsredovisning's caption may
print the years after its unit, "Flerårsöversikt (Tkr) 2023 2022 2021 2020", and OCR may keep
one space between the cells, so a row is split into as many numbers as there are years); a
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

from diarium.extract.amount_units import NUMBER, UNITS, unit_pattern, unit_value
from diarium.language import words
from diarium.schemas.structure import Structure, Table
from diarium.text import lines_with_offsets

# A table whose caption or header gives the unit: "Tabell 1. Kostnader (tkr)", "Belopp, tkr", "Mnkr".
TABLE_UNITS = [unit for unit, kronor in UNITS.items() if kronor > 1]
TABLE_UNIT = re.compile(
    r"(?i)(?:\(\s*(?:belopp\s+)?(?:i\s+)?|belopp\s*,?\s*|,\s*|\bi\s+|^\s*|\s{2,})"
    rf"(?P<unit>{unit_pattern(TABLE_UNITS)})\s*\)?\s*$|\((?:belopp\s+)?(?:i\s+)?(?P<unit2>{unit_pattern(TABLE_UNITS)})\)")
# A table row: a label, then numbers to the end of the line ("Personal   2 450   2 520"; OCR
# keeps one space: "Personal 2450 2520"; "Summa 3450-3560").
ROW = re.compile(r"^\s*(?P<label>(?:\S.*?[^\d\s.,:;–−-])?)\s*(?P<cells>[-−–]?\d[\d \u00a0\t,.:−–-]*?)\s*$")
TOKEN = re.compile(r"(?P<gap>[\s.:−–-]*?)(?P<sign>(?<![\d])[-−–])?(?P<digits>\d+(?:,\d+)?)")
YEAR = re.compile(r"^(?:19|20)\d{2}$")

Token = tuple[str, str, int, int]        # (gap before, digits with sign, start, end)


def continues(number: list[Token], token: Token) -> bool:
    """Whether `token` is the next thousands group of `number` ("2 450": "450" after "2")."""
    gap, digits = token[0], token[1]
    groups = [t[1] for t in number]
    return gap in (" ", "\u00a0", ".", ":") and len(digits.split(",")[0]) == 3 and digits[0] != "-" \
        and "," not in groups[-1] and len(groups[0].lstrip("-")) <= 3 and all(len(g) == 3 for g in groups[1:])


def split_row(tokens: list[Token], columns: int) -> list[list[Token]] | None:
    """The row's tokens as exactly `columns` numbers, None when they cannot make that many.
    Of the ways that fit, the one whose longest number is shortest: the figures of one row
    are of one size ("25 390 740 238 -2 631" under four years: 25 390 | 740 | 238 | -2 631)."""
    best: dict[tuple[int, int], tuple[int, list[int]]] = {}

    def split(i: int, left: int) -> tuple[int, list[int]] | None:
        """(longest number, cut points) of tokens[i:] as `left` numbers."""
        if i == len(tokens) or left == 0:
            return (0, []) if i == len(tokens) and left == 0 else None
        if (i, left) not in best:
            options, j = [], i + 1
            while True:
                rest = split(j, left - 1)
                if rest is not None:
                    size = len("".join(t[1] for t in tokens[i:j]).lstrip("-"))
                    options.append((max(size, rest[0]), [j, *rest[1]]))
                if j == len(tokens) or not continues(list(tokens[i:j]), tokens[j]):
                    break
                j += 1
            best[i, left] = min(options, key=lambda o: o[0]) if options else (-1, [])
        return best[i, left] if best[i, left][0] >= 0 else None

    found = split(0, columns)
    if found is None:
        return None
    cuts = [0, *found[1]]
    return [list(tokens[a:b]) for a, b in zip(cuts, cuts[1:])]


def grouped(cells: str, columns: int | None) -> list[tuple[str, int, int]]:
    """The numbers in a row's cells: "2 450   2 520" → 2450, 2520. A three-digit group after one
    space continues the number before it, unless the table's column count says otherwise
    ("590 615" under "2025 2026" is two numbers). A row that cannot fill its columns keeps
    only the numbers clear of a speck that broke a cell ("55:39 25 925" under four years)."""
    tokens = [(m.group("gap"), (m.group("sign") and "-" or "") + m.group("digits"),
               m.start("sign") if m.group("sign") else m.start("digits"), m.end())
              for m in TOKEN.finditer(cells)]
    numbers = split_row(tokens, columns) if columns else None
    if numbers is None:
        numbers = []
        for token in tokens:
            if numbers and continues(numbers[-1], token):
                numbers[-1].append(token)
            else:
                numbers.append([token])
        if columns and len(numbers) > columns:
            numbers = [n for k, n in enumerate(numbers) if not specked(numbers, k)]
    return [("".join(t[1] for t in n), n[0][2], n[-1][3]) for n in numbers]


def specked(numbers: list[list[Token]], k: int) -> bool:
    """Whether a speck (":" or "." that joined nothing) stands right before or after number k."""
    after = numbers[k + 1][0][0] if k + 1 < len(numbers) else ""
    return bool(set(numbers[k][0][0] + after) & {":", "."})


def year_heads(rest: str) -> int | None:
    """How many years a caption prints after its unit ("(Tkr) 2023 2022 2021" → 3), if only years."""
    found = rest.split()
    return len(found) if found and all(YEAR.match(y) for y in found) else None


def table_cells(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) of every money cell in tables whose caption or header line names the
    unit ("(tkr)", "Belopp, tkr"); a row of years ("2025    2026") is the column heads."""
    cells = []
    lines = lines_with_offsets(text)
    for index, (_, line) in enumerate(lines):
        unit = TABLE_UNIT.search(line)
        year_columns = year_heads(line[unit.end():]) if unit else None
        if not unit or ROW.match(line[unit.end():]) and line[unit.end():].strip() and not year_columns:
            continue                    # "Personalkostnader (tkr)   53 413": a row with its own unit
        scale = unit_value(unit.group("unit") or unit.group("unit2"))
        columns: int | None = year_columns     # "Flerårsöversikt (Tkr) 2023 2022 2021": the years head the columns
        rows, blank, before = 0, 0, 0
        for offset, row in lines[index + 1:index + 40]:
            if not row.strip():
                blank += 1
                if blank > 1:
                    break
                continue
            blank = 0
            match = ROW.match(row)
            years = match is not None and all(YEAR.match(v) for v in match.group("cells").split())
            if match is None or years:
                if rows:
                    break
                before += 1
                if before > 3:
                    break
                heads = [c for c in re.split(r"\s{2,}|\t", row.strip()) if c]
                if len(heads) == 1:          # OCR kept one space: "Post Budget Utfall Avvikelse"
                    heads = row.split()
                if match is not None and years:
                    columns = len(match.group("cells").split())
                else:
                    columns = len(heads) - 1 if len(heads) > 2 else None
                continue
            rows += 1
            label = match.group("label")
            if NOT_MONEY_LABEL.search(label):
                continue                # "OH i procent …   3": a share, not money
            own = HEAD_UNIT.search(label)      # "Kostnad per timme (kr)   788" under a "(tkr)" caption
            row_scale = unit_value(own.group("unit")) if own else scale
            base = offset + match.start("cells")
            for value, start, end in grouped(match.group("cells"), columns):
                number = int((Decimal(value.replace(",", ".")) * row_scale).to_integral_value())   # a deviation may be negative
                if number:
                    cells.append((number, base + start, base + end))
    return cells

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
            return unit_value(unit.group("unit") or unit.group("unit2"))
    return None


def structure_table_cells(text: str, structure: Structure | None) -> list[tuple[int, int, int]]:
    """(value, start, end) of every number in a money column of the structure's tables."""
    cells = []
    for table in structure.tables if structure is not None else []:
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
