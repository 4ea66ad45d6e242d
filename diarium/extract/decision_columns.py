"""Decisions in the Förslag column of an ärendelista that OCR read as text: the column's
heading is printed once over the table ("Ärende  Beteckning | Förslag"), and each row's
proposal is a paragraph that opens with a body acting ("Nämnden noterar informationen till
protokollet.", "Nämnden för Miljö & Bygg avger yttrande …"), or, where OCR kept the rules
between the columns, the last cell of the row's first line ("3. | Bygglovsstatistik … | Nämnden
noterar …"). No other heading marks them, so only the agenda's own pages are read: after the
header line, outside any named section (a Sammanfattning of an attached paper is no proposal).

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

from diarium.extract.decision_items import Item, group_items
from diarium.extract.decision_pieces import Piece
from diarium.extract.decision_tables import Context
from diarium.extract.first_document import walk
from diarium.extract.patterns import alternation, bodies
from diarium.language import table, words
from diarium.schemas.structure import Paragraph, Structure

CELL_RULE = "|"
# A case number cut at its hyphen at the end of the Beteckning cell ("KFT-2025-"), and its tail
# on the row's next line ("00266"): what follows the tail there is the Förslag cell's next line.
CUT_CASE_NUMBER = re.compile(r"\b[A-ZÅÄÖ]{2,}-\d{4}-\s*\|?\s*$")
# (a serial number of five digits or with leading zeros, not a year of the title's words)
CASE_TAIL = re.compile(r"(?:^|(?<=[\s|]))(?:0\d{2,5}|\d{5,6})(?=\s)")


@lru_cache(maxsize=1)
def header_line() -> re.Pattern[str]:
    """A line of column names that holds a dnr label and the Förslag column: "Ärende
    Beteckning | Förslag"."""
    proposal = alternation(surface for name, surfaces in table("headings").items()
                           if name in ("förslag", "förslag till beslut") for surface in surfaces.split(" | "))
    label = alternation(words("dnr_labels"))
    return re.compile(rf"(?i)\b{label}\b[ \t|]+{proposal}[ \t|]*$")


PROPOSAL_WORD = re.compile(r"(?i)förslag")


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
    return re.compile(rf"^{body}{named}\s+[a-zåäö]{{3,}}[rs]\b")


def column_items(structure: Structure, text: str) -> list[tuple[Item, Context]]:
    """The proposals of an ärendelista whose table OCR flattened; nothing when the file prints
    no header line with a Förslag column."""
    header_end = find_header(text)
    if header_end is None:
        return []
    out: list[tuple[Item, Context]] = []
    for section, _ in walk(structure.sections):
        heading = section.heading
        if heading is not None and heading.name is not None and heading.name != "förslag":
            continue
        for paragraph in section.paragraphs:
            if paragraph.start < header_end:
                continue
            piece = proposal(paragraph, text)
            if piece is not None:
                # each row is its own ärende: the same words in two rows are two decisions
                row = paragraph.item if paragraph.item and paragraph.item.isdigit() else f"@{paragraph.start}"
                context = Context(f"ärende {row}")
                out += [(item, context) for item in group_items([piece])]
    return out


def proposal(paragraph: Paragraph, text: str) -> Piece | None:
    """The paragraph as a proposal: all of it when a body acts at its start, or the last cell of
    its first line when that cell does."""
    lines = [(span.start, span.end, text[span.start:span.end]) for span in paragraph.lines or [paragraph]]
    first = lines[0]
    if CELL_RULE in first[2]:
        at = first[2].rindex(CELL_RULE) + 1
        cell = first[2][at:]
        start = first[0] + at + len(cell) - len(cell.lstrip())
        after_case = CUT_CASE_NUMBER.search(first[2][:at]) is not None
        if not (acting_body().match(cell.strip()) or after_case and cell.strip()[:1].isupper()):
            return None
        return Piece([(start, first[1], cell.strip()), *cell_continued(lines[1:2] if after_case else [])])
    if paragraph.item is not None or not acting_body().match(first[2].strip()):
        return None
    return Piece(lines)


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
