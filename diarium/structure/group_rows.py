"""Group rows of a table: a row with one short title and all other cells empty
("|  | Beslutsärenden |  |  |" in the agenda of a kallelse) heads the rows below it, as a
heading heads its text. Such a row is a heading (its line is taken from the table); the
numbered rows under it are entries, like those of a table of contents.

>>> from diarium.structure.lines import text_lines
>>> lines = text_lines("|  | Ärende | Beteckning |\\n| --- | --- | --- |\\n|  | Information |  |\\n"
...                    "| 1. | Information om samråd | 2025-00014 |")
>>> for line in lines:
...     line.role = "table"
>>> [(h.kind, h.title, h.text) for h in group_headings(lines)]
[('layout', 'Information', '| | Information | |')]
>>> [line.role for line in lines]
['table', 'table', 'heading', 'table']
"""
from __future__ import annotations

import re

from diarium.schemas.structure import Heading, TextLine
from diarium.structure.names import heading_name
from diarium.text import squash

PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
RULE_CELL = re.compile(r"^:?-{3,}:?$")
MAX_GROUP_WORDS = 4


def group_headings(lines: list[TextLine]) -> list[Heading]:
    """The group rows of pipe tables as headings; their lines get role 'heading'."""
    headings = []
    first_row = True
    for line in lines:
        if line.role != "table":
            first_row = True
            continue
        title = None if first_row else _group_title(line.text)
        first_row = False
        if title is None:
            continue
        line.role = "heading"
        name = heading_name(title)
        headings.append(Heading(page=line.page, start=line.start, end=line.end, text=squash(line.text),
                                kind="named" if name else "layout", title=title, name=name[0] if name else None))
    return headings


def _group_title(text: str) -> str | None:
    """The one filled cell of a row whose other cells are empty, if it reads as a title."""
    match = PIPE_ROW.match(text)
    if match is None:
        return None
    cells = [cell.strip() for cell in match.group(1).split("|")]
    filled = [cell for cell in cells if cell]
    if len(cells) < 2 or len(filled) != 1 or RULE_CELL.match(filled[0]):
        return None
    title = squash(filled[0])
    if not title[:1].isupper() or len(title.split()) > MAX_GROUP_WORDS or "<br" in title or title.endswith("."):
        return None
    return title
