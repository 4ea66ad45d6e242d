"""A Bloom filter of every string the lexicon lists (its forms and diacritic-folded keys),
queried for a whole batch of strings at once in numpy.

OCR repair tests each form's hundreds of channel variants against the lexicon's tables, and
about 2% of them are listed: each test of the others is a dict probe into a table of a
million entries, a cache miss or two. The filter (2 MB, two bits of one byte a string,
about 4% false positives) says of a batch in one pass which strings cannot be listed, so
only the rest are looked up. No false negatives: what it drops no table holds.

The hash is a fixed function of the text (a sum of the characters' code points weighted by
random numbers drawn from a fixed seed, one a position), so the bits are built once with
the lexicon cache (`lexicon.build`) and mean the same in every process.

>>> listed = KeyFilter(key_bits(["kommun", "förvaltning", "forvaltning"]))
>>> listed.maybe_listed(["kommun", "kommnu", "forvaltning", "förvaltnin"])[:2]
['kommun', 'forvaltning']
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from itertools import compress, islice
from typing import Any

try:
    import numpy as np
except ImportError:     # (spaCy installs numpy; without it nothing is filtered)
    np = None

LOG2_BYTES = 21         # 2 MB: about 11 bits for each of the ~1.45 million listed strings
MAX_LENGTH = 128        # a longer string is never dropped (no weight for its characters)
SEED = 20261202
BUILD_BATCH = 50_000

if np is not None:
    WEIGHTS: Any = np.random.default_rng(SEED).integers(
        1, 2**62, size=MAX_LENGTH, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    BYTE_SHIFT, PAIR_SHIFT = np.uint64(64 - LOG2_BYTES), np.uint64(32)
    PAIR_MASK = np.uint64(63)
    # the two bits of a string's byte, from six bits of its hash (one bit when they agree)
    PAIR_BITS: Any = np.array([1 << (p & 7) | 1 << (p >> 3) for p in range(64)], dtype=np.uint8)


def key_hashes(keys: Sequence[str]) -> Any:
    """One 64-bit hash a string: the weighted sum of its code points (mod 2⁶⁴), whose top
    bits mix every character. None when a string is longer than MAX_LENGTH."""
    chars = np.array(keys, dtype=str)
    width = chars.dtype.itemsize // 4
    if width > MAX_LENGTH:
        return None
    return chars.view(np.uint32).reshape(len(keys), width).astype(np.uint64) @ WEIGHTS[:width]


def key_bits(words: Iterable[str]) -> bytes:
    """The filter's bits for `words`; none (no filter) without numpy."""
    if np is None:
        return b""
    bits = np.zeros(8 << LOG2_BYTES, dtype=bool)
    found = iter(words)
    while batch := [w for w in islice(found, BUILD_BATCH) if len(w) <= MAX_LENGTH]:
        h = key_hashes(batch)
        byte = (h >> BYTE_SHIFT) * np.uint64(8)
        pair = (h >> PAIR_SHIFT) & PAIR_MASK
        bits[byte + (pair & np.uint64(7))] = True
        bits[byte + (pair >> np.uint64(3))] = True
    return np.packbits(bits, bitorder="little").tobytes()


class KeyFilter:
    def __init__(self, bits: bytes):
        self.bits = np.frombuffer(bits, dtype=np.uint8) if bits and np is not None else None

    def __bool__(self) -> bool:
        return self.bits is not None

    def maybe_listed(self, keys: Collection[str]) -> list[str]:
        """The `keys` the lexicon may list, in their order; it lists none of the others."""
        keys = list(keys)
        if self.bits is None or not keys:
            return keys
        h = key_hashes(keys)
        if h is None:
            return keys
        wanted = PAIR_BITS[(h >> PAIR_SHIFT) & PAIR_MASK]
        return list(compress(keys, ((self.bits[h >> BYTE_SHIFT] & wanted) == wanted).tolist()))
