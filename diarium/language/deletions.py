"""A Bloom filter of the lexicon's one-letter deletions: can a letter inserted anywhere into a
form make a listed string?

OCR repair tries every letter the channel drops at every position of an unknown form ("mjlighet"
→ "mo|jlighet", "mj|olighet", …): most of a search's lexicon look-ups, and on most forms none
can succeed. One query of the form here says so (no false negatives; about 2% false positives,
which only cost the look-ups), so the search can leave those keys untested.

Built with the lexicon cache (`lexicon.build`), never at run time; the hash is a keyed BLAKE2b,
so the bits mean the same in every process.

>>> bits = DeletionFilter(deletion_bits(["kommun", "möjlighet"]))
>>> bits.may_lose_a_letter("kommn"), bits.may_lose_a_letter("mjlighet")
(True, True)
>>> bits.may_lose_a_letter("kommun"), bits.may_lose_a_letter("forvaltning")
(False, False)
"""
from __future__ import annotations

from array import array
from collections.abc import Iterable
from hashlib import blake2b

LOG2_BITS = 27          # 16 MB: about 9 bits for each of the ~14 million deletions
MASK = (1 << LOG2_BITS) - 1
PROBES = 4


def _hash(text: str) -> tuple[int, int]:
    """Two 32-bit hashes (the second odd) for double hashing."""
    value = int.from_bytes(blake2b(text.encode(), digest_size=8).digest(), "little")
    return value & 0xFFFFFFFF, value >> 32 | 1


def deletion_bits(words: Iterable[str]) -> bytes:
    """The filter's bits: every string one character shorter than one of `words`; none
    (no filter) without numpy, which sets the 60 million bits in a second."""
    try:
        import numpy as np     # (only the cache build needs it; spaCy installs it)
    except ImportError:
        return b""

    first, second = array("Q"), array("Q")
    for word in words:
        for shorter in {word[:i] + word[i + 1:] for i in range(len(word))}:
            h1, h2 = _hash(shorter)
            first.append(h1)
            second.append(h2)
    bits = np.zeros(1 << LOG2_BITS, dtype=bool)
    h1s, h2s = np.frombuffer(first, dtype=np.uint64), np.frombuffer(second, dtype=np.uint64)
    for probe in range(PROBES):
        bits[(h1s + np.uint64(probe) * h2s) & np.uint64(MASK)] = True
    return np.packbits(bits, bitorder="little").tobytes()


class DeletionFilter:
    def __init__(self, bits: bytes):
        self.bits = bits

    def may_lose_a_letter(self, form: str) -> bool:
        """False: no listed string is `form` with one more character, wherever inserted."""
        bits = self.bits
        if not bits:
            return True     # (no filter: every insertion must be looked up)
        h1, h2 = _hash(form)
        for probe in range(PROBES):
            position = (h1 + probe * h2) & MASK
            if not bits[position >> 3] >> (position & 7) & 1:
                return False
        return True
