"""A decision section at a page break of a protokoll extract.

* A § mark near the top of a page ("KF § 12" / "AU § 301 0211/90-118" over the next extract)
  begins another §: the decisions end before it, and before the lines of the page's head above
  it that the structure left in the text ("Kommunstyrelsens arbetsutskott 1991-03-05").
* A decision heading inside a page that lost its line breaks (a transcript prints each page
  as one line) heads the rest of that page only: the next page's line opens with its own head
  and § ("Kommunfullmäktige 3(30) KS 21/2008 …").
* An att-list that runs over a page whose foot the structure read as a heading (a signature
  box's label at the bottom of the page): the att-items at the top of the next page, after its
  head, still belong to the list.
"""
from __future__ import annotations

from diarium.extract.decision_marks import section_mark
from diarium.extract.decision_pieces import OPEN_END, PageWidths, Piece, is_att, section_pieces
from diarium.schemas.structure import Section, Structure
from diarium.structure.body import ends_sentence


def page_of(text: str, offset: int) -> int:
    return text.count("\f", 0, offset)


def before_section_mark(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces before the next § mark and the head lines of its page above it.

    >>> text = "Nämnden antar planen.\\n\\fNorrby kommun 2024-01-10\\nKS § 4\\nRedovisning av bidrag"
    >>> [p.text for p in before_section_mark([Piece([(0, 21, text[:21])]), Piece([(23, 47, text[23:47])]),
    ...                                        Piece([(48, 54, "KS § 4")])], text)]
    ['Nämnden antar planen.']
    """
    for k, piece in enumerate(pieces):
        if not section_mark(piece.lines[0][2]):
            continue
        page = page_of(text, piece.start)
        while k > 0 and head_line(pieces[k - 1], page, text):
            k -= 1
        return pieces[:k]
    return pieces


def on_flat_page(pieces: list[Piece], heading_start: int, flat: list[tuple[int, int]]) -> list[Piece]:
    """The pieces on the heading's own flat page line, when the heading stands inside one.

    >>> [p.text for p in on_flat_page([Piece([(30, 40, "Nämnden antar planen.")]),
    ...                                Piece([(60, 70, "Norrby kommun 3(9) KS 4 Budget")])], 20, [(0, 50), (55, 90)])]
    ['Nämnden antar planen.']
    """
    span = next(((a, b) for a, b in flat if a <= heading_start < b), None)
    if span is None:
        return pieces
    return [piece for piece in pieces if span[0] <= piece.start < span[1]]


def head_line(piece: Piece, page: int, text: str) -> bool:
    """A line of its own on the page, no sentence: the body and date of a page's head."""
    return len(piece.lines) == 1 and page_of(text, piece.start) == page and not ends_sentence(piece.text)


def list_over_page(sections: list[tuple[Section, tuple[Section, ...]]], k: int, pieces: list[Piece],
                   text: str, structure: Structure, widths: PageWidths, barriers: list[int],
                   taken: set[int]) -> list[Piece]:
    """The att-items that carry on an open att-list on the next page, under a heading that is
    the foot of the page before (its section's text starts on a later page)."""
    if not pieces or not is_att(pieces[-1].lines[0][2]) or not OPEN_END.search(pieces[-1].lines[-1][2]):
        return []
    if k + 1 >= len(sections):
        return []
    section = sections[k + 1][0]
    heading = section.heading
    if heading is None or heading.kind != "layout" or heading.name is not None or not section.paragraphs \
            or page_of(text, section.paragraphs[0].start) <= page_of(text, heading.start):
        return []
    following = section_pieces(section, text, structure, widths, barriers)
    first = next((j for j, piece in enumerate(following) if is_att(piece.lines[0][2])), None)
    if first is None:
        return []
    out = []
    for piece in following[first:]:
        if not is_att(piece.lines[0][2]):
            break
        out.append(piece)
    taken.add(k + 1)
    return out
