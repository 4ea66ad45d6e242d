"""The first document of a file, and its head.

A file is often several documents one after another (an utdrag, then a tjänsteskrivelse, then
an agreement); doc_type, authority, date and title are those of the first. It starts on the
first page with text and runs until a page that prints page number 1 (the structure stage's
`first_pages`). Its head is what a reader looks at for the kind, the body and the date: the
furniture of its first page (letterhead, running header) and the first lines of that page,
each split into its columns ("EKEBY KOMMUN      SAMMANTRÄDESPROTOKOLL      1 (1)"). A
first page that lost its line breaks (one long line) is read as the fields of its opening and
footer instead (`flat_head`).

>>> from diarium.structure import analyse
>>> text = "\\fProtokoll\\nSocialnämnden\\n\\n§ 5 Val\\fTjänsteskrivelse\\nSida 1 (2)\\nKommunstyrelsen\\n"
>>> first = FirstDocument.of(text, analyse(text))
>>> first.pages, [column for _, column in first.head()]
((2,), ['Protokoll', 'Socialnämnden', '§ 5 Val'])
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from diarium.extract.flat_head import flat_head
from diarium.schemas.structure import Section, Structure, TextLine
from diarium.structure.flat_lines import flat_starts
from diarium.structure.furniture import first_pages
from diarium.structure.shapes import PageNumber, page_number
from diarium.text import squash

_LAST: dict[str, FirstDocument] = {}
# A word in capitals after words that are not: the second column of a letterhead line whose
# gap OCR closed ("Kommunrevisionen SAMMANTRÄDESANTECKNINGAR").
CAPITALS_AFTER = re.compile(r"(?<=[a-zåäö)])\s+([A-ZÅÄÖ]{4,}(?:[ /-][A-ZÅÄÖ]{2,})*)\s*$")
HEAD_LINES = 16
EDGE_LINES = 8            # a page's own number stands this near its top or bottom
HEADER_BLOCK = 5          # a page number this near the top closes the page's header block
# Columns: two or more spaces, a tab, or a separator between fields ("Hem > Kommun > Nämnd").
COLUMN = re.compile(r"(?:(?![|>]\s)\S)+(?:[ \t]{1,2}(?:(?![|>]\s)\S)+)*")


@dataclass
class FirstDocument:
    """The pages of the first document and its lines."""

    text: str
    structure: Structure
    pages: tuple[int, ...]
    number: PageNumber | None = None      # the page number its first page prints
    end: int | None = None                # where it ends inside its one page (page breaks lost)
    cache: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    lines_cache: dict[str, list[TextLine]] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, structure: Structure) -> FirstDocument:
        """The first document of `text` (the last one asked for is kept: the scalar finders
        of one record all ask for it)."""
        last = _LAST.get("first")
        if last is not None and last.structure is structure and last.text is text:
            return last
        _LAST["first"] = found = cls.find(text, structure)
        return found

    @classmethod
    def find(cls, text: str, structure: Structure) -> FirstDocument:
        written = sorted({line.page for line in structure.lines if line.text.strip()})
        if not written:
            return cls(text, structure, ())
        starts = first_pages(structure.furniture)
        numbers = printed_numbers(structure)
        pages = [written[0]]
        last = numbers.get(written[0])
        for page in written[1:]:
            if page in starts or renumbered(last, numbers.get(page)):
                break
            pages.append(page)
            last = numbers.get(page, last)
        end = flat_end(structure, pages[0]) if len(pages) == 1 else None
        return cls(text, structure, tuple(pages), numbers.get(written[0]), end)

    @property
    def first_page(self) -> int:
        return self.pages[0] if self.pages else 1

    def lines(self, page: int | None = None) -> list[TextLine]:
        """The non-blank lines of the first document (or of one of its pages)."""
        if "lines" not in self.lines_cache:
            wanted, end = set(self.pages), self.end if self.end is not None else self.structure.text_length
            self.lines_cache["lines"] = [line for line in self.structure.lines
                                         if line.page in wanted and line.text.strip() and line.start < end]
        lines = self.lines_cache["lines"]
        return lines if page is None else [line for line in lines if line.page == page]

    def head(self, count: int = HEAD_LINES) -> list[tuple[int, str]]:
        """(offset, column) of the first page's furniture and first lines, in page order."""
        key = f"head{count}"
        if key not in self.cache:
            chosen = {offset for offset, _ in self.head_lines(count)}
            self.cache[key] = [column for line in self.lines(self.first_page) if line.start in chosen
                               for column in columns(line)]
            if self.flat is not None:
                self.cache[key] = [column for offset, field in self.head_lines(count)
                                   for column in columns_of(offset, field)]
        return self.cache[key]

    def page_columns(self) -> list[tuple[int, str]]:
        """(offset, column) of every line of the first page (the head's fields on a flat page)."""
        if self.flat is not None:
            return self.head()
        return [column for line in self.lines(self.first_page) for column in columns(line)]

    def opening_columns(self, count: int = 2) -> list[tuple[int, str]]:
        """(offset, column) of every line of the first `count` pages: a protokoll's anslag box
        stands under its attendance list, on page 2 when that list fills page 1."""
        if self.flat is not None:
            return self.head() + [field for line in self.flat_pages()[1:count]
                                  for field in flat_head(self.text, line.start, line.end, None)]
        pages = set(self.pages[:count])
        return [column for line in self.lines() if line.page in pages for column in columns(line)]

    def flat_pages(self) -> list[TextLine]:
        """The line of each of its pages that holds the whole page, in order, while they do (a
        transcript prints each page as one line: the anslag box may stand on page 2)."""
        flat, out = flat_starts(self.structure.lines), []
        for page in self.pages:
            lines = self.lines(page)
            if not lines or lines[0].start not in flat:
                break
            out.append(lines[0])
        return out

    @property
    def flat(self) -> TextLine | None:
        """The first page's text when it is one long line (its line breaks lost)."""
        if "flat" not in self.lines_cache:
            lines = self.lines(self.first_page)
            flat = flat_starts(self.structure.lines)
            self.lines_cache["flat"] = [lines[0]] if lines and lines[0].start in flat else []
        found = self.lines_cache["flat"]
        return found[0] if found else None

    def head_lines(self, count: int = HEAD_LINES) -> list[tuple[int, str]]:
        """(offset, line) of the same lines, whole. On a page that is not the document's first
        ("2 (3)": its page 1 is not in the file) only the running header is head. A page that
        lost its line breaks is cut into the fields of its head and footer (`flat_head`)."""
        flat = self.flat
        if flat is not None:
            key = "flat_head"
            if key not in self.cache:
                headings = [s.heading.start for s in self.sections() if s.heading is not None
                            and flat.start < s.heading.start < flat.end]
                self.cache[key] = flat_head(self.text, flat.start, flat.end, min(headings, default=None))
            return self.cache[key]
        lines = self.lines(self.first_page)
        if not self.starts_document:
            numbered = [k for k, line in enumerate(lines[:HEADER_BLOCK]) if page_number(line.text) is not None]
            block = numbered[0] if numbered else -1        # the lines above "Sida 3 (4)"
            return [(line.start, line.text) for k, line in enumerate(lines) if line.role == "furniture" or k <= block]
        return [(line.start, line.text) for k, line in enumerate(lines) if k < count or line.role == "furniture"]

    @property
    def starts_document(self) -> bool:
        """The first page is a document's page 1 (or prints no page number)."""
        return self.number is None or self.number.number == 1

    def span(self) -> tuple[int, int]:
        """The first document's characters in the text."""
        spans = [p for p in self.structure.pages if p.number in self.pages]
        if not spans:
            return 0, len(self.text)
        return spans[0].start, min(spans[-1].end, self.end if self.end is not None else spans[-1].end)

    def sections(self) -> list[Section]:
        """Every section that starts on the first document's pages, in order."""
        return [section for section, _ in self.sections_with_ancestors()]

    def sections_with_ancestors(self) -> list[tuple[Section, tuple[Section, ...]]]:
        end = self.span()[1]
        return [(section, ancestors) for section, ancestors in walk(self.structure.sections)
                if section.page in self.pages and section.start < end]


def walk(sections: list[Section], ancestors: tuple[Section, ...] = ()
         ) -> Iterator[tuple[Section, tuple[Section, ...]]]:
    """Every section with the sections it stands in, in document order."""
    for section in sections:
        yield section, ancestors
        yield from walk(section.children, (*ancestors, section))


def printed_numbers(structure: Structure) -> dict[int, PageNumber]:
    """The page number each page prints in its header or footer (a number inside a page is a
    page break the text lost, not this page's number)."""
    last_line: dict[int, int] = {}
    for line in structure.lines:
        last_line[line.page] = max(last_line.get(line.page, 0), line.number)
    at = {(line.page, line.start): line.number for line in structure.lines if line.role == "furniture"}
    found: dict[int, list[tuple[int, PageNumber]]] = {}
    for item in structure.furniture:
        number = page_number(item.text)
        row = at.get((item.page, item.start))
        if number is not None and number.strong and row is not None:
            found.setdefault(item.page, []).append((row, number))
    out: dict[int, PageNumber] = {}
    for page, numbers in found.items():
        if len(numbers) > 1 and numbers[0][0] >= EDGE_LINES:
            # pages whose breaks the text lost, the first number inside: the text before it is
            # the page before ("1 (2)" at its foot, or "2 (5)" over the next page)
            row, first = numbers[0]
            out[page] = PageNumber(max(1, first.number - 1), first.total, first.whole_line, first.strong, first.start)
        elif numbers[0][0] < EDGE_LINES or numbers[0][0] > last_line[page] - EDGE_LINES:
            out[page] = numbers[0][1]
    return out


def flat_end(structure: Structure, page: int) -> int | None:
    """In a page that holds several pages (the text lost its page breaks), where the page
    numbering starts afresh ("3 (3)" then "AVTAL 1 (10)"): a new document."""
    last: PageNumber | None = None
    for item in structure.furniture:
        number = page_number(item.text) if item.page == page else None
        if number is None or not number.strong:
            continue
        if last is not None and renumbered(last, number):
            return item.start
        last = number
    return None


def renumbered(before: PageNumber | None, after: PageNumber | None) -> bool:
    """The numbering starts afresh: "5/5" then "26 (33)", "2 (3)" then "7 (30)"."""
    if before is None:
        return False
    if after is None:
        return before.total is not None and before.number >= before.total   # after "5/5"
    return after.number != before.number + 1 or (before.total is not None and after.total is not None
                                                 and before.total != after.total)


def columns(line: TextLine) -> list[tuple[int, str]]:
    """A line split where two or more spaces (or a tab) stand between words; a page number at
    the end of a column is cut off ("Individ- och familjenämnden Sida 1 (3)", as OCR joins
    the columns)."""
    return columns_of(line.start, line.text)


def columns_of(start: int, text: str) -> list[tuple[int, str]]:
    """The columns of the text at `start` (a line, or a field of a flat head)."""
    return list(_columns_of(start, text))


@lru_cache(maxsize=1024)       # the head, the page and the pages of the first document share their lines
def _columns_of(start: int, text: str) -> tuple[tuple[int, str], ...]:
    out: list[tuple[int, str]] = []
    for piece in COLUMN.finditer(text):
        column = piece.group(0)
        number = page_number(column)
        if number is not None and not number.whole_line and number.start > 0:
            column = squash(column)[:number.start].rstrip()
        joined = CAPITALS_AFTER.search(column)
        if joined:              # "Kommunrevisionen SAMMANTRÄDESANTECKNINGAR": OCR joined two columns
            out += [(start + piece.start(), column[:joined.start()]),
                    (start + piece.start() + joined.start(1), joined.group(1))]
            continue
        out.append((start + piece.start(), column))
    return tuple(out)
