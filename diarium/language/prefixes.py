"""A bit table of the beginnings of the lexicon's diacritic-folded strings: can any listed
string begin so?

OCR repair makes hundreds of candidate keys for an unknown form and looks each up in the
lexicon's large tables (a million strings each, far larger than the processor's caches): most
are no key, and each miss costs a trip to memory. Two uses of one small table (2 MB) say no
first, at the price of one CRC-32 of the string:

- a key no listed string begins with is no listed string (`may_be_listed` / `listed_only`);
- a two-edit key whose part before the second edit begins no listed string is none either, and
  neither is any other key with that beginning (`channel.py` skips them all).

No false negatives; about one string in eight that no listed string begins with passes anyway
(one probe, about 2 million beginnings in 16 million bits), which only costs the look-up.
Built with the lexicon cache (`lexicon.build`), or from a loaded cache that lacks it (once);
the hash is CRC-32 of UTF-8, so the bits mean the same in every process.

>>> table = PrefixFilter(prefix_bits(["kommun", "möjlighet"]))
>>> table.may_begin("komm"), table.may_be_listed("kommun"), table.may_begin("möj")
(True, True, True)
>>> table.may_begin("xq"), table.listed_only(["kommun", "qqqqq", "kom"])
(False, ['kommun', 'kom'])
"""
from __future__ import annotations

from collections.abc import Iterable
from zlib import crc32

LOG2_BITS = 24          # 2 MB
MASK = (1 << LOG2_BITS) - 1


def prefix_bits(strings: Iterable[str]) -> bytes:
    """The table's bits: every non-empty beginning of each string; none (no table) without
    numpy (only the cache build needs it)."""
    try:
        import numpy as np
    except ImportError:
        return b""
    beginnings = {s[:n] for s in strings for n in range(1, len(s) + 1)}
    hashes = np.fromiter((crc32(b.encode()) for b in beginnings), dtype=np.uint32,
                         count=len(beginnings))
    bits = np.zeros(1 << LOG2_BITS, dtype=bool)
    bits[hashes & np.uint32(MASK)] = True
    return np.packbits(bits, bitorder="little").tobytes()


class PrefixFilter:
    """Tests against `prefix_bits`; with no bits every test passes."""

    def __init__(self, bits: bytes):
        self.bits = bits

    def __bool__(self) -> bool:
        return bool(self.bits)

    def may_begin(self, text: str) -> bool:
        """False: no listed string begins with `text`."""
        bits = self.bits
        if not bits:
            return True
        position = crc32(text.encode()) & MASK
        return bool(bits[position >> 3] >> (position & 7) & 1)

    may_be_listed = may_begin     # (a listed string begins with itself)

    def listed_only(self, keys: Iterable[str]) -> list[str]:
        """The keys that may be listed strings, in their order."""
        bits = self.bits
        if not bits:
            return list(keys)
        return [k for k in keys
                if bits[(p := crc32(k.encode()) & MASK) >> 3] >> (p & 7) & 1]
