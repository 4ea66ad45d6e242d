"""Page furniture in a text whose page breaks were lost (one long page).

Without pages there are no page edges. What is left is shape and repetition of whole lines:

* page numbers ("Sida 3 (6)", "… PROTOKOLL 2 (9)") whose values rise through the text are
  anchors — each stands where a page began or ended;
* a line at the same distance from most anchors, the same but for OCR noise (digits kept:
  the header's date is the same on every page, a "§ 41 Dnr …" is not), is part of the
  running header or footer around them (walking out from the anchor while that holds);
* the same line elsewhere (the first page's letterhead, which has no page number) is too;
* a whole line printed identically three times or more, far apart and at nearly even
  distances (pages), that is not a heading, a list item or a sentence.

>>> from diarium.structure.lines import text_lines
>>> words = "budget avtal nämnden kommunen beslut ärendet förslag yttrande".split()
>>> def body(n):
...     return "\\n".join(f"Om {words[(i * n) % 8]} och {words[(i + n) % 8]} i text {n}." for i in range(30))
>>> text = "\\n".join(f"SOCIALNÄMNDEN   Sida {n} (3)\\nSammanträdesdatum 2023-05-16\\n{body(n)}" for n in (1, 2, 3))
>>> marks = flat_marks([line for line in text_lines(text) if line.role != "blank"])
>>> sorted({why for _kind, why in marks.values()})
['at the same distance from 3 page numbers', 'page number 1 of 3', 'page number 2 of 3', 'page number 3 of 3']
>>> len(marks)
6
"""
from __future__ import annotations

from collections import Counter
from statistics import fmean, pstdev

from rapidfuzz import fuzz

from diarium.schemas.structure import FurnitureKind, TextLine
from diarium.structure.body import ends_sentence, list_marker
from diarium.structure.headings import is_heading_line
from diarium.structure.shapes import page_number, without_page_number
from diarium.text import squash

MAX_DISTANCE = 6          # lines looked at on each side of a page-number anchor
MIN_REPEATS = 3
MIN_SPACING = 15          # lines between two prints of a running header
SAME_LINE_RATIO = 88
FIRST_LINES = 6           # the letterhead of the first page
EVEN_SPACING = 0.25       # page lengths vary this much at most
HEADER_MAX_WORDS = 20     # a running header with its page counter, columns joined; more is a page's text

Mark = tuple[FurnitureKind, str]


def flat_marks(lines: list[TextLine]) -> dict[tuple[int, int], Mark]:
    """Furniture of one long run of non-blank lines, keyed by (page, line number)."""
    anchors = _anchors(lines)
    marks: dict[tuple[int, int], Mark] = {}
    for i in anchors:
        number = page_number(lines[i].text)
        assert number is not None
        kind: FurnitureKind = "page_number" if number.whole_line else "header"
        marks[_key(lines[i])] = (kind, f"page number {number.number}" + (f" of {number.total}" if number.total else ""))
    if len(anchors) >= 2:
        for step in (1, -1):
            marks.update(_around_anchors(lines, anchors, step))
        marks.update(_same_as_marked(lines, marks))
    marks.update({_key(line): mark for line, mark in _evenly_repeated(lines) if _key(line) not in marks})
    return _name_headers(lines, marks)


def _name_headers(lines: list[TextLine], marks: dict[tuple[int, int], Mark]) -> dict[tuple[int, int], Mark]:
    """A line also printed among the first lines of the text is a header, the others footers."""
    first = {_plain(line.text) for line in lines[:FIRST_LINES]}
    named: dict[tuple[int, int], Mark] = {}
    for line in lines:
        if _key(line) in marks:
            kind, why = marks[_key(line)]
            if kind != "page_number":
                kind = "header" if _plain(line.text) in first else "footer"
            named[_key(line)] = (kind, why)
    return named


def _key(line: TextLine) -> tuple[int, int]:
    return line.page, line.number


def _anchors(lines: list[TextLine]) -> list[int]:
    """Positions of strong page numbers whose values rise through the text."""
    found = []
    last = 0
    for i, line in enumerate(lines):
        number = page_number(line.text)
        if number is not None and number.strong and number.number > last and not is_heading_line(line.text) \
                and header_sized(line.text):
            found.append(i)
            last = number.number
    return found if len(found) >= 2 else []


def header_sized(text: str) -> bool:
    """A line short enough to be a running header: a page whose text lost its line breaks is
    one long line that ends in the page's counter, and it is the page's text, not furniture.

    >>> header_sized("EKEBY KOMMUN   PROTOKOLL   Sida 2 (9)")
    True
    >>> header_sized("Nämnden beslutar att anta planen och att uppdra åt förvaltningen att " * 3 + "2 (9)")
    False
    """
    return len(text.split()) <= HEADER_MAX_WORDS


def _around_anchors(lines: list[TextLine], anchors: list[int], step: int) -> dict[tuple[int, int], Mark]:
    """Walk away from every anchor while the line at that distance is the same at most anchors."""
    marks: dict[tuple[int, int], Mark] = {}
    needed = max(2, (len(anchors) + 1) // 2)
    for distance in range(1, MAX_DISTANCE + 1):
        at = [a + step * distance for a in anchors if 0 <= a + step * distance < len(lines)]
        keys = [_anchor_key(lines[i].text) for i in at]
        common, count = Counter(k for k in keys if k).most_common(1)[0] if any(keys) else ("", 0)
        same = [i for i, key in zip(at, keys)
                if key and (key == common or fuzz.ratio(key, common) >= SAME_LINE_RATIO)]
        if not common or len(same) < needed or any(is_heading_line(lines[i].text) for i in same):
            break
        for i in same:
            marks[_key(lines[i])] = ("header" if step > 0 else "footer",
                                     f"at the same distance from {len(anchors)} page numbers")
    return marks


def _anchor_key(text: str) -> str:
    """The line without its page number, digits kept: a running header's date is the same on
    every page, the "§ 41 Dnr SN 2023/87" below it is not."""
    return _plain(text)


def _same_as_marked(lines: list[TextLine], marks: dict[tuple[int, int], Mark]) -> dict[tuple[int, int], Mark]:
    """Prints of a header or footer line far from any page number: the first page's letterhead."""
    marked = {_plain(line.text): marks[_key(line)] for line in lines if _key(line) in marks}
    return {_key(line): (marked[_plain(line.text)][0], "the same line as a running header or footer")
            for line in lines if _key(line) not in marks and _plain(line.text) in marked}


def _plain(text: str) -> str:
    return squash(without_page_number(text)).casefold()


def _evenly_repeated(lines: list[TextLine]) -> list[tuple[TextLine, Mark]]:
    """Without page numbers: whole lines printed identically, far apart and at even distances."""
    where: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        text = _plain(line.text)
        if text and not ends_sentence(text) and not text.endswith(",") and list_marker(text) is None:
            where.setdefault(text, []).append(i)
    found = []
    for text, positions in where.items():
        gaps = [b - a for a, b in zip(positions, positions[1:])]
        if len(positions) < MIN_REPEATS or min(gaps) < MIN_SPACING or is_heading_line(text):
            continue
        if pstdev(gaps) > EVEN_SPACING * fmean(gaps):
            continue                      # "Kommunstyrelsen" under three decisions: not pages
        for i in positions:
            mark: Mark = ("header", f"the same line {len(positions)} times, at even distances")
            found.append((lines[i], mark))
    return found
