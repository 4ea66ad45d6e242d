"""Reading the word lists of `data/`: one entry a line, `#` comments, cached per name."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


def _entries(filename: str) -> list[str]:
    text = files("diarium.language").joinpath("data", filename).read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if entry:
            entries.append(entry)
    return entries


@lru_cache(maxsize=None)
def ordered(name: str) -> tuple[str, ...]:
    """The entries of `data/<name>.txt` in file order."""
    return tuple(_entries(f"{name}.txt"))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of `data/<name>.txt` as a set."""
    return frozenset(ordered(name))


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, str]:
    """The two tab-separated columns of `data/<name>.tsv` as a mapping (first column → second)."""
    pairs = {}
    for entry in _entries(f"{name}.tsv"):
        key, _, value = entry.partition("\t")
        pairs[key.strip()] = value.strip()
    return pairs
