"""The OCR channel: how likely an OCR engine turns a Swedish letter sequence into another.

Costs are −log P(OCR sequence | true sequence), learned from aligned (ground truth, OCR)
texts by `diarium.corrections.learn`, kept apart for pages whose OCR lost å/ä/ö ("lost",
an English model) and pages that kept them ("kept", a Swedish model). A word's repair cost
is the sum over the edit blocks between the OCR form and the candidate.

>>> model = load_model()
>>> model.cost("forvaltningens", "förvaltningens", "lost") < model.cost(
...     "forvaltningens", "förvaltningens", "kept")
True
>>> model.cost("Socialndmnden", "Socialnämnden", "lost") < 8
True
"""
from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from itertools import compress, islice, repeat
from pathlib import Path
from typing import Any, cast

from rapidfuzz.distance import Levenshtein

from diarium.corrections.channel_tables import (
    SWEDISH_LOWER, CostTable, cheapest, dropped_letters,
    folded_sources, sources_below, with_glyph_pairs, with_lower_glyphs)
from diarium.corrections.channel_variants import Hiding, add_one_edits, two_edits_from
from diarium.corrections.two_edits import Piece, add_two_edits, inserts_one
from diarium.language.letters import fold

MODEL_PATH = Path(__file__).parent / "data" / "confusions.json"
UNSEEN_SUB = 9.0       # a substitution never seen in training
UNSEEN_INDEL = 10.0
MAX_BLOCK = 3
DROPPED_MAX = 6.0      # a letter dropped less often than this is not worth trying everywhere


def edit_blocks(ocr: str, truth: str) -> list[tuple[str, str]]:
    """Maximal runs of adjacent edits as (true sequence, OCR sequence) pairs.

    >>> edit_blocks("Socialndmnden", "Socialnämnden")
    [('ä', 'd')]
    >>> edit_blocks("komrnun", "kommun")
    [('m', 'rn')]
    """
    # Consecutive opcodes always touch, so a block is a run of them with no "equal" between.
    # (`as_list` gives plain tuples: this runs for every candidate the channel scores.)
    blocks: list[tuple[str, str]] = []
    t = o = ""
    ops = cast(list[tuple[str, int, int, int, int]], Levenshtein.opcodes(truth, ocr).as_list())
    for tag, s1, s2, d1, d2 in ops:
        if tag != "equal":
            t += truth[s1:s2]
            o += ocr[d1:d2]
        elif t or o:
            blocks.append((t, o))
            t = o = ""
    if t or o:
        blocks.append((t, o))
    return blocks


class ChannelModel:
    """The learned costs per page mode, with indexes for generating candidates."""

    def __init__(self, data: dict[str, Any]):
        self.costs: dict[str, CostTable] = dict(data["costs"])
        if "lost" in self.costs:
            self.costs["lost"] = with_glyph_pairs(with_lower_glyphs(self.costs["lost"]))
        # Capitals the lost channel draws for å/ä/ö ("MalmG"): such a word is damage, no name.
        self.capital_glyphs = frozenset(
            ocr for truth in SWEDISH_LOWER for ocr in self.costs.get("lost", {}).get(truth, {})
            if len(ocr) == 1 and ocr.isupper())
        self.bigrams: dict[str, int] = data.get("bigrams", {})
        below = data.get("generate_below", 7.0)
        # OCR sequence → true sequences worth trying, per mode (for candidate generation).
        self.sources = {mode: sources_below(table, below) for mode, table in self.costs.items()}
        self.max_ocr_len = max((len(o) for t in self.sources.values() for o in t), default=1)
        # The same, folded: candidate generation only needs the keys ("i" → "a" stands for
        # both "ä" and "å"), each at its cheapest.
        self.folded_sources = {mode: folded_sources(by_ocr)
                               for mode, by_ocr in self.sources.items()}
        # Letters the OCR drops outright ("mjlighet"), per mode: tried as one insertion.
        self.dropped = {mode: dropped_letters(table, below)
                        for mode, table in self.costs.items()}
        # The proper beginnings of the OCR sequences ("r" of "rn"): where a piece may go on.
        self.source_heads = {mode: {o[:n] for o in by_ocr for n in range(1, len(o))}
                             for mode, by_ocr in self.sources.items()}
        self.folded_dropped = {mode: list(cheapest((fold(t), c) for t, c in letters).items())
                               for mode, letters in self.dropped.items()}
        self._last_pieces: tuple[str, str, list[Piece]] = ("", "", [])

    def block_cost(self, truth: str, ocr: str, mode: str) -> float:
        table = self.costs[mode]
        row = table.get(truth)
        if row is not None and ocr in row:
            return row[ocr]
        if len(truth) == len(ocr) and len(truth) > 1:
            return sum(self.block_cost(t, o, mode) for t, o in zip(truth, ocr))
        if not truth or not ocr:
            return UNSEEN_INDEL * max(len(truth), len(ocr))
        return UNSEEN_SUB * max(len(truth), len(ocr))

    @lru_cache(maxsize=200_000)
    def cost(self, ocr: str, truth: str, mode: str) -> float:
        """−log P(ocr | truth) relative to reading every letter right."""
        table = self.costs[mode]
        total: float = 0    # (as `sum` starts)
        for t, o in edit_blocks(ocr, truth):
            row = table.get(t)
            # (`block_cost`'s first case inlined: most blocks are learned)
            total += row[o] if row is not None and o in row else self.block_cost(t, o, mode)
        return total

    def variants(self, ocr: str, mode: str, max_edits: int = 2, max_cost: float = 9.0,
                 limit: int = 400, one_edits: dict[str, float] | None = None,
                 hide_dropped_above: float | None = None,
                 may_begin: Callable[[str], bool] | None = None,
                 keep_below: float = 0.0) -> dict[str, float]:
        """Diacritic-folded keys the OCR form may come from, with an estimate of the cost.

        The search runs on the OCR form (pieces are matched as printed) while building the
        folded key alongside: `fold` maps one character to one, so a piece's folded truth
        simply replaces the piece's span in both.

        `one_edits`: this form's variants with `max_edits=1` and the same `max_cost`; when
        they are fewer than `limit`, the two-edit search goes on from them instead of
        finding them again (the same keys, in the same order, at the same costs).

        `may_begin`, `keep_below`: for a two-edit search going on from `one_edits` whose keys
        are only looked up, and tried as compounds when cheap: the keys costlier than
        `keep_below` that begin with a string `may_begin` rules out may be left out
        (`two_edits.add_two_edits_pruned`); the others come in the same order at the same
        costs.

        `hide_dropped_above`: for a one-edit search whose keys are only scored, when the
        caller knows that no listed string is the form with a letter more: the insertions of
        dropped letters costlier than this are left out (most of the keys); the others come
        in the same order at the same costs (see `_one_edits_hiding`).

        >>> model = load_model()
        >>> one = model.variants("forvaltningen", "lost", max_edits=1)
        >>> model.variants("forvaltningen", "lost", limit=150, one_edits=one) == (
        ...     model.variants("forvaltningen", "lost", limit=150))
        True
        >>> hidden = model.variants("forvaltningen", "lost", max_edits=1, hide_dropped_above=4)
        >>> len(hidden) < len(one), [k for k in one if k in hidden] == list(hidden)
        (True, True)
        """
        start = fold(ocr)
        pieces = self._pieces(ocr, mode)
        if hide_dropped_above is not None and max_edits == 1:
            hiding = self._one_edits_hiding(start, mode, pieces, max_cost, limit,
                                            hide_dropped_above)
            if hiding is not None:
                return hiding
        if one_edits is not None and max_edits >= 2:
            two_edits = two_edits_from(one_edits, start, pieces, max_cost, limit, may_begin,
                                       keep_below)
            if two_edits is not None:
                return two_edits
        found = {start: 0.0}
        self._add_dropped(found, start, mode, max_cost)
        if add_one_edits(found, start, pieces, max_cost, limit) or max_edits < 2:
            return found
        add_two_edits(found, start, pieces, max_cost, limit)
        return found

    def _add_dropped(self, found: dict[str, float], start: str, mode: str,
                     max_cost: float) -> None:
        """A letter the OCR dropped, inserted anywhere (not combined with other edits)."""
        letters = [(t, step) for t, step in self.folded_dropped[mode]
                   if step <= min(max_cost, DROPPED_MAX)]
        if not letters:
            return
        positions = range(len(start) + 1)
        heads, tails = [start[:i] for i in positions], [start[i:] for i in positions]
        for truth, step in letters:
            # (no such key is in `found`: it holds the form, one letter shorter, and the
            # insertions of other letters; `fromkeys` keeps the first of equal ones)
            found.update(dict.fromkeys(map("".join, zip(heads, repeat(truth), tails)), step))

    def _one_edits_hiding(self, start: str, mode: str, pieces: list[Piece], max_cost: float,
                          limit: int, hide: float) -> Hiding | None:
        """The one-edit keys less the insertions of dropped letters costlier than `hide`;
        None when that would not leave the other keys as they are: when the full search
        might reach its `limit` (it counts the hidden keys), or when a piece reaches a
        hidden insertion at a cost of at most `hide` (the key would stand at the
        insertion's place)."""
        letters = [(t, step) for t, step in self.folded_dropped[mode]
                   if step <= min(max_cost, DROPPED_MAX)]
        hidden = frozenset(t for t, step in letters if step > hide)
        if not hidden or 1 + len(letters) * (len(start) + 1) + sum(
                len(options) for _, _, options in pieces) >= limit:
            return None
        found = Hiding({start: 0.0})
        self._add_dropped(found, start, mode, min(max_cost, hide))
        # (an insertion of a letter not hidden is no insertion of a hidden one: only the
        # keys the pieces add after them need the test)
        inserted = len(found)
        add_one_edits(found, start, pieces, max_cost, limit)
        longer = len(start) + 1
        added = list(islice(found, inserted, None))
        reached = [key for key in compress(added, map(longer.__eq__, map(len, added)))
                   if inserts_one(key, start, hidden)]
        if any(found[key] <= hide for key in reached):
            return None
        found.letters, found.bound = hidden, hide
        # each letter: one key a position, less the repeats ("ll" from "l" either side)
        found.left_out = sum(longer - start.count(t) for t in hidden) - len(reached)
        return found

    def _pieces(self, ocr: str, mode: str) -> list[Piece]:
        """Every piece of the form the channel can explain, found once: a second edit only
        ever uses a piece to the right of the first, which the first leaves as printed."""
        if self._last_pieces[:2] == (ocr, mode):   # the two-edit search after the one-edit
            return self._last_pieces[2]
        sources, heads = self.folded_sources[mode], self.source_heads[mode]
        pieces: list[Piece] = []
        for i in range(len(ocr)):
            end = i + 1
            while True:     # longer pieces only while a longer source starts so
                piece = ocr[i:end]
                options = sources.get(piece)
                if options:
                    pieces.append((i, end, options))
                if piece not in heads or end == len(ocr):
                    break
                end += 1
        self._last_pieces = (ocr, mode, pieces)
        return pieces




@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> ChannelModel:
    return ChannelModel(json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8")))
