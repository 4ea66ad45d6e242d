"""The pieces of a decision section: its paragraphs, cut finer where the text layer lost a
paragraph break.

The structure stage joins the lines of a paragraph; under Beslut two cases need the lines
again. A line that ends a sentence well short of the right margin, with a capitalised sentence
on the next line, ends a paragraph whose blank line was lost ("… i egen regi." /
"Förvaltningschefen får i uppdrag …": two decisions). And "att" lines after a lead-in
("… beslutar" / "att ge …," / "att redovisa …") are items of an att-list even without
list markers. A numbered item is never cut: it runs until the next number.

>>> from diarium.structure import analyse
>>> text = ("§ 23 Avveckling\\nBeslut\\nNämnden avvecklar verksamheten i egen regi och lägger ner den helt.\\n"
...         "Förvaltningschefen får i uppdrag att tillse att avvecklingen är genomförd allra senast i\\n"
...         "juni 2023 och att den sker med hänsyn till branschen och till eleverna.\\n"
...         "Förvaltningschefen redovisar.\\n")
>>> structure = analyse(text)
>>> beslut = structure.sections[0].children[0]
>>> [p.text for p in section_pieces(beslut, text, structure)]
['Nämnden avvecklar verksamheten i egen regi och lägger ner den helt.', 'Förvaltningschefen får i uppdrag att tillse att avvecklingen är genomförd allra senast i juni 2023 och att den sker med hänsyn till branschen och till eleverna.', 'Förvaltningschefen redovisar.']
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from diarium.extract.decision_breaks import ends_short, leaves_bullet, reaches_margin
from diarium.extract.decision_cuts import before_procedure, before_rows, foot_blocks
from diarium.extract.decision_furniture import is_caption, repeal_starts, signing_box_row, without_footers
from diarium.extract.decision_marks import without_running_heads
from diarium.extract.decision_headings import line_is_decision_heading, other_heading_line
from diarium.extract.decision_piece import Piece
from diarium.language import words
from diarium.schemas.structure import Paragraph, Section, Structure
from diarium.structure.body import ends_sentence, list_marker
from diarium.text import squash

WIDTH_QUANTILE = 0.9
# An item of an att-list: "att ge förvaltningen …", also behind a list dash.
ATT = re.compile(r"^(?:[-–•*]\s*)?att\s", re.IGNORECASE)
# A line that leaves its att-clause open for the next: "…,", "…;", "… och", "… samt".
# Below this a page's typical line is no print width (short lines, a list): no margin to reach.
PRINT_WIDTH = 60
OPEN_END = re.compile(r"(?:[,;]|\s(?:och|samt))\s*$")
BARRIERS = frozenset({"signature", "attendance"})
MAX_HEADING_WORDS = 10
MAX_ACTOR_WORDS = 5       # "Nämnden för Individ & Familjeomsorg": the words that name who acts
LOW_ON_PAGE = 0.5         # a signing box's labels this far down the page are its foot
HEADER_LINES = 5          # a page number this near the top closes the page's header block


def is_lead_in(text: str) -> bool:
    """The words before a list: '… beslutar', '… beslutar att:', '… att utreda:', '…
    föreslår kommunstyrelsen besluta följande'."""
    text = text.rstrip()
    if not text or ends_sentence(text) and not text.endswith(":"):
        return False
    if text.endswith(":"):
        return True
    tokens = text.casefold().split()
    if tokens and tokens[-1] in words("lead_in_tails"):
        tokens = tokens[:-1]
    return bool(tokens) and tokens[-1] in words("lead_in_verbs")


def is_att(text: str) -> bool:
    return bool(ATT.match(text.lstrip()))


class PageWidths:
    """The typical body line length of each page, and where a page's header block ends,
    computed when first asked for."""

    def __init__(self, structure: Structure) -> None:
        self.structure = structure
        self.widths: dict[int, int] | None = None
        self.headers: dict[int, int] | None = None
        self.feet: list[tuple[int, int]] | None = None
        self.rows: dict[int, float] | None = None

    def header_end(self, page: int) -> int:
        """The end of the page number near the top of the page ("Tjänsteutlåtande" / "Dnr …" /
        "Sida 2 (3)"): the lines above it belong to the page's header, not to the text."""
        if self.headers is None:
            self.headers = {}
            for line in self.structure.lines:
                if line.role == "furniture" and line.number < HEADER_LINES and line.page > 1 \
                        and any(f.kind == "page_number" and f.start == line.start for f in self.structure.furniture):
                    self.headers[line.page] = line.end
        return self.headers.get(page, -1)

    def low_on_page(self, start: int) -> bool:
        """The line at `start` stands in the lower half of its page (a signing box is printed at
        the foot; the same labels at the head are a running header with the text under it)."""
        if self.rows is None:
            counts: dict[int, int] = {}
            for line in self.structure.lines:
                counts[line.page] = max(counts.get(line.page, 0), line.number + 1)
            self.rows = {line.start: line.number / counts[line.page] for line in self.structure.lines}
        return self.rows.get(start, 0.0) >= LOW_ON_PAGE

    def foot_blocks(self) -> list[tuple[int, int]]:
        if self.feet is None:
            self.feet = foot_blocks(self.structure, HEADER_LINES)
        return self.feet

    def __call__(self, page: int) -> int:
        if self.widths is None:
            by_page: dict[int, list[int]] = {}
            for line in self.structure.lines:
                if line.role == "body":
                    by_page.setdefault(line.page, []).append(len(line.text.rstrip()))
            self.widths = {number: quantile(sorted(lengths)) for number, lengths in by_page.items()}
        return self.widths.get(page, 0)


def quantile(values: list[int]) -> int:
    return values[min(len(values) - 1, int(WIDTH_QUANTILE * len(values)))] if values else 0


def section_pieces(section: Section, text: str, structure: Structure,
                   widths: PageWidths | None = None, barriers: list[int] | None = None) -> list[Piece]:
    """The pieces of the section's own paragraphs, in order."""
    widths = widths or PageWidths(structure)
    barriers = barrier_starts(structure) if barriers is None else barriers
    rows = [row.start for row in structure.attendance if section.start <= row.start <= section.end]
    pieces: list[Piece] = []
    previous_end, footer_pages = section.start, set[int]()
    for paragraph in section.paragraphs:
        cut = paragraph_pieces(paragraph, text, widths, footer_pages)
        if rows:
            cut = [before_rows(piece, rows) for piece in cut]
        cut = [kept for piece in cut if (kept := before_procedure(piece)) is not None and not is_caption(kept.lines[0][2])]
        if not cut:
            continue
        cut[0].after_barrier = has_barrier(barriers, previous_end, paragraph.start)
        if pieces and runs_on_over_blank(pieces[-1], cut[0], widths(paragraph.page)):
            pieces[-1].lines.extend(cut.pop(0).lines)   # a blank line in mid-sentence (page layout)
        pieces += cut
        previous_end = paragraph.end
    return pieces


def runs_on_over_blank(before: Piece, piece: Piece, width: int = 0) -> bool:
    """`before` ends no sentence, list item or lead-in, and `piece` carries its words on (it
    starts in lower case, with a number, or with a company's form: "… Norrby Bygg" / "AB,
    genom …"; or `before` filled its line to the margin and `piece` is the one line that ends
    the sentence: "… till Region" / "Norrland från den 1 maj."): one sentence that the layout
    broke with a blank line."""
    last, first = squash(before.lines[-1][2]), piece.lines[0][2].split()
    if not first or ends_sentence(last) or is_lead_in(last) or OPEN_END.search(last) or before.item is not None:
        return False
    word = first[0].rstrip(",.;:")
    carries_on = word[:1].islower() or word[:1].isdigit() or word in words("organisation_forms") \
        or (wrapped(last, word, width) and len(piece.lines) == 1 and ends_sentence(squash(piece.lines[0][2]))
            and not same_actor_again(before, piece.lines[0][2]))
    return carries_on and piece.item is None and not is_att(piece.text) and not heading_line(piece.lines[0][2])


def wrapped(last: str, word: str, width: int) -> bool:
    """`last` reaches the margin and leaves a name or phrase open for the capital of the next
    line: it ends in a capital ("… till Region" / "Norrland …") or a small word ("… till" /
    "Region Norrland …"), not in a number or a content word ("… år 2025" / "Ärendet …", a new
    sentence).

    >>> wrapped("Nämnden överlåter driften av samtliga anläggningar för idrott till Region", "Norrland", 75)
    True
    >>> wrapped("Nämnden överlåter driften.", "Norrland", 75)
    False
    >>> wrapped("Nämnden fastställer planen för underhåll av gator och vägar i Ekeby år 2025", "Frågan", 75)
    False
    """
    if width < PRINT_WIDTH or not reaches_margin(last, word, width):
        return False
    end = last.split()[-1].strip(",;:")
    return end[:1].isupper() or end.lower() in words("function_words")


def barrier_starts(structure: Structure) -> list[int]:
    return [line.start for line in structure.lines if line.role in BARRIERS]


def has_barrier(starts: list[int], begin: int, end: int) -> bool:
    k = bisect_left(starts, begin)
    return k < len(starts) and starts[k] < end


def paragraph_pieces(paragraph: Paragraph, text: str, widths: PageWidths,
                     footer_pages: set[int] | None = None) -> list[Piece]:
    below_head = [span for span in paragraph.lines if span.start > widths.header_end(span.page)]
    footer_pages = set() if footer_pages is None else footer_pages
    under_footer = bool(below_head) and (below_head[0].page in footer_pages
                                         or signing_box_row(text[below_head[0].start:below_head[0].end]))
    spans = without_footers(below_head, text, footer_pages, widths.low_on_page)
    if under_footer and not spans:
        return []                     # a signing box's labels, or lines under a footer of its page
    feet = widths.foot_blocks()
    if spans and all(any(a <= span.start < b for a, b in feet) for span in spans):
        return []                     # a page's footer block under its page number
    spans = [span for span in spans if not any(a <= span.start < b for a, b in feet)]
    lines, fresh = without_running_heads([(span.start, span.end, text[span.start:span.end]) for span in spans],
                                         [span.page for span in spans])
    width = widths(paragraph.page)
    if spans and not lines:
        return []                     # a running header of a § that runs on: "KS § 12 forts"
    lines = [line for line in lines if line[2].strip()] or [(paragraph.start, paragraph.end, paragraph.text)]
    item = item_of(paragraph)
    if item is not None and item[0].isdigit():
        return [Piece(lines, item)]
    pieces, longest = [Piece([lines[0]], item)], max(len(squash(line[2])) for line in lines)
    for k, (before, line) in enumerate(zip(lines, lines[1:]), start=1):
        if ends_short(before[2], line[2], width) or starts_att_item(pieces[-1], before[2], line[2]) \
                or leaves_bullet(item, before[2], line[2], lines[-1][2], max(width, longest)) \
                or repeal_starts(before[2], [text for _, _, text in lines[k:]]) \
                or line[0] in fresh \
                or heading_line(line[2]) or heading_line(before[2]) or same_actor_again(pieces[-1], line[2]):
            pieces.append(Piece([line]))
        else:
            pieces[-1].lines.append(line)
    return pieces


def same_actor_again(current: Piece, line: str) -> bool:
    """`line` opens a new act of the body that opened the piece ("Kommunfullmäktige antar Taxa …,
    daterad 2024-09-23" / "Kommunfullmäktige beslutar att …"; "Nämnden för Miljö och Hälsa antar …" /
    "Nämnden för Miljö och Hälsa beslutar …"): a new decision, also where the line before ends in no
    full stop.

    >>> same_actor_again(Piece([(0, 40, "Kommunfullmäktige antar taxan, daterad 2024-09-23")]),
    ...                  "Kommunfullmäktige beslutar att taxan får justeras")
    True
    >>> same_actor_again(Piece([(0, 40, "Nämnden för Miljö och Hälsa antar taxan")]),
    ...                  "Nämnden för Miljö och Hälsa beslutar att införa kontrollen")
    True
    >>> same_actor_again(Piece([(0, 40, "Kommunfullmäktige antar taxan för")]), "Kommunfullmäktige i Mölndal")
    False
    >>> same_actor_again(Piece([(0, 40, "Kommunfullmäktige avslår Norrby IK:s begäran om")]),
    ...                  "Kommunfullmäktige avslår Ekeby FF:s begäran om anstånd")
    True
    """
    first = current.lines[0][2].split()[:MAX_ACTOR_WORDS]
    words_of_line = line.split()
    if not first or not first[0][:1].isupper():
        return False
    verbs = words("decision_verbs") | words("ruling_verbs")
    for shared in range(1, min(len(first), len(words_of_line) - 2) + 1):
        if words_of_line[shared - 1] != first[shared - 1]:
            return False
        if words_of_line[shared].casefold() in verbs:
            return True             # also the same verb again: "… avslår X:s begäran" / "… avslår Y:s"
    return False


@lru_cache(maxsize=1024)
def heading_line(line: str) -> bool:
    """A heading the structure ran into the paragraph (".Sammanfattning av ärendet" under the
    decision with no blank line between): it stands as a piece of its own."""
    return len(line.split()) <= MAX_HEADING_WORDS and (other_heading_line(line) or line_is_decision_heading(line))


def item_of(paragraph: Paragraph) -> str | None:
    """The paragraph's list marker; a number behind a dash is the number ("- 1. förlänga",
    as OCR reads a numbered list drawn with a bullet)."""
    outer = list_marker(paragraph.text) if paragraph.item in ("-", "•") else None
    inner = list_marker(outer[1]) if outer is not None else None
    if inner is not None and inner[0].isdigit():
        return inner[0]
    return paragraph.item


def starts_att_item(current: Piece, before: str, line: str) -> bool:
    """`line` begins the next item of an att-list."""
    if not is_att(line):
        return False
    if is_lead_in(squash(before)):
        return True
    return is_att(current.lines[0][2]) and bool(OPEN_END.search(before))
