"""Text helpers every stage shares: line joining, whitespace, offsets and pages.

Texts are whole documents, pages separated by form feeds; offsets are character offsets.

>>> join_lines(["1. Socialnämnden beslutar att godkänna partnerskap med", "",
...             "- Navigatus organisationsnummer 802004-7893,", "utsatta EU-", "medborgare."])
'1. Socialnämnden beslutar att godkänna partnerskap med Navigatus organisationsnummer 802004-7893, utsatta EU-medborgare.'
>>> dehyphenate("ensamkomm-", "ande barn")
'ensamkommande barn'
>>> dehyphenate("kultur-", "och fritidsnämnden")
'kultur- och fritidsnämnden'
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from diarium.language import words

BULLET = re.compile(r"^\s*(?:[-–•*»·]|\d+\s*\)\s*-)\s+")


@lru_cache(maxsize=8)
def page_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in re.finditer("\f", text)))


def page_of(text: str, offset: int) -> int:
    """1-based page number of a character offset."""
    return bisect_right(page_starts(text), offset)


def dehyphenate(left: str, right: str) -> str:
    """Join two line pieces; a word broken with a hyphen is rejoined, 'EU-' keeps its hyphen,
    and so does 'kultur-' before 'och'."""
    left, right = left.rstrip(), right.lstrip()
    if not left:
        return right
    if not right:
        return left
    if left.endswith("-") and len(left) > 1 and right.split()[0].strip(",.") not in words("hyphen_continuations"):
        before = left[-2]
        if before.isalpha() and before.islower() and right[0].islower():
            return left[:-1] + right
        if (before.isdigit() or before.isupper()) and right[0].isalnum():
            return left + right
    return f"{left} {right}"


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph → one line: bullets dropped, hyphenation rejoined, spaces collapsed."""
    joined = ""
    for line in lines:
        line = BULLET.sub("", line) if joined else line
        if line.strip():
            joined = dehyphenate(joined, squash(line))
    return joined


CELL_BREAK = re.compile(r"<br\s*/?>")


def cell_breaks_as_lines(text: str) -> str:
    """A table cell's "<br>" as a line break padded with spaces: the text keeps its length, so
    offsets found in it hold in the original.

    >>> cell_breaks_as_lines("Anna<br>Berg")
    'Anna\\n   Berg'
    """
    return CELL_BREAK.sub(lambda m: "\n".ljust(len(m.group(0))), text) if "<" in text else text


def squash(text: str) -> str:
    """Collapse every run of whitespace (line and page breaks too) to one space."""
    return " ".join(text.split())


@lru_cache(maxsize=4)       # several readers ask for the lines of one document (read only)
def lines_with_offsets(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line of the text; form feeds end lines too."""
    out, pos = [], 0
    for line in text.replace("\f", "\n").split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out
