"""Shapes of page furniture: page numbers, identifier codes, and the masked key of a line.

A page number is a shape, not a word list: "Sida 3 (6)", "3 (15)", "1(2)", "Sida 1 av 6",
"3/15", "- 3 -", or a bare "3" (weak: only taken when the numbering runs with the pages).
"3/15" and a bare number count only as a whole line. The words around page numbers ("Sida", "av") come from
`language/data/page_furniture.txt`.

>>> [page_number(s).number for s in ("Sida 3 (6)", "3 (15)", "1(2)", "Sida 1 av 6", "- 3 -", "3/15")]
[3, 3, 1, 1, 3, 3]
>>> number = page_number("EKEBY KOMMUN                  SAMMANTRÄDESPROTOKOLL           2 (9)")
>>> (number.number, number.total, number.whole_line, number.strong)
(2, 9, False, True)
>>> page_number("Elevhälsans organisation och omfattning 24/25") is None   # a trailing slash form is no page number
True
>>> masked_key("EKEBY KOMMUN   SAMMANTRÄDESPROTOKOLL   10 (24)")
'ekeby kommun sammanträdesprotokoll'
>>> masked_key("Transaktionsidentitet: 0D430300D03E4147A2B2D560AD0F7A3780FE9623CC")
'transaktionsidentitet #d#d#e#a#b#d#ad#f#a#fe#cc'
>>> is_identifier_line("Transaktionsidentitet: 92111C8BAB71D2151F72675DECBE449E937D59D312")
True
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from diarium.language import words
from diarium.text import squash

_NUM = r"(\d{1,3})"
# "(6)", "av 6", "of 6": the total printed after a page number.
_TOTAL = rf"(?:\(\s*{_NUM}\s*\)|(?P<word>[^\W\d]+)\s+{_NUM})"
_PAGE_WORD = r"(?:(?P<lead>[^\W\d]+\.?)\s*)?"
STRONG = re.compile(rf"{_PAGE_WORD}{_NUM}\s*{_TOTAL}$")
SLASH = re.compile(rf"{_PAGE_WORD}{_NUM}\s*/\s*{_NUM}$")
DASHED = re.compile(rf"[-–—]\s*{_NUM}\s*[-–—]$")
BARE = re.compile(rf"{_PAGE_WORD}{_NUM}$")
DIGITS = re.compile(r"\d+")
PAGE_NUMBER_ENDS = frozenset("0123456789)-–—")
NOT_KEY = re.compile(r"[^\w#]+")
# A long code of capitals and digits: transaction ids, checksums of signing services.
IDENTIFIER = re.compile(r"^(?:[^\W\d]+[:.]?\s+){0,3}(?=[0-9A-F-]*\d)(?=[0-9A-F-]*[A-F])[0-9A-F-]{16,}$")


@dataclass(frozen=True)
class PageNumber:
    number: int
    total: int | None
    whole_line: bool     # the line is nothing but the page number
    strong: bool         # "(6)", "av 6" or the word "Sida": a page number wherever it stands
    start: int           # where the page number starts in the squashed line


@lru_cache(maxsize=8192)
def page_number(text: str) -> PageNumber | None:
    """The page number a line prints (whole, or at its end after other words), if any."""
    line = squash(text).rstrip(" |¦")      # OCR reads the page edge as a bar: "Sida 1 (4) |"
    if not line or line[-1] not in PAGE_NUMBER_ENDS:
        return None                      # every page-number shape ends in a digit, ")" or a dash
    found = _strong(line) or _weak(line)
    if found is None:
        return None
    if not found.whole_line and not found.strong:
        return None      # "… omfattning 24/25": only a whole line may be a weak page number
    return found


def _strong(line: str) -> PageNumber | None:
    match = _search_end(STRONG, line)
    if match is None:
        return None
    lead, word = match.group("lead"), match.group("word")
    if word is not None and word.casefold() not in _page_words():
        return None       # "2 kap. 3" or "12 månader 3": not a page number
    if lead is not None and lead.casefold() not in _page_words():
        lead = None
    numbers = [int(g) for g in match.groups()[1:] if g is not None and g.isdigit()]
    start = match.start("lead") if lead else match.start(2)
    return PageNumber(numbers[0], numbers[1], start == 0, True, start)


def _weak(line: str) -> PageNumber | None:
    for pattern, has_total in ((SLASH, True), (DASHED, False), (BARE, False)):
        match = pattern.fullmatch(line)
        if match is None:
            continue
        lead = match.groupdict().get("lead")
        if lead is not None and lead.casefold() not in _page_words():
            return None
        numbers = [int(g) for g in match.groups() if g is not None and g.isdigit()]
        total = numbers[1] if has_total else None
        # Only a bare number is weak; "- 3 -" and "3/15" (page within the total) are shapes.
        strong = lead is not None or pattern is DASHED or (total is not None and numbers[0] <= total)
        return PageNumber(numbers[0], total, True, strong, 0)
    return None


def _search_end(pattern: re.Pattern[str], line: str) -> re.Match[str] | None:
    """The pattern matched at the end of the line, starting at a word boundary (of the last
    four words: a page number and its words are never longer)."""
    starts = [match.start() for match in re.finditer(r"(?:^|(?<=\s))\S", line)][-4:]
    for start in starts:
        found = pattern.fullmatch(line, start)
        if found is not None:
            return found
    return None


def _page_words() -> frozenset[str]:
    return words("page_furniture")


@lru_cache(maxsize=1024)       # a pure function of a line, asked again by other readers of the document
def without_page_number(text: str) -> str:
    """The line with its page number cut off: what stays the same from page to page."""
    line = squash(text).rstrip(" |¦")
    found = page_number(line)
    return line if found is None else line[:found.start].rstrip()


@lru_cache(maxsize=8192)
def masked_key(text: str) -> str:
    """The line as compared across pages: page number cut, case folded, digits masked, no punctuation."""
    line = DIGITS.sub("#", without_page_number(text).casefold())
    return " ".join(NOT_KEY.sub(" ", line).split())


def is_identifier_line(text: str) -> bool:
    """A (labelled) long code: the transaction id of a digital-signature footer."""
    return IDENTIFIER.match(squash(text)) is not None
