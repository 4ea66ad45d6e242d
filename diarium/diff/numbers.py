"""Numbers are compared whole: a difference inside '1 200 000' covers all of '1 200 000'.

A word diff of "1 200 000 kr" against "1 500 000 kr" finds only "200" → "500", and a report
would show "1 ~~200~~ 000"; a reader compares amounts, not thousand groups. Every non-equal
run of the diff is widened over the unchanged thousand groups printed with it.

>>> old, new = "Ersättningen är 1 200 000 kr".split(), "Ersättningen är 1 500 000 kr".split()
>>> from difflib import SequenceMatcher
>>> codes = SequenceMatcher(None, old, new).get_opcodes()
>>> [(tag, old[o1:o2], new[n1:n2]) for tag, o1, o2, n1, n2 in whole_numbers(codes, old, new) if tag != "equal"]
[('replace', ['1', '200', '000'], ['1', '500', '000'])]
"""
from __future__ import annotations

import re
from collections.abc import Callable

from diarium.diff.normalise import key

Opcode = tuple[str, int, int, int, int]
LEAD = re.compile(r"\d{1,3}")              # the first group, printed without punctuation after it
GROUP = re.compile(r"\d{3}[.,;:)]?")       # a following thousand group


def joined(words: list[str], left: int, right: int) -> bool:
    """Words `left` and `right` (= left + 1) are parts of one printed number."""
    return 0 <= left and right < len(words) and bool(LEAD.fullmatch(words[left])) \
        and bool(GROUP.fullmatch(words[right]))


def widen(run: list[int], old: list[str], new: list[str]) -> list[int]:
    """Grow a run [o1, o2, n1, n2] over equal words that print one number with it."""
    o1, o2, n1, n2 = run
    while o1 > 0 and n1 > 0 and key(old[o1 - 1]) == key(new[n1 - 1]) and (
            joined(old, o1 - 1, o1) or joined(new, n1 - 1, n1)):
        o1, n1 = o1 - 1, n1 - 1
    while o2 < len(old) and n2 < len(new) and key(old[o2]) == key(new[n2]) and (
            joined(old, o2 - 1, o2) or joined(new, n2 - 1, n2)):
        o2, n2 = o2 + 1, n2 + 1
    return [o1, o2, n1, n2]


def tag_of(o1: int, o2: int, n1: int, n2: int) -> str:
    return "replace" if o2 > o1 and n2 > n1 else "delete" if o2 > o1 else "insert"


def whole_numbers(opcodes: list[Opcode], old: list[str], new: list[str]) -> list[Opcode]:
    """The opcodes with every non-equal run widened to whole numbers, touching runs merged."""
    runs: list[list[int]] = []
    for tag, o1, o2, n1, n2 in opcodes:
        if tag == "equal":
            continue
        run = widen([o1, o2, n1, n2], old, new)
        if runs and run[0] <= runs[-1][1] and run[2] <= runs[-1][3]:
            runs[-1] = [runs[-1][0], max(runs[-1][1], run[1]), runs[-1][2], max(runs[-1][3], run[3])]
        else:
            runs.append(run)
    out: list[Opcode] = []
    o, n = 0, 0
    for o1, o2, n1, n2 in runs:
        if o1 > o:
            out.append(("equal", o, o1, n, n1))
        out.append((tag_of(o1, o2, n1, n2), o1, o2, n1, n2))
        o, n = o2, n2
    if o < len(old):
        out.append(("equal", o, len(old), n, len(new)))
    return out


def absorb_islands(opcodes: list[Opcode], chance: Callable[[Opcode, Opcode, Opcode], bool]) -> list[Opcode]:
    """An 'equal' between two changes that `chance(before, equal, after)` calls a chance match
    (a function word such as 'och' or 'ska') is taken into the edit, so a new sentence is not
    cut up around words it shares with text deleted beside it.

    >>> absorb_islands([("equal", 0, 5, 0, 5), ("delete", 5, 9, 5, 5), ("equal", 9, 10, 5, 6),
    ...                 ("insert", 10, 10, 6, 12), ("equal", 10, 20, 12, 22)], lambda *codes: True)
    [('equal', 0, 5, 0, 5), ('replace', 5, 10, 5, 12), ('equal', 10, 20, 12, 22)]
    """
    out: list[Opcode] = []
    for index, code in enumerate(opcodes):
        tag, o1, o2, n1, n2 = code
        after = opcodes[index + 1] if index + 1 < len(opcodes) else None
        island = (tag == "equal" and out and out[-1][0] != "equal" and after is not None
                  and after[0] != "equal" and chance(out[-1], code, after))
        if island or (tag != "equal" and out and out[-1][0] != "equal"):
            _, p1, _, q1, _ = out.pop()
            out.append(("replace", p1, o2, q1, n2))
        else:
            out.append(code)
    return [(tag_of(o1, o2, n1, n2), o1, o2, n1, n2) if tag != "equal" else (tag, o1, o2, n1, n2)
            for tag, o1, o2, n1, n2 in out]
