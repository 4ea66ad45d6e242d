"""Decisions in the Förslag column of an ärendelista that OCR read as text: the column's
heading is printed once over the table ("Ärende  Beteckning | Förslag"), and each row's
proposal is a paragraph that opens with a body acting ("Nämnden noterar informationen till
protokollet.", "Nämnden för Miljö & Bygg avger yttrande …"), or, where OCR kept the rules
between the columns, the last cell of the row's first line ("3. | Bygglovsstatistik … | Nämnden
noterar …"). No other heading marks them, so only the agenda's own pages are read: after the
header line, outside any named section (a Sammanfattning of an attached paper is no proposal).

Where the text layer interleaved the columns, a left cell stands before the proposal's line
after a wide gap ("2033–2034        Kommunfullmäktige fastställer …") and is dropped, as is
all before the Beteckning cell of a row flattened onto one line (its case number, two spaces
or more after it: "1.  Information … 20 min  SN-2024- 00311  Nämnden noterar …"); each new
act of the body after a sentence's end is the next proposal; a blank line in mid-sentence does
not end one, nor does a page break into a table whose first row only carries it on.

>>> from diarium.structure import analyse
>>> text = ("KALLELSE\\n\\nÄrende   Beteckning | Förslag\\n1. | Information om bokslut | SN-2024-00311\\n\\n"
...         "Föredragande: Eva Ek\\n\\nNämnden noterar informationen till protokollet.\\n\\n"
...         "2. | Remiss om hemtjänst | SN-2024-00318 | Nämnden avger yttrande enligt förvaltningens förslag.\\n")
>>> [i.text for i, _ in column_items(analyse(text), text)]
['Nämnden noterar informationen till protokollet.', 'Nämnden avger yttrande enligt förvaltningens förslag.']
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.decision_furniture import repeal_phrase, repeal_starts
from diarium.extract.decision_items import Item, group_items
from diarium.extract.decision_pieces import Piece
from diarium.extract.decision_tables import Context, cell_lines
from diarium.extract.first_document import walk
from diarium.extract.patterns import alternation, bodies, plain_alternation
from diarium.language import table, words
from diarium.schemas.structure import Heading, Paragraph, Structure
from diarium.structure.body import ends_sentence

CELL_RULE = "|"
# A converted document's link to a table on a line of its own: "[Tabell 4-1](kallelse.tabeller/4-1.csv)".
MARKDOWN_LINK = re.compile(r"^\[[^\]]+\]\([^)\s]+\)$")
COLUMN_GAP = "    "        # four spaces or more between two columns' cells on one line
# A case number cut at its hyphen at the end of the Beteckning cell ("KFT-2025-"), and its tail
# on the row's next line ("00266"): what follows the tail there is the Förslag cell's next line.
CUT_CASE_NUMBER = re.compile(r"\b[A-ZÅÄÖ]{2,}-\d{4}-\s*\|?\s*$")
# (a serial number of five digits or with leading zeros, not a year of the title's words)
CASE_TAIL = re.compile(r"(?:^|(?<=[\s|]))(?:0\d{2,5}|\d{5,6})(?=\s)")
# A row flattened onto one line, its cells set apart by two spaces or more: the Beteckning cell's
# case number (also cut at its hyphen, "KFT-2025- 00213"), then the Förslag cell.
CASE_CELL = re.compile(r"(?<!\S)(?:[A-ZÅÄÖ]{1,6}-)?\d{4}-\s?\d{3,6}(?=\s{2,}\S)")


@lru_cache(maxsize=1)
def header_line() -> re.Pattern[str]:
    """A line of column names that holds a dnr label and the Förslag column: "Ärende
    Beteckning | Förslag"."""
    proposal = alternation(surface for name, surfaces in table("headings").items()
                           if name in ("förslag", "förslag till beslut") for surface in surfaces.split(" | "))
    label = alternation(words("dnr_labels"))
    return re.compile(rf"(?i)\b{label}\b[ \t|]+{proposal}[ \t|]*$")


PROPOSAL_WORD = re.compile(r"(?i)förslag")
# A sentence's end inside a line, before the next sentence's first word.
SENTENCE_STOP = re.compile(r"(?<=[a-zåäö0-9)”\"])[.!?]\s+(?=[A-ZÅÄÖ])")


def find_header(text: str) -> int | None:
    """The end of the first header line: only lines that hold "Förslag" are read."""
    for word in PROPOSAL_WORD.finditer(text):
        start, end = text.rfind("\n", 0, word.start()) + 1, text.find("\n", word.end())
        end = len(text) if end < 0 else end
        if header_line().search(text, start, end):
            return end
    return None


@lru_cache(maxsize=1)
def acting_body() -> re.Pattern[str]:
    """A body at the start of a proposal and a verb in the present tense ("-r", passive "-s"):
    "Nämnden noterar", "Nämnden för Miljö & Bygg avger", "Kommunstyrelsen beslutar"."""
    forms = [form for body in bodies("board") for form in body.forms]
    body = rf"(?:[A-ZÅÄÖ][a-zåäö-]*{alternation(forms)}|{alternation(f.capitalize() for f in forms)})"
    named = r"(?:\s+för\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:&|och)\s+[A-ZÅÄÖ][\wåäö-]*)?)?"
    verb = rf"(?:[a-zåäö]{{3,}}[rs]|{plain_alternation(words('decision_verbs'))})"
    return re.compile(rf"^{body}{named}\s+{verb}\b")


def column_items(structure: Structure, text: str) -> list[tuple[Item, Context]]:
    """The proposals of an ärendelista whose table OCR flattened; nothing when the file prints
    no header line with a Förslag column."""
    header_end = find_header(text)
    if header_end is None:
        return []
    out: list[tuple[Piece, Context]] = []
    for section, _ in walk(structure.sections):
        heading = section.heading
        if heading is not None and heading.name is not None and heading.name != "förslag":
            continue
        units: list[Paragraph | Heading] = [heading] if heading is not None and heading.kind == "layout" \
            and heading.start > header_end else []
        for unit in [*units, *(p for p in section.paragraphs if p.start >= header_end)]:
            lines, cut = right_cells(unit, text)
            item = unit.item if isinstance(unit, Paragraph) else None
            if out and is_open(out[-1][0]) and lines and runs_on(lines[0], item, cut):
                lead, lines = sentence_end(lines)    # a blank line in mid-sentence (page layout)
                out[-1][0].lines.extend(lead)
            if not lines:
                continue
            # each row is its own ärende: the same words in two rows are two decisions
            context = Context(f"ärende {item if item and item.isdigit() else f'@{unit.start}'}")
            out += [(piece, context) for piece in proposals(item, lines, cut)]
    for k, (piece, _) in enumerate(out):
        if is_open(piece):
            piece.lines.extend(row_carried_on(structure, text, piece.end, out[k + 1][0].start if k + 1 < len(out) else len(text)))
    return [(item, context) for piece, context in out for item in group_items([piece])]


def row_carried_on(structure: Structure, text: str, after: int, before: int) -> list[tuple[int, int, str]]:
    """A proposal cut at a page's end that the next page's table carries on: that table's first
    row has only its last cell filled, in mid-sentence ("|  |  |  | medlen för arbete … |")."""
    table = next((t for t in structure.tables if after <= t.start < before), None)
    rows = table.rows[1:] if table is not None and table.header else table.rows if table is not None else []
    if not rows or any(cell.text.strip() for cell in rows[0][:-1]) or not rows[0]:
        return []
    lines = [line for line in cell_lines(rows[0][-1], text) if line[2].strip()]
    if not lines or not runs_on(lines[0], None, set()):
        return []
    return sentence_end(lines)[0]


def right_cells(unit: Paragraph | Heading, text: str) -> tuple[list[tuple[int, int, str]], set[int]]:
    """The unit's lines, each less a left column's cell that the text layer set before it, a
    wide gap between ("2033–2034        Kommunfullmäktige fastställer …": the title's second
    line, then the Förslag column's); and the starts of the lines so cut."""
    spans = unit.lines if isinstance(unit, Paragraph) and unit.lines else [unit]
    out, cut = [], set()
    for span in spans:
        at = span.start
        for line in text[span.start:span.end].split("\n"):
            start, stripped = at + len(line) - len(line.lstrip()), line.strip()
            gap = stripped.rfind(COLUMN_GAP) if CELL_RULE not in line else -1
            case = CASE_CELL.search(stripped) if gap <= 0 and CELL_RULE not in line else None
            if gap > 0 or case is not None:
                cell = stripped[gap:].lstrip() if gap > 0 else stripped[case.end():].lstrip() if case else ""
                start, stripped = start + len(stripped) - len(cell), cell
                cut.add(start)
            if stripped and not MARKDOWN_LINK.match(stripped):
                out.append((start, start + len(stripped), stripped))
            at += len(line) + 1
    return out, cut


def is_open(piece: Piece) -> bool:
    return not ends_sentence(piece.lines[-1][2])


def runs_on(line: tuple[int, int, str], item: str | None, cut: set[int]) -> bool:
    """A line that carries on a sentence: it starts in lower case or with a number, and is no
    new row (a list item, a row with rules) unless it is a right column's cell."""
    first = line[2][:1]
    new_row = item is not None or CELL_RULE in line[2]
    return (first.islower() or first.isdigit()) and (line[0] in cut or not new_row)


def sentence_end(lines: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The lines up to the one that ends the sentence, and the rest."""
    for k, line in enumerate(lines):
        if ends_sentence(line[2]):
            return lines[:k + 1], lines[k + 1:]
    return lines, []


def proposals(item: str | None, lines: list[tuple[int, int, str]], cut: set[int]) -> list[Piece]:
    """The proposals of a paragraph (or a heading the structure made of one): from its first
    line when a body acts there, else from a later right column's cell where one does; each new
    act of a body after a sentence's end begins the next proposal, as does a sentence that
    repeals the act it replaces."""
    if CELL_RULE in lines[0][2]:
        cell = row_cell(lines)
        return [cell] if cell is not None else []
    start = 0 if item is None and acting_body().match(lines[0][2]) else next(
        (k for k, line in enumerate(lines) if line[0] in cut and acting_body().match(line[2])), None)
    if start is None:
        return []
    lines = [*lines[:start], *(part for line in lines[start:] for part in (acts_in_row(line) if line[0] in cut else [line]))]
    pieces = [Piece([lines[start]])]
    for k, (before, line) in enumerate(zip(lines[start:], lines[start + 1:]), start=start + 1):
        if ends_sentence(before[2]) and acting_body().match(line[2]) \
                or repeal_starts(before[2], [rest for _, _, rest in lines[k:]]):
            pieces.append(Piece([line]))
        else:
            pieces[-1].lines.append(line)
    return pieces


def acts_in_row(line: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """A Förslag cell flattened onto its row's line, cut where a body acts again after a
    sentence's end, or a sentence repeals the act it replaces: the cell's lines, as far as the
    proposals go.

    >>> [part for _, _, part in acts_in_row((0, 79, "Nämnden antar taxan. Taxan gäller från 1 maj. Nämnden beslutar att höja avgiften."))]
    ['Nämnden antar taxan. Taxan gäller från 1 maj.', 'Nämnden beslutar att höja avgiften.']
    >>> [part for _, _, part in acts_in_row((0, 60, "Nämnden antar taxan. Taxan antagen 2029 § 4 upphör att gälla."))]
    ['Nämnden antar taxan.', 'Taxan antagen 2029 § 4 upphör att gälla.']
    """
    start, end, cell = line
    stops = [m.end() for m in SENTENCE_STOP.finditer(cell)]
    cuts = [at for k, at in enumerate(stops) if acting_body().match(cell[at:])
            or repeal_phrase().search(cell[at:stops[k + 1] if k + 1 < len(stops) else len(cell)])]
    bounds = list(zip([0, *cuts], [*cuts, len(cell)]))
    return [(start + a, start + a + len(cell[a:b].rstrip()), cell[a:b].rstrip()) for a, b in bounds]


def row_cell(lines: list[tuple[int, int, str]]) -> Piece | None:
    """Where OCR kept the rules between the columns, the last cell of the row's first line when
    a body acts in it ("3. | Bygglovsstatistik … | Nämnden noterar …")."""
    first = lines[0]
    at = first[2].rindex(CELL_RULE) + 1
    cell = first[2][at:]
    start = first[0] + at + len(cell) - len(cell.lstrip())
    after_case = CUT_CASE_NUMBER.search(first[2][:at]) is not None
    if not (acting_body().match(cell.strip()) or after_case and cell.strip()[:1].isupper()):
        return None
    return Piece([(start, first[1], cell.strip()), *cell_continued(lines[1:2] if after_case else [])])


def cell_continued(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The Förslag cell's next line, read after the case number's tail on the row's second
    line ("december 2025 00266 protokoll 2025-12-17 godkänns." → "protokoll 2025-12-17 godkänns.").

    >>> cell_continued([(0, 50, "december 2025 00266 protokoll 2025-12-17 godkänns.")])
    [(20, 50, 'protokoll 2025-12-17 godkänns.')]
    """
    out = []
    for start, end, line in lines:
        tail = CASE_TAIL.search(line)
        rest = line[tail.end():] if tail else ""
        cell = rest.lstrip(" |")
        if cell.strip():
            out.append((start + len(line) - len(cell), end, cell.strip()))
    return out
