"""The lexicon's diacritic-folded index (folded key → its forms joined by "|") as flat bytes.

As a dict the index is 400 000 key strings that a load must create and hash one by one, a
quarter of the lexicon's load time; repair looks keys up only some thousand times a page. Here
a load maps a few byte arrays (no object per key) and a look-up costs one CRC-32 and a probe or
two of an open-addressing table, about a microsecond.

Layout (native byte order, the cache is per machine): a header (magic, key count, log2 of the
slots), the CRC-32 of the key in each slot, the record number + 1 in each slot (0: empty), the
records' start offsets, and the records "key<TAB>forms" in UTF-8.

>>> table = KeyTable(key_table_bytes({"for": "för", "mote": "möte|mote"}))
>>> table.get("for"), table.get("mote"), table.get("fors"), "mote" in table, len(table)
('för', 'möte|mote', None, True, 2)
>>> list(table.pairs()) == list(table.items())
True
>>> sorted(table.items())
[('for', 'för'), ('mote', 'möte|mote')]
"""
from __future__ import annotations

import struct
from array import array
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from zlib import crc32

MAGIC = b"DKT1"
HEADER = struct.Struct("=4sII")
LOAD = 2.5          # slots per key, at least: a miss mostly ends at its first, empty slot
TAB = 9


def key_table_bytes(index: Mapping[str, str]) -> bytes:
    """The table of `index` (keys and forms hold no tab or newline)."""
    log2 = max(3, (int(len(index) * LOAD) - 1).bit_length())
    mask = (1 << log2) - 1
    hashes, slots = array("I", bytes(4 << log2)), array("I", bytes(4 << log2))
    offsets, records = array("I", [0]), bytearray()
    for number, (key, forms) in enumerate(index.items(), 1):
        raw = key.encode()
        records += raw + b"\t" + forms.encode()
        offsets.append(len(records))
        h = crc32(raw)
        slot = h & mask
        while slots[slot]:
            slot = (slot + 1) & mask
        hashes[slot], slots[slot] = h, number
    return b"".join((HEADER.pack(MAGIC, len(index), log2), hashes.tobytes(), slots.tobytes(),
                     offsets.tobytes(), bytes(records)))


class KeyTable(Mapping[str, str]):
    """The read side, a read-only mapping over `key_table_bytes` (`get` and `in` made fast)."""

    def __init__(self, raw: bytes):
        magic, count, log2 = HEADER.unpack_from(raw)
        if magic != MAGIC or array("I").itemsize != 4:
            raise ValueError("not a key table")
        self._count, self._mask = count, (1 << log2) - 1
        if len(raw) < HEADER.size + (8 << log2) + 4 * (count + 1):
            raise ValueError("a truncated key table")
        view = memoryview(raw)
        start = HEADER.size
        self._hashes = view[start:start + (4 << log2)].cast("I")
        start += 4 << log2
        self._slots = view[start:start + (4 << log2)].cast("I")
        start += 4 << log2
        self._offsets = view[start:start + 4 * (count + 1)].cast("I")
        # (the records are read in place: `_base` is where they begin in `raw`)
        self._records, self._base = raw, start + 4 * (count + 1)
        if len(raw) != self._base + self._offsets[count]:
            raise ValueError("a truncated key table")

    def get(self, key: str, default: Any = None) -> Any:
        raw = key.encode()
        h = crc32(raw)
        mask, hashes, slots = self._mask, self._hashes, self._slots
        slot = h & mask
        while number := slots[slot]:
            if hashes[slot] == h:
                base, records = self._base, self._records
                start, end = base + self._offsets[number - 1], base + self._offsets[number]
                after = start + len(raw)
                if (after < end and records[after] == TAB and records.startswith(raw, start)
                        and b"\t" not in raw):
                    return records[after + 1:end].decode()
            slot = (slot + 1) & mask
        return default

    def __getitem__(self, key: str) -> str:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        raw = key.encode()
        h = crc32(raw)
        mask, hashes, slots = self._mask, self._hashes, self._slots
        slot = h & mask
        while number := slots[slot]:
            if hashes[slot] == h and self._holds(number, raw):
                return True
            slot = (slot + 1) & mask
        return False

    def present(self, keys: Iterable[str]) -> set[str]:
        """The keys the table holds (`dict.keys() & keys`); `__contains__` inlined, as most
        keys of a batch are none and end at their first, empty slot."""
        found = set()
        mask, hashes, slots = self._mask, self._hashes, self._slots
        for key in keys:
            raw = key.encode()
            h = crc32(raw)
            slot = h & mask
            while number := slots[slot]:
                if hashes[slot] == h and self._holds(number, raw):
                    found.add(key)
                    break
                slot = (slot + 1) & mask
        return found

    def _holds(self, number: int, raw: bytes) -> bool:
        """Record `number` (from 1) has the key `raw`."""
        base, records = self._base, self._records
        start, end = base + self._offsets[number - 1], base + self._offsets[number]
        after = start + len(raw)
        return (after < end and records[after] == TAB and records.startswith(raw, start)
                and b"\t" not in raw)

    def __len__(self) -> int:
        return self._count

    def pairs(self) -> Iterator[tuple[str, str]]:
        """(key, forms) in the order the table was made."""
        offsets, records, base = self._offsets, self._records, self._base
        for number in range(self._count):
            record = records[base + offsets[number]:base + offsets[number + 1]]
            key, _, forms = record.decode().partition("\t")
            yield key, forms

    def __iter__(self) -> Iterator[str]:
        return (key for key, _forms in self.pairs())
