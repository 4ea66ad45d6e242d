"""Decisions that follow a decision heading on the same line: an ärendelista whose table a
text layer (or a re-wrapping) flattened into running text, each row one paragraph
("7. Markupplåtelse 2024-00518 Förslag till beslut i kommunstyrelsen Kommunstyrelsen godkänner
… . Ordföranden utses att …").

With no line breaks left to show where one proposal ends, each sentence after the heading is
a decision of its own; a row whose proposals are numbered ("1. Kommunfullmäktige antar …
2. …") keeps its numbers, each item running to the next number. A second heading in the row
("… Förslag till beslut i kommunfullmäktige …") starts another block. The row runs on into the
paragraphs after it until the next list item; the row's agenda number and case number place
the decisions ("ärende 7", "2024-00518").

>>> from diarium.structure import analyse
>>> text = ("Ärenden\\n\\n4. Markanvisning i Borgby 2024-00311 Förslag till beslut i kommunstyrelsen "
...         "Kommunstyrelsen godkänner\\nmarkanvisningsavtalet, daterat 2024-05-02. Kommunstyrelsens "
...         "ordförande utses att\\nunderteckna avtalet.\\n\\n5. Taxa för tillsyn 2024-00127 Förslag till "
...         "beslut i\\nkommunfullmäktige 1. Kommunfullmäktige antar taxan enligt bilaga 1 2. Taxan gäller "
...         "från\\nden 1 januari 2025.\\n")
>>> [(i.number, i.text, c.key, c.dnr) for i, c in run_items(analyse(text), text)]
... # doctest: +NORMALIZE_WHITESPACE
[(None, 'Kommunstyrelsen godkänner markanvisningsavtalet, daterat 2024-05-02.', 'ärende 4', '|202400311'),
 (None, 'Kommunstyrelsens ordförande utses att underteckna avtalet.', 'ärende 4', '|202400311'),
 (1, 'Kommunfullmäktige antar taxan enligt bilaga 1', 'ärende 5', '|202400127'),
 (2, 'Taxan gäller från den 1 januari 2025.', 'ärende 5', '|202400127')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.decision_headings import line_is_decision_heading, names_body
from diarium.extract.decision_items import Item, group_items
from diarium.extract.decision_furniture import page_footer
from diarium.extract.decision_pieces import Piece, barrier_starts, has_barrier
from diarium.extract.decision_tables import CASE_NUMBER, Context, cell_lines, dnr_key, row_context
from diarium.extract.first_document import walk
from diarium.extract.patterns import alternation
from diarium.language import table, words
from diarium.schemas.structure import Paragraph, Structure
from diarium.structure.body import ends_sentence
from diarium.structure.names import heading_name

DECISION_NAMES = ("förslag till beslut", "beslut")
MAX_OWNER_WORDS = 5
MIN_HEADING_WORDS = 3          # "Förslag till beslut …": a lone "Beslut" in running text is a word
# A sentence's end inside the run: a full stop before a capital, not after a lone small number
# ("enligt bestämmelserna i 5. Indexjustering …" cites a heading).
SENTENCE_BREAK = re.compile(r"(?<![\s(]\d)(?<![\s(]\d\d)[.!?](?=\s+[A-ZÅÄÖ])")
# A numbered proposal inside the run: "… olyckor 2. Kommunfullmäktige antar …".
ITEM_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.\s+(?=[A-ZÅÄÖ])")
GENITIVE_BEFORE = re.compile(r"[^\W\d_]{2,}s\s+$")
LIST_NUMBER = re.compile(r"\s*(?:\d{1,3}[.)])?\s*")
CAPITAL_WORD = re.compile(r"(?<!\S)(?:\d{1,2}\.\s+)?[A-ZÅÄÖ]")   # a sentence or a numbered one
# The next row of a flattened agenda after a proposal's last sentence: "… förslag. 5. Taxa …".
NEXT_ROW = re.compile(r"(?<=[.!?])\s+(?=\d{1,3}\.\s+[A-ZÅÄÖ])")
# A row's agenda number inside a flattened agenda: "… 4. Kvartalsuppföljning … Beslut i …:".
AGENDA_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,3})\.\s+(?=[A-ZÅÄÖ])")

Line = tuple[int, int, str]


@lru_cache(maxsize=1)
def heading_start() -> re.Pattern[str]:
    """The first word of a decision heading of several words, in running text: capitalised, or
    after the owner that opens the line ("Miljönämndens förslag till beslut i …")."""
    surfaces = [surface for name, printed in table("headings").items() if name in DECISION_NAMES
                for surface in printed.split(" | ") if surface.strip()]
    firsts = {surface.split()[0] for surface in surfaces if len(surface.split()) >= 2}
    # a one-word heading with the body it is of, before a colon: "Beslut i kommunstyrelsens arbetsutskott:"
    firsts |= {surface for surface in surfaces if len(surface.split()) == 1}
    # behind an owner, in small letters, also a one-word heading: "Nämndens förslag …", "Kommunstyrelsens beslut"
    firsts |= {surface.split()[0].lower() for surface in surfaces}
    return re.compile(rf"(?<!\S)(?:{alternation(firsts)}):?\s")


@lru_cache(maxsize=1)
def one_word_headings() -> frozenset[str]:
    return frozenset(surface for name, printed in table("headings").items() if name in DECISION_NAMES
                     for surface in printed.split(" | ") if len(surface.split()) == 1)


def run_items(structure: Structure, text: str) -> list[tuple[Item, Context]]:
    """The decisions of every row (a paragraph, or a numbered heading the structure made of
    the row's first line) that holds a decision heading inside its lines."""
    out: list[tuple[Item, Context]] = []
    barriers = barrier_starts(structure)
    for section, _ in walk(structure.sections):
        heading, paragraphs = section.heading, section.paragraphs
        if heading is not None and heading.kind == "numbered" and heading_start().search(heading.text):
            out += row(paragraphs, 0, [(heading.start, heading.end, text[heading.start:heading.end])],
                       heading.number, text, barriers)
        for k, paragraph in enumerate(paragraphs):
            if heading_start().search(paragraph.text):
                out += row(paragraphs, k + 1, paragraph_lines(paragraph, text), paragraph.item, text, barriers)
    return out


def cell_items(structure: Structure, text: str) -> list[tuple[Item, Context]]:
    """The decisions of table cells that open with a decision heading and go on after it on the
    same line (a row the structure read as a table from its spaced columns: "6. | Taxa |
    2025-00525 | Förslag till beslut i kommunstyrelsen Kommunstyrelsen antar …"), placed by
    their row's agenda and case numbers."""
    out: list[tuple[Item, Context]] = []
    for table_ in structure.tables:
        for cells in table_.rows:
            context = row_context(cells)
            for cell in cells:
                lines = [line for line in cell_lines(cell, text) if line[2].strip()]
                headings = inline_headings("\n".join(line for _, _, line in lines))
                if headings and headings[0][0] == 0 and not line_is_decision_heading(lines[0][2]):
                    out += [(item, context) for item, _ in row_items(lines, None)]
    return out


def row(paragraphs: list[Paragraph], k: int, lines: list[Line], item: str | None, text: str,
        barriers: list[int]) -> list[tuple[Item, Context]]:
    """The decisions of a row that opens with `lines`, run on into the paragraphs from the k-th."""
    if not inline_headings("\n".join(line for _, _, line in lines)):
        return []
    found = row_items(lines, item)
    # a numbered proposal runs on until the next number: any paragraph may carry it on
    actors = set() if any(d.number is not None for d, _ in found) else {actor(d.text) for d, _ in found}
    rest = row_rest(paragraphs, k, lines[-1][1], text, barriers, actors)
    return row_items(lines + rest, item) if rest else found


def row_rest(paragraphs: list[Paragraph], k: int, row_end: int, text: str, barriers: list[int],
             actors: set[str]) -> list[Line]:
    """The lines of the paragraphs from the k-th on that continue a row: prose in which a body
    of the row's proposals acts again, and a list numbered from 1 that the structure cut into
    items ("… i kommunfullmäktige" / "1. … 2. …"); up to the next row (a list item with a case
    number, or a row with a heading of its own) or a signature block."""
    out: list[Line] = []
    expected = 1
    for paragraph in paragraphs[k:]:
        if inline_headings(paragraph.text) or has_barrier(barriers, row_end, paragraph.start):
            break
        if paragraph.item is not None and (paragraph.item != str(expected) or has_case_number(paragraph.text)):
            break
        opens = paragraph.text.lstrip()[:1]
        if paragraph.item is None and opens.isupper() and actors and actor(paragraph.text) not in actors:
            break                   # a lower-case start carries on a sentence; no actor known, anything goes
        row_end = paragraph.end
        if paragraph.item is not None:
            expected += 1
        out += paragraph_lines(paragraph, text)
    return out


def actor(text: str) -> str:
    """The first word of a proposal, a genitive as its base ("Kommunstyrelsens ordförande …" →
    "kommunstyrelsen"), when words in small letters follow it: a paragraph after a row continues
    it when the same body acts."""
    tokens = text.split(maxsplit=2)
    if len(tokens) < 2 or not tokens[1][:1].islower():
        return ""                       # no body acting: "Socialnämnden 5(12) …" is a page's header
    first = tokens[0].casefold()
    return first[:-1] if first.endswith("s") and len(first) > 3 else first


def has_case_number(text: str) -> bool:
    return any(CASE_NUMBER.match(token) for token in text.split())


def paragraph_lines(paragraph: Paragraph, text: str) -> list[Line]:
    spans = paragraph.lines or [paragraph]
    return [(span.start, span.end, text[span.start:span.end]) for span in spans]


def row_items(lines: list[Line], item: str | None) -> list[tuple[Item, Context]]:
    """The decisions after each heading inside the row's lines."""
    joined = "\n".join(line for _, _, line in lines)
    headings = inline_headings(joined)
    if not headings:
        return []
    case = next((token for token in reversed(joined[:headings[0][0]].split()) if CASE_NUMBER.match(token)), None)
    context = Context(f"ärende {item}" if item and item.isdigit() else None, dnr_key(case))
    out: list[tuple[Item, Context]] = []
    for k, (start, end) in enumerate(headings):
        stop = headings[k + 1][0] if k + 1 < len(headings) else len(joined)
        numbers = list(AGENDA_NUMBER.finditer(joined, headings[k - 1][1] if k else 0, start))
        if len(headings) > 1 and numbers:     # a flattened agenda: each heading its own row's
            context = Context(f"ärende {numbers[-1].group(1)}", context.dnr)
        if ITEM_NUMBER.match(joined, end + len(joined[end:stop]) - len(joined[end:stop].lstrip())) is None:
            stop = next((m.start() for m in NEXT_ROW.finditer(joined, end, stop)), stop)
        out += [(found, context) for found in group_items(block_pieces(lines, joined, end, stop))]
    return out


def inline_headings(joined: str) -> list[tuple[int, int]]:
    """(start, end) of each decision heading inside a row, with a capitalised sentence after it
    ("… 2024-00518 Förslag till beslut i kommunstyrelsen Kommunstyrelsen godkänner …",
    "… redovisade. Socialnämndens beslut Socialnämnden noterar …"); a heading that is a line
    of its own ("1. Förslag till beslut") is the structure's to read."""
    found = []
    for match in heading_start().finditer(joined):
        if match.group()[0].islower() and not GENITIVE_BEFORE.search(joined, 0, match.start()):
            continue                    # "… nämndens beslut": only behind its owner
        after = CAPITAL_WORD.search(joined, match.end())
        end = after.start() if after is not None else len(joined)     # the row goes on in the next paragraph
        line_start = joined.rfind("\n", 0, match.start()) + 1
        start = match.start() if match.group()[0].isupper() else owner_start(joined, line_start, match.start(), end)
        if start is None:
            continue
        heading = joined[start:end].rstrip()
        own_line = "\n" in joined[start + len(heading):end + 1] and \
            LIST_NUMBER.fullmatch(joined[line_start:start]) is not None
        named = None if own_line else heading_name(joined[match.start():end].rstrip())
        words_needed = MIN_HEADING_WORDS if start == match.start() else 2
        if heading.endswith(":") and start == line_start:
            words_needed = 1            # a label that opens the line: "Beslut: Kommunfullmäktige godkänner …"
        if match.group().strip() in one_word_headings() and not heading.endswith(":"):
            continue                    # "… fattade Beslut i nämnden …": a word, not a heading
        if named is not None and named[0] in DECISION_NAMES and (named[1] is None or names_body(named[1])) \
                and len(heading.split()) >= words_needed and line_is_decision_heading(heading):
            found.append((start, end))
    return found


def owner_start(joined: str, line_start: int, at: int, end: int) -> int | None:
    """Where the body that owns the heading at `at` begins ("Miljö- och bygglovsnämndens
    förslag …"): at the line's start or a sentence's, the nearest start that makes a decision
    heading."""
    tokens = [m.start() for m in re.finditer(r"\S+", joined[line_start:at])][-MAX_OWNER_WORDS:]
    for token_start in reversed(tokens):
        start = line_start + token_start
        opens = start == line_start or re.search(r"[.!?]\s+$", joined[line_start:start]) is not None
        if opens and line_is_decision_heading(joined[start:end].rstrip()):
            return start
    return None


def block_pieces(lines: list[Line], joined: str, start: int, stop: int) -> list[Piece]:
    """The proposals between `start` and `stop`: numbered items when the block opens with "1.",
    else one sentence each."""
    first = ITEM_NUMBER.match(joined, start + len(joined[start:stop]) - len(joined[start:stop].lstrip()))
    if first is not None and first.group(1) == "1":
        return [Piece(segment(lines, a, b), number) for a, b, number in numbered_cuts(joined, start, stop)]
    ends = [start, *(m.end() for m in SENTENCE_BREAK.finditer(joined, start, stop)
                     if ends_sentence(joined[start:m.end()])), stop]
    return [Piece(found) for a, b in zip(ends, ends[1:])
            if not page_footer(joined[a:b]) and (found := segment(lines, a, b))]


def numbered_cuts(joined: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """(start, end, number) of each numbered proposal, the numbers rising."""
    marks: list[tuple[int, str]] = []
    for match in ITEM_NUMBER.finditer(joined, start, stop):
        if not marks or int(match.group(1)) > int(marks[-1][1]):
            marks.append((match.start(), match.group(1)))
    ends = [at for at, _ in marks[1:]] + [stop]
    return [(at, end, number) for (at, number), end in zip(marks, ends)]


def segment(lines: list[Line], start: int, stop: int) -> list[Line]:
    """The parts of the lines between two offsets of their "\\n"-joined text, with their spans."""
    out, at = [], 0
    for begin, _, line in lines:
        a, b = max(start, at), min(stop, at + len(line))
        piece = line[a - at:b - at] if a < b else ""
        if piece.strip():
            lead = begin + a - at + len(piece) - len(piece.lstrip())
            out.append((lead, lead + len(piece.strip()), piece.strip()))
        at += len(line) + 1
    return out
