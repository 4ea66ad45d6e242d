"""The head lines of a money table read into `Heads`: how many figures a row holds, counted from
a row of years ("2023 2024 2025"), from each year after its word ("Plan 2025 Plan 2026") or from
a row of words ("Post Budget Utfall"), and whether a notes column ("Not") stands before them.

>>> year_heads("Not 2024 2023"), year_heads("Utfall 2023  Utfall 2024"), year_heads("Utfall Budget")
(2, 2, None)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from diarium.extract.amount_tables import YEAR
from diarium.language import words

NOTES_HEADS = words("notes_heads")
YEAR_IN_ROW = re.compile(r"(?<![\d-])(?:19|20)\d{2}(?![\d-])")


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
