"""Which of two real words that differ only in å/ä/ö was meant: a word-bigram model of text.

"val av justerare" and "väl" are both words, and so are "sluten tank" and "tänk": no channel
can tell them apart, the neighbours can. The model counts, in real Swedish text, each *twin*
(a word whose diacritic-folded form the lexicon also knows with other letters) and the folded
word before and after it (numbers as "#", as `Context.prev_pair` sees them). Only twins are
kept, so the model is small; it holds no whole sentence of any text. A document adds at most
`DOC_CAP` to a count, so what every page of one document repeats is not taken for the language;
it learns from the general vocabulary only (`twin_text.py`: no name, no word fewer than
`MIN_DOCUMENTS` documents print in lowercase), and keeps a twin or a pair only if that many
documents print it: language, not the documents it was counted in.

For a twin `w` of the class `K` (its folded form) in the context (prev, next):

    P(w | K)        = λ·n(w) / n(K) + (1 − λ)·P₀(w)           P₀: the lexicon's frequencies
    P(w | prev, K)  = (n(prev w) + κ·P(w | K)) / (n(prev K) + κ)      (the same for next)
    score(w)        = ln P(w | prev, K) + ln P(w | next, K) − ln P(w | K)

so a pair never seen leaves the text's own frequency of the twins, and a class never seen
the lexicon's. `evidence(candidate, ocr, ...)` is score(candidate) − score(ocr), in nats, in
two parts: the frequencies (ln of the P(w | K) ratio) and the context cue (the rest).

Built by a documented, reproducible command from the train split's ground truths only
(`learn_twins.py`):

    python -m diarium.corrections.learn_twins bench/data/ocr --split train

>>> page = ["det är väl bra och väl så", "ett val av justerare och ett val av ledamot"]
>>> model = TwinModel(build([page, page],     # (two documents: one alone teaches nothing)
...                         lambda key: {"val": ["val", "väl"]}.get(key, []), lambda w: 5.0))
>>> prior, context = model.evidence("väl", "val", "#", "av", {"val": 5.0, "väl": 6.0})
>>> prior > 0, prior + context < 0     # "väl" is commoner, but not before "av"
(True, True)
"""
from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from diarium.corrections.twin_text import MIN_DOCUMENTS, NUMBER, general_words, word_stream
from diarium.language.letters import fold

MODEL_PATH = Path(__file__).parent / "data" / "twins.json"
TEXT_WEIGHT = 0.5       # λ: the text's share of a twin's frequency, the lexicon's the rest
PAIR_WEIGHT = 5.0       # κ: pseudo-counts of the class frequency behind a word pair
DOC_CAP = 3             # a document's page furniture ("Det här dokumentet ...") counts this often


class TwinModel:
    """Counts of twins and their folded neighbours; see the module docstring."""

    def __init__(self, data: dict):
        self.words: dict[str, int] = data.get("words", {})
        self.left: dict[str, int] = data.get("left", {})
        self.right: dict[str, int] = data.get("right", {})
        self._priors: dict[frozenset[tuple[str, float]],
                           tuple[dict[str, float], tuple[str, ...]]] = {}

    def __bool__(self) -> bool:
        return bool(self.words)

    def evidence(self, candidate: str, ocr: str, prev: str, nxt: str,
                 zipfs: dict[str, float]) -> tuple[float, float]:
        """Nats for the candidate against the OCR form, both twins of one class whose
        members' Zipf frequencies are `zipfs`; prev and next are folded pair forms. Two parts:
        the text's frequency of the twins, and what the neighbours add to it (a context cue).
        """
        class_prior, seen = self._class_prior(zipfs)
        prior = math.log(class_prior[candidate] / class_prior[ocr])
        cue = 0.0
        for table, pairs in ((self.left, [f"{prev} {w}" for w in seen] if prev else None),
                             (self.right, [f"{w} {nxt}" for w in seen] if nxt else None)):
            if pairs is None:
                continue
            counts = dict(zip(seen, map(table.get, pairs, (0,) * len(pairs))))
            total = sum(counts.values()) + PAIR_WEIGHT
            cue += _pair_cue(counts.get(candidate, 0), class_prior[candidate], total) - (
                _pair_cue(counts.get(ocr, 0), class_prior[ocr], total))
        return prior, cue

    def _class_prior(self, zipfs: dict[str, float]) -> tuple[dict[str, float], tuple[str, ...]]:
        """P(w | K) of each member, and the members the text printed (the only ones any
        word pair holds)."""
        key = frozenset(zipfs.items())
        found = self._priors.get(key)
        if found is None:
            total_lex = sum(10 ** z for z in zipfs.values()) or 1.0
            counts = {w: self.words.get(w, 0) for w in zipfs}
            total = sum(counts.values()) or 1
            found = self._priors[key] = ({
                w: TEXT_WEIGHT * counts[w] / total + (1 - TEXT_WEIGHT) * 10 ** z / total_lex
                for w, z in zipfs.items()}, tuple(w for w in zipfs if counts[w]))
        return found


def _pair_cue(seen: int, prior: float, total: float) -> float:
    """ln P(w | neighbour) − ln P(w): the pair's count smoothed towards the class frequency."""
    return math.log((seen + PAIR_WEIGHT * prior) / total / prior)


@lru_cache(maxsize=2)
def load_twins(path: str | None = None) -> TwinModel:
    """The shipped model (read once; an empty model when the file is missing)."""
    where = Path(path) if path else MODEL_PATH
    if not where.exists():
        return TwinModel({})
    return TwinModel(json.loads(where.read_text(encoding="utf-8")))


def build(documents: Iterable[list[str]], forms_of: Callable[[str], list[str]],
          zipf: Callable[[str], float]) -> dict:
    """Count twins and their folded neighbours in documents (lists of lines), from the
    general vocabulary of the documents only (`twin_text.py`): no name, and nothing fewer than
    `MIN_DOCUMENTS` of them print."""
    tables: tuple[Counter[str], ...] = (Counter(), Counter(), Counter())   # words, left, right
    # a key → the documents that print it, one per table: "var for" is both the left pair of
    # "for" and the right pair of "var", and one document must not count it twice
    spreads: tuple[Counter[str], ...] = (Counter(), Counter(), Counter())
    streams = [word_stream(lines) for lines in documents]
    general = general_words(streams)
    twin_memo: dict[str, bool] = {}

    def is_twin(word: str) -> bool:
        found = twin_memo.get(word)
        if found is None:
            found = twin_memo[word] = word.isalpha() and len(
                set(forms_of(fold(word))) | {word}) > 1 and zipf(word) > 0
        return found

    for stream in streams:
        counts = count_document([w if w in general or w == NUMBER else None
                                 for w, _lower in stream], is_twin)
        for total, spread, doc_counts in zip(tables, spreads, counts):
            total.update({key: min(n, DOC_CAP) for key, n in doc_counts.items()})
            spread.update(doc_counts.keys())
    return {name: dict(sorted((k, n) for k, n in table.items() if spread[k] >= MIN_DOCUMENTS))
            for name, table, spread in zip(("words", "left", "right"), tables, spreads)}


def count_document(stream: list[str | None], is_twin: Callable[[str], bool]
                   ) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """One document's twins and pairs; None (a word the model may not hold) has no pair."""
    words: Counter[str] = Counter()
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for i, word in enumerate(stream):
        if word is None or not is_twin(word):
            continue
        words[word] += 1
        prev = stream[i - 1] if i else None
        nxt = stream[i + 1] if i + 1 < len(stream) else None
        if prev is not None:
            left[f"{fold(prev)} {word}"] += 1
        if nxt is not None:
            right[f"{word} {fold(nxt)}"] += 1
    return words, left, right
