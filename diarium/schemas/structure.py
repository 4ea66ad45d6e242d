"""The layout of a document, recovered once between repair and extraction.

Every item carries a span (`start`, `end`: character offsets into the repaired document text,
pages separated by form feeds) and the 1-based `page` it starts on, so extraction and diff
can cite evidence and a user can see why a fact was or was not found (`diarium structure`).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, Field

LineRole = Literal["body", "blank", "furniture", "heading", "table", "attendance", "signature"]
FurnitureKind = Literal["header", "footer", "page_number", "letterhead"]
HeadingKind = Literal["paragraph", "numbered", "named", "layout"]


class Spanned(BaseModel):
    page: int = Field(ge=1, description="1-based page the item starts on")
    start: int = Field(ge=0, description="Start offset in the repaired text")
    end: int = Field(ge=0, description="End offset (exclusive) in the repaired text")


class TextLine(Spanned):
    """One line of the repaired text (a page's lines are split on newlines)."""

    number: int = Field(ge=0, description="0-based line index within its page")
    text: str
    role: LineRole = "body"
    top: float | None = Field(None, description="Vertical position 0 (top) – 1 (bottom), when known")
    margin: int = Field(0, ge=0, description="Characters at the start of the line that are rotated margin "
                                             "text glued to it, not the line's own")


class Furniture(Spanned):
    """A line that belongs to the page, not to the text: running header or footer, page number,
    letterhead, stamp. Found by repetition across pages and position, not by known words."""

    text: str
    kind: FurnitureKind
    why: str = Field(description="The evidence, e.g. 'repeated on 9 of 11 pages, digits masked'")


class Heading(Spanned):
    text: str = Field(description="The heading line as printed")
    kind: HeadingKind
    number: str | None = Field(None, description="'17' for § 17, '2.1' for a numbered heading")
    title: str | None = Field(None, description="The words of the heading without its number")
    name: str | None = Field(None, description="Canonical name from the heading list, e.g. 'beslut'")
    qualifier: str | None = Field(None, description="'för fastställande i kommunfullmäktige' after a named heading")
    dnr: str | None = Field(None, description="The diarienummer printed with a § heading, e.g. 'KS-2025-00086'")


class Paragraph(Spanned):
    """Body lines that belong together, furniture removed, wrapped lines and hyphenation joined."""

    text: str
    lines: list[Spanned] = Field(default_factory=list, description="The spans of its lines")
    item: str | None = Field(None, description="List marker: '1', 'a', '•', '-'; None for prose")


class Section(Spanned):
    """A heading and what follows it up to the next heading of the same or a higher level."""

    heading: Heading | None = Field(None, description="None for the text before the first heading")
    level: int = Field(ge=0)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    children: list[Section] = Field(default_factory=list)

    def walk(self) -> Iterator[Section]:
        """This section and all below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


class AttendanceRow(Spanned):
    """One person in an attendance list (Beslutande, Ledamöter, Ersättare, Justerare, …)."""

    name: str
    party: str | None = Field(None, description="Political party abbreviation, e.g. 'M'")
    role: str | None = Field(None, description="Ordförande, Ledamot, Ersättare, förvaltningschef …")
    group: str | None = Field(None, description="The list's label, e.g. 'Tjänstgörande ersättare'")
    paragraphs: str | None = Field(None, description="'§§ 18-23' when present for part of the meeting")
    replaces: str | None = Field(None, description="Whom a serving substitute replaces")
    organisation: str | None = Field(None, description="Whom a non-member represents: 'Sveriges Lärare', 'EY'")


class Signature(Spanned):
    name: str | None = None
    title: str | None = None
    organisation: str | None = Field(None, description="'Ekeby kommun' in 'För Ekeby kommun'")
    place_date: str | None = Field(None, description="'Ekeby 2025-06-17' as printed")


class SignatureBlock(Spanned):
    signatures: list[Signature] = Field(default_factory=list)


class Cell(Spanned):
    text: str


class Table(Spanned):
    rows: list[list[Cell]] = Field(default_factory=list)
    header: bool = Field(False, description="The first row holds column names")


class PageSpan(BaseModel):
    number: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Structure(BaseModel):
    text_length: int
    pages: list[PageSpan] = Field(default_factory=list)
    lines: list[TextLine] = Field(default_factory=list)
    furniture: list[Furniture] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    attendance: list[AttendanceRow] = Field(default_factory=list)
    signatures: list[SignatureBlock] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)

    def walk(self) -> Iterator[Section]:
        """Every section, in document order."""
        for section in self.sections:
            yield from section.walk()
