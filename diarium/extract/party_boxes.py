"""Parties of party boxes set side by side in a text that kept the page's layout: each line
holds one row of every box, the boxes' cells a wide gap apart ("Beställare      Leverantör" /
"Ekeby kommun      Norrby Omsorg AB" / "Org.nr 212000-…      Org.nr 556…"). Read line by line,
a name would run into the next box's name and take the number printed under another box; read
column by column, each box is a party: its name, and the number printed in it. A box counts when
it holds a number or opens with a party's role ("Hyresgäst", "Kommunen"), and only on a page
that speaks of an agreement.

>>> text = '''AVTAL
... Beställare                         Leverantör
... Ekeby kommun                       Norrby Omsorg AB
... Box 1, 123 45 Ekeby                Storgatan 2, 123 46 Norrby
... Org.nr: 212000-0001                Org.nr: 556677-8899
... '''
>>> [(p.name, p.orgnr) for p in box_parties(text)]
[('Ekeby kommun', '212000-0001'), ('Norrby Omsorg AB', '556677-8899')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.evidence import evidence
from diarium.extract.orgnr import find_orgnrs
from diarium.extract.party_context import PARTY_CONTEXT, SIGNING_LOG, in_party_context, looks_like_person, name_like
from diarium.extract.party_labels import is_field_label, role_labels
from diarium.extract.party_names import reference_words
from diarium.schemas import Party
from diarium.text import lines_with_offsets

GAP = re.compile(r"[ \t]{3,}|\t")
LOG_REACH = 300           # characters above a run of boxes that a signing log's head may stand in
ALIGN = 4                 # characters a box's cells may stand off its column
BLANKS_INSIDE = 1         # blank lines a row of boxes may hold between its rows
FULL_ROWS = 2             # rows that fill every column in a run of boxes
TEXT_WORDS = 8            # a cell of more words is running text, no box's row

Cell = tuple[int, str, int]         # (column, text, offset in the document)


@lru_cache(maxsize=1)
def box_heads() -> frozenset[str]:
    """Words that head a party box rather than name its party: a role ("Köpare") or a defined term."""
    return role_labels() | reference_words()


def cells(offset: int, line: str) -> list[Cell]:
    """The cells of a line, split at its wide gaps."""
    found, at = [], 0
    for part in GAP.split(line):
        at = line.index(part, at) if part else at
        if part.strip():
            lead = len(part) - len(part.lstrip())
            found.append((at + lead, part.strip(), offset + at + lead))
        at += len(part)
    return found


def blocks(text: str) -> list[list[list[Cell]]]:
    """Runs of lines whose cells line up in two or more columns, two rows or more filling every
    column (one such line is a justified title or a log's label and value): each run's columns,
    top down."""
    found: list[list[list[Cell]]] = []
    columns: list[list[Cell]] = []
    blank = full = 0
    for offset, line in lines_with_offsets(text):
        if not line.strip():
            blank += 1
            if blank > BLANKS_INSIDE and columns:
                found += [columns] if full >= FULL_ROWS else []
                columns = []
            continue
        blank = 0
        if not columns and "   " not in line and "\t" not in line:
            continue                # (cheap test first: a line of one cell opens no run)
        row = cells(offset, line)
        if columns and aligned(columns, row):
            full += len(row) == len(columns)
            for cell in row:
                nearest = min(range(len(columns)), key=lambda k: abs(columns[k][0][0] - cell[0]))
                columns[nearest].append(cell)
            continue
        if columns and full >= FULL_ROWS:
            found.append(columns)
        columns = [[cell] for cell in row] if len(row) >= 2 and not running_text(row) else []
        full = 1
    return found + ([columns] if columns and full >= FULL_ROWS else [])


def aligned(columns: list[list[Cell]], row: list[Cell]) -> bool:
    """Does every cell of the row stand under a column of the run (and no cell is prose)?"""
    starts = [column[0][0] for column in columns]
    return bool(row) and len(row) <= len(columns) and not running_text(row) \
        and all(any(abs(cell[0] - s) <= ALIGN for s in starts) for cell in row)


def running_text(row: list[Cell]) -> bool:
    return any(len(cell[1].split()) > TEXT_WORDS or cell[1].endswith(".") for cell in row)


def box_party(text: str, box: list[Cell]) -> Party | None:
    """The party of one box: its name and the number printed in it."""
    role = box[0][1].rstrip(":").casefold() in box_heads()
    numbers = [(org, cell) for cell in box for org in find_orgnrs(cell[1])[:1]]
    if not numbers and not role:
        return None
    name = next((found for cell in box[1 if role else 0:] for found in [box_name(cell)] if found), None)
    if name is None:
        return None
    ev = [evidence(text, name[1], name[1] + len(name[0]))]
    if not numbers:
        return Party(name=name[0], evidence=ev)
    org, cell = numbers[0]
    start = cell[2] + org.evidence[0].start
    return Party(name=name[0], orgnr=org.orgnr, orgnr_valid=org.orgnr_valid,
                 evidence=ev + [evidence(text, start, cell[2] + org.evidence[0].end)])


def box_name(cell: Cell) -> tuple[str, int] | None:
    """(name, offset) when the cell is an organisation's name (no label, address, person)."""
    first = cell[1].split()[0]
    if is_field_label(first) or first.rstrip(":").casefold() in box_heads():
        return None
    name = name_like(cell[1])
    if not name or name not in cell[1] or looks_like_person(name) or not name[:1].isupper():
        return None
    return name, cell[2] + cell[1].index(name)


def box_parties(text: str) -> list[Party]:
    """The parties of side-by-side boxes on the pages that speak of an agreement."""
    parties: list[Party] = []
    if not PARTY_CONTEXT.search(text):
        return parties
    for columns in blocks(text):
        start = columns[0][0][2]
        if not in_party_context(text, start) or SIGNING_LOG.search(text, max(0, start - LOG_REACH), columns[-1][-1][2]):
            continue            # a signing service's log names the signer's organisation, no party
        found = [box_party(text, column) for column in columns]
        parties += [party for party in found if party]
    return parties
