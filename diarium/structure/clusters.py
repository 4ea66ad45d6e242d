"""Lines that are the same line on different pages: masked keys joined exactly, then fuzzily.

Two page-edge lines are the same when their masked keys (page number cut, digits masked,
case and punctuation dropped) are equal, nearly equal word by word (OCR noise, `rapidfuzz`
ratio; "ärende a" and "ärende b" are not nearly equal), or when
one is the other with words added (a header that pdfminer printed as one line on page 2 and
as two lines on page 1: "Norrviks stad, Social stödförvaltning 2 (2)" / "Norrviks stad").

>>> groups = cluster_keys({"top": [(2, "kommunrevisionen sammanträdesanteckningar"),
...                                 (3, "kommunrevisionen sammantradesanteckningar"),
...                                 (3, "datum"), (4, "datum"), (4, "beslut"), (1, "norrviks stad"),
...                                 (2, "norrviks stad social stödförvaltning")]},
...                        numbered=frozenset({"norrviks stad social stödförvaltning"}))
>>> sorted(len(pages) for pages in groups.pages.values())
[1, 2, 2, 2]
>>> groups.find("top", "kommunrevisionen sammantradesanteckningar") == groups.find("top", "kommunrevisionen sammanträdesanteckningar")
True
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

FUZZY_RATIO = 88          # OCR noise in a repeated header line
WORD_RATIO = 70          # each word of the line nearly the same
SPLIT_WORDS_RATIO = 92   # OCR split or glued a word: the whole line must be nearer
MIN_FUZZY_CHARS = 6
MIN_CONTAINED_WORDS = 2
MAX_ADDED_WORDS = 3
MAX_FUZZY_KEYS = 3000     # beyond this many distinct keys in one zone only exact keys are joined


@dataclass
class Clusters:
    parent: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    pages: dict[tuple[str, str], set[int]] = field(default_factory=dict)    # root → pages

    def find(self, zone: str, key: str) -> tuple[str, str]:
        node = (zone, key)
        while self.parent.get(node, node) != node:
            node = self.parent[node]
        return node

    def union(self, zone: str, a: str, b: str) -> None:
        root_a, root_b = self.find(zone, a), self.find(zone, b)
        if root_a != root_b:
            self.parent[root_b] = root_a
            self.pages[root_a] = self.pages.get(root_a, set()) | self.pages.pop(root_b, set())

    def page_count(self, zone: str, key: str) -> int:
        return len(self.pages.get(self.find(zone, key), ()))


def cluster_keys(zones: dict[str, list[tuple[int, str]]], numbered: frozenset[str] = frozenset()) -> Clusters:
    """Join the (page, key) pairs of each zone into clusters of the same line.

    `numbered` are the keys of lines that printed a page number: only such a line may hold
    another page's line with words added (pdfminer glued a header line to its page number)."""
    clusters = Clusters()
    for zone, pairs in zones.items():
        by_key: dict[str, set[int]] = {}
        for page, key in pairs:
            if key:
                by_key.setdefault(key, set()).add(page)
        for key, pages in by_key.items():
            clusters.parent[(zone, key)] = (zone, key)
            clusters.pages[(zone, key)] = set(pages)
        if len(by_key) <= MAX_FUZZY_KEYS:
            _join_fuzzy(clusters, zone, by_key, numbered)
    return clusters


def _join_fuzzy(clusters: Clusters, zone: str, by_key: dict[str, set[int]], numbered: frozenset[str]) -> None:
    keys = list(by_key)
    lonely = [key for key, pages in by_key.items() if len(pages) == 1 and len(key) >= MIN_FUZZY_CHARS]
    for key in lonely:
        for other, _score, _index in process.extract(key, keys, scorer=fuzz.ratio,
                                                     score_cutoff=FUZZY_RATIO, limit=None):
            if other != key and by_key[other] != by_key[key] and _same_words(key, other):
                clusters.union(zone, other, key)
    _join_contained(clusters, zone, by_key, lonely, numbered)


def _same_words(a: str, b: str) -> bool:
    """Word by word the same but for OCR noise: 'ärende a' and 'ärende b' are different lines."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return fuzz.ratio(a, b) >= SPLIT_WORDS_RATIO
    return all(fuzz.ratio(x, y) >= WORD_RATIO for x, y in zip(words_a, words_b))


def _join_contained(clusters: Clusters, zone: str, by_key: dict[str, set[int]], lonely: list[str],
                    numbered: frozenset[str]) -> None:
    """A lonely key whose words all stand, in order, in a page-numbered key of another page."""
    keys_with: dict[str, set[str]] = {}
    for key in by_key.keys() & numbered:
        for word in key.split():
            keys_with.setdefault(word, set()).add(key)
    for key in lonely:
        words = key.split()
        if len(words) < MIN_CONTAINED_WORDS:
            continue
        needle = f" {key} "
        for other in set.intersection(*(keys_with.get(word, set()) for word in words)):
            if len(other.split()) > len(words) + MAX_ADDED_WORDS:
                continue                 # a sentence that begins with the line is not the line
            if other != key and by_key[other] != by_key[key] and needle in f" {other} ":
                clusters.union(zone, other, key)
