"""Where in a text a costly pattern can match at all: the regions around a cheap anchor.

A statute reference has a "§" or a "kap" in it, a case number a digit, a separator and a digit.
Running a long pattern only over the regions around such anchors (merged where they overlap)
finds the same matches as running it over the whole text, when each region reaches as far as a
match can from its anchor, at a fraction of the cost.

>>> regions(re.compile(r"§"), "a § b ........................ § c", before=2, after=3)
[(0, 6), (29, 34)]
>>> [m.group() for m in finditer(re.compile(r"\\d+ §"), "4 § och 17 §", [(0, 4), (6, 12)])]
['4 §', '17 §']
"""
from __future__ import annotations

import re
from collections.abc import Iterator


def regions(anchor: re.Pattern[str], text: str, before: int, after: int) -> list[tuple[int, int]]:
    """The spans from `before` characters ahead of each anchor to `after` past it, merged."""
    merged: list[tuple[int, int]] = []
    for match in anchor.finditer(text):
        start, end = max(0, match.start() - before), min(len(text), match.end() + after)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def finditer(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` inside the spans (lookbehinds still see the text before each)."""
    for start, end in spans:
        yield from pattern.finditer(text, start, end)
