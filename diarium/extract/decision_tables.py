"""Decisions in tables: an ärendelista whose "Förslag" column holds, for each ärende, a
"Förslag till beslut i kommunstyrelsen" with the proposed decisions under it.

A cell holds decisions when its first line is a decision heading; a second heading in the
same cell ("Förslag till beslut i kommunfullmäktige") starts another block. In a cell each
sentence that starts on a new line after a finished sentence is a decision of its own (cells
wrap their lines narrowly, so only a new sentence on a new line marks a new proposal);
numbered beslutspunkter keep their numbers. The row's agenda number and its case number
(Beteckning) place the decisions: "ärende 5", "2025-00123".

Where the column's own name says it holds proposals (a header cell "Förslag" over an
ärendelista), a cell with no heading of its own holds its row's proposal as it stands, when the
row is an ärende (an agenda or case number) and the cell says something whole (a finished
sentence: not a proposed justerare's name, not a "-" for an information item).

>>> from diarium.structure import analyse
>>> text = ("| | Ärende | Beteckning | Förslag |\\n| --- | --- | --- | --- |\\n"
...         "| 5. | Arrendeavtal | 2025-00123 | Förslag till beslut i kommunstyrelsen<br>Kommunstyrelsen "
...         "godkänner<br>arrendeavtalet.<br>Ordföranden utses att<br>underteckna avtalet. |\\n")
>>> [(c.key, c.dnr, i.text) for i, c in table_items(analyse(text), text)]
[('ärende 5', '|202500123', 'Kommunstyrelsen godkänner arrendeavtalet.'), ('ärende 5', '|202500123', 'Ordföranden utses att underteckna avtalet.')]
>>> text = ("| | Ärende | Beteckning | Förslag |\\n| --- | --- | --- | --- |\\n"
...         "| | Val av justerare | | Eva Ek (C) |\\n"
...         "| 1. | Information | EN-2025-00017 | Nämnden noterar informationen<br>till protokollet. |\\n"
...         "| 2. | Arenan | EN-2025-00018 | - |\\n")
>>> [(c.key, i.text) for i, c in table_items(analyse(text), text)]
[('ärende 1', 'Nämnden noterar informationen till protokollet.')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from diarium.extract.decision_breaks import leaves_bullet
from diarium.extract.decision_items import Item, group_items
from diarium.extract.decision_headings import line_is_decision_heading, names_body
from diarium.extract.decision_pieces import Piece
from diarium.schemas.structure import Cell, Structure
from diarium.structure.body import ends_sentence, list_marker
from diarium.structure.names import heading_name
from diarium.text import squash

AGENDA_NUMBER = re.compile(r"^(\d{1,3})\.?$")
CASE_NUMBER = re.compile(r"^(?:[A-ZÅÄÖ]{1,6}[ -]?)?\d{4}[-/]\d{2,5}$")
# Column names whose cells are the rows' proposals (`language/data/headings.tsv`).
PROPOSAL_COLUMNS = ("förslag", "förslag till beslut")
# A line cut inside a word or a number ("2023-12-" / "15."): the next line carries it on.
CUT_AT_HYPHEN = re.compile(r"\w-$")


@dataclass(frozen=True)
class Context:
    """Where a decision stands: its § or agenda item ("§ 66", "ärende 5") and case number
    (digits only, so "KS-2025-00098" and "2025-00098" are one)."""

    key: str | None = None
    dnr: str | None = None
    start: int | None = None          # the span of the § heading, when a § places it
    end: int | None = None


def dnr_key(dnr: str | None) -> str | None:
    """'KS-2025-00098' → 'KS|202500098': the registry's prefix and the digits."""
    digits = re.sub(r"\D", "", dnr or "")
    prefix = re.match(r"\s*([A-ZÅÄÖ]+)", dnr or "")
    return f"{prefix.group(1) if prefix else ''}|{digits}" if digits else None


def same_case(a: str | None, b: str | None) -> bool | None:
    """Whether two case numbers are one; None when they cannot be compared (one is missing, or
    they come from two registries: 'ATN-2024-00061' and 'GRFS-2024-00159')."""
    if a is None or b is None:
        return None
    prefix_a, digits_a = a.split("|")
    prefix_b, digits_b = b.split("|")
    if prefix_a and prefix_b and prefix_a != prefix_b:
        return None
    return digits_a == digits_b


def table_items(structure: Structure, text: str) -> list[tuple[Item, Context]]:
    """The decisions in every table cell that starts with a decision heading, and in the
    cells of a proposal column."""
    out: list[tuple[Item, Context]] = []
    for table in structure.tables:
        column = proposal_column(table.rows[0]) if table.header and table.rows else None
        for k, row in enumerate(table.rows):
            context = row_context(row)
            for j, cell in enumerate(row):
                lines = cell.text.split("\n")
                if len(lines) >= 2 and line_is_decision_heading(lines[0]) and not subject_runs_on(lines):
                    blocks = cell_blocks(cell, text)
                elif j == column and k > 0 and proposal_cell(cell, context):
                    blocks = cell_blocks(cell, text, headed=False)
                else:
                    continue
                for block in blocks:
                    out += [(item, context) for item in group_items(block)]
    return out


def subject_runs_on(lines: list[str]) -> bool:
    """The cell's first line names a subject that its second line carries on in lower case
    ("Beslut om inköp inom" / "nämndens ansvarsområde"): a decision taken, listed. A heading
    over a sentence of its own ("Beslut om taxa" / "Nämnden antar taxan.") heads a decision.

    >>> subject_runs_on(["Beslut om inköp inom", "nämndens område"]), subject_runs_on(["Beslut om taxa", "Nämnden antar taxan."])
    (True, False)
    """
    after = next((line.strip() for line in lines[1:] if line.strip()), "")
    return names_subject(lines[0]) and after[:1].islower()


def names_subject(line: str) -> bool:
    """A cell opening "Beslut om inköp av …" names what a decision was about (a delegation
    list's column of decisions taken), not a heading over the decision's own words: a heading
    of a cell is bare or names the body it decides in ("Förslag till beslut i nämnden").

    >>> names_subject("Beslut om upphandling av"), names_subject("Förslag till beslut i nämnden")
    (True, False)
    """
    named = heading_name(squash(line))
    return named is not None and named[1] is not None and not names_body(named[1])


def proposal_column(header: list[Cell]) -> int | None:
    """The column the header row names as the rows' proposals ("Förslag")."""
    for k, cell in enumerate(header):
        found = heading_name(squash(cell.text))
        if found is not None and found[0] in PROPOSAL_COLUMNS and found[1] is None:
            return k
    return None


def proposal_cell(cell: Cell, context: Context) -> bool:
    """A proposal column's cell that holds its ärende's proposal: the row is numbered or
    carries a case number, and the cell says something whole."""
    words = squash(cell.text)
    return (context.key is not None or context.dnr is not None) and ends_sentence(words) \
        and words[:1].isupper()


def row_context(row: list[Cell]) -> Context:
    cells = [squash(cell.text) for cell in row]
    number = next((m.group(1) for c in cells[:2] if (m := AGENDA_NUMBER.match(c))), None)
    dnr = next((c for c in cells if CASE_NUMBER.match(c)), None)
    return Context(f"ärende {number}" if number else None, dnr_key(dnr))


def cell_lines(cell: Cell, text: str) -> list[tuple[int, int, str]]:
    """Each line of the cell with its span in the text (the cell's span when not found)."""
    out, cursor = [], cell.start
    for line in cell.text.split("\n"):
        at = text.find(line, cursor, cell.end) if line else -1
        if at < 0:
            out.append((cell.start, cell.end, line))
        else:
            out.append((at, at + len(line), line))
            cursor = at + len(line)
    return out


def cell_blocks(cell: Cell, text: str, headed: bool = True) -> list[list[Piece]]:
    """The pieces under each decision heading of the cell (of the whole cell when it is not
    `headed`: a proposal column's)."""
    blocks: list[list[Piece]] = [] if headed else [[]]
    lines = cell_lines(cell, text)
    width = max(len(line[2].strip()) for line in lines) if lines else 0
    for line in lines:
        if not line[2].strip():
            continue
        if headed and line_is_decision_heading(line[2]):
            blocks.append([])
            continue
        if not blocks:
            continue
        pieces = blocks[-1]
        cut = bool(pieces) and CUT_AT_HYPHEN.search(pieces[-1].lines[-1][2].rstrip()) is not None
        marker = None if cut else list_marker(line[2])
        if not pieces or marker is not None or starts_sentence(pieces[-1], line[2]) \
                or leaves_bullet(pieces[-1].item, pieces[-1].lines[-1][2], line[2], lines[-1][2], width):
            pieces.append(Piece([line], marker[0] if marker else None))
        else:
            pieces[-1].lines.append(line)
    return [block for block in blocks if block]


def starts_sentence(piece: Piece, line: str) -> bool:
    return ends_sentence(piece.lines[-1][2]) and line.lstrip()[:1].isupper()
