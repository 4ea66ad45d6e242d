"""Page furniture: running headers and footers, page numbers, signing boxes, letterheads.

Found by repetition and position, not by what the lines say:

* the lines at the top and at the bottom of every page (the first and last few lines; with
  word boxes, the lines in the top or bottom band of the page) are compared across pages
  with digits masked and page numbers cut, exactly and then fuzzily (`clusters`);
* walking in from each page edge, a line is furniture while it is repeated at that edge of
  the page before or after (and of as many pages as the block it joins), or is a page number, or a long identifier code at the foot; one short line
  between two such lines belongs to the block (a header printed differently on page 1); a
  line further in must repeat on at least half as many pages as the block it joins (the
  recipients "Kommunstyrelsen" above the footer of two of nine pages are body text);
* the header block of a page whose header prints the page number ("EKEBY KOMMUN …
  1 (1)" over the body's name and date) is furniture even on a one-page extract;
* a block of two or more such repeated lines that pdf reading order moved into the middle
  of a page is furniture there too, and so is a page number standing inside the page;
* a line taken for its repetition must be furniture on the page before or after too (a
  title repeated under a § on the page before is no running header);
* a line that occurs once (a one-page document, a box on the last page) is furniture only
  at the very edge and if every word is a page-template word (`page_furniture.txt`), or in a
  template block printed once: a first page's field block or contact block, a signing
  service's certificate page (`furniture_blocks`);
* rotated margin text, extracted a letter or two a line in among the body lines, is found
  first (`margin`) and left out of everything above;
* § headings, named headings, tables of contents and table rows are never furniture, however
  often they stand at the top.

The walk in from each page edge is `furniture_edges`; text whose page breaks were lost is
handled by `furniture_flat`.

>>> from diarium.structure.lines import text_lines
>>> page = "BERGUMS KOMMUN   PROTOKOLL\\nSocialnämnden   Sida {} (3)\\n\\n§ {}\\nText om ärende {}.\\nJusterandes sign   Utdragsbestyrkande"
>>> lines = text_lines("\\f".join(page.format(n, 40 + n, "ABC"[n - 1]) for n in (1, 2, 3)))
>>> [(f.page, f.kind, f.text) for f in find_furniture(lines) if f.page == 2]
[(2, 'header', 'BERGUMS KOMMUN   PROTOKOLL'), (2, 'header', 'Socialnämnden   Sida 2 (3)'), (2, 'footer', 'Justerandes sign   Utdragsbestyrkande')]
>>> [line.role for line in lines if line.page == 2]
['furniture', 'furniture', 'blank', 'body', 'body', 'furniture']
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from diarium.schemas.structure import Furniture, TextLine
from diarium.structure.clusters import cluster_keys
from diarium.structure.furniture_blocks import block_marks
from diarium.structure.furniture_edges import BOTTOM, TOP, EdgeContext, Mark, Page, edge_marks, zone_kind
from diarium.structure.furniture_flat import flat_marks
from diarium.structure.margin import find_margin
from diarium.structure.shapes import masked_key, page_number
from diarium.text import squash

CROWDED = 3               # a key on 3+ lines of one page is a column ("6.3", "7.1", …), not a header
BLOCK_MIN_LINES, BLOCK_MIN_CHARS = 2, 30


def find_furniture(lines: list[TextLine]) -> list[Furniture]:
    """Every furniture line, in order; those lines get role 'furniture'."""
    margin, glued = find_margin(lines)        # first: its letters would break the page edges
    for line in lines:
        margin_width = glued.get((line.page, line.number), 0)
        if margin_width or line.margin:       # (a model's attribute is slow to set: most lines keep 0)
            line.margin = margin_width
    pages = _pages(lines, set(margin))
    content = [page for page in pages if page.lines]
    marks = _page_marks(pages)
    marks.update(margin)
    if len(content) == 1:                 # one page, or pages whose breaks were lost
        marks.update(flat_marks(content[0].lines))
    marks.update(block_marks([page.lines for page in content], set(marks)))
    furniture = []
    for line in lines:
        if (line.page, line.number) in marks:
            kind, why = marks[(line.page, line.number)]
            line.role = "furniture"
            furniture.append(Furniture(page=line.page, start=line.start, end=line.end,
                                       text=line.text, kind=kind, why=why))
    return furniture


def _pages(lines: list[TextLine], skip: set[tuple[int, int]]) -> list[Page]:
    pages: dict[int, Page] = {}
    for line in lines:
        page = pages.setdefault(line.page, Page(line.page))
        if line.role != "blank" and (line.page, line.number) not in skip:
            page.lines.append(line)
    return list(pages.values())


def _page_marks(pages: list[Page]) -> dict[tuple[int, int], Mark]:
    keys = {(line.page, line.number): masked_key(line.text) for page in pages for line in page.lines}
    crowded = {key for page in pages for key, n in Counter(keys[(line.page, line.number)] for line in page.lines).items()
               if n >= CROWDED}
    keys = {position: "" if key in crowded else key for position, key in keys.items()}
    zones = {zone: [(page.number, keys[(line.page, line.number)]) for page in pages for line in page.half(zone)]
             for zone in (TOP, BOTTOM)}
    numbered = frozenset(keys[(line.page, line.number)] for page in pages for line in page.lines
                         if page_number(line.text) is not None)
    pages_with: dict[str, set[int]] = {}
    for (page_number_, _), key in keys.items():
        pages_with.setdefault(key, set()).add(page_number_)
    context = EdgeContext(clusters=cluster_keys(zones, numbered), keys=keys, numbering=_numbering(pages),
                       pages=sum(bool(page.lines) for page in pages), pages_with=pages_with)
    marks: dict[tuple[int, int], Mark] = {}
    for page in pages:
        top = edge_marks(page, TOP, context, set())
        marks.update(top)
        marks.update(edge_marks(page, BOTTOM, context, set(top)))
    marks.update(_moved_blocks(pages, context, marks))
    marks = _confirmed(marks, context)
    marks.update(_loose_page_numbers(pages, marks))
    return marks


def _confirmed(marks: dict[tuple[int, int], Mark], context: EdgeContext) -> dict[tuple[int, int], Mark]:
    """A line taken for its repetition stays furniture only if it is furniture on the page
    before or after as well: the title of a tjänsteskrivelse is not a running header because
    the protokoll extract on the page before printed the same title under its §."""
    while True:
        marked_on = {(position[0], root) for position in marks for root in context.roots(position)}
        doubtful = [position for position, (_kind, why) in marks.items() if why.startswith("at the ")
                    and not any((position[0] + step, root) in marked_on
                                for step in (-1, 1) for root in context.roots(position))]
        if not doubtful:
            return marks
        marks = {position: mark for position, mark in marks.items() if position not in doubtful}


def _numbering(pages: list[Page]) -> set[tuple[int, int]]:
    """Bare numbers at a page's first or last line whose value runs with the page index."""
    strong: Counter[int] = Counter()
    bare: list[tuple[TextLine, int]] = []
    for page in pages:
        for line in page.lines[:1] + page.lines[-1:]:
            number = page_number(line.text)
            if number is not None and number.whole_line:
                if number.strong:
                    strong[number.number - page.number] += 1
                else:
                    bare.append((line, number.number - page.number))
    offsets = strong or Counter(offset for _, offset in bare)
    if not offsets:
        return set()
    offset, count = offsets.most_common(1)[0]
    if not strong and count < 2:
        return set()
    return {(line.page, line.number) for line, found in bare if found == offset}


def _moved_blocks(pages: list[Page], context: EdgeContext,
                  marks: dict[tuple[int, int], Mark]) -> dict[tuple[int, int], Mark]:
    """Runs of repeated edge lines that reading order put in the middle of a page."""
    established: dict[str, str] = {}
    for position, (kind, why) in marks.items():
        if why.startswith("at the "):
            established.setdefault(context.keys[position], TOP if kind != "footer" else BOTTOM)
    moved: dict[tuple[int, int], Mark] = {}
    for page in pages:
        for run in _runs(page.lines, lambda line: (line.page, line.number) not in marks
                         and context.keys[(line.page, line.number)] in established):
            if len(run) >= BLOCK_MIN_LINES and sum(len(squash(line.text)) for line in run) >= BLOCK_MIN_CHARS:
                for line in run:
                    zone = established[context.keys[(line.page, line.number)]]
                    moved[(line.page, line.number)] = (zone_kind(zone), f"block repeated at the {zone} of other pages")
    return moved


def _runs(lines: list[TextLine], keep: Callable[[TextLine], bool]) -> list[list[TextLine]]:
    """The runs of consecutive lines for which `keep` holds."""
    runs: list[list[TextLine]] = [[]]
    for line in lines:
        if keep(line):
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _loose_page_numbers(pages: list[Page], marks: dict[tuple[int, int], Mark]) -> dict[tuple[int, int], Mark]:
    """Page numbers that reading order put inside the page: "1 (2)" anywhere, "3/5" when the
    slash numbers of the document run with the pages."""
    found: dict[tuple[int, int], Mark] = {}
    slashed: list[tuple[TextLine, int]] = []
    for page in pages:
        for line in page.lines:
            number = page_number(line.text)
            if number is None or not number.whole_line or not number.strong:
                continue
            if "/" in line.text:              # those at the page edge count for the run too
                slashed.append((line, number.number - page.number))
            elif (line.page, line.number) not in marks and (number.total is not None
                                                            or not line.text.strip()[:1].isdigit()):
                found[(line.page, line.number)] = ("page_number", f"page number {number.number}, inside the page")
    offsets = Counter(offset for _, offset in slashed)
    for line, offset in slashed:
        if offsets[offset] >= 2 and (line.page, line.number) not in marks:
            found[(line.page, line.number)] = ("page_number", "page number running with the pages, inside the page")
    return found


def first_pages(furniture: list[Furniture]) -> frozenset[int]:
    """Pages that print page number 1: a document of an excerpt begins there."""
    return frozenset(item.page for item in furniture
                     if (number := page_number(item.text)) is not None and number.number == 1)


def document_pages(furniture: list[Furniture]) -> frozenset[int]:
    """Pages where a document begins: they print page number 1 or carry a letterhead."""
    return first_pages(furniture) | frozenset(item.page for item in furniture if item.kind == "letterhead")
