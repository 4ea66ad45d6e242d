"""Rule: a page number "N (M)" (page N of M) that the OCR gave a colon.

Swedish administrative pages print their number as "2 (9)" or "2(9)" at the end of the
letterhead line; the OCR sometimes reads a speck in the gap as a colon ("2:(9)"). The colon
goes, and the document's majority decides the spacing (`spaced_pages`). A number printed
without one stays as it is: documents glue some and space others. Only at the end of a line and only when N is at most
M, so a reference such as "3 kap. 7(2)" inside a sentence stays.

>>> [(e.original, e.replacement) for e in page_number_edits("PROTOKOLL 2:(9)", True)]
[('2:(9)', '2 (9)')]
>>> [e.replacement for e in page_number_edits("7;(9)", True) + page_number_edits("7:(9)", False)]
['7 (9)', '7(9)']
>>> page_number_edits("7(9)", True) + page_number_edits("1 (2)", False)
[]
>>> page_number_edits("enligt 9(7)", True)
[]
"""
from __future__ import annotations

import re

from diarium.corrections.context import LineEdit

PAGE = re.compile(r"(?:(?<=\s)|^)(\d{1,3})([:;]?\s?)\((\d{1,3})\)(?=\s*$)")
CONFIDENCE = 0.9


def spaced_pages(lines: list[str]) -> bool:
    """Whether the document prints its page numbers "2 (9)" more often than "2(9)"."""
    spaced = glued = 0
    for line in lines:
        match = PAGE.search(line) if line.rstrip().endswith(")") else None
        if match and match.group(2) in (" ", ""):
            spaced += match.group(2) == " "
            glued += match.group(2) == ""
    return spaced > glued


def page_number_edits(line: str, spaced: bool) -> list[LineEdit]:
    """The line's page number "N (M)", spaced as the document spaces them."""
    if not line.rstrip().endswith(")"):
        return []
    match = PAGE.search(line)
    if not match or not 1 <= int(match.group(1)) <= int(match.group(3)) or (
            match.group(2) in (" ", "")):
        return []   # (as printed: a document may space some and glue others)
    new = f"{match.group(1)}{' ' if spaced else ''}({match.group(3)})"
    if new == match.group():
        return []
    return [LineEdit(match.start(), match.end(), match.group(), new, CONFIDENCE,
                     "page number", True)]
