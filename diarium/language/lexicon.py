"""The Swedish lexicon: hunspell-sv full forms with their compounding roles, wordfreq
frequencies and the domain word lists of `diarium/language/data/` (administration, public
bodies, places), compiled once into a cache that loads in about half a second.

The cache (`~/.cache/diarium/`, or `$DIARIUM_CACHE`) is made by `python -m
diarium.language.lexicon` (no network: the installed packages only; the same inputs give the
same tables) or on first use. What a load must turn into Python objects is kept small: one
dict of the forms that have a compounding role or a frequency (600 000), small sets for the
compound analysis, and flat byte tables read as they are (`keytable.py`, `deletions.py`,
`prefixes.py`): the diacritic-folded index and the 430 000 forms that are only a hunspell
word, which are looked up a few thousand times a page, not a million.

The dictionary is read from the installed `hunspell-sv` package (`<prefix>/share/hunspell/
sv_SE.dic|.aff`); every affix is expanded ahead of time, so a lookup is a dict lookup, never a
Hunspell call. Compounds no list holds are recognised by `is_compound`, which splits a word
into a compound beginning, optional middles and an ending, as the dictionary's COMPOUNDBEGIN /
COMPOUNDMIDDLE / COMPOUNDEND flags allow (linking forms such as "partnerskaps-" included).

>>> lex = load()
>>> "förvaltningens" in lex, "forvaltningens" in lex
(True, False)
>>> lex.is_compound("partnerskapsperioden"), lex.is_compound("socialförvaltningarnas")
(True, True)
>>> sorted(lex.by_key("forvaltningens"))
['förvaltningens']
"""
from __future__ import annotations

import gc
import hashlib
import marshal
import os
import struct
from functools import lru_cache
from pathlib import Path

from diarium.language.deletions import DeletionFilter
from diarium.language.keytable import KeyTable
from diarium.language.letters import fold
from diarium.language.lexicon_build import (  # noqa: F401  (compile_tables: importable here)
    build, compile_tables, hunspell_version, read_domain_words)
from diarium.language.lexicon_codes import (  # noqa: F401
    BEGIN, BYTE_TABLES, COMPOUND_MAX_PARTS, COMPOUND_MIN_PART, END, FORMAT, LINKS,
    LOOSE_HEAD_ZIPF, LOOSE_MIN_PART, LOOSE_MIN_TAIL, LOOSE_TAIL_ZIPF, MIDDLE, WORD, ZIPF_ONE,
    ZIPF_SHIFT)
from diarium.language.lexicon_compounds import split_key, split_parts
from diarium.language.prefixes import PrefixFilter


def cache_path() -> Path:
    root = Path(os.environ.get("DIARIUM_CACHE") or Path.home() / ".cache" / "diarium")
    stamp = hashlib.sha1("\n".join(read_domain_words()).encode()).hexdigest()[:8]
    return root / f"lexicon-sv-{hunspell_version()}-f{FORMAT}-{stamp}.marshal"


class Lexicon:
    """Membership, frequency, diacritic-folded lookup and compound analysis."""

    def __init__(self, data: dict):
        # form → role bits | zipf × 100 << ZIPF_SHIFT; `roles.get(form, 0) & BEGIN` reads a role
        # (no form whose code is WORD alone: those are in `plain`)
        self.roles: dict[str, int] = data["entries"]
        self.plain = KeyTable(data["plain"])
        self.keys = KeyTable(data["keys"])    # folded key → its forms, "|"-joined
        self.heads: frozenset[str] = data["heads"]    # forms with the role BEGIN or MIDDLE
        self.head_keys: frozenset[str] = data["head_keys"]     # and their folded keys
        self.loose_keys: frozenset[str] = data["loose_keys"]   # of loose compounds' parts
        self.learned: dict[str, int] = {}    # forms seen correct in the texts processed
        self.deletions = DeletionFilter(data.get("deletions", b""))
        # the beginnings of the folded strings above (`prefixes.py`)
        self.prefixes = PrefixFilter(data.get("prefixes", b""))

    def __contains__(self, word: str) -> bool:
        return self.is_word(word.lower())

    def known(self, word: str) -> bool:
        """In a list, or a compound of listed parts."""
        return word in self or self.is_compound(word)

    def zipf(self, word: str) -> float:
        """wordfreq's Zipf frequency of a lower-case form (0 when it lacks the form)."""
        return (self.roles.get(word, 0) >> ZIPF_SHIFT) / 100

    def in_hunspell(self, word: str) -> bool:
        lower = word.lower()
        return bool(self.roles.get(lower, 0) & WORD) or lower in self.plain

    def by_key(self, folded: str) -> list[str]:
        """Forms whose diacritic-folded key is `folded` (including `folded` itself)."""
        found = self.keys.get(folded)
        forms = found.split("|") if found else []
        code = self.roles.get(folded, 0)     # is_word, inlined: this runs per variant
        if code & WORD or code >= ZIPF_ONE or self.learned and folded in self.learned or (
                not code and folded in self.plain):
            forms.append(folded)
        return forms

    def may_miss_a_letter(self, folded: str) -> bool:
        """False when no listed string or folded key is `folded` with one character more
        (inserted anywhere): then none of its one-letter insertions needs a look-up."""
        return bool(self.learned) or self.deletions.may_lose_a_letter(folded)

    def is_word(self, form: str) -> bool:
        """A lower-case form hunspell or wordfreq lists (not only a compound part)."""
        code = self.roles.get(form, 0)
        return bool(code & WORD) or code >= ZIPF_ONE or form in self.learned or (
            not code and form in self.plain)

    def is_compound(self, word: str) -> bool:
        return self.split_compound(word.lower()) is not None

    def split_compound(self, word: str) -> tuple[str, ...] | None:
        if len(word) < 2 * COMPOUND_MIN_PART + 1 or not word.isalpha():
            return None
        return split_parts(self.roles, self.heads, word, True, COMPOUND_MAX_PARTS)

    def compound_by_key(self, folded: str, limit: int = 8, memo: dict | None = None) -> list[str]:
        """Compounds whose diacritic-folded key is `folded` (parts restored independently).

        `memo` (one per caller, for one `limit`) shares the analysis of heads and tails
        between calls: the variants of one OCR form differ in a letter or two, so most of
        their cuts are the same strings.
        """
        lower = folded.lower()
        if len(lower) < 2 * COMPOUND_MIN_PART + 1 or not lower.isalpha():
            return []
        return split_key(self, lower, True, COMPOUND_MAX_PARTS, limit,
                          {} if memo is None else memo)

    def loose_compound_by_key(self, folded: str, limit: int = 4) -> list[str]:
        """Two-part compounds hunspell's flags miss, for restoring å/ä/ö only: a common word,
        an optional linking letter (s, e, a, u) and a word ("nämnd" + "s" + "ärenden",
        "uppsökande" + "teamet"). Only readings with å/ä/ö; `is_compound` is unchanged.

        >>> load().loose_compound_by_key("namndsarenden")
        ['nämndsärenden']
        >>> load().loose_compound_by_key("bilreparation")
        []
        """
        if len(folded) < 2 * LOOSE_MIN_PART + 1 or not folded.isalpha():
            return []
        found: list[str] = []
        for cut in range(len(folded) - LOOSE_MIN_TAIL, LOOSE_MIN_PART - 1, -1):
            heads = self._loose_heads(folded[:cut])
            if not heads:
                continue
            rest = folded[cut:]
            for link in ("", rest[0]) if rest[0] in LINKS else ("",):
                tail = rest[len(link):]
                if tail not in self.loose_keys:
                    continue
                tails = [t for t in self.by_key(tail)
                         if len(t) >= LOOSE_MIN_TAIL and self.zipf(t) >= LOOSE_TAIL_ZIPF]
                found.extend(h + link + t for h in heads for t in tails
                             if fold(h + t) != h + t and h + link + t not in found)
            if len(found) >= limit:
                break
        return found[:limit]

    def _loose_heads(self, head: str) -> list[str]:
        """The common words a folded head may stand for."""
        if head not in self.loose_keys:
            return []   # (most cuts: the small table says so)
        if head not in self.keys:      # `by_key` then holds the head itself at most
            return [head] if self.zipf(head) >= LOOSE_HEAD_ZIPF else []
        return [h for h in self.by_key(head) if self.zipf(h) >= LOOSE_HEAD_ZIPF]



def save(data: dict, path: Path) -> None:
    """The tables to `path`, the byte tables beside it (read after the tables'
    bytes are freed: a load's peak memory holds only one of them)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for name in BYTE_TABLES:
        _write(path.with_suffix("." + name), data.get(name, b""))
    _write(path, marshal.dumps({k: v for k, v in data.items() if k not in BYTE_TABLES}))


def _write(path: Path, raw: bytes) -> None:
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(raw)
    tmp.replace(path)


def _unmarshal(raw: bytes) -> dict:
    """Unmarshal with the cyclic GC paused: a million new strings would trigger it often."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(raw)
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The compiled lexicon; built (a few seconds) and cached on first use."""
    path = cache_path()
    try:
        data = _unmarshal(path.read_bytes())
        if data.get("format") != FORMAT:
            raise ValueError("old cache format")
        data.update((name, path.with_suffix("." + name).read_bytes()) for name in BYTE_TABLES)
        return Lexicon(data)    # (a byte table that is none raises ValueError: rebuilt)
    except (OSError, ValueError, EOFError, TypeError, KeyError, struct.error):
        data = build()
        try:
            save(data, path)
        except OSError:
            pass    # a read-only home: keep the built lexicon in memory only
    return Lexicon(data)


if __name__ == "__main__":     # `python -m diarium.language.lexicon`: pre-build the cache
    load.cache_clear()
    target = cache_path()
    save(build(), target)
    print(target)
