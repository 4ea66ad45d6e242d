"""The key search of `ChannelModel.variants` outside the model: each piece of an OCR form
replaced by each of its truths (one edit), the variants that leave out costly insertions
(`Hiding`), and the two-edit search going on from the one-edit keys."""
from __future__ import annotations

from collections.abc import Callable

from diarium.corrections.two_edits import (Piece, Reordered, add_two_edits,
                                            add_two_edits_pruned)


def add_one_edits(found: dict[str, float], start: str, pieces: list[Piece], max_cost: float,
                  limit: int) -> bool:
    """Each piece replaced by each of its truths; True when `limit` keys are found."""
    get = found.get
    for i, end, options in pieces:
        head, tail = start[:i], start[end:]
        for truth, step in options:
            if step > max_cost:
                break       # options are sorted by cost
            folded = head + truth + tail
            if get(folded, 99.0) > step:
                found[folded] = step
                if len(found) >= limit:
                    return True
    return False


class Hiding(dict[str, float]):
    """One-edit variants that leave out the insertions of `letters` (each costlier than
    `bound`): `left_out` keys, counted but not made."""
    letters: frozenset[str] = frozenset()
    bound = 0.0
    left_out = 0


def two_edits_from(one_edits: dict[str, float], start: str, pieces: list[Piece],
                   max_cost: float, limit: int, may_begin: Callable[[str], bool] | None = None,
                   keep_below: float = 0.0) -> dict[str, float] | None:
    """The two-edit search going on from the one-edit keys; None when it must start afresh
    (as many keys as `limit`, or a hidden insertion that matters). `may_begin`,
    `keep_below`: see `two_edits.add_two_edits_pruned`."""
    hiding = one_edits if isinstance(one_edits, Hiding) else Hiding()
    if len(one_edits) + hiding.left_out >= limit:
        return None
    found = dict(one_edits)
    limit -= hiding.left_out
    try:
        if may_begin is not None and add_two_edits_pruned(
                found, start, pieces, max_cost, limit, may_begin, keep_below,
                hiding.letters, hiding.bound):
            return found
        if may_begin is not None:
            found = dict(one_edits)
        add_two_edits(found, start, pieces, max_cost, limit, hiding.letters, hiding.bound)
    except Reordered:
        return None
    return found

