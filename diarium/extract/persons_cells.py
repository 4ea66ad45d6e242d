"""Persons alone on the lines of a table cell, read from the structure's tables.

Two layouts of an agenda table put people in a cell with nothing else on their lines:

* an item's time slot, then the people who present it, one a line ("Information om taxan" /
  "Klockan 09:00-09:30" / "Anna Berg" / "Per Ek"): the names after the slot, up to the first
  line that is not a name, are persons with no role printed;
* a row whose label is a function of the minutes ("Val av justerare", `meeting_functions.txt`)
  with the person named alone in another cell: a person with that function.

The same agenda printed as layout text keeps the item's column: the slot starts a line, the
presenters' names start the lines under it (after a blank line maybe), the proposal's text beside.

A line that is a name is one the name test takes whole (an organisation, a unit, a title or a
place is never one), maybe with the party after it ("Anna Berg (M)").

>>> from diarium.structure import analyse
>>> text = ("| Nr | Ärende | Beteckning |\\n| --- | --- | --- |\\n"
...         "|  | Val av justerare | Ordinarie: Per Holm (M)<br>Ersättare<br>Eva Ek |\\n"
...         "| 1. | Information om taxan<br>Klockan 09:00-09:30<br>Anna Berg<br>Ylva Rask | 2024-00001 |\\n"
...         "| 2. | Budget 2025<br>13.00–13.20<br>Norrby Bygg AB | 2024-00002 |\\n")
>>> [(f.name, f.role, f.party) for f in cell_persons(text, analyse(text))]
[('Per Holm', 'Justerare', 'M'), ('Eva Ek', 'Justerare', None), ('Anna Berg', None, None), ('Ylva Rask', None, None)]
>>> text = ("3.  Budget 2025           2024-00002 Förslag till beslut\\n"
...         "13.00–13.25               Kommunfullmäktige fastställer budgeten.\\n\\n"
...         "Anna Berg                 Kommunfullmäktige fastställer målen.\\n"
...         "Per Holm                  mål med fokusområden.\\n\\nKommunfullmäktige fastställer ramar.\\n")
>>> [(f.name, f.role) for f in cell_persons(text, analyse(text))]
[('Anna Berg', None), ('Per Holm', None)]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.person_names import person_name, plain
from diarium.extract.persons_found import LETTERHEAD, LIST_DEFAULT, PRINTED, Found
from diarium.language import words
from diarium.schemas.structure import Cell, Structure, TextLine
from diarium.structure.attendance_vocab import party_of

COLUMN_GAP = re.compile(r"\s{2,}")
SLOT_REACH = 6           # lines under a time slot its presenters may stand on
PARTY_AFTER = re.compile(r"\s*\(([^()]{1,6})\)\s*$")
LABEL_BEFORE = re.compile(r"^[^\W\d_]+:\s*")     # "Ordinarie: Anna Berg"


@lru_cache(maxsize=1)
def time_slot() -> re.Pattern[str]:
    """A line that is a time slot and nothing else: '13.00–13.30', 'Klockan 08:50-09:10'."""
    clock = "|".join(re.escape(w) for w in sorted(words("clock_words"), key=len, reverse=True))
    return re.compile(rf"(?:(?:{clock})\s*)?\d{{1,2}}[.:]\d{{2}}\s*[-–]\s*\d{{1,2}}[.:]\d{{2}}", re.IGNORECASE)


def _line_name(line: str) -> tuple[str, str | None] | None:
    """(name, party) when the line is a name and nothing else, maybe with its party."""
    party = PARTY_AFTER.search(line)
    bare = line[:party.start()] if party else line
    name = person_name(bare)
    if name is None or plain(name) != plain(" ".join(bare.split())):
        return None
    return name, party_of(party.group(1)) if party else None


def _found(text: str, cell: Cell, line: str, role: str | None, how: str) -> Found | None:
    named = _line_name(line)
    if named is None:
        return None
    at = text.find(line, cell.start, cell.end)
    start = cell.start if at < 0 else at
    return Found(named[0], role, named[1], LETTERHEAD, how, [(start, start + len(line))])


def _presenters(text: str, cell: Cell) -> list[Found]:
    """The names one a line under the cell's time slot."""
    found: list[Found] = []
    lines = [line.strip() for line in cell.text.split("\n")]
    slots = [k for k, line in enumerate(lines) if time_slot().fullmatch(line)]
    for line in lines[slots[0] + 1:] if slots else []:
        person = _found(text, cell, line, None, PRINTED)
        if person is None:
            break
        found.append(person)
    return found


def _function_of(row: list[Cell]) -> str | None:
    """'Justerare' for a row labelled 'Val av justerare'."""
    for cell in row:
        for word in cell.text.lower().split():
            if word.strip(":,.") in words("meeting_functions"):
                return word.strip(":,.").capitalize()
    return None


def function_cells(structure: Structure) -> list[tuple[int, int]]:
    """The cells of the rows labelled with a function: this reader's, not the label readers'
    ("Ersättare: Eva Ek" there is the deputy justerare, not a substitute of the board)."""
    return [(cell.start, cell.end) for table in structure.tables for row in table.rows
            if _function_of(row) for cell in row]


def _first_column(line: TextLine) -> str:
    return COLUMN_GAP.split(line.text.strip())[0] if line.text[:1].strip() else ""


def column_presenters(structure: Structure) -> list[Found]:
    """The names that start the lines under a line that starts with a time slot."""
    found: list[Found] = []
    lines = structure.lines
    for i, line in enumerate(lines):
        if not time_slot().fullmatch(_first_column(line)):
            continue
        for below in lines[i + 1:i + 1 + SLOT_REACH]:
            if not below.text.strip():
                continue
            named = _line_name(_first_column(below))
            if named is None:
                break
            found.append(Found(named[0], None, named[1], LETTERHEAD, PRINTED,
                               [(below.start, below.start + len(_first_column(below)))]))
    return found


def cell_persons(text: str, structure: Structure) -> list[Found]:
    found: list[Found] = column_presenters(structure)
    for table in structure.tables:
        for row in table.rows[1 if table.header else 0:]:
            function = _function_of(row)
            for cell in row:
                found += _presenters(text, cell)
                found += _functionaries(text, cell, function) if function else []
    return found


def _functionaries(text: str, cell: Cell, function: str) -> list[Found]:
    """The names alone on the cell's lines, maybe after a label ("Ordinarie: Anna Berg (M)")."""
    lines = (LABEL_BEFORE.sub("", line.strip()) for line in cell.text.split("\n"))
    return [person for line in lines if (person := _found(text, cell, line, function, LIST_DEFAULT))]
