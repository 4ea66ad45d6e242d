"""Text units: the paragraphs and table cells of a document as single lines, each character
mapped back to its offset in the document.

Extraction that reads running text ("avtal mellan kommunen och Kommanditbolaget X") must see a
sentence whole: a name broken over a line break is one name, and two lines that the structure
keeps apart (two list items, a heading and its text) are never glued into one. The structure
stage already knows which lines belong together (`Section.paragraphs`, furniture removed,
`Table.rows` as cells); a unit joins exactly those lines, so a match in `unit.text` has an
exact span in the document (`unit.span`) for its evidence.

>>> from diarium.structure import analyse
>>> text = "Parter\\nAvtal mellan kommunen och Kommandit-\\nbolaget Tårtan, org.nr 916543-1234.\\n"
>>> unit = text_units(text, analyse(text))[0]
>>> unit.heading, unit.text
('parter', 'Avtal mellan kommunen och Kommanditbolaget Tårtan, org.nr 916543-1234.')
>>> start, end = unit.span(unit.text.index("Kommandit"), unit.text.index(","))
>>> text[start:end]
'Kommandit-\\nbolaget Tårtan'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from diarium.language import words
from diarium.schemas.structure import Structure

# What a table cell or a markdown line prints for a line break inside the cell.
CELL_BREAK = re.compile(r"<br\s*/?>", re.I)
TOKEN = re.compile(r"\S+")
QUOTE_MARK = re.compile(r"[ \t]*>[ \t]?")


@dataclass
class Unit:
    """One paragraph or table cell, joined into one line."""

    text: str
    offsets: list[int] = field(repr=False)
    kind: str = "paragraph"               # "paragraph" or "cell"
    heading: str | None = None            # canonical name of the section heading ("parter")
    heading_text: str | None = None       # the heading as printed
    page: int = 1
    document: str | None = field(default=None, repr=False)     # the whole text the offsets point into

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The document span of unit.text[start:end]."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def line_starts(self, document: str) -> list[int]:
        """Indexes in `text` where a new line of `document` starts (after a line break)."""
        return [m.end() for m in re.finditer(" ", self.text)
                if m.end() < len(self.text) and "\n" in document[self.offsets[m.start()]:self.offsets[m.end()]]]

    @property
    def start(self) -> int:
        return self.offsets[0] if self.offsets else 0


def _squash_into(text: str, start: int, end: int, pieces: list[str], offsets: list[int],
                 glued: bool = False) -> None:
    """Append text[start:end] to pieces/offsets (one offset per character of the pieces) with
    every whitespace run (and <br>) one space; `glued`: the first word continues the last one
    (a hyphenated line break)."""
    segment = text[start:end]
    if "<" in segment:
        segment = CELL_BREAK.sub(lambda m: " " * len(m.group(0)), segment)
    spaced = bool(offsets) and not glued and pieces[-1][-1] != " "
    for token in TOKEN.finditer(segment):
        first, last = token.span()
        if spaced:          # the space before a word stands for the whitespace just before it
            pieces.append(" " + token.group())
            offsets.extend(range(start + first - 1, start + last))
        else:
            pieces.append(token.group())
            offsets.extend(range(start + first, start + last))
        spaced = True


def _tail(pieces: list[str], size: int) -> str:
    """The last `size` characters of the pieces joined."""
    tail = ""
    for piece in reversed(pieces):
        tail = piece + tail
        if len(tail) >= size:
            break
    return tail[-size:]


def _broken_word(tail: str, next_text: str) -> bool:
    """Is the word at the end (`tail`: its last two characters) broken by a line-end hyphen
    ("Kommandit-" + "bolaget")? "kultur-" before "och" keeps its hyphen, so does one after a
    digit or capital ("EU-")."""
    first = next_text.split()[0] if next_text.split() else ""
    return (len(tail) > 1 and tail[-1] == "-" and tail[-2].isalpha() and tail[-2].islower()
            and first[:1].islower() and first.strip(",.") not in words("hyphen_continuations"))


def join_spans(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The lines text[start:end] joined into one line with an offset for every character."""
    pieces: list[str] = []          # never an empty one
    offsets: list[int] = []
    for start, end in spans:
        quote = QUOTE_MARK.match(text, start, end)      # a markdown quote: "> " starts the line
        if quote:
            start = quote.end()
        piece = text[start:end]
        if not piece.strip():
            continue
        glued = bool(offsets) and _broken_word(_tail(pieces, 2), CELL_BREAK.sub(" ", piece))
        if glued:
            pieces[-1] = pieces[-1][:-1]
            if not pieces[-1]:
                pieces.pop()
            offsets.pop()
        elif offsets and pieces[-1][-1] != " ":
            pieces.append(" ")
            offsets.append(max(offsets[-1] + 1, start - 1))
        _squash_into(text, start, end, pieces, offsets, glued)
    joined = "".join(pieces)
    stripped = joined.strip(" ")
    if len(stripped) != len(joined):
        lead = len(joined) - len(joined.lstrip(" "))
        offsets = offsets[lead:lead + len(stripped)]
    return stripped, offsets


def text_units(text: str, structure: Structure) -> list[Unit]:
    """Every paragraph (in document order, with its section's heading) and every table cell."""
    units: list[Unit] = []
    for section in structure.walk():
        heading = section.heading
        for paragraph in section.paragraphs:
            spans = [(line.start, line.end) for line in paragraph.lines] or [(paragraph.start, paragraph.end)]
            joined, offsets = join_spans(text, spans)
            if joined:
                units.append(Unit(joined, offsets, "paragraph", heading.name if heading else None,
                                  heading.title or heading.text if heading else None, paragraph.page, text))
    for table in structure.tables:
        for row in table.rows:
            for cell in row:
                joined, offsets = join_spans(text, [(cell.start, cell.end)])
                if joined:
                    units.append(Unit(joined, offsets, "cell", None, None, cell.page, text))
    units.sort(key=lambda u: u.start)
    return units
