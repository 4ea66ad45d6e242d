"""A word diff of two long documents in well under a second: anchored on unchanged clauses.

`difflib.SequenceMatcher` over two 15 000-word streams spends its time looking for the longest
match again and again. Most clauses of two versions are the same, and most are printed once:
such a clause, found once in each version and in the same order as the other anchors, is
matched outright (as in patience diff), and only the stretches between anchors are diffed
word by word.

>>> old = "a b c . d e f . g h i . x y z .".split()
>>> new = "a b c . d E f . g h i . x y z .".split()
>>> units = lambda words: [sum(w == "." for w in words[:k]) for k in range(len(words))]
>>> [code for code in anchored_opcodes(old, new, units(old), units(new)) if code[0] != "equal"]
[('replace', 5, 6, 5, 6)]
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher

Opcode = tuple[str, int, int, int, int]
MIN_ANCHOR = 3           # words: a shorter clause is too common to anchor on


def clauses(keys: Sequence[str], units: Sequence[Hashable]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, words) of each run of words of one unit."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or units[index] != units[start]:
            out.append((start, index, tuple(keys[start:index])))
            start = index
    return out


def increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of (old, new) pairs, sorted by new, whose old positions also increase."""
    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(pairs)
    for k, (old, _) in enumerate(pairs):
        at = bisect_left(tails, old)
        if at == len(tails):
            tails.append(old)
            tail_index.append(k)
        else:
            tails[at], tail_index[at] = old, k
        previous[k] = tail_index[at - 1] if at else -1
    chain, k = [], tail_index[-1] if tail_index else -1
    while k >= 0:
        chain.append(pairs[k])
        k = previous[k]
    return chain[::-1]


def anchors(old: Sequence[str], new: Sequence[str], old_units: Sequence[Hashable],
            new_units: Sequence[Hashable]) -> list[tuple[int, int, int, int]]:
    """(old start, old end, new start, new end) of clauses printed once in each version, in order."""
    old_clauses, new_clauses = clauses(old, old_units), clauses(new, new_units)
    old_count = Counter(words for _, _, words in old_clauses)
    new_count = Counter(words for _, _, words in new_clauses)
    where_old = {words: (a, b) for a, b, words in old_clauses if old_count[words] == 1}
    pairs = [(where_old[words][0], k) for k, (_, _, words) in enumerate(new_clauses)
             if len(words) >= MIN_ANCHOR and new_count[words] == 1 and words in where_old]
    found = []
    for old_start, k in increasing(pairs):
        a, b, words = new_clauses[k]
        found.append((old_start, old_start + len(words), a, b))
    return found


def anchored_opcodes(old: Sequence[str], new: Sequence[str], old_units: Sequence[Hashable],
                     new_units: Sequence[Hashable]) -> list[Opcode]:
    """SequenceMatcher opcodes for the two word lists, the stretches between anchors diffed alone."""
    codes: list[Opcode] = []
    o, n = 0, 0
    for o1, o2, n1, n2 in anchors(old, new, old_units, new_units) + [(len(old), len(old), len(new), len(new))]:
        matcher = SequenceMatcher(None, old[o:o1], new[n:n1], autojunk=False)
        codes += [(tag, a + o, b + o, c + n, d + n) for tag, a, b, c, d in matcher.get_opcodes()]
        if o2 > o1:
            codes.append(("equal", o1, o2, n1, n2))
        o, n = o2, n2
    merged: list[Opcode] = []
    for code in codes:
        if merged and code[0] == merged[-1][0] == "equal":
            merged[-1] = ("equal", merged[-1][1], code[2], merged[-1][3], code[4])
        elif code[2] > code[1] or code[4] > code[3]:
            merged.append(code)
    return merged
