"""The body lines of a document in reading order, with what stands between them.

Headings and paragraphs are read from the lines no other finder has claimed. Page furniture
between two body lines is invisible (a paragraph runs on over a page break); a blank line
is a separator only in texts that do not put a blank line after every line; a table, an
attendance list or a signature block between two lines is a barrier.

>>> from diarium.structure.lines import text_lines
>>> lines = text_lines("Beslut\\n\\nNämnden beslutar att\\fSida 2 (2)\\ngodkänna avtalet.")
>>> lines[3].role = "furniture"
>>> view = body_view(lines)
>>> [view.text(k) for k in range(len(view))]
['Beslut', 'Nämnden beslutar att', 'godkänna avtalet.']
>>> view.gap_before, view.page_break_before
([False, True, False], [False, False, True])
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from diarium.language import words
from diarium.schemas.structure import TextLine
from diarium.text import squash

CLAIMED = frozenset({"table", "attendance", "signature"})
SENTENCE_ENDINGS = (".", "!", "?", ":")
ABBREVIATION = re.compile(r"(?:\w{1,4}\.){2,}")    # "m.m.", "bl.a.", "t.o.m."
LIST_MARKER = re.compile(r"^(?:(?P<num>\d{1,2}(?:\.\d{1,2})+(?=[.\s])|\d{1,2}(?=[.)]))[.)]?|(?P<letter>[a-zåäö])\)|"
                         r"(?P<bullet>[-–—•·*»◦▪\uf0b7\uf0a7])(?=\s))\s*(?=\S)")
DOUBLE_SPACED = 0.5       # share of mid-sentence line breaks with a blank line: blanks are spacing
MIN_PAIRS_FOR_SPACING = 5
WIDTH_QUANTILE = 0.9
MIN_LINES_FOR_PAGE_WIDTH = 8


@dataclass
class BodyView:
    lines: list[TextLine]
    index: list[int] = field(default_factory=list)        # body line k → position in `lines`
    gap_before: list[bool] = field(default_factory=list)  # a separating blank line before it
    page_break_before: list[bool] = field(default_factory=list)
    barrier_before: list[bool] = field(default_factory=list)
    width: dict[int, int] = field(default_factory=dict)   # page → typical body line length
    kinds: dict[int, str] = field(default_factory=dict)   # first line k of a heading → its kind
    squashed: list[str] = field(default_factory=list)     # text(k), computed once

    def __len__(self) -> int:
        return len(self.index)

    def line(self, k: int) -> TextLine:
        return self.lines[self.index[k]]

    def text(self, k: int) -> str:
        return self.squashed[k]

    def is_free(self, k: int) -> bool:
        """Still a body line (not yet taken by a heading)."""
        return 0 <= k < len(self.index) and self.line(k).role == "body"

    def starts_block(self, k: int) -> bool:
        """Nothing runs into line k: first line, blank line, table before, a finished sentence,
        or a new page after a line that does not stop mid-phrase."""
        if k == 0 or self.gap_before[k] or self.barrier_before[k]:
            return True
        previous = self.line(k - 1)
        if self.page_break_before[k] and not ends_open(own_text(previous)):
            return True
        return previous.role == "heading" or ends_sentence(own_text(previous))

    def is_wide(self, k: int, share: float = 0.85) -> bool:
        """The line (nearly) fills the body width: the text wraps on to the next line."""
        width = self.width.get(self.line(k).page, 0)
        return width > 0 and len(own_text(self.line(k)).rstrip()) >= share * width


def body_view(lines: list[TextLine]) -> BodyView:
    view = BodyView(lines=lines)
    blank = barrier = False
    previous: TextLine | None = None
    previous_text = ""
    pairs = spaced = 0
    lengths: list[int] = []          # each body line's own length, for the widths
    for position, line in enumerate(lines):
        role = line.role
        if role == "blank":
            blank = True
        elif role in CLAIMED:
            barrier = True
        elif role == "body" or role == "heading":
            text = own_text(line)
            same_page = previous is not None and previous.page == line.page
            view.index.append(position)
            view.squashed.append(squash(text))
            view.gap_before.append(blank and same_page)
            view.page_break_before.append(previous is not None and not same_page)
            view.barrier_before.append(barrier)
            lengths.append(len(text.rstrip()))
            if same_page and _wraps(previous_text, text):
                pairs, spaced = pairs + 1, spaced + blank
            blank = barrier = False
            previous, previous_text = line, text
    if pairs >= MIN_PAIRS_FOR_SPACING and spaced / pairs > DOUBLE_SPACED:
        view.gap_before = [False] * len(view.index)
    view.width = _widths(view, lengths)
    return view


def _wraps(before: str, after: str) -> bool:
    """The sentence runs on from one line to the next (a blank between them is only spacing)."""
    return after.lstrip()[:1].islower() and not ends_sentence(before)


def _widths(view: BodyView, lengths: list[int]) -> dict[int, int]:
    by_page: dict[int, list[int]] = {}
    for position, length in zip(view.index, lengths):
        by_page.setdefault(view.lines[position].page, []).append(length)
    everything = sorted(n for lengths in by_page.values() for n in lengths)
    overall = _quantile(everything)
    return {page: _quantile(sorted(lengths)) if len(lengths) >= MIN_LINES_FOR_PAGE_WIDTH else overall
            for page, lengths in by_page.items()}


def _quantile(values: list[int]) -> int:
    return values[min(len(values) - 1, int(WIDTH_QUANTILE * len(values)))] if values else 0


def own_text(line: TextLine) -> str:
    """The line without rotated margin letters glued to its front ("v        3.2 Tidigare …")."""
    return line.text[line.margin:] if line.margin else line.text


def ends_sentence(text: str) -> bool:
    """The line ends a sentence (an abbreviation such as 'm.m.' does not)."""
    stripped = text.rstrip()
    # (the ending tested as a string, then only the last word: a regex anchored at the end still
    # scans the whole line)
    return stripped.endswith(SENTENCE_ENDINGS) and not ABBREVIATION.fullmatch(stripped.rsplit(None, 1)[-1])


def ends_open(text: str) -> bool:
    """The line stops mid-phrase: a hyphen, a comma, a slash or a small word such as 'och', 'att', 'i'."""
    stripped = squash(text)
    if not stripped:
        return False
    last = stripped.split()[-1].casefold()
    return stripped.endswith(("-", ",", "–", "/")) or last in words("function_words")


def list_marker(text: str) -> tuple[str, str] | None:
    """('1', rest) for '1. att …', ('a', rest) for 'a) …', ('-', rest) for '– …', ('•', rest)."""
    match = LIST_MARKER.match(text.lstrip())
    if match is None:
        return None
    rest = text.lstrip()[match.end():]
    if match.group("num"):
        return match.group("num"), rest
    if match.group("letter"):
        return match.group("letter"), rest
    bullet = match.group("bullet")
    return ("-" if bullet in "-–—" else "•"), rest
