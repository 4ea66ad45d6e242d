"""Text moved, not removed here and added there.

Sections that moved are matched by their headings (`align`). A block whose heading the
structure stage did not recognise (a two-line heading, a clause number in the text) moves as
words: the word diff shows it deleted in one place and inserted in another, cut up around any
common words ("och", "ska") on the way. A second diff, of the deleted words against the
inserted words alone, finds the runs they share; a long shared run is one move, and its words
are no longer deletions or insertions.

>>> old = "kommunen står för samtliga kostnader för bevakningen drift och underhåll ska avtalas särskilt av parterna".split()
>>> new = "drift och underhåll ska avtalas särskilt av parterna kommunen står för alla kostnader för bevakningen".split()
>>> from difflib import SequenceMatcher
>>> codes = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
>>> moves = moved_blocks(codes, old, new)
>>> [(" ".join(old[o1:o2]), " ".join(new[n1:n2])) for (o1, o2, n1, n2), _ in moves]
[('kommunen står för samtliga kostnader för bevakningen', 'kommunen står för alla kostnader för bevakningen')]
>>> [(old[o1:o2], new[n1:n2]) for o1, o2, n1, n2 in remaining(codes, moves)]
[(['samtliga'], ['alla'])]
"""
from __future__ import annotations

from difflib import SequenceMatcher
from itertools import zip_longest

from rapidfuzz import fuzz

from diarium.diff.normalise import skeleton

Opcode = tuple[str, int, int, int, int]
Block = tuple[int, int, int, int]            # old [o1, o2) moved to new [n1, n2)

MIN_WORDS = 6        # a shorter shared run is not told apart from a chance repeat
GAP = 3              # runs this close on both sides are one moved block (an edit or OCR noise inside)
MIN_REORDERED = 15   # characters of a line read elsewhere (shorter ones could be anything)
SAME_LINE = 90       # rapidfuzz partial ratio of its characters, spaces left out
LEAD = 2             # unmatched words just in front of a moved block that moved with it


def free(opcodes: list[Opcode], old_side: bool) -> list[int]:
    """Stream positions of the words the first diff did not match, on one side."""
    return [i for tag, o1, o2, n1, n2 in opcodes if tag != "equal"
            for i in (range(o1, o2) if old_side else range(n1, n2))]


def contiguous(positions: list[int], start: int, size: int) -> bool:
    return positions[start + size - 1] - positions[start] == size - 1


def shared_runs(opcodes: list[Opcode], old: list[str], new: list[str]) -> list[Block]:
    """Runs of words the first diff left unmatched on both sides that are the same words."""
    old_free, new_free = free(opcodes, True), free(opcodes, False)
    if not old_free or not new_free:
        return []
    matcher = SequenceMatcher(None, [old[i] for i in old_free], [new[j] for j in new_free], autojunk=False)
    return [(old_free[a], old_free[a] + size, new_free[b], new_free[b] + size)
            for a, b, size in matcher.get_matching_blocks()
            if size and contiguous(old_free, a, size) and contiguous(new_free, b, size)]


def moved_blocks(opcodes: list[Opcode], old: list[str], new: list[str]) -> list[tuple[Block, list[Block]]]:
    """(extent, shared runs) of every block of at least MIN_WORDS words deleted in one place
    and inserted in another; words inside the extent but not in a run were edited in the move."""
    blocks: list[tuple[list[int], list[Block]]] = []
    for run in shared_runs(opcodes, old, new):             # in order on both sides
        o1, o2, n1, n2 = run
        if blocks and 0 <= o1 - blocks[-1][0][1] <= GAP and 0 <= n1 - blocks[-1][0][3] <= GAP:
            blocks[-1][0][1], blocks[-1][0][3] = o2, n2
            blocks[-1][1].append(run)
        else:
            blocks.append(([o1, o2, n1, n2], [run]))
    found = [((o1, o2, n1, n2), runs) for (o1, o2, n1, n2), runs in blocks
             if sum(r[1] - r[0] for r in runs) >= MIN_WORDS]
    return [with_lead(block, runs, set(free(opcodes, True)), set(free(opcodes, False))) for block, runs in found]


def with_lead(block: Block, runs: list[Block], old_free: set[int], new_free: set[int]) -> tuple[Block, list[Block]]:
    """A clause number or a word just in front of a moved block moved with it ('6.2' before
    'Principer och kostnader …', renumbered '6.1' on the way)."""
    o1, o2, n1, n2 = block
    a, b = o1, n1
    while a > o1 - LEAD and a - 1 in old_free:
        a -= 1
    while b > n1 - LEAD and b - 1 in new_free:
        b -= 1
    lead = [(a, o1, b, b)] if a < o1 else []
    lead += [(o1, o1, b, n1)] if b < n1 else []
    return (a, o2, b, n2), lead + runs


def runs_of(positions: list[int]) -> list[tuple[int, int]]:
    """[start, end) of each run of consecutive positions."""
    out: list[list[int]] = []
    for p in positions:
        if out and p == out[-1][1]:
            out[-1][1] = p + 1
        else:
            out.append([p, p + 1])
    return [(a, b) for a, b in out]


def zone(position: int, extents: list[tuple[int, int]]) -> int:
    """Which moved block a leftover word lies inside (-1: none)."""
    return next((k for k, (a, b) in enumerate(extents) if a <= position < b), -1)


def paired(olds: list[tuple[int, int]], news: list[tuple[int, int]], o_at: int, n_at: int) -> list[Block]:
    """Runs of one side against the other's in order; a missing run is an empty one in place."""
    out: list[Block] = []
    for old_run, new_run in zip_longest(olds, news):
        a1, a2 = old_run if old_run else (olds[-1][1] if olds else o_at,) * 2
        b1, b2 = new_run if new_run else (news[-1][1] if news else n_at,) * 2
        out.append((a1, a2, b1, b2))
    return out


def remaining(opcodes: list[Opcode], moves: list[tuple[Block, list[Block]]]) -> list[Block]:
    """The differences left once the moved words are taken out: (o1, o2, n1, n2) runs. Words
    edited inside a moved block are paired with the other side's words of the same block."""
    moved_old = {i for _, runs in moves for o1, o2, _, _ in runs for i in range(o1, o2)}
    moved_new = {j for _, runs in moves for _, _, n1, n2 in runs for j in range(n1, n2)}
    old_zones = [(o1, o2) for (o1, o2, _, _), _ in moves]
    new_zones = [(n1, n2) for (_, _, n1, n2), _ in moves]
    inside: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {k: ([], []) for k in range(len(moves))}
    out: list[Block] = []
    for tag, o1, o2, n1, n2 in opcodes:
        if tag == "equal":
            continue
        olds = runs_of([i for i in range(o1, o2) if i not in moved_old])
        news = runs_of([j for j in range(n1, n2) if j not in moved_new])
        for run in olds:
            if zone(run[0], old_zones) >= 0:
                inside[zone(run[0], old_zones)][0].append(run)
        for run in news:
            if zone(run[0], new_zones) >= 0:
                inside[zone(run[0], new_zones)][1].append(run)
        out += paired([r for r in olds if zone(r[0], old_zones) < 0],
                      [r for r in news if zone(r[0], new_zones) < 0], o1, n1)
    for k, (olds, news) in inside.items():
        out += paired(olds, news, old_zones[k][0], new_zones[k][0])
    return sorted(out)


def reordered(deleted: list[str], inserted: list[str]) -> bool:
    """A deletion and an insertion of the same characters, spaces and some OCR debris aside,
    with the same digits: one line read in another order ('HZ2prrokan vågplan/järnvägsplan.
    [Tabell 398-1 ](…)' against 'vägplan/järnvägsplan. [Tabell 398-1](…)')."""
    one, other = sorted((skeleton(" ".join(deleted)), skeleton(" ".join(inserted))), key=len)
    digits = ["".join(c for c in " ".join(side) if c.isdigit()) for side in sorted((deleted, inserted), key=lambda s: len(skeleton(" ".join(s))))]
    return len(one) >= MIN_REORDERED and digits[0] in digits[1] and fuzz.partial_ratio(one, other) >= SAME_LINE
