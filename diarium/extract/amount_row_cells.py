"""One row of a money table read into cells: OCR specks and column rules between the cells
blanked, a note reference before the figures left out, the figures grouped into the columns the
heads count, scaled by the caption's unit (or the row's own), and a minus that every figure of
a deduction row carries dropped as the layout's column operator (kept in a row that mixes signs
or names a balance)."""
from __future__ import annotations

import re
from decimal import Decimal

from diarium.extract.amount_heads import Heads, names_notes
from diarium.extract.amount_rows import grouped
from diarium.extract.amount_tables import HEAD_UNIT, NOT_MONEY_LABEL
from diarium.extract.amount_units import unit_value
from diarium.extract.patterns import plain_words
from diarium.language import table, words

BALANCE = re.compile(rf"(?i){plain_words(words('balance_words'))}")
# A note reference before the figures: "6", "4,5", "2, 3, 17".
NOTE_REFERENCE = re.compile(r"^\d{1,2}(?:\s?,\s?\d{1,2})*(?=\s)")
# OCR specks between the cells: a stray ")" (none opened) or a "=" before a figure.
SPECK = re.compile(r"(?<=\d)\)(?=\s|$)|(?<=\s)=(?=[-−–]?\d)")
CELL_GLYPHS = table("ocr_cell_glyphs")
SIGNED_GLYPH = re.compile(rf"((?:^|(?<=\s))[-−–])([{re.escape(''.join(CELL_GLYPHS))}])(?=\d)")
# A row whose cells a pipe borders: the last figure closed by one ("… | 8 300 |").
CELL_BORDER = re.compile(r"\d[ \t]*\|[ \t]*$")
COLUMN_RULE = re.compile(r"(?<=\d)[ \t]*\|[ \t]*(?=[-−–]?\d)")
FIGURE = re.compile(r"\d+")
LEADING_ZERO = re.compile(r"-?0\d")      # "020": the tail of a figure whose head a speck or a sign took
LAST_WORD = re.compile(r"[^\W\d_]{2,}(?!.*[^\W\d_]{2})")


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
