"""The shapes of heading lines, shared by the heading finders (`headings`, `layout_headings`).

A heading is a short line that starts with a capital or a number, does not end like a
sentence, and is not a page number; what follows it tells whether it stands over prose.

>>> is_heading_line("§ 17 Val av justerare"), is_heading_line("Beslut"), is_heading_line("Nämnden beslutar.")
(True, True, False)
>>> title_shaped("Ekonomiskt perspektiv"), title_shaped("Kommunstyrelsen beslutar att:")
(True, False)
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.language import words
from diarium.schemas.structure import Heading, HeadingKind
from diarium.structure.body import BodyView, ends_open, ends_sentence, list_marker, own_text
from diarium.structure.names import heading_name
from diarium.structure.shapes import page_number
from diarium.text import squash

SECTION_SIGN = re.compile(r"^[§$]\s?(\d{1,4}[a-z]?)\b[.:]?\s*(.*)$")
NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+(?:[-–—]\s+)?(\S.*)$")
BARE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?$")
DOT_LEADER = re.compile(r"(?:\.\s?){2,}\s*\d{1,3}$|…+\s*\d{1,3}$")
PARTY = re.compile(r"\([A-ZÅÄÖ]{1,3}\)")
FILL = re.compile(r"\.{4,}|_{4,}")
DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
CASE_NUMBER = re.compile(r"^[A-ZÅÄÖ]{1,6}[ -]?\d{2,4}[-/.]\d+(?:[-/.]\d+)?$")
COLUMN_GAP = "    "
MAX_TITLE_WORDS = 12
MAX_HEADING_WORDS = 8
MAX_LAYOUT_CHARS = 70
MAX_TITLE_LINES = 3
TITLE_TAIL_WORDS = 4
PROSE_CHARS = 40
PROSE_WORDS = 3
TITLE_OVER_HEADING_WORDS = 4
SUBHEADING_WORDS = 3
LAYOUT_WIDTH = 0.8        # a layout heading stops well short of the right margin
MAX_PLAIN_NUMBER = 50     # "4 Särskilda villkor" is a heading, "75 Plats och tid" is not


@lru_cache(maxsize=8192)
def is_heading_line(text: str) -> bool:
    """A line that reads as a § or named heading on its own (such lines are never furniture)."""
    line = squash(text)
    return bool(SECTION_SIGN.match(line)) or heading_name(line) is not None


def make(view: BodyView, used: list[int], kind: HeadingKind, number: str | None = None,
          title: str | None = None, name: str | None = None, qualifier: str | None = None,
          dnr: str | None = None) -> tuple[Heading, list[int]]:
    first, last = view.line(used[0]), view.line(used[-1])
    text = " ".join(view.text(j) for j in used)
    return Heading(page=first.page, start=first.start + first.margin, end=last.end, text=text, kind=kind,
                   number=number, title=title, name=name, qualifier=qualifier, dnr=dnr), used


def runs_into(view: BodyView, k: int) -> bool:
    """The line above stops mid-phrase ('… utvecklare,' / '§ 131'): line k carries it on."""
    return k > 0 and not view.page_break_before[k] and ends_open(view.text(k - 1))


def continues_title(view: BodyView, j: int) -> bool:
    """Line j carries on the title above it ('… om boendestöd för personer i' / 'hemlöshet')."""
    text, previous = view.text(j), view.text(j - 1)
    if ends_sentence(text) or len(text.split()) > MAX_TITLE_WORDS:
        return False
    if text[:1].islower() or text[:1] in "(0123456789" or ends_open(previous):
        return True
    # a short tail standing alone below the title: "… gemensamma nämnder" / "Region Norrland"
    alone = not view.is_free(j + 1) or view.gap_before[j + 1] or view.page_break_before[j + 1]
    return len(text.split()) <= TITLE_TAIL_WORDS and alone and heading_name(text) is None


def title_shaped(text: str) -> bool:
    line = squash(text)
    if not line or not (line[0].isupper() or line[0].isdigit()) or DOT_LEADER.search(line) or "§" in line:
        return False
    if line.endswith((",", ";", ":")) or (ends_sentence(line) and not line.endswith("?")):
        return False
    return len(line.split()) <= MAX_TITLE_WORDS and page_number(line) is None


def heading_title(title: str) -> bool:
    line = squash(title)
    return (title_shaped(line) and line[0].isalpha() and len(line.split()) <= MAX_HEADING_WORDS + 2
            and COLUMN_GAP not in title and not PARTY.search(line))


def prose_follows(view: BodyView, k: int) -> bool:
    """The next body line is running text: a sentence, or a line long enough to be one."""
    if not view.is_free(k + 1) or view.barrier_before[k + 1]:
        return False
    following = view.text(k + 1)
    if COLUMN_GAP in own_text(view.line(k + 1)).strip() or FILL.search(following):
        return False                     # columns of a form, a line to sign on: not running text
    if not following[:1].isupper() and not following[:1].isdigit() and list_marker(following) is None:
        return False
    return (ends_sentence(following) and len(following.split()) >= PROSE_WORDS) or len(following) >= PROSE_CHARS


def mostly_small_words(text: str) -> bool:
    tokens = text.casefold().split()
    return sum(token in words("function_words") for token in tokens) * 2 > len(tokens)
