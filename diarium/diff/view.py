"""One version as the diff sees it: the structure stage's sections, their clauses, their words.

Page furniture (running headers and footers, page numbers, letterheads) and signature blocks
are left out by their line roles, rotated margin text by the structure's `TextLine.margin`. Paragraphs come
from the structure stage (wrapped lines and hyphenation joined there, over page breaks);
tables and attendance lists are one clause a row. A paragraph is cut into clauses at its
sentence ends, and every word keeps the page it is printed on, for the report's page
references.

>>> from diarium.structure import analyse
>>> text = "5.6 Brister\\nDialog ska föras.\\n\\n5.7 Uppsägning\\nUppsägningstiden är fyra\\nmånader. Part får säga upp."
>>> sections = document_sections(text, analyse(text))
>>> [(s.number, s.title, s.ref) for s in sections]
[('5.6', 'Brister', '5.6'), ('5.7', 'Uppsägning', '5.7')]
>>> [" ".join(t.text for t in unit) for unit in sections[1].units()]
['Uppsägningstiden är fyra månader.', 'Part får säga upp.']
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from diarium.diff.edges import edge_furniture, signature_lines
from diarium.diff.normalise import clean_line, key, unify
from diarium.language import words
from diarium.schemas.structure import Section as StructureSection
from diarium.schemas.structure import Structure, TextLine
from diarium.text import dehyphenate

SENTENCE_END = re.compile(r"[.!?]$")
# A line holding only a clause number ("3.1", "3.10", "12."): a numbering column beside the text.
NUMBER_LABEL = re.compile(r"\d{1,2}(?:[.:]\d{1,2}){0,3}[.:]?")
ABBREVIATIONS = words("abbreviations")
DNR_LABELS = sorted(words("dnr_labels"), key=len, reverse=True)
LEFT_OUT = ("furniture", "signature", "blank", "heading")     # never compared as clause text
SPACED_RUN = 6          # single characters in a row that are one letter-spaced word


@dataclass(slots=True)
class Token:
    text: str
    key: str
    unit: int                       # clause index within its section
    page: int = 1                   # the page the word is printed on
    heading: bool = False           # a word of a section heading
    section: int = -1               # the section's index, for a word of the whole document
    block: int = -1                 # the paragraph (table row …) it is in, counted through the document
    label: bool = False             # a clause number standing alone on its line
    where: tuple[int, int] = field(init=False)  # (section, unit): which clause of the document

    def __post_init__(self) -> None:
        self.where = (self.section, self.unit)


@dataclass
class Section:
    number: str | None
    title: str
    ref: str = ""                   # how a change names it: its number (or its parent's), else title
    ref_title: str = ""             # the title that goes with `ref`
    page: int = 1
    tokens: list[Token] = field(default_factory=list)
    index: int = 0                  # position in the document
    dnr: str = ""                   # the diarienummer printed with a § heading ('Dnr KS-2024-00464')

    @property
    def label(self) -> str:
        """The heading as printed, e.g. '5.7 Uppsägning' ('' for the text before any heading)."""
        return " ".join(part for part in (self.number, self.title) if part)

    @property
    def printed(self) -> str:
        """The heading's words as compared: its label and the dnr printed with it (a scan that
        did not see the heading reads them as text)."""
        return " ".join(part for part in (self.number, self.dnr, self.title) if part)

    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)

    def units(self) -> list[list[Token]]:
        grouped: dict[int, list[Token]] = {}
        for token in self.tokens:
            grouped.setdefault(token.unit, []).append(token)
        return [grouped[k] for k in sorted(grouped)]


@dataclass
class Lines:
    """The structure's lines as the diff reads them: rotated margin text glued to a line cut off
    (`TextLine.margin`; margin lines are furniture), and the furniture and signature lines the
    other version shows (`edges`) marked as such."""
    items: list[TextLine]
    starts: list[int]
    cut: dict[int, int]             # line start → characters of rotated margin text in front
    role: dict[int, str]

    @classmethod
    def of(cls, lines: list[TextLine], other: list[TextLine] | None = None) -> "Lines":
        """`other`: the other version's lines, whose furniture shows what is furniture here."""
        furniture, signed = edge_furniture(lines, other), signature_lines(lines, other)
        roles: dict[int, str] = {line.start: "furniture" if line.start in furniture else "signature" if line.start in signed
                 else line.role for line in lines}
        return cls(lines, [line.start for line in lines], {line.start: line.margin for line in lines}, roles)

    def at(self, offset: int) -> TextLine:
        """The line that holds a character offset."""
        return self.items[max(0, bisect_right(self.starts, offset) - 1)]

    def role_at(self, offset: int) -> str:
        return self.role[self.at(offset).start]

    def text(self, start: int, end: int) -> str:
        """The words of span [start, end) of one line, margin text left out."""
        line = self.at(start)
        begin = max(start, line.start + self.cut[line.start])
        return line.text[begin - line.start:max(begin, end) - line.start].strip()


def heading_parts(section: StructureSection, lines: Lines) -> tuple[str | None, str]:
    """(number, title) of a section's heading; the number keeps its '§' ('§ 6')."""
    heading = section.heading
    if heading is None:
        return None, ""
    number = heading.number
    if number and heading.kind == "paragraph":
        number = f"§ {number}"
    title = unify(heading.title or "") or (unify(heading.text) if not number else "")
    return number, title


def dnr_words(section: StructureSection) -> str:
    """'Dnr KS-2024-00464' as the heading prints it, its label included ('' when it prints none)."""
    heading = section.heading
    at = heading.text.find(heading.dnr) if heading is not None and heading.dnr else -1
    if heading is None or heading.dnr is None or at < 0:
        return ""
    before = heading.text[:at].rstrip(" :")
    label = next((label for label in DNR_LABELS if before.casefold().endswith(label)), None)
    start = len(before) - len(label) if label else at
    return unify(heading.text[start:at + len(heading.dnr)])


def walk_sections(structure: Structure, lines: Lines) -> list[tuple[StructureSection, Section]]:
    """Every section in document order, with its diff form; `ref` is the section's own
    number, else the nearest numbered parent's ('5.3' for a sub-heading inside 5.3), else its title.
    A parent that is a number alone ('11.1' of a column of clause numbers that reading order put
    before the page's text) does not name the titled headings below it."""
    out: list[tuple[StructureSection, Section]] = []

    def visit(section: StructureSection, parent: Section | None) -> None:
        if section.heading is not None and lines.role_at(section.heading.start) == "furniture":
            for child in section.children:      # a furniture line of the other version's pages
                visit(child, parent)
            return
        number, title = heading_parts(section, lines)
        if number:
            ref, ref_title = number, title
        elif parent is not None and parent.number and (parent.title or not title):
            ref, ref_title = parent.ref, parent.ref_title
        else:
            ref, ref_title = title or "(inledning)", title
        mine = Section(number, title, ref, ref_title, page=section.page, index=len(out),
                       dnr=dnr_words(section))
        out.append((section, mine))
        for child in section.children:
            visit(child, mine if number or parent is None else parent)

    for top in structure.sections:
        visit(top, None)
    return out


Span = tuple[int, int, int]          # (start, end, page) of one line's part of a block


def blocks_of(structure: Structure, lines: Lines) -> list[tuple[int, list[Span]]]:
    """(start offset, line spans) of every clause block: paragraphs, and each table or
    attendance row line on its own."""
    blocks: list[tuple[int, list[Span]]] = []
    taken: set[int] = set()
    for section in structure.walk():
        for paragraph in section.paragraphs:
            spans = [(span.start, span.end, span.page) for span in paragraph.lines
                     if lines.role_at(span.start) not in LEFT_OUT]
            taken.update(lines.at(span.start).start for span in paragraph.lines)
            if spans:
                blocks.append((spans[0][0], spans))
    for line in lines.items:
        if line.start not in taken and lines.role[line.start] not in LEFT_OUT:
            blocks.append((line.start, [(line.start, line.end, line.page)]))
    return sorted(blocks)


Word = tuple[str, int, bool]        # (word, page, whether its line is a lone clause number)


def joined(spans: list[Span], lines: Lines) -> list[Word]:
    """The words of a block's lines joined: bullets dropped, hyphenation undone."""
    text, bounds = "", []                           # bounds: (end offset in text, page, label)
    for start, end, page in spans:
        line = unify(lines.text(start, end))
        line = clean_line(line) if not text else line
        if not line:
            continue
        text = dehyphenate(text, line)
        bounds.append((len(text), page, bool(NUMBER_LABEL.fullmatch(line))))
    out, position = [], 0
    ends = [end for end, _, _ in bounds]
    for word in text.split(" "):
        if word:
            _, page, label = bounds[min(bisect_right(ends, position), len(bounds) - 1)]
            out.append((word, page, label))
        position += len(word) + 1
    return out


def unspaced(block: list[Word]) -> list[Word]:
    """Letter-spaced text ('r i l i g g a n d e g å n g') as one word: the letters of a table
    set in spaced type, which a scan of the page reads as words. Compared by its characters."""
    out: list[Word] = []
    run: list[Word] = []
    for word in block + [("", 0, False)]:
        if len(word[0]) == 1:
            run.append(word)
            continue
        if len(run) >= SPACED_RUN:
            out.append(("".join(w for w, _, _ in run), run[0][1], False))
        else:
            out += run
        run = []
        if word[0]:
            out.append(word)
    return out


def add_block(section: Section, block: list[Word], number: int) -> None:
    """Append a block's words, a new clause at the block and at each sentence end."""
    unit = (section.tokens[-1].unit + 1) if section.tokens else 0
    block = unspaced(block)
    for position, (word, page, label) in enumerate(block):
        token_key = key(word)
        if not token_key and word != "§":
            continue
        section.tokens.append(Token(word, token_key or "§", unit, page, block=number, label=label))
        following = block[position + 1][0] if position + 1 < len(block) else ""
        if ends_sentence(word, following):
            unit += 1


def ends_sentence(word: str, following: str) -> bool:
    if not SENTENCE_END.search(word) or word.lower() in ABBREVIATIONS or not following:
        return False
    if re.fullmatch(r"\d{1,2}\.", word):          # "1." in "14 kap. 1. §"-like numbering
        return False
    return following[:1].isupper() or following[:1] in "\"'("


def document_sections(text: str, structure: Structure, other: Structure | None = None) -> list[Section]:
    """The sections of one version, each with its clauses' words (the first section holds any
    text before the first heading). `other`: the other version's structure (its furniture)."""
    lines = Lines.of(structure.lines, other.lines if other is not None else None)
    walked = walk_sections(structure, lines)
    if not walked or walked[0][0].heading is not None:
        walked.insert(0, (StructureSection(page=1, start=0, end=0, level=0),
                          Section(None, "", "(inledning)", "", page=1)))
    starts = [s.heading.start if s.heading is not None else s.start for s, _ in walked]
    for number, (start, block) in enumerate(blocks_of(structure, lines)):
        owner = walked[max(0, bisect_right(starts, start) - 1)][1]
        add_block(owner, joined(block, lines), number)
    sections = [mine for _, mine in walked if mine.tokens or mine.number or mine.title]
    for index, section in enumerate(sections):
        section.index = index
    return sections
