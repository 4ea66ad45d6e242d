"""The section tree: headings nest by kind and number, body lines become paragraphs.

A § heading opens a section at the top (level 1 in a protokoll); a numbered heading nests by
its depth ("2.1" under "2"), below a § if there is one; a named or layout heading ("Beslut",
"Ekonomiskt perspektiv") goes under the current § or numbered heading and ends at the next
heading of any kind. The text before the first heading is a section without a heading.

>>> from diarium.structure.headings import find_headings
>>> from diarium.structure.lines import text_lines
>>> lines = text_lines("Protokoll fört vid sammanträde.\\n§ 5 Val av justerare\\nBeslut\\nNämnden utser Eva Ek.\\n"
...                    "§ 6 Avtal\\n1. Parter\\nKommunen och föreningen.\\n1.1 Kommunen\\nEkeby kommun är part.")
>>> tree = build_sections(lines, find_headings(lines))
>>> def show(section, depth=0):
...     title = section.heading.text if section.heading else "(början)"
...     print("  " * depth + f"{section.level} {title}: {[p.text for p in section.paragraphs]}")
...     for child in section.children:
...         show(child, depth + 1)
>>> for section in tree:
...     show(section)
0 (början): ['Protokoll fört vid sammanträde.']
1 § 5 Val av justerare: []
  2 Beslut: ['Nämnden utser Eva Ek.']
1 § 6 Avtal: []
  2 1. Parter: ['Kommunen och föreningen.']
    3 1.1 Kommunen: ['Ekeby kommun är part.']
"""
from __future__ import annotations

from dataclasses import dataclass, field

from diarium.schemas.structure import Heading, Section, TextLine
from diarium.structure.body import body_view
from diarium.structure.flat_lines import cut_flat_lines
from diarium.structure.paragraphs import paragraphs_of

NAMED_RANK = 100


def rank(heading: Heading) -> int:
    """Lower ranks hold higher ranks: § < numbered by depth < named and layout headings."""
    if heading.kind == "paragraph":
        return 1
    if heading.kind == "numbered" and heading.number:
        return 1 + heading.number.count(".") + 1
    return NAMED_RANK


@dataclass
class _Open:
    section: Section
    rank: int
    body: list[int] = field(default_factory=list)      # body line indices of the view


def build_sections(lines: list[TextLine], headings: list[Heading],
                   document_starts: frozenset[int] = frozenset()) -> list[Section]:
    """The section tree of the body lines and headings (heading lines have role 'heading').

    `document_starts` are pages where a new document begins (its page 1): what is open is
    closed there, so a tjänsteskrivelse after a § is not read as part of the §. A page that
    lost its line breaks is read cut at the headings inside it (`flat_lines`)."""
    view = body_view(cut_flat_lines(lines, headings))
    starting = {heading.start: heading for heading in headings}
    top: list[Section] = []
    stack: list[_Open] = []
    everything: list[_Open] = []
    for k in range(len(view)):
        line = view.line(k)
        if k > 0 and line.page in document_starts and view.line(k - 1).page != line.page:
            stack.clear()
        if line.role == "heading":
            heading = starting.get(line.start + line.margin)     # a heading starts after glued margin letters
            if heading is not None:
                opened = _open(heading, stack, top)
                everything.append(opened)
            continue
        if not stack:
            preamble = Section(page=line.page, start=line.start, end=line.end, level=0)
            top.append(preamble)
            stack.append(_Open(preamble, 0))
            everything.append(stack[-1])
        stack[-1].body.append(k)
    for opened in everything:
        opened.section.paragraphs = paragraphs_of(view, opened.body)
    for section in top:
        _close(section)
    return top


def _open(heading: Heading, stack: list[_Open], top: list[Section]) -> _Open:
    order = rank(heading)
    while stack and (stack[-1].rank >= order or stack[-1].section.heading is None):
        stack.pop()
    level = stack[-1].section.level + 1 if stack else 1
    section = Section(page=heading.page, start=heading.start, end=heading.end, heading=heading, level=level)
    (stack[-1].section.children if stack else top).append(section)
    stack.append(_Open(section, order))
    return stack[-1]


def _close(section: Section) -> int:
    """Stretch each section's span over its paragraphs and children."""
    ends = [section.end] + [p.end for p in section.paragraphs] + [_close(child) for child in section.children]
    section.end = max(ends)
    return section.end

