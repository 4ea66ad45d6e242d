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

Text whose page breaks were lost is handled by `furniture_flat`.

>>> from diarium.structure.lines import text_lines
>>> page = "BERGUMS KOMMUN   PROTOKOLL\\nSocialnämnden   Sida {} (3)\\n\\n§ {}\\nText om ärende {}.\\nJusterandes sign   Utdragsbestyrkande"
>>> lines = text_lines("\\f".join(page.format(n, 40 + n, "ABC"[n - 1]) for n in (1, 2, 3)))
>>> [(f.page, f.kind, f.text) for f in find_furniture(lines) if f.page == 2]
[(2, 'header', 'BERGUMS KOMMUN   PROTOKOLL'), (2, 'header', 'Socialnämnden   Sida 2 (3)'), (2, 'footer', 'Justerandes sign   Utdragsbestyrkande')]
>>> [line.role for line in lines if line.page == 2]
['furniture', 'furniture', 'blank', 'body', 'body', 'furniture']
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from diarium.language import words
from diarium.schemas.structure import Furniture, FurnitureKind, TextLine
from diarium.structure.body import ends_sentence
from diarium.structure.clusters import Clusters, cluster_keys
from diarium.structure.furniture_blocks import block_marks
from diarium.structure.furniture_flat import flat_marks, header_sized
from diarium.structure.headings import DOT_LEADER, is_heading_line
from diarium.structure.margin import find_margin
from diarium.structure.shapes import is_identifier_line, masked_key, page_number
from diarium.text import squash

TOP, BOTTOM = "top", "bottom"
ZONE_LINES = 8            # lines looked at from each page edge
TOP_BAND, BOTTOM_BAND = 0.12, 0.88
GAP_MAX_WORDS = 6
HEADER_BLOCK_LINES = 4
HEADER_FIELD_WORDS = 4    # "Kommunstyrelsens arbetsutskott", "Datum", "2025-06-10"
CROWDED = 3               # a key on 3+ lines of one page is a column ("6.3", "7.1", …), not a header
SENTENCE_SHARE = 0.8
SENTENCE_WORDS = 3      # a line ending in a full stop is body text unless on most pages
BLOCK_MIN_LINES, BLOCK_MIN_CHARS = 2, 30
# A table row or table link of a document converted to Markdown: the table's, not the page's.
CONVERTED_TABLE = re.compile(r"^\|.*\|$|^\[[^\]]+\]\([^)]+\)$")
TOKEN = re.compile(r"[^\W\d_]+(?:[./][^\W\d_]+)*\.?")

Mark = tuple[FurnitureKind, str]


@dataclass
class _Page:
    number: int
    lines: list[TextLine] = field(default_factory=list)     # its non-blank lines, in order

    @property
    def boxed(self) -> bool:
        return bool(self.lines) and all(line.top is not None for line in self.lines)

    def zone(self, zone: str) -> list[TextLine]:
        """The lines of one edge zone, from the edge inwards."""
        if self.boxed:
            band = [line for line in self.lines if _in_band(line, zone)]
            return band if zone == TOP else band[::-1]
        return self.lines[:ZONE_LINES] if zone == TOP else self.lines[::-1][:ZONE_LINES]

    def half(self, zone: str) -> list[TextLine]:
        """The zone's lines that are compared across pages: on a short page each edge gets its half."""
        if self.boxed:
            return self.zone(zone)
        size = min(ZONE_LINES, (len(self.lines) + (zone == TOP)) // 2)
        return self.lines[:size] if zone == TOP else self.lines[len(self.lines) - size:]


def _in_band(line: TextLine, zone: str) -> bool:
    assert line.top is not None
    return line.top <= TOP_BAND if zone == TOP else line.top >= BOTTOM_BAND


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


def _pages(lines: list[TextLine], skip: set[tuple[int, int]]) -> list[_Page]:
    pages: dict[int, _Page] = {}
    for line in lines:
        page = pages.setdefault(line.page, _Page(line.page))
        if line.role != "blank" and (line.page, line.number) not in skip:
            page.lines.append(line)
    return list(pages.values())


def _page_marks(pages: list[_Page]) -> dict[tuple[int, int], Mark]:
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
    context = _Context(clusters=cluster_keys(zones, numbered), keys=keys, numbering=_numbering(pages),
                       pages=sum(bool(page.lines) for page in pages), pages_with=pages_with)
    marks: dict[tuple[int, int], Mark] = {}
    for page in pages:
        top = _edge_marks(page, TOP, context, set())
        marks.update(top)
        marks.update(_edge_marks(page, BOTTOM, context, set(top)))
    marks.update(_moved_blocks(pages, context, marks))
    marks = _confirmed(marks, context)
    marks.update(_loose_page_numbers(pages, marks))
    return marks


def _confirmed(marks: dict[tuple[int, int], Mark], context: _Context) -> dict[tuple[int, int], Mark]:
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


@dataclass
class _Context:
    clusters: Clusters
    keys: dict[tuple[int, int], str]
    numbering: set[tuple[int, int]]       # bare numbers that run with the pages
    pages: int                            # pages with text
    pages_with: dict[str, set[int]]       # key → every page that has the line, anywhere

    def roots(self, position: tuple[int, int]) -> set[tuple[str, str]]:
        """The clusters (of either edge) the line at `position` belongs to."""
        key = self.keys[position]
        return {self.clusters.find(zone, key) for zone in (TOP, BOTTOM) if key} if key else set()

    def on_next_page(self, line: TextLine, zone: str) -> bool:
        """A running header runs: the same line stands on the page before or after (there
        perhaps out of place, moved into the page by reading order)."""
        key = self.keys[(line.page, line.number)]
        pages = self.clusters.pages.get(self.clusters.find(zone, key), set())
        anywhere = self.pages_with.get(key, set())
        return line.page - 1 in pages | anywhere or line.page + 1 in pages | anywhere

    def needed(self, text: str) -> int:
        """Pages a line must repeat on: a sentence ("… föredrar ärendet.") on nearly all."""
        sentence = ends_sentence(text) and len(text.split()) >= SENTENCE_WORDS   # not "Sign."
        return max(2, round(SENTENCE_SHARE * self.pages)) if sentence else 2

    def repeats(self, line: TextLine, zone: str) -> int:
        key = self.keys[(line.page, line.number)]
        return self.clusters.page_count(zone, key) if key else 0


def _edge_marks(page: _Page, zone: str, context: _Context, taken: set[tuple[int, int]]) -> dict[tuple[int, int], Mark]:
    """Walk in from one page edge while the lines are furniture (`taken`: the other edge's)."""
    marks: dict[tuple[int, int], Mark] = {}
    sequence = [line for line in page.zone(zone) if (line.page, line.number) not in taken]
    gap_used = False
    support = 0           # pages of the block so far: a line further in must be nearly as common
    for i, line in enumerate(sequence):
        mark = _reason(line, zone, i, context, support)
        if mark is None and not page.boxed and not gap_used and i + 1 < len(sequence) and _short(line):
            following = _reason(sequence[i + 1], zone, i + 1, context, support)
            if following is not None and (marks or page_number(sequence[i + 1].text) is not None):
                mark, gap_used = (_zone_kind(zone), "inside a header or footer block"), True
        if mark is None:
            if page.boxed:
                continue
            break
        marks[(line.page, line.number)] = mark
        support = max(support, context.repeats(line, zone))
    if zone == TOP and not page.boxed:
        marks.update(_header_block(sequence[:len(marks)], sequence))
    return marks


def _header_block(walked: list[TextLine], sequence: list[TextLine]) -> dict[tuple[int, int], Mark]:
    """The header block of a page whose header prints the page number: the short lines above
    the page number and those below it up to a blank line or heading. They are the page's
    header whether or not the page before or after repeats them (a one-page extract)."""
    numbered = next((i for i, line in enumerate(walked) if page_number(line.text) is not None), None)
    if numbered is None:
        return {}
    mark: Mark = ("header", "in the header block of the page number")
    block = {(line.page, line.number): mark for line in walked[:numbered]
             if _short(line) and page_number(line.text) is None}
    last = walked[numbered]
    for line in walked[numbered + 1:]:    # below it, while no blank line intervenes
        if line.number != last.number + 1 or not _short(line) or page_number(line.text) is not None:
            return block
        block[(line.page, line.number)] = mark
        last = line
    block.update(_rest_of_header_block(last, sequence[sequence.index(last) + 1:]))
    return block


def _rest_of_header_block(last: TextLine, rest: list[TextLine]) -> dict[tuple[int, int], Mark]:
    """Below a header that prints the page number, the short lines up to the first blank line
    or heading belong to the header ("Kommunstyrelsens arbetsutskott", "Datum", "2025-06-10")."""
    block: list[TextLine] = []
    for line in rest[:HEADER_BLOCK_LINES + 1]:
        if line.number != (block[-1] if block else last).number + 1 or is_heading_line(line.text):
            break                         # a blank line or a heading closes the block
        if len(block) == HEADER_BLOCK_LINES or not _short(line) or len(line.text.split()) > HEADER_FIELD_WORDS:
            return {}                     # a caption or a sentence under the header: not a header
        block.append(line)
    else:
        return {}
    return {(line.page, line.number): ("header", "in the header block of the page number") for line in block}


def _reason(line: TextLine, zone: str, depth: int, context: _Context, support: int = 0) -> Mark | None:
    """Why this edge line is furniture (None if it is not)."""
    text = line.text
    if is_heading_line(text) or DOT_LEADER.search(squash(text)) or CONVERTED_TABLE.match(text.strip()):
        return None
    number = page_number(text)
    if number is not None and number.whole_line:
        if number.strong or (line.page, line.number) in context.numbering:
            return "page_number", f"page number {number.number}" + (f" of {number.total}" if number.total else "")
        return None
    if number is not None:
        if not header_sized(text):
            return None       # a page that lost its line breaks ends in its counter: its text
        return _zone_kind(zone), f"ends in page number {number.number}"
    count = context.repeats(line, zone)
    if count >= max(context.needed(text), support // 2) and context.on_next_page(line, zone):
        return _repeated_kind(line, zone, context), f"at the {zone} of {count} pages (digits masked)"
    if zone == BOTTOM and is_identifier_line(text):
        return "footer", "identifier code at the foot of the page"
    if depth <= 2 and _template_words(text):
        return _zone_kind(zone), "page-template words at the page edge"
    return None


def _zone_kind(zone: str) -> FurnitureKind:
    return "header" if zone == TOP else "footer"


def _repeated_kind(line: TextLine, zone: str, context: _Context) -> FurnitureKind:
    """A header on the first page of the pages that carry it is the letterhead."""
    if zone == BOTTOM:
        return "footer"
    key = context.keys[(line.page, line.number)]
    pages = context.clusters.pages.get(context.clusters.find(zone, key), set())
    return "letterhead" if line.page - 1 not in pages and line.page + 1 in pages else "header"


def _short(line: TextLine) -> bool:
    text = squash(line.text)
    return 0 < len(text.split()) <= GAP_MAX_WORDS and not text.endswith(".") and not is_heading_line(text)


def _template_words(text: str) -> bool:
    """Every word is a page-template word or a small word, and one at least is a template word."""
    tokens = [token.casefold() for token in TOKEN.findall(text)]
    if not tokens or any(ch.isdigit() for ch in text):
        return False
    template, small = words("page_furniture"), words("function_words")
    return all(t in template or t in small for t in tokens) and any(t in template for t in tokens)


def _numbering(pages: list[_Page]) -> set[tuple[int, int]]:
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


def _moved_blocks(pages: list[_Page], context: _Context,
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
                    moved[(line.page, line.number)] = (_zone_kind(zone), f"block repeated at the {zone} of other pages")
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


def _loose_page_numbers(pages: list[_Page], marks: dict[tuple[int, int], Mark]) -> dict[tuple[int, int], Mark]:
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
