"""Where a decision piece ends before its paragraph does: at a note on who decides the case
("Kommunfullmäktige avgör ärendet slutligt"), at an attendance row of a page that lost its
line breaks; and where a page's footer block stands in the text under its page number ("1 (2)"
/ "Ekeby kommun" / "Besöksadress …"), which is no decision's words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.decision_furniture import SENTENCE_BREAK
from diarium.extract.decision_piece import Piece
from diarium.extract.patterns import alternation, bodies, plain_alternation
from diarium.language import words
from diarium.schemas.structure import Structure


@lru_cache(maxsize=1)
def procedure_note() -> re.Pattern[str]:
    """"Kommunfullmäktige avgör ärendet slutligt": a board and a verb that says who decides,
    at a sentence's start (also where the text lost the full stop before it)."""
    board = alternation(form for body in bodies("board") for form in body.forms)
    return re.compile(rf"(?:^|(?<=[\w.,;:)]\s))[A-ZÅÄÖ][a-zåäö-]*{board}\s+{plain_alternation(words('procedure_verbs'))}\b")


def before_procedure(piece: Piece) -> Piece | None:
    """The piece up to a note on who decides the case; None when it is all such a note.

    >>> text = "Avfallstaxan är oförändrad för Kommunfullmäktige avgör ärendet slutligt."
    >>> before_procedure(Piece([(0, len(text), text)])).text
    'Avfallstaxan är oförändrad för'
    >>> before_procedure(Piece([(0, 41, "Kommunfullmäktige avgör ärendet slutligt.")])) is None
    True
    """
    for k, (start, end, line) in enumerate(piece.lines):
        note = procedure_note().search(line)
        if note is None:
            continue
        kept = [*piece.lines[:k], *([(start, start + note.start(), line[:note.start()].rstrip())]
                                    if line[:note.start()].strip() else [])]
        return Piece(kept, piece.item, piece.after_barrier) if kept else None
    return piece


def before_rows(piece: Piece, rows: list[int]) -> Piece:
    """The piece up to the last sentence end before an attendance row inside it: on a page
    that lost its line breaks a decision runs on into the names after it ("2. Riktlinjerna
    gäller fr.o.m. den 1 april 2003. Föredragande borgarråden Ingrid Ed och …").

    >>> text = "2. Riktlinjerna gäller från 1 april. Föredragande Ingrid Ed anför följande."
    >>> before_rows(Piece([(0, len(text), text)], "2"), [49]).text
    'Riktlinjerna gäller från 1 april.'
    """
    inside = [row for row in rows if piece.start < row < piece.end]
    if not inside:
        return piece
    for k, (start, end, line) in enumerate(piece.lines):
        if not start <= inside[0] < end + 1:
            continue
        ends = [m.end() for m in SENTENCE_BREAK.finditer(line, 0, inside[0] - start)]
        if not ends:
            return piece
        kept = [*piece.lines[:k], (start, start + ends[-1], line[:ends[-1]])]
        return Piece(kept, piece.item, piece.after_barrier)
    return piece


def foot_blocks(structure: Structure, header_lines: int) -> list[tuple[int, int]]:
    """(start, end) of each page footer block the structure left in the text: the lines under a
    page number printed below the page's head (a letter's page foot, also inside a file's page
    of several letters), up to the next blank line ("1 (2)" / "Ekeby kommun" / "Besöksadress …").
    A number at the head of a page has the text going on under it.

    >>> from diarium.structure import analyse
    >>> text = ("Beslut\\n\\nNämnden godkänner listan under perioden\\n2025-11-24 till 2025-12-01,\\n\\n"
    ...         "1 (2)\\nEkeby kommun\\nBesöksadress\\n\\nBakgrund\\n")
    >>> [text[a:b] for a, b in foot_blocks(analyse(text), 5)]
    ['Ekeby kommun\\nBesöksadress']
    """
    numbers = {f.start for f in structure.furniture if f.kind == "page_number"}
    blocks: list[tuple[int, int]] = []
    lines = structure.lines
    for k, line in enumerate(lines):
        if line.start not in numbers or line.number < header_lines:
            continue
        block = []
        for after in lines[k + 1:]:
            if after.page != line.page or not after.text.strip():
                break
            block.append(after)
        if block:
            blocks.append((block[0].start, block[-1].end))
    return blocks
