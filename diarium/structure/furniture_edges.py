"""The walk in from a page edge: which of its lines are running headers, footers, page
numbers or template lines, and why.

A page's edge zone (its first and last lines, or with word boxes its top and bottom band) is
walked from the edge inwards while each line is furniture: repeated at that edge on enough
pages (`EdgeContext`, built from the clusters of masked keys), a page number, an identifier code
at the foot, or page-template words at the very edge; one short line between two such lines
belongs to the block, and a header that prints the page number takes the short lines around
it. `furniture` compares the pages and confirms what this walk marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from diarium.language import words
from diarium.schemas.structure import FurnitureKind, TextLine
from diarium.structure.body import ends_sentence
from diarium.structure.clusters import Clusters
from diarium.structure.furniture_flat import header_sized
from diarium.structure.headings import DOT_LEADER, is_heading_line
from diarium.structure.shapes import is_identifier_line, page_number
from diarium.text import squash

TOP, BOTTOM = "top", "bottom"
ZONE_LINES = 8            # lines looked at from each page edge
TOP_BAND, BOTTOM_BAND = 0.12, 0.88
GAP_MAX_WORDS = 6
HEADER_BLOCK_LINES = 4
HEADER_FIELD_WORDS = 4    # "Kommunstyrelsens arbetsutskott", "Datum", "2025-06-10"
SENTENCE_SHARE = 0.8
SENTENCE_WORDS = 3      # a line ending in a full stop is body text unless on most pages
# A table row or table link of a document converted to Markdown: the table's, not the page's.
CONVERTED_TABLE = re.compile(r"^\|.*\|$|^\[[^\]]+\]\([^)]+\)$")
TOKEN = re.compile(r"[^\W\d_]+(?:[./][^\W\d_]+)*\.?")

Mark = tuple[FurnitureKind, str]


@dataclass
class Page:
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


@dataclass
class EdgeContext:
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


def edge_marks(page: Page, zone: str, context: EdgeContext, taken: set[tuple[int, int]]) -> dict[tuple[int, int], Mark]:
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
                mark, gap_used = (zone_kind(zone), "inside a header or footer block"), True
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


def _reason(line: TextLine, zone: str, depth: int, context: EdgeContext, support: int = 0) -> Mark | None:
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
        return zone_kind(zone), f"ends in page number {number.number}"
    count = context.repeats(line, zone)
    if count >= max(context.needed(text), support // 2) and context.on_next_page(line, zone):
        return _repeated_kind(line, zone, context), f"at the {zone} of {count} pages (digits masked)"
    if zone == BOTTOM and is_identifier_line(text):
        return "footer", "identifier code at the foot of the page"
    if depth <= 2 and _template_words(text):
        return zone_kind(zone), "page-template words at the page edge"
    return None


def zone_kind(zone: str) -> FurnitureKind:
    return "header" if zone == TOP else "footer"


def _repeated_kind(line: TextLine, zone: str, context: EdgeContext) -> FurnitureKind:
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
