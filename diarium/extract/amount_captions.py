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

from diarium.extract.amount_columns import PAGE_NUMBER
from diarium.extract.amount_heads import YEAR_IN_ROW, Heads, names_notes, read_heads, year_heads, years_between_words
from diarium.extract.amount_row_cells import despecked, full_row_digits, mixes_signs, row_cells, row_numbers
from diarium.extract.amount_rows import ROW
from diarium.extract.amount_tables import PLAIN_UNITS, TABLE_UNIT, TABLE_UNITS, YEAR, table_unit
from diarium.extract.amount_units import unit_pattern, unit_value
from diarium.language import words
from diarium.text import lines_with_offsets, squash

# A head row whose first cell is the unit: the heads after it are words (and years), no figures.
HEAD_ROW = re.compile(rf"(?i)^\s*(?P<unit>{unit_pattern(TABLE_UNITS)})\s+(?P<heads>[^\d.,;:!?()]+?(?:\s(?:19|20)\d{{2}}[^\d.,;:!?()]*?)*)\s*$")
FUNCTION_WORDS = words("function_words")
RUNNING_YEAR = re.compile(r"[^\W\d_]\s+(?:19|20)\d{2}\s*$")
SECTION_MOST_WORDS = 6
ROWS_MOST = 40
HEADS_MOST = 4


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


