"""Rotated margin text: a template id or document name printed up the page margin, which the
PDF reader extracted a letter or two a line, in among the body lines.

Such text is a run of very short lines ("T", "iF", "re", "4.") standing in the body, with at
most one body line between two of them; a margin letter may also be glued to the front of a
body line ("v        3.2     Tidigare studier …"). A run is furniture when

* the letters of the run, joined, repeat in a run of another page (fuzzily: reading order
  splits and shuffles the letters differently on each page), or
* it is long and is not words: most of its lines hold letters that are no Swedish word, and
  it does not stand among lines of spaced letters ("i n g e n u": a rotated table).

A column of party abbreviations ("M", "S", "KD") or of numbers is never margin text. The
glued letters are not furniture (the line is body text); they are reported so that headings
and paragraphs read the line without them (`TextLine.margin`).

>>> from diarium.structure.lines import text_lines
>>> margin = "\\n".join("4.latvas") + "\\n" + "\\n".join("LLAMT")
>>> page = "Avtalet gäller från och med undertecknandet.\\n{}\\nParterna har läst avtalet.\\n"
>>> lines = text_lines("\\f".join(page.format(margin) for _ in range(2)))
>>> marks, glued = find_margin(lines)
>>> sorted({why for _kind, why in marks.values()}), len(marks)
(['rotated margin text, repeated on another page'], 26)
>>> one = text_lines("Avtal\\ng\\nn\\nire\\ni     3.2  Tidigare studier\\nsn\\na\\nn\\niF\\n2\\n6\\n4\\n0\\nL\\nL\\nText.")
>>> marks, glued = find_margin(one)
>>> len(marks), [(one[position[1]].text[chars:].strip()) for position, chars in glued.items()]
(13, ['3.2  Tidigare studier'])
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from diarium.language import table, words
from diarium.schemas.structure import FurnitureKind, TextLine
from diarium.structure.shapes import page_number

FRAGMENT_CHARS = 3        # a margin line holds a letter or two (and perhaps a dot)
MAX_FRAGMENT_LINE = 12
MIN_RUN = 4               # fragment lines in a run
MIN_KEY = 5               # letters of a run compared across pages
REPEAT_RATIO = 85
MIN_NOT_WORDS_RUN = 8     # without repetition a run must be long …
NOT_WORDS_SHARE = 0.5     # … and most of its letters no words
# A margin letter (or two) glued in front of a body line: "v        3.2     Tidigare studier".
GLUED = re.compile(r"^\s*(\S{1,2}(?: \S)?)\s{2,}(?=\S)")
BULLETS = frozenset("-–—•·*»◦▪\uf0b7\uf0a7")

Mark = tuple[FurnitureKind, str]
Position = tuple[int, int]


@dataclass
class _Run:
    page: int
    lines: list[TextLine] = field(default_factory=list)       # fragment lines
    glued: dict[Position, int] = field(default_factory=dict)  # line → characters of margin letters
    letters: list[str] = field(default_factory=list)          # in reading order
    neighbours: list[str] = field(default_factory=list)       # the lines just before and after

    @property
    def key(self) -> str:
        return "".join(ch for ch in "".join(self.letters).casefold() if ch.isalnum())


def find_margin(lines: list[TextLine]) -> tuple[dict[Position, Mark], dict[Position, int]]:
    """Margin-text lines (furniture) and body lines with margin letters glued to their front."""
    pages: dict[int, list[TextLine]] = {}
    for line in lines:
        if line.role != "blank":
            pages.setdefault(line.page, []).append(line)
    runs = [run for page_lines in pages.values() for run in _runs(page_lines) if _plausible(run)]
    marks: dict[Position, Mark] = {}
    glued: dict[Position, int] = {}
    for run in runs:
        why = _evidence(run, runs)
        if why is None:
            continue
        marks.update({(line.page, line.number): ("footer", why) for line in run.lines})
        glued.update(run.glued)
    return marks, glued


def _fragment(text: str) -> bool:
    if len(text) > MAX_FRAGMENT_LINE and len(text.strip()) > MAX_FRAGMENT_LINE:
        return False                     # quick: most lines are far longer
    compact = "".join(text.split())
    if not 0 < len(compact) <= FRAGMENT_CHARS or compact in BULLETS:
        return False
    number = page_number(text)
    return number is None or not number.strong


def _glued(text: str) -> int | None:
    """Characters of a margin letter glued in front of the line, or None. A digit is taken for
    a margin letter only before another number ("0    2  Definitioner") or a word in small
    letters ("6    åtgärd som …"), not before a heading's title ("3  Syfte")."""
    match = GLUED.match(text)
    if match is None or "".join(match.group(1).split()) in BULLETS:
        return None
    prefix, rest = match.group(1), text[match.end():]
    if not any(ch.isalpha() for ch in prefix) and not (rest[:1].isdigit() or rest[:1].islower()):
        return None
    return match.end()


def _runs(lines: list[TextLine]) -> list[_Run]:
    """Runs of fragment lines with at most one other line between two of them; a glued line
    between them or at either end belongs to the run."""
    fragments = [i for i, line in enumerate(lines) if _fragment(line.text)]
    groups: list[list[int]] = []
    for i in fragments:
        if groups and _joinable(lines, groups[-1][-1], i):
            groups[-1].append(i)
        else:
            groups.append([i])
    runs = []
    for group in groups:
        if len(group) < MIN_RUN:
            continue
        first, last = group[0], group[-1]
        first -= first > 0 and _glued(lines[first - 1].text) is not None
        last += last + 1 < len(lines) and _glued(lines[last + 1].text) is not None
        run = _run(lines[first:last + 1], set(group), first)
        run.neighbours = [line.text for line in lines[max(first - 1, 0):first] + lines[last + 1:last + 2]]
        runs.append(run)
    return runs


def _joinable(lines: list[TextLine], a: int, b: int) -> bool:
    between = lines[a + 1:b]
    return len(between) <= 2 and sum(_glued(line.text) is None for line in between) <= 1


def _run(span: list[TextLine], fragment_indices: set[int], offset: int) -> _Run:
    run = _Run(page=span[0].page)
    for i, line in enumerate(span, start=offset):
        if i in fragment_indices:
            run.lines.append(line)
            run.letters.append("".join(line.text.split()))
            continue
        chars = _glued(line.text)
        if chars is not None:
            run.glued[(line.page, line.number)] = chars
            run.letters.append("".join(line.text[:chars].split()))
    return run


def _plausible(run: _Run) -> bool:
    """Enough letters, and not a column of numbers or of party abbreviations."""
    lettered = [text for text in run.letters if any(ch.isalpha() for ch in text)]
    if len(run.lines) < MIN_RUN or len(lettered) * 2 < len(run.letters) or len(run.key) < MIN_KEY:
        return False
    return not all(text.strip(".,()") in table("political_parties") for text in lettered)


def _evidence(run: _Run, runs: list[_Run]) -> str | None:
    for other in runs:
        if other.page != run.page and _same_letters(run.key, other.key):
            return "rotated margin text, repeated on another page"
    if len(run.lines) >= MIN_NOT_WORDS_RUN and _not_words(run) and not any(map(_spaced, run.neighbours)):
        return "rotated margin text, not words"
    return None


def _same_letters(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return len(short) >= MIN_KEY and fuzz.partial_ratio(short, long_) >= REPEAT_RATIO


def _spaced(text: str) -> bool:
    """Letters with spaces between ("i n g e n u"): a rotated table, read across its columns,
    stands around such runs; margin text stands in the body."""
    tokens = text.split()
    return len(tokens) >= 3 and sum(len(token) == 1 for token in tokens) * 2 > len(tokens)


def _not_words(run: _Run) -> bool:
    """Most lines hold letters in small case that are no word ('re', 'tv', 'iF', 'k')."""
    small = words("function_words")
    odd = [text for text in run.letters
           if any(ch.islower() for ch in text) and text.casefold().strip(".") not in small]
    return len(odd) >= NOT_WORDS_SHARE * len(run.letters)
