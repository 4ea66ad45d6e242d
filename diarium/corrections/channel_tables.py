"""The learned cost tables of the OCR channel and the indexes drawn from them: the back-offs
a lost page's table gets (a capital glyph in lower case, å/ä/ö read as a pair of glyphs),
and, per page mode, the OCR sequences worth trying with the true sequences they may stand
for (as learned and diacritic-folded) and the letters the OCR drops outright."""
from __future__ import annotations

from collections.abc import Iterable

from diarium.language.letters import fold

SWEDISH_LOWER = "åäö"
PAIR_GLYPH_MAX = 6.0    # single glyphs this likely may pair up (see with_glyph_pairs)
PAIR_EXTRA = 4.0


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
        base = fold(truth)
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


Options = list[tuple[str, float]]     # (true sequence, cost), cheapest first
CostTable = dict[str, dict[str, float]]   # truth → OCR sequence → cost


def sources_below(table: CostTable, below: float) -> dict[str, Options]:
    """OCR sequence → the true sequences it may stand for, cheaper than `below`."""
    by_ocr: dict[str, Options] = {}
    for truth, row in table.items():
        for ocr, cost in row.items():
            # a→ä changes no diacritic-folded key: `fold` already covers it
            if fold(truth) != fold(ocr) and ocr and cost <= below:
                by_ocr.setdefault(ocr, []).append((truth, cost))
    return by_ocr


def folded_sources(by_ocr: dict[str, Options]) -> dict[str, Options]:
    """`sources_below` with diacritic-folded truths, each at its cheapest, cheapest first."""
    return {ocr: sorted(cheapest((fold(truth), cost) for truth, cost in options).items(),
                        key=lambda tc: tc[1]) for ocr, options in by_ocr.items()}


def dropped_letters(table: CostTable, below: float) -> Options:
    """Single letters the OCR drops outright, cheaper than `below`."""
    return [(truth, row[""]) for truth, row in table.items()
            if len(truth) == 1 and row.get("", 99.0) <= below]


def cheapest(pairs: Iterable[tuple[str, float]]) -> dict[str, float]:
    best: dict[str, float] = {}
    for item, cost in pairs:
        best[item] = min(cost, best.get(item, 99.0))
    return best

