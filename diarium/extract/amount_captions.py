"""Money cells of a table in a text dump, where only the caption or a head line names the
unit ("Kostnader (tkr)", "belopp i tkr", "Flerårsöversikt (Tkr) 2023 2022") and the rows hold
bare numbers.

The heads say how many numbers a row holds: a row of years beats a row of words ("Utfall
Budget Budget" over "2023 2024 2025"), and a notes column ("Not") puts a note reference
before the figures that is no amount. A statement groups its rows under section labels that
print no figures ("Fastighetskostnader"), so a short line without numbers does not end the
table. A statement also prints its cost and deduction rows with a minus in every column: that
minus is the layout's column operator, dropped; a row that mixes signs (a result that turned
negative one year) keeps them, and so does a row that names a balance.

>>> statement = '''RESULTATRÄKNING
... belopp i tkr
... Utfall Budget
... 2023 2024
... Intäkter
... Hyresintäkter 418 383 438 829
... Kostnader
... Driftkostnader -153 474 -175 684
... Övriga kostnader -1 0)
... Räntekostnader -/5 672 =-89 192
... Årets resultat -2 631 12 400
... '''
>>> [v for v, _, _ in table_cells(statement)]
[418383000, 438829000, 153474000, 175684000, 1000, 75672000, 89192000, -2631000, 12400000]
>>> [v for v, _, _ in table_cells("Belopp i mnkr\\nNot 2019 2018\\nSkatteintäkter 6 3 998 3 950\\n")]
[3998000000, 3950000000]
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from diarium.extract.amount_columns import PAGE_NUMBER
from diarium.extract.amount_rows import ROW, grouped
from diarium.extract.amount_tables import (
    HEAD_UNIT, NOT_MONEY_LABEL, PLAIN_UNITS, TABLE_UNIT, TABLE_UNITS, YEAR, table_unit)
from diarium.extract.amount_units import unit_pattern, unit_value
from diarium.extract.patterns import plain_words
from diarium.language import table, words
from diarium.text import lines_with_offsets, squash

NOTES_HEADS = words("notes_heads")
BALANCE = re.compile(rf"(?i){plain_words(words('balance_words'))}")
# A note reference before the figures: "6", "4,5", "2, 3, 17".
NOTE_REFERENCE = re.compile(r"^\d{1,2}(?:\s?,\s?\d{1,2})*(?=\s)")
# OCR specks between the cells: a stray ")" (none opened) or a "=" before a figure.
SPECK = re.compile(r"(?<=\d)\)(?=\s|$)|(?<=\s)=(?=[-−–]?\d)")
YEAR_IN_ROW = re.compile(r"(?<![\d-])(?:19|20)\d{2}(?![\d-])")
CELL_GLYPHS = table("ocr_cell_glyphs")
SIGNED_GLYPH = re.compile(rf"((?:^|(?<=\s))[-−–])([{re.escape(''.join(CELL_GLYPHS))}])(?=\d)")
# A head row whose first cell is the unit: the heads after it are words (and years), no figures.
HEAD_ROW = re.compile(rf"(?i)^\s*(?P<unit>{unit_pattern(TABLE_UNITS)})\s+(?P<heads>[^\d.,;:!?()]+?(?:\s(?:19|20)\d{{2}}[^\d.,;:!?()]*?)*)\s*$")
FUNCTION_WORDS = words("function_words")
# A row whose cells a pipe borders: the last figure closed by one ("… | 8 300 |").
CELL_BORDER = re.compile(r"\d[ \t]*\|[ \t]*$")
COLUMN_RULE = re.compile(r"(?<=\d)[ \t]*\|[ \t]*(?=[-−–]?\d)")
FIGURE = re.compile(r"\d+")
LEADING_ZERO = re.compile(r"-?0\d")      # "020": the tail of a figure whose head a speck or a sign took
RUNNING_YEAR = re.compile(r"[^\W\d_]\s+(?:19|20)\d{2}\s*$")
LAST_WORD = re.compile(r"[^\W\d_]{2,}(?!.*[^\W\d_]{2})")
SECTION_MOST_WORDS = 6
ROWS_MOST = 40
HEADS_MOST = 4


@dataclass
class Heads:
    """What the head lines say about the rows below them."""
    columns: int | None = None
    by_years: bool = False          # counted from a row of years, which words no longer change
    notes: bool = False             # a notes column stands before the figures
    by_heads: bool = False          # counted from the unit's own head row, which lines below only continue
    digits: int | None = None       # the size of the figures in the rows that fill every column
    loose: bool = False             # counted from words one space apart, which may be one head


def year_heads(rest: str) -> int | None:
    """How many years a caption prints after its unit ("(Tkr) 2023 2022 2021" → 3), if only
    years (after a notes head: "Belopp i mnkr Not 2024 2025") or each year after its word
    ("Utfall (mnkr)  Utfall 2023  Utfall 2024")."""
    if years_between_words(rest):
        return len(YEAR_IN_ROW.findall(rest))      # "(miljoner kronor)  Utfall 2023  Utfall 2024"
    found = rest.split()
    if found and found[0].lower() in NOTES_HEADS:
        found = found[1:]
    return len(found) if found and all(YEAR.match(y) for y in found) else None


def names_notes(label: str) -> bool:
    found = label.split()
    return bool(found) and found[-1].lower().strip(".") in NOTES_HEADS


def years_between_words(row: str) -> bool:
    """A head of years each after its word ("Plan 2025 Plan 2026 Plan 2027"): no other figure."""
    return len(YEAR_IN_ROW.findall(row)) >= 2 and not re.search(r"\d", YEAR_IN_ROW.sub("", row))


def read_heads(row: str, years: list[str] | None, heads: Heads) -> None:
    """Update `heads` from a head line: years ("Not 2024 2023") or words ("Post Budget Utfall")."""
    if years is not None and heads.by_heads:
        return                      # the years of some heads wrapped onto the next line ("Budget 2025")
    if years is not None:
        heads.columns, heads.by_years = len(years), True
        heads.notes = heads.notes or any(w.lower().strip(".") in NOTES_HEADS for w in row.split())
        return
    found = [c for c in re.split(r"\s{2,}|\t", row.strip()) if c]
    if len(found) == 1:             # OCR kept one space: "Post Budget Utfall Avvikelse"
        found = row.split()
        heads.loose = True
    heads.notes = heads.notes or any(w.lower() in NOTES_HEADS for w in found)
    if not heads.by_years and not heads.by_heads and len(found) > 2:
        heads.columns = len(found) - 1


def despecked(row: str) -> str:
    """The row with OCR specks between its cells blanked, a column rule between two figures
    ("14,5 | -180,7") too, and a digit misread after a minus put back (offsets kept)."""
    row = SIGNED_GLYPH.sub(lambda m: m.group(1) + CELL_GLYPHS[m.group(2)], row)
    row = COLUMN_RULE.sub(lambda m: " " * len(m.group()), row)
    if CELL_BORDER.search(row):     # "Ekeby län (ram) | 8 300 |": pipes border the cells (a tab: no thousands gap)
        row = row.replace("|", "\t")
    if row.count(")") <= row.count("(") and "=" not in row:
        return row
    unbalanced = row.count(")") > row.count("(")
    return SPECK.sub(lambda m: " " if m.group() == "=" or unbalanced else m.group(), row)


def unit_cues(units: list[str]) -> list[str]:
    """The shortest last words of the units ('kr' for 'tkr' and 'miljoner kronor'): one of them
    is printed wherever a unit is.

    >>> unit_cues(["tkr", "miljoner kronor", "msek", "kr", "sek"])
    ['kr', 'sek']
    """
    last = {unit.split()[-1].lower() for unit in units}
    return sorted(word for word in last if not any(other != word and other in word for other in last))


# A line can match `TABLE_UNIT` only where it prints a unit or "belopp" (a cheap test before the
# costly pattern, with its flags).
UNIT_CUE = re.compile("(?i)" + "|".join(re.escape(cue) for cue in unit_cues(TABLE_UNITS + PLAIN_UNITS + ["belopp"])))


def section_label(row: str) -> bool:
    """A statement's label for the rows below it: a few words, no figures, no sentence."""
    stripped = row.strip()
    return len(stripped.split()) <= SECTION_MOST_WORDS and not re.search(r"\d", stripped) \
        and not stripped.endswith((".", ":"))


def table_cells(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) of every money cell in tables whose caption or header line names the
    unit ("(tkr)", "Belopp, tkr"); a row of years ("2025    2026") is the column heads."""
    cells = []
    lines = lines_with_offsets(text)
    furniture: tuple[str, ...] | None = None
    for index, (_, line) in enumerate(lines):
        unit = TABLE_UNIT.search(line) if UNIT_CUE.search(line) else None
        if unit is None:
            cells += head_row_cells(lines, index)
            continue
        year_columns = year_heads(line[unit.end():])
        if ROW.match(line[unit.end():]) and line[unit.end():].strip() and not year_columns:
            continue                    # "Personalkostnader (tkr)   53 413": a row with its own unit
        if unit.group("unit5") and line.rstrip().endswith("."):
            continue                    # "Avgiften, i kronor per timme, höjs med 2 procent.": a sentence, no caption
        scale = table_unit(unit)
        # "Flerårsöversikt (Tkr) 2023 2022 2021": the years head the columns
        first = line[unit.end():].split()[:1]
        heads = Heads(year_columns, year_columns is not None, bool(first) and names_notes(first[0]))
        furniture = running_lines(lines) if furniture is None else furniture
        cells += table_rows(lines[index + 1:index + ROWS_MOST], scale, heads, furniture)
    return cells


def running_lines(lines: list[tuple[int, str]]) -> tuple[str, ...]:
    """Lines printed twice or more that end in their one year: a running head or foot naming the
    document ("Ekeby kommun Taxa 2026"), which a page number after it makes look like a row (a
    head of years, "Plan 2025 Plan 2026", is none)."""
    seen = Counter(squash(line) for _, line in lines if RUNNING_YEAR.search(line) and len(YEAR_IN_ROW.findall(line)) == 1)
    return tuple(line for line, count in seen.items() if count >= 2)


def head_row_cells(lines: list[tuple[int, str]], index: int) -> list[tuple[int, int, int]]:
    """The money cells under a head row that opens with the unit, in the label column's place
    ("Mnkr  Utfall  Budget  Prognos", "Tkr  Budget 2025  Utfall 2025"): one column a head."""
    head = HEAD_ROW.match(lines[index][1])
    if head is None:
        return []
    names = [w for w in head.group("heads").split() if w != "|"]
    if len(names) < 2 or not names[0][:1].isupper() or any(w.lower() in FUNCTION_WORDS for w in names):
        return []                       # "Miljoner kronor har avsatts till …": a sentence, no head
    worded = [w for w in names if not YEAR.match(w)]     # "Budget 2025": a head's year is no column of its own
    heads = Heads(columns=len(worded), by_heads=True)
    return table_rows(lines[index + 1:index + ROWS_MOST], unit_value(head.group("unit")), heads)


def table_rows(lines: list[tuple[int, str]], scale: int, heads: Heads,
               furniture: tuple[str, ...] = ()) -> list[tuple[int, int, int]]:
    """The money cells of the rows under a caption, to a second blank line or a line of text
    (a page's running foot skipped)."""
    read: list[tuple[re.Match[str], int]] = []
    rows, blank, before, labels = 0, 0, 0, 0
    footed = False
    for offset, row in lines:
        if not row.strip():
            blank += 1
            if blank > 1:
                break
            continue
        blank = 0
        if furniture and squash(row).startswith(furniture):
            footed = True
            continue
        if footed and PAGE_NUMBER.fullmatch(row):
            footed = False          # the page's number on a line of its own under its foot
            continue
        footed = False
        row = despecked(row)
        match = ROW.match(row)
        years = match is not None and all(YEAR.match(v) for v in match.group("cells").split()) \
            or years_between_words(row)
        if match is None or years:
            if rows and (years or not section_label(row) or labels >= 2 or (heads.columns or 0) < 2):
                break
            if rows:
                labels += 1         # "Fastighetskostnader": a section of the statement
                continue
            before += 1
            if before > HEADS_MOST:
                break
            if years or not section_label(row) or heads.columns is None:
                read_heads(row, YEAR_IN_ROW.findall(row) if years else None, heads)
            continue
        if labels and len(row_numbers(match, heads)) != heads.columns:
            break                   # after a label, a line that is no row of the statement: text
        rows, labels = rows + 1, 0
        read.append((match, offset))
    heads.digits = full_row_digits([match for match, _ in read], heads)
    signed = any(mixes_signs(match, heads) for match, _ in read)
    return [cell for match, offset in read for cell in row_cells(match, offset, scale, heads, signed)]


def mixes_signs(match: re.Match[str], heads: Heads) -> bool:
    """A row that is no balance with figures of both signs ("Nämnden -129,7 -139,0 6,5"): the
    table prints each figure's sign, so no minus in it is the layout's operator."""
    if BALANCE.search(match.group("label")):
        return False
    figures = [Decimal(value.replace(",", ".")) for value, _, _ in row_numbers(match, heads)]
    return any(f < 0 for f in figures) and any(f > 0 for f in figures)


def row_cells(match: re.Match[str], offset: int, scale: int, heads: Heads,
              signed: bool = False) -> list[tuple[int, int, int]]:
    """(value, start, end) of the money cells of one row (`signed`: the table prints signs)."""
    label = match.group("label")
    if NOT_MONEY_LABEL.search(label):
        return []                   # "OH i procent …   3": a share, not money
    last_word = LAST_WORD.search(label)
    figures = FIGURE.findall(label[last_word.end():] if last_word else label)   # "4,5–6 m3 Varje vecka": a span, no speck
    numbers = row_numbers(match, heads)
    if heads.columns and len(figures) >= 2 and len(numbers) < heads.columns:
        return []                   # "X -9,0| — -12,5 20] -&4 0,3": specks broke the row, its tail is no row
    own = HEAD_UNIT.search(label)          # "Kostnad per timme (kr)   788" under a "(tkr)" caption
    row_scale = unit_value(own.group("unit")) if own else scale
    base = offset + match.start("cells")
    found = [(int((Decimal(value.replace(",", ".")) * row_scale).to_integral_value()), base + start, base + end)
             for value, start, end in numbers if not LEADING_ZERO.match(value)]
    if not signed and operator_minus(found) and not BALANCE.search(label):
        found = [(-value, start, end) for value, start, end in found]
    return [cell for cell in found if cell[0]]


def row_numbers(match: re.Match[str], heads: Heads) -> list[tuple[str, int, int]]:
    """The figures of a row (a note reference before them left out)."""
    printed = match.group("cells")
    if heads.notes or names_notes(match.group("label")):
        printed = without_note(printed, heads.columns)
    if heads.loose and not heads.by_years and heads.digits is None:
        natural = grouped(printed, None)
        if len(natural) == 1:
            return natural              # "71 300" under "Storlek Intervall Pris": one figure, no row fills the words' count
    return grouped(printed, heads.columns, heads.digits)


def full_row_digits(rows: list[re.Match[str]], heads: Heads) -> int | None:
    """The commonest integer length of the figures in the rows whose groups alone fill every
    column: the size a short row's figures are read against."""
    lengths = [len(value.lstrip("-").split(",")[0]) for match in rows
               if len(grouped(match.group("cells"), None)) == heads.columns
               for value, _, _ in row_numbers(match, heads)]
    return max(set(lengths), key=lengths.count) if lengths else None


def without_note(printed: str, columns: int | None) -> str:
    """The cells with a leading note reference blanked, when what is left fills the columns with
    figures of a more even size ("6 3 998 3 950" under two years: note 6; "1 079 1 085" has none)."""
    note = NOTE_REFERENCE.match(printed)
    if not note or columns is None or printed[note.end():].lstrip().startswith("0"):
        return printed
    rest = " " * note.end() + printed[note.end():]
    stripped, whole = grouped(rest, columns), grouped(printed, columns)
    if len(stripped) != columns:
        return printed
    return rest if len(whole) != columns or longest(stripped) < longest(whole) else printed


def longest(numbers: list[tuple[str, int, int]]) -> int:
    return max(len(value.lstrip("-").split(",")[0]) for value, _, _ in numbers)


def operator_minus(found: list[tuple[int, int, int]]) -> bool:
    """Whether every figure of a row of two or more cells carries a minus: a deduction row."""
    figures = [value for value, _, _ in found if value]
    return len(found) >= 2 and bool(figures) and all(value < 0 for value in figures)
