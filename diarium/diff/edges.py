"""Page furniture seen by comparing the two versions.

The structure stage finds furniture by repetition across the pages of one version. Two cases
escape it, and a diff meets both: a header block printed once (a page break moved by an edit
brings "Tjänsteutlåtande / Dnr …" onto one page only) and a scan whose OCR damaged the header
on every page differently. Both are settled at the page edges only:

* a short line that is, digits masked and OCR look-alikes merged, a furniture line of the
  *other* version ("I (11)" read where "1 (11)" is printed) is furniture here too — wherever
  it stands, as the pages of a scan need not break where the text file's did;
* short lines between two furniture lines of the same page edge are part of that header
  (footer) block;
* a date or page number alone beside such a line belongs to it ('Dokumentdatum' / '2025-11-04').

Likewise a line that is word for word a line of the other version's signature block is a
signature line here too: a signature block laid out again is never a change.

>>> masked("AVTAL   5 (12)") == masked("AVTAL 2 (10)") == masked("AVTAL 5(1O)")
True
>>> masked("I (11)"), masked("849400-2812")
('#(#)', '#-#')
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from collections import Counter, defaultdict
from itertools import groupby

from rapidfuzz import fuzz, process

from diarium.diff.normalise import SKELETON, skeleton, unify
from diarium.schemas.structure import TextLine

DEPTH = 6            # non-blank lines from the top and from the bottom of a page that are its edges
SHORT = 120          # a header or footer line is never longer than this
CLOSE = 90           # rapidfuzz ratio for "the same furniture line, OCR-damaged"
LONG_KEY = 12        # shorter masked lines must match exactly, unless they hold a number
SHORT_CLOSE = 85     # … then this close
DIGITS = re.compile(r"\d+")
DATE_OR_NUMBER = re.compile(r"#(?:([-./])#\1#)?")     # a page number or a date, masked
PAGE_LIKE = re.compile(r"#?[()/]#?[()/]?#?")           # '#(#)', '#/#', '#)': a page number, masked


@lru_cache(maxsize=65536)
def masked(text: str) -> str:
    """The comparison form of a furniture line: look-alikes merged, every number one '#', the
    punctuation kept ('# (#)' is a page number, '#-#' an orgnr), spaces dropped."""
    folded = unicodedata.normalize("NFKD", "".join(unify(text).lower().split()))
    return DIGITS.sub("#", folded.encode("ascii", "ignore").decode().translate(SKELETON))


def telling(key: str) -> bool:
    """A key that says what it is: words, or a page number's '(#)' or '#/#'; a bare number
    ('#', a clause number '#.#', an orgnr '#-#') could be anything."""
    return any(c.isalpha() or c in "()/" for c in key)


def furniture_keys(lines: list[TextLine]) -> list[str]:
    return sorted({key for line in lines if line.role == "furniture"
                   for key in [masked(line.text)] if telling(key)})


def edges(lines: list[TextLine]) -> list[tuple[list[TextLine], list[TextLine]]]:
    """(top edge, bottom edge) of every page: its first and last DEPTH non-blank lines, in reading
    order from the page edge inwards. A short page is cut in half: its header and its footer
    are two blocks, and the text between them is no part of either."""
    pages = []
    for _, page_lines in groupby(lines, key=lambda line: line.page):
        filled = [line for line in page_lines if line.text.strip()]
        half = (len(filled) + 1) // 2
        pages.append((filled[:min(DEPTH, half)], filled[::-1][:min(DEPTH, len(filled) - half)]))
    return pages


@dataclass
class Other:
    """The other version's lines: its furniture (masked) and, when needed, its short body lines."""
    lines: list[TextLine]
    furniture: list[str]

    @classmethod
    def of(cls, lines: list[TextLine]) -> "Other":
        return cls(lines, furniture_keys(lines))

    @cached_property
    def body(self) -> list[str]:
        return sorted({key for line in self.lines if line.role not in ("furniture", "blank")
                       and len(line.text.strip()) <= 2 * SHORT for key in [masked(line.text)] if telling(key)})


def score(key: str, keys: list[str]) -> float:
    found = process.extractOne(key, keys, scorer=fuzz.ratio) if keys else None
    return found[1] if found is not None else 0.0


def matches_other(line: TextLine, other: Other) -> bool:
    """The line is a furniture line of the other version — and more like it than like any line
    of the other version's text ('Bevaknings- och samverkansavtal …' is a footer there, but
    also the agreement's title on its first page)."""
    furniture = furniture_score(line, other)
    return furniture > 0 and furniture > score(masked(line.text), other.body)


def furniture_score(line: TextLine, other: Other) -> float:
    """How close the line is to a furniture line of the other version (0: not close enough)."""
    if len(line.text.strip()) > SHORT or not other.furniture:
        return 0.0
    key = masked(line.text)
    if len(key) < 2 or not telling(key):
        return 0.0
    if len(key) < LONG_KEY and "#" not in key and key not in other.furniture:
        return 0.0
    # A page number read with letters for digits ('5 (Lt)' for '5 (11)') is still close.
    cutoff = 100 if len(key) < LONG_KEY and "#" not in key else CLOSE if len(key) >= LONG_KEY else SHORT_CLOSE
    furniture = score(key, other.furniture)
    return furniture if furniture >= cutoff else 0.0


def page_like(line: TextLine) -> bool:
    """Digits and brackets alone: a page number, maybe misread ('102)' for '1 (2)')."""
    return bool(PAGE_LIKE.fullmatch(masked(line.text)))


def between_furniture(lines: list[TextLine], furniture: set[int], other: Other) -> set[int]:
    """A line of the other version's furniture that is also text there ('Ekeby kommun' of
    a contact block and of an address) is furniture here when furniture stands on both sides."""
    filled = [line for line in lines if line.text.strip()]
    return {line.start for before, line, after in zip(filled, filled[1:], filled[2:])
            if (before.start in furniture or page_like(before)) and (after.start in furniture or page_like(after))
            and line.start not in furniture
            and line.page == before.page == after.page and line.role not in ("heading", "blank")
            and furniture_score(line, other) > 0}


def sandwiched(edge: list[TextLine], furniture: set[int]) -> set[int]:
    """Lines between two furniture lines of the same page edge, when short: one header block."""
    # Letters of rotated margin text (furniture too) hold no header block together.
    marked = [k for k, line in enumerate(edge) if line.start in furniture and len(line.text.strip()) > 3]
    if len(marked) < 2:
        return set()
    between = edge[marked[0] + 1:marked[-1]]
    if any(line.role == "heading" for line in between):
        return set()
    if any(len(line.text.strip()) > SHORT or line.text.rstrip().endswith(".") for line in between
           if line.start not in furniture):
        return set()
    return {line.start for line in between}


def edge_furniture(lines: list[TextLine], other: list[TextLine] | None = None) -> set[int]:
    """Start offsets of lines that are furniture besides those the structure marked."""
    others = Other.of(other or [])
    own = {line.start for line in lines if line.role == "furniture"}
    # Anywhere on the page: a scan's page breaks need not fall where the text file's did.
    found = {line.start for line in lines if line.role not in ("furniture", "blank") and matches_other(line, others)}
    known = own | found
    for top, bottom in edges(lines):
        found |= sandwiched(top, known) | sandwiched(bottom, known)
    found |= between_furniture(lines, own | found, others)
    found |= numbers_beside([line for line in lines if line.text.strip()], own | found)
    return found - own


def signature_lines(lines: list[TextLine], other: list[TextLine] | None) -> set[int]:
    """Lines that are, word for word, lines of the other version's signature block ('För
    socialnämnden' / 'i Stockholms stad' laid out again where the structure did not see a block).
    A line the other version prints as text as often as here is text ('Ekeby kommun' under
    an address); of more copies here, those nearest the other's signature lines are its lines."""
    if not other:
        return set()
    signed: dict[str, list[float]] = defaultdict(list)
    other_body: Counter[str] = Counter()
    for line in other:
        text = skeleton(line.text)
        if text and line.role == "signature":
            signed[text].append(place(line, other))
        elif text and line.role == "body":
            other_body[text] += 1
    mine: dict[str, list[TextLine]] = defaultdict(list)
    for line in lines:
        if line.role == "body" and skeleton(line.text) in signed:
            mine[skeleton(line.text)].append(line)
    found: set[int] = set()
    for text, here in mine.items():
        spare = min(len(signed[text]), len(here) - other_body[text])
        nearest = sorted(here, key=lambda line: min(abs(place(line, lines) - at) for at in signed[text]))
        found |= {line.start for line in nearest[:max(0, spare)]}
    return found


def place(line: TextLine, lines: list[TextLine]) -> float:
    """Where a line stands in its version, 0 (start) to 1 (end)."""
    return line.start / max(1, lines[-1].end)


def numbers_beside(edge: list[TextLine], furniture: set[int]) -> set[int]:
    """A line of a number or a date alone next to a header or footer line ('Dokumentdatum' /
    '2025-11-04', a footer and its page number). A heading ('§ 4' under a page number) is none."""
    found = set()
    for k, line in enumerate(edge):
        neighbours = edge[max(0, k - 1):k] + edge[k + 1:k + 2]
        key = masked(line.text)
        if line.start not in furniture and line.role != "heading" and (DATE_OR_NUMBER.fullmatch(key) or page_like(line)) \
                and any(n.start in furniture and telling(masked(n.text)) for n in neighbours):
            found.add(line.start)
    return found

