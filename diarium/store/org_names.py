"""Organisation names as a Swedish reader matches them, for `diarium facts --org` and
`diarium timeline --org`.

A query matches a stored name when each of its words (function words aside) matches a word
of the name: case and å/ä/ö folded, abbreviations written out, and a word in the definite
form or the genitive taken for its stem. The endings and abbreviations are data
(`language/data/name_endings.txt`, `organisation_abbreviations.tsv`), not code:

>>> name_matches("stadsmissionen", "Ekeby stadsmission")
True
>>> name_matches("Ekeby stadsmissions", "Ekeby stadsmission")
True
>>> name_matches("Varna barnen", "Värna Barnen")
True
>>> name_matches("Ekeby kommun", "Ekeby kommuns")
True
>>> name_matches("kommunen", "Region Norrland")
False
>>> name_matches("Exempelbolaget AB", "Exempelbolaget aktiebolag")
True
>>> name_matches("Byggkooperativet ek. för.", "Byggkooperativet ekonomisk förening")
True
>>> name_matches("gröna bandet", "Svenska Gröna Bandet")
True
>>> name_matches("gröna bandet", "Värna Barnen")
False

A long word also matches a word spelled nearly like it (a typo, an OCR slip), but not another
legal form:

>>> name_matches("ekeby Stadsmision", "Ekeby stadsmission")
True
>>> name_matches("Fritidsbolaget HB", "Fritidsbolaget AB")
False
"""
from __future__ import annotations

import re
import unicodedata
from itertools import product

from rapidfuzz import fuzz

from diarium.language import table, words
from diarium.language.letters import fold

# Characters that separate the words of a name; ':' is not one ("AB:s" is one genitive word).
SEPARATORS = re.compile(r"[\s.,;()\"'/&\u2013\u2014-]+")
MIN_STEM = 3          # "en" is not the stem of "enen"; shorter words match only whole
# Words this long or longer match a word this similar (rapidfuzz ratio, 0–100): one letter
# dropped or doubled in a ten-letter word is ~95; "handelsbolag" and "aktiebolag" are ~64.
FUZZY_MIN_LENGTH = 6
FUZZY_RATIO = 88


def tokens(name: str) -> list[str]:
    """The words of a name, lower case, NFC, abbreviations written out (still with å/ä/ö).

    >>> tokens("Byggbolaget i Sthlm AB (publ)")
    ['byggbolaget', 'i', 'stockholm', 'aktiebolag']
    >>> tokens("Sthlms stadsmission")
    ['stockholm', 'stadsmission']
    """
    raw = [w for w in SEPARATORS.split(unicodedata.normalize("NFC", name).casefold()) if w]
    abbreviations = table("organisation_abbreviations")
    longest = max((len(key.split()) for key in abbreviations), default=1)
    out: list[str] = []
    i = 0
    while i < len(raw):
        for size in range(min(longest, len(raw) - i), 0, -1):
            key = " ".join(raw[i:i + size])
            if key in abbreviations:
                out.extend(abbreviations[key].split())
                i += size
                break
        else:
            out.extend(abbreviation_of(raw[i], abbreviations))
            i += 1
    return out


def abbreviation_of(word: str, abbreviations: dict[str, str]) -> list[str]:
    """A one-word abbreviation with an ending ("Sthlms", "AB:s") written out; else the word."""
    for ending in ordered_endings():
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and stem in abbreviations:
            return abbreviations[stem].split()
    return [word]


def stems(word: str) -> frozenset[str]:
    """The word folded, and folded without each definite or genitive ending it may have.

    >>> sorted(stems("stadsmissionen"))
    ['stadsmission', 'stadsmissione', 'stadsmissionen']
    >>> sorted(stems("AB:s"))
    ['ab', 'ab:', 'ab:s']
    """
    folded = fold(word.casefold())
    found = {folded}
    for ending in ordered_endings():
        if folded.endswith(ending) and len(folded) - len(ending) >= MIN_STEM - (
                1 if ending.startswith(":") else 0):
            found.add(folded[: -len(ending)])
    return frozenset(found)


def ordered_endings() -> tuple[str, ...]:
    return tuple(sorted(words("name_endings"), key=len, reverse=True))


def same_word(a: str, b: str) -> bool:
    ours, theirs = stems(a), stems(b)
    if ours & theirs:
        return True
    if min(len(a), len(b)) < FUZZY_MIN_LENGTH:
        return False
    return any(fuzz.ratio(x, y) >= FUZZY_RATIO for x, y in product(ours, theirs))


def name_matches(query: str, name: str) -> bool:
    """Whether every word of `query` (function words aside) is a word of `name`."""
    asked = [w for w in tokens(query) if w not in words("function_words")]
    have = tokens(name)
    return bool(asked) and all(any(same_word(w, h) for h in have) for w in asked)


__all__ = ["name_matches", "stems", "tokens"]
