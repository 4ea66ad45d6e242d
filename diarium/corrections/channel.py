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

    >>> row = with_glyph_pairs({"ö": {"o": 1.0, "é": 0.9, "6": 2.4}})["ö"]
    >>> row["6é"], row["éo"], row["o"]
    (4.9, 4.9, 1.0)
    """
    out = {truth: dict(row) for truth, row in table.items()}
    for truth in SWEDISH_LOWER:
        row = out.get(truth)
        if not row:
            continue
        glyphs = {o: c for o, c in row.items() if len(o) == 1 and c <= PAIR_GLYPH_MAX}
        for first, c1 in glyphs.items():
            for second, c2 in glyphs.items():
                if first != second:
                    pair, cost = first + second, round(min(c1, c2) + PAIR_EXTRA, 3)
                    row[pair] = min(row.get(pair, cost), cost)
    return out


class ChannelModel:
    def __init__(self, data: dict):
        self.costs: dict[str, dict[str, dict[str, float]]] = dict(data["costs"])
        if "lost" in self.costs:
            self.costs["lost"] = with_glyph_pairs(self.costs["lost"])
        self.bigrams: dict[str, int] = data.get("bigrams", {})
        # OCR sequence → true sequences worth trying, per mode (for candidate generation).
        self.sources: dict[str, dict[str, list[tuple[str, float]]]] = {}
        for mode, table in self.costs.items():
            by_ocr: dict[str, list[tuple[str, float]]] = {}
            for truth, row in table.items():
                for ocr, cost in row.items():
                    if truth != ocr and ocr and cost <= data.get("generate_below", 7.0):
                        by_ocr.setdefault(ocr, []).append((truth, cost))
            self.sources[mode] = by_ocr
        self.max_ocr_len = max((len(o) for t in self.sources.values() for o in t), default=1)
        # Letters the OCR drops outright ("mjlighet"), per mode: tried as one insertion.
        self.dropped: dict[str, list[tuple[str, float]]] = {
            mode: [(truth, row[""]) for truth, row in table.items()
                   if len(truth) == 1 and row.get("", 99.0) <= data.get("generate_below", 7.0)]
            for mode, table in self.costs.items()}

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
        """Diacritic-folded keys the OCR form may come from, with an estimate of the cost."""
        sources = self.sources[mode]
        start = key(ocr)
        found = {start: 0.0}
        frontier = [(ocr, 0.0, 0, 0)]      # (form, cost, edits, next position)
        for truth, step in self.dropped[mode]:
            for i in range(len(ocr) + 1):
                new = ocr[:i] + truth + ocr[i:]
                if step <= max_cost:
                    found.setdefault(key(new), step)   # a dropped letter: not combined
        while frontier:
            form, cost, edits, pos = frontier.pop()
            if edits >= max_edits:
                continue
            for i in range(pos, len(form)):
                for width in range(1, self.max_ocr_len + 1):
                    piece = form[i:i + width]
                    if len(piece) < width:
                        break
                    for truth, step in sources.get(piece, ()):
                        total = cost + step
                        if total > max_cost:
                            continue
                        new = form[:i] + truth + form[i + width:]
                        folded = key(new)
                        if found.get(folded, 99.0) > total:
                            found[folded] = total
                            if len(found) >= limit:
                                return found
                            frontier.append((new, total, edits + 1, i + len(truth)))
        return found


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> ChannelModel:
    return ChannelModel(json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8")))


def model_from_dict(data: dict) -> ChannelModel:
    return ChannelModel(data)
