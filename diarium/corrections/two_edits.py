"""The two-edit part of the channel's candidate-key search (`ChannelModel.variants`): two
pieces of the OCR form replaced, the second right of the first.

Most two-edit keys are no listed string, and only a listed one is worth anything unless it is
cheap enough for a compound analysis. `add_two_edits_pruned` therefore skips, for a first
edit, every second edit whose key would begin with a string no listed string begins with (the
lexicon's table of beginnings, `language/prefixes.py`): its cheap keys are made all the same.
The keys it makes are those of the full search (`add_two_edits`), in its order and at its
costs, as long as the full search would not have reached its limit: it counts every key the
full search could have made, and gives up (for the full search) when that count may.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

# (start, end, options): a piece of the OCR form and its (folded truth, cost), cheapest first
Piece = tuple[int, int, list[tuple[str, float]]]
# (rounding: a count of the options within a cost may only be too high, never too low)
COUNT_SLACK = 1e-9


class Reordered(Exception):
    """A hidden insertion turned out cheap enough to be tried: its place matters."""


def inserts_one(key: str, start: str, letters: frozenset[str]) -> bool:
    """`key` is `start` with one of `letters` inserted (`key` one longer).

    >>> inserts_one("kontrolll", "kontroll", frozenset("l")), inserts_one(
    ...     "kontroll", "kontrol", frozenset("t"))
    (True, False)
    """
    i = 0
    while i < len(start) and key[i] == start[i]:
        i += 1
    return key[i] in letters and key[i + 1:] == start[i:]


def first_at(pieces: list[Piece], size: int) -> list[int]:
    """For each position of the form, the index of the first piece starting there or later.

    >>> first_at([(0, 1, []), (0, 2, []), (2, 3, [])], 3)
    [0, 2, 2, 3]
    """
    found, k = [], 0
    for position in range(size + 1):
        while k < len(pieces) and pieces[k][0] < position:
            k += 1
        found.append(k)
    return found


def add_two_edits(found: dict[str, float], start: str, pieces: list[Piece], max_cost: float,
                  limit: int, letters: frozenset[str] = frozenset(), bound: float = 0.0,
                  ) -> None:
    """Two pieces replaced, the second right of the first, until `limit` keys are found.
    `letters`, `bound`: the one-edit keys in `found` left out the insertions of these
    letters (`channel.Hiding`); a key that is one of them is not new (it is not made either,
    unless a piece made it)."""
    get = found.get
    longer = len(start) + 1 if letters else -1
    # The pieces come by their start: those right of a piece are a slice of the list.
    tails = [(i2, options2, options2[0][1], start[end2:]) for i2, end2, options2 in pieces]
    right_of = first_at(pieces, len(start))
    for i, end, options in pieces:
        later = tails[right_of[end]:]
        if not later:
            continue
        prefix = start[:i]
        for truth, step in options:
            if step > max_cost:
                break
            head = prefix + truth
            for i2, options2, cheapest, tail in later:
                if step + cheapest > max_cost:
                    continue
                head_middle = head + start[end:i2]
                for truth2, step2 in options2:
                    total = step + step2
                    if total > max_cost:
                        break
                    folded = head_middle + truth2 + tail
                    if get(folded, 99.0) > total:
                        if len(folded) == longer and inserts_one(folded, start, letters):
                            if total <= bound:
                                raise Reordered
                            if folded in found:
                                found[folded] = total
                            continue
                        found[folded] = total
                        if len(found) >= limit:
                            return


def add_two_edits_pruned(found: dict[str, float], start: str, pieces: list[Piece],
                         max_cost: float, limit: int, may_begin: Callable[[str], bool],
                         keep_below: float, letters: frozenset[str] = frozenset(),
                         bound: float = 0.0) -> bool:
    """`add_two_edits`, less the keys costlier than `keep_below` that begin with a string
    `may_begin` rules out; False (and `found` half made) when the full search might have
    reached `limit`: the caller then runs it instead."""
    get = found.get
    keep_below = max(keep_below, bound)     # (a hidden insertion that matters is made)
    longer = len(start) + 1 if letters else -1
    tails = [(i2, options2, options2[0][1], start[end2:], [c for _, c in options2])
             for i2, end2, options2 in pieces]
    right_of = first_at(pieces, len(start))
    made = len(found)     # at least the keys the full search would have found so far
    for i, end, options in pieces:
        later = tails[right_of[end]:]
        if not later:
            continue
        prefix = start[:i]
        for truth, step in options:
            if step > max_cost:
                break
            head = prefix + truth
            # (a string no listed one begins with begins none when longer: one "no" for a
            # head rules out the rest of its second edits)
            open_ = may_begin(head)
            for i2, options2, cheapest, tail, costs2 in later:
                if step + cheapest > max_cost:
                    continue
                made += bisect_right(costs2, max_cost - step + COUNT_SLACK)
                if made >= limit:
                    return False
                head_middle = head + start[end:i2]
                if open_:
                    open_ = may_begin(head_middle)
                top = max_cost if open_ else min(max_cost, keep_below)
                for truth2, step2 in options2:
                    total = step + step2
                    if total > top:
                        break
                    folded = head_middle + truth2 + tail
                    if get(folded, 99.0) > total:
                        if len(folded) == longer and inserts_one(folded, start, letters):
                            if total <= bound:
                                raise Reordered
                            if folded in found:
                                found[folded] = total
                            continue
                        found[folded] = total
    return True
