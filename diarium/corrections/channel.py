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
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from diarium.corrections.lexicon import key

MODEL_PATH = Path(__file__).parent / "data" / "confusions.json"
UNSEEN_SUB = 9.0       # a substitution never seen in training
UNSEEN_INDEL = 10.0
MAX_BLOCK = 3
SWEDISH_LOWER = "åäö"
PAIR_GLYPH_MAX = 6.0    # single glyphs this likely may pair up (see with_glyph_pairs)
PAIR_EXTRA = 4.0
DROPPED_MAX = 6.0      # a letter dropped less often than this is not worth trying everywhere


def edit_blocks(ocr: str, truth: str) -> list[tuple[str, str]]:
    """Maximal runs of adjacent edits as (true sequence, OCR sequence) pairs.

    >>> edit_blocks("Socialndmnden", "Socialnämnden")
    [('ä', 'd')]
    >>> edit_blocks("komrnun", "kommun")
    [('m', 'rn')]
    """
    blocks = []
    for op in Levenshtein.opcodes(truth, ocr):
        if op.tag == "equal":
            continue
        t, o = truth[op.src_start:op.src_end], ocr[op.dest_start:op.dest_end]
        if blocks and blocks[-1][2] == op.src_start and blocks[-1][3] == op.dest_start:
            prev = blocks.pop()
            t, o = prev[0] + t, prev[1] + o
        blocks.append((t, o, op.src_end, op.dest_end))
    return [(t, o) for t, o, _, _ in blocks]


def with_glyph_pairs(table: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Back-off for a lost page: å/ä/ö read as two look-alike glyphs ("6é", "ia", "di").

    An engine without Swedish letters draws one as a base glyph it knows plus a stray mark
    or a second look-alike; a few training pages show only some of the pairs, so any pair
    of the letter's learned single glyphs costs at most the cheaper glyph plus PAIR_EXTRA
    (a pair seen twice in training gets a cost no better than its small sample allows).
    Two glyphs that are both misreadings ("di" for ä: neither is the plain "a") are two
    independent slips, so such a pair costs at most the sum of its glyphs' costs.

    >>> row = with_glyph_pairs({"ö": {"o": 1.0, "é": 0.9, "6": 2.4}})["ö"]
    >>> row["6é"], row["éo"], row["o"]
    (3.3, 4.9, 1.0)
    """
    out = {truth: dict(row) for truth, row in table.items()}
    for truth in SWEDISH_LOWER:
        row = out.get(truth)
        if not row:
            continue
        glyphs = {o: c for o, c in row.items() if len(o) == 1 and c <= PAIR_GLYPH_MAX}
        base = key(truth)
        for first, c1 in glyphs.items():
            for second, c2 in glyphs.items():
                if first != second:
                    cost = min(c1, c2) + PAIR_EXTRA
                    if base not in (first.lower(), second.lower()):
                        cost = min(cost, c1 + c2)
                    pair, cost = first + second, round(cost, 3)
                    row[pair] = min(row.get(pair, cost), cost)
    return out


def with_lower_glyphs(table: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Words are repaired lower-cased ("MalmG", "OVERENSKOMMELSE"), so a capital OCR glyph
    learned for a letter ("ö" read as "G") also stands as its lower-case form.

    >>> with_lower_glyphs({"ö": {"o": 1.0, "G": 5.3, "O": 4.5}})["ö"]
    {'o': 1.0, 'G': 5.3, 'O': 4.5, 'g': 5.3}
    """
    out = {truth: dict(row) for truth, row in table.items()}
    for truth in SWEDISH_LOWER:
        row = out.get(truth, {})
        for ocr, cost in list(row.items()):
            lower = ocr.lower()
            if lower != ocr and lower != truth:
                row[lower] = min(row.get(lower, cost), cost)
    return out


class ChannelModel:
    def __init__(self, data: dict):
        self.costs: dict[str, dict[str, dict[str, float]]] = dict(data["costs"])
        if "lost" in self.costs:
            self.costs["lost"] = with_glyph_pairs(with_lower_glyphs(self.costs["lost"]))
        # Capitals the lost channel draws for å/ä/ö ("MalmG"): such a word is damage, no name.
        self.capital_glyphs = frozenset(
            ocr for truth in SWEDISH_LOWER for ocr in self.costs.get("lost", {}).get(truth, {})
            if len(ocr) == 1 and ocr.isupper())
        self.bigrams: dict[str, int] = data.get("bigrams", {})
        # OCR sequence → true sequences worth trying, per mode (for candidate generation).
        self.sources: dict[str, dict[str, list[tuple[str, float]]]] = {}
        for mode, table in self.costs.items():
            by_ocr: dict[str, list[tuple[str, float]]] = {}
            for truth, row in table.items():
                for ocr, cost in row.items():
                    # a→ä changes no diacritic-folded key: `key` already covers it
                    if key(truth) != key(ocr) and ocr and cost <= data.get("generate_below", 7.0):
                        by_ocr.setdefault(ocr, []).append((truth, cost))
            self.sources[mode] = by_ocr
        self.max_ocr_len = max((len(o) for t in self.sources.values() for o in t), default=1)
        # The same, folded: candidate generation only needs the keys ("i" → "a" stands for
        # both "ä" and "å"), each at its cheapest.
        self.folded_sources: dict[str, dict[str, list[tuple[str, float]]]] = {}
        for mode, by_ocr in self.sources.items():
            folded: dict[str, list[tuple[str, float]]] = {}
            for ocr, options in by_ocr.items():
                cheapest: dict[str, float] = {}
                for truth, cost in options:
                    cheapest[key(truth)] = min(cost, cheapest.get(key(truth), 99.0))
                folded[ocr] = sorted(cheapest.items(), key=lambda tc: tc[1])
            self.folded_sources[mode] = folded
        # Letters the OCR drops outright ("mjlighet"), per mode: tried as one insertion.
        self.dropped: dict[str, list[tuple[str, float]]] = {
            mode: [(truth, row[""]) for truth, row in table.items()
                   if len(truth) == 1 and row.get("", 99.0) <= data.get("generate_below", 7.0)]
            for mode, table in self.costs.items()}
        self.folded_dropped = {mode: list(_cheapest((key(t), c) for t, c in letters).items())
                               for mode, letters in self.dropped.items()}

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
        return sum(self.block_cost(t, o, mode) for t, o in edit_blocks(ocr, truth))

    def variants(self, ocr: str, mode: str, max_edits: int = 2, max_cost: float = 9.0,
                 limit: int = 400) -> dict[str, float]:
        """Diacritic-folded keys the OCR form may come from, with an estimate of the cost.

        The search runs on the OCR form (pieces are matched as printed) while building the
        folded key alongside: `key` maps one character to one, so a piece's folded truth
        simply replaces the piece's span in both.
        """
        sources = self.folded_sources[mode]
        start = key(ocr)
        found = {start: 0.0}
        size = len(ocr)
        for truth, step in self.folded_dropped[mode]:
            if step <= min(max_cost, DROPPED_MAX):
                for i in range(size + 1):    # a dropped letter: not combined
                    variant = start[:i] + truth + start[i:]
                    if variant not in found:
                        found[variant] = step
        # Every piece of the form the channel can explain, found once: a second edit only
        # ever uses a piece to the right of the first, which the first leaves as printed.
        max_width = self.max_ocr_len
        matches = [(i, end, options) for i in range(size)
                   for end in range(i + 1, min(size, i + max_width) + 1)
                   if (options := sources.get(ocr[i:end]))]
        get = found.get
        for i, end, options in matches:
            head, tail = start[:i], start[end:]
            for truth, step in options:
                if step > max_cost:
                    break       # options are sorted by cost
                folded = head + truth + tail
                if get(folded, 99.0) > step:
                    found[folded] = step
                    if len(found) >= limit:
                        return found
        if max_edits < 2:
            return found
        for n, (i, end, options) in enumerate(matches):
            later = [(start[end:i2], options2, start[end2:])
                     for i2, end2, options2 in matches[n + 1:] if i2 >= end]
            if not later:
                continue
            prefix = start[:i]
            for truth, step in options:
                if step > max_cost:
                    break
                head = prefix + truth
                for middle, options2, tail in later:
                    for truth2, step2 in options2:
                        total = step + step2
                        if total > max_cost:
                            break
                        folded = head + middle + truth2 + tail
                        if get(folded, 99.0) > total:
                            found[folded] = total
                            if len(found) >= limit:
                                return found
        return found


def _cheapest(pairs) -> dict[str, float]:
    best: dict[str, float] = {}
    for item, cost in pairs:
        best[item] = min(cost, best.get(item, 99.0))
    return best


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> ChannelModel:
    return ChannelModel(json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8")))


def model_from_dict(data: dict) -> ChannelModel:
    return ChannelModel(data)
