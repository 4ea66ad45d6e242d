"""Clause numbers that reading order put in a column of their own.

On a scanned agreement the numbers of the clauses ("14.", "14.1", "14.2", "15.") often come
out of OCR as a column before the page's text, and the clause titles follow later without
them. Each number still starts a clause: it is a numbered heading without a title.

A column is three or more lines in a row that are bare clause numbers, rising, at least one
with a dot ("1.1", "10.") and most with a blank line before them (they number long clauses),
so that a column of plain counts in a table ("1", "2", "3") or the numbered rows of a form
("1.1" / "1.2" / "1.3") is not taken for one. OCR may misread one ("3:7", "353").

>>> from diarium.structure.body import body_view
>>> from diarium.structure.lines import text_lines
>>> view = body_view(text_lines("14.\\n\\n14.1\\n\\n14.2\\n\\n15.\\n\\n5/7\\n\\nUndersökning av fastigheten\\n"
...                             "Köparen har rätt att undersöka fastigheten."))
>>> [view.text(k) for k in sorted(column_numbers(view))]
['14.', '14.1', '14.2', '15.']
>>> column_numbers(body_view(text_lines("Tabell\\n1\\n2\\n3\\n4"))), column_numbers(body_view(text_lines("1.1\\n1.2\\n1.3")))
({}, {})
>>> sorted(column_numbers(body_view(text_lines("353\\n\\n3.4\\n\\n3:5\\n\\nText."))).values())
['3.4', '3.5']
"""
from __future__ import annotations

import re

from diarium.structure.body import BodyView

BARE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?$")
# OCR damage in a column: "3:7" for "3.7" (kept, read with a dot), "353" for "3.5.3" (skipped).
MISREAD = re.compile(r"^(\d{1,2})[:,](\d{1,2})$|^\d{3}$")
MIN_COLUMN = 3
SPREAD = 0.5              # most numbers stand apart, a blank line between: they number long clauses


def column_numbers(view: BodyView) -> dict[int, str]:
    """Body line k → its clause number ('14' for '14.', '14.1'), for the lines of every column."""
    found: dict[int, str] = {}
    run: list[tuple[int, str | None]] = []
    for k in range(len(view) + 1):
        number = _number(view, k)
        if number is not None and (not run or _rises(run, number)):
            run.append((k, number or None))
            continue
        if run and _is_column(run, view):
            found.update((j, n) for j, n in run if n is not None)
        run = [(k, number or None)] if number is not None else []
    return found


def _number(view: BodyView, k: int) -> str | None:
    """The clause number of body line k; '' for a number OCR misread beyond repair; None."""
    if k >= len(view) or not view.is_free(k):
        return None
    text = view.text(k)
    match = BARE_NUMBER.match(text)
    if match is not None:
        return match.group(1)
    misread = MISREAD.match(text)
    if misread is None:
        return None
    return f"{misread.group(1)}.{misread.group(2)}" if misread.group(1) else ""


def _rises(run: list[tuple[int, str | None]], number: str) -> bool:
    before = next((n for _, n in reversed(run) if n), None)
    return not number or before is None or _key(number) > _key(before)


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def _is_column(run: list[tuple[int, str | None]], view: BodyView) -> bool:
    dotted = any("." in view.text(k) for k, _ in run)
    spread = sum(view.gap_before[k] for k, _ in run[1:]) >= SPREAD * (len(run) - 1)
    return len(run) >= MIN_COLUMN and dotted and spread
