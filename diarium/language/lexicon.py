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
import re
import struct
import sys
import sysconfig
import unicodedata
from functools import lru_cache
from itertools import chain
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from diarium.errors import MissingDependency
from diarium.language import ordered
from diarium.language.deletions import DeletionFilter, deletion_bits
from diarium.language.keytable import KeyTable, key_table_bytes
from diarium.language.letters import fold
from diarium.language.prefixes import PrefixFilter, prefix_bits

FORMAT = 11
# byte tables, each in a file of its own: the folded index and the filters
BYTE_TABLES = ("keys", "plain", "deletions", "prefixes")
DOMAIN_ZIPF = 3.0
GENITIVE_ZIPF = 2.0
# The word lists of `diarium/language/data/` the lexicon adds to hunspell and wordfreq.
DOMAIN_LISTS = ("administrative_words", "public_bodies", "municipalities", "counties", "places")

# Role bits of a form.
WORD, BEGIN, MIDDLE, END = 1, 2, 4, 8
ZIPF_SHIFT = 4
ZIPF_ONE = 1 << ZIPF_SHIFT      # the smallest code with a frequency

COMPOUND_MIN_PART = 2
COMPOUND_MAX_PARTS = 4
# The looser two-part analysis: parts long and common enough that their juxtaposition is
# no accident ("nämnds|ärenden"), and the Swedish linking letters.
LOOSE_MIN_PART, LOOSE_MIN_TAIL = 3, 4
LOOSE_HEAD_ZIPF, LOOSE_TAIL_ZIPF = 3.0, 3.0
LINKS = ("s", "e", "a", "u")


def hunspell_dir() -> Path:
    for base in (sysconfig.get_path("data"), sys.prefix, "/usr"):
        path = Path(base) / "share" / "hunspell"
        if (path / "sv_SE.dic").exists():
            return path
    raise MissingDependency(None, "hunspell-sv dictionary not found (pip install hunspell-sv)")


def hunspell_version() -> str:
    try:
        return version("hunspell-sv")
    except PackageNotFoundError:
        return "unknown"


def cache_path() -> Path:
    root = Path(os.environ.get("DIARIUM_CACHE") or Path.home() / ".cache" / "diarium")
    stamp = hashlib.sha1("\n".join(read_domain_words()).encode()).hexdigest()[:8]
    return root / f"lexicon-sv-{hunspell_version()}-f{FORMAT}-{stamp}.marshal"


# ----------------------------------------------------------------------------- building

AffixRules = dict[str, list[tuple[str, str, str, "re.Pattern[str]"]]]


def parse_affixes(aff_text: str) -> AffixRules:
    """SFX flag → [(strip, add, continuation flags, condition)]."""
    rules: AffixRules = {}
    for line in aff_text.splitlines():
        parts = line.split()
        if len(parts) < 5 or parts[0] != "SFX":
            continue
        flag, strip, add, cond = parts[1], parts[2], parts[3], parts[4]
        add, _, cont = add.partition("/")
        strip = "" if strip == "0" else strip
        add = "" if add == "0" else add
        rules.setdefault(flag, []).append((strip, add, cont, re.compile(f"(?:{cond})$")))
    return rules


def expand_entry(root: str, flags: str, rules: AffixRules) -> list[tuple[str, int]]:
    """All forms of one dictionary entry with their compounding roles."""
    if "%" in flags:
        return []
    root_roles = _roles(flags, BEGIN, MIDDLE) | (END if "Y" in flags else 0)
    forms = []
    if "Z" not in flags and "¤" not in flags:
        forms.append((root, WORD | root_roles))
    elif root_roles:
        forms.append((root, root_roles))
    for flag in flags:
        for strip, add, cont, cond in rules.get(flag, ()):
            if strip and not root.endswith(strip) or not cond.search(root):
                continue
            form = (root[:-len(strip)] if strip else root) + add
            if form:
                forms.append((form, _affixed_roles(cont, root_roles)))
    return forms


def _roles(flags: str, begin: int, middle: int) -> int:
    """The compounding roles flags X (compound beginning) and U (middle) give."""
    return (begin if "X" in flags else 0) | (middle if "U" in flags else 0)


def _affixed_roles(cont: str, root_roles: int) -> int:
    """The roles of an affixed form, from the affix's continuation flags."""
    if "X" in cont or "U" in cont:   # a linking form: only inside compounds
        return _roles(cont, BEGIN, MIDDLE) | (0 if "Z" in cont else WORD)
    return WORD | (root_roles & END)


def read_domain_words() -> list[str]:
    """The words of `DOMAIN_LISTS`; a name gives each of its words ("Upplands Väsby")."""
    return [w for name in DOMAIN_LISTS for entry in ordered(name)
            for w in re.split(r"[\s-]+", entry) if len(w) > 1]


def genitive(word: str) -> str | None:
    """'Malmö' → 'malmös', 'Försäkringskassan' → 'försäkringskassans' ('Borås' has none)."""
    return None if word[-1:] in "sxz" else word + "s"


def build() -> dict[str, Any]:
    """Compile the lexicon from hunspell-sv, wordfreq and the domain lists."""
    # Imported here, not at the top: wordfreq takes 0.2 s to import and is needed only
    # to build the cache, once per installation.
    import wordfreq

    folder = hunspell_dir()
    rules = parse_affixes((folder / "sv_SE.aff").read_text(encoding="utf-8"))
    roles: dict[str, int] = {}
    lines = (folder / "sv_SE.dic").read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        entry = line.split("\t")[0].strip()
        if not entry:
            continue
        root, _, flags = entry.partition("/")
        for form, role in expand_entry(root, flags, rules):
            form = unicodedata.normalize("NFC", form.lower())
            roles[form] = roles.get(form, 0) | role
    freq: dict[str, float] = {}
    for word in wordfreq.top_n_list("sv", 250_000):
        if word.isalpha() or "-" in word:
            freq[word] = round(wordfreq.zipf_frequency(word, "sv"), 2)
    for word in read_domain_words():
        word = word.lower()
        roles[word] = roles.get(word, 0) | WORD
        freq[word] = max(freq.get(word, 0.0), DOMAIN_ZIPF)
        owner = genitive(word)
        if owner:
            roles[owner] = roles.get(owner, 0) | WORD
            freq[owner] = max(freq.get(owner, 0.0), GENITIVE_ZIPF)
    return compile_tables(roles, freq)


def compile_tables(roles: dict[str, int], freq: dict[str, float]) -> dict:
    """One table form → code (role bits, and the Zipf frequency × 100 above them), the forms
    whose code is WORD alone and the diacritic-folded index, these two as byte tables.

    >>> data = compile_tables({"för": WORD, "for": WORD}, {"för": 6.92})
    >>> data["entries"]["för"] >> 4, "for" in KeyTable(data["plain"]), dict(KeyTable(data["keys"]))
    (692, True, {'for': 'för'})
    """
    entries = dict(roles)
    for word, zipf in freq.items():
        entries[word] = entries.get(word, 0) | (round(zipf * 100) << ZIPF_SHIFT)
    # A few thousand distinct codes: one int object each, which marshal then writes once and
    # refers to, so the loaded table holds no quarter million copies of them (8 MB).
    shared: dict[int, int] = {}
    entries = {form: shared.setdefault(code, code) for form, code in entries.items()}
    keys: dict[str, str] = {}
    for form in entries:
        folded = fold(form)
        if folded != form:
            keys[folded] = keys[folded] + "|" + form if folded in keys else form
    # The forms a compound may begin with or hold inside, and their folded keys: a small
    # table most cuts of a compound analysis miss in, before the large ones.
    heads = frozenset(form for form, code in entries.items() if code & (BEGIN | MIDDLE))
    # The folded keys of the forms common enough for a loose compound's parts.
    loose_keys = frozenset(fold(form) for form, code in entries.items()
                           if (code >> ZIPF_SHIFT) / 100 >= min(LOOSE_HEAD_ZIPF, LOOSE_TAIL_ZIPF))
    # The forms that are only a word (no compounding role, no frequency): 40% of the forms,
    # which only a word test asks about, in a byte table that loads with no object per form.
    plain = {form: "" for form, code in entries.items() if code == WORD}
    coded = {form: code for form, code in entries.items() if code != WORD}
    return {"format": FORMAT, "entries": coded, "plain": key_table_bytes(plain),
            "keys": key_table_bytes(keys), "heads": heads,
            "head_keys": frozenset(map(fold, heads)), "loose_keys": loose_keys,
            "deletions": deletion_bits(chain(entries, keys)),
            "prefixes": listed_prefix_bits(entries, keys)}


def listed_prefix_bits(entries: dict[str, int], keys: dict[str, str]) -> bytes:
    """`prefixes.prefix_bits` of every string a folded candidate key can be looked up as."""
    return prefix_bits(chain(keys, map(fold, entries)))


# ----------------------------------------------------------------------------- using

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
        return _split(self.roles, self.heads, word, True, COMPOUND_MAX_PARTS)

    def compound_by_key(self, folded: str, limit: int = 8, memo: dict | None = None) -> list[str]:
        """Compounds whose diacritic-folded key is `folded` (parts restored independently).

        `memo` (one per caller, for one `limit`) shares the analysis of heads and tails
        between calls: the variants of one OCR form differ in a letter or two, so most of
        their cuts are the same strings.
        """
        lower = folded.lower()
        if len(lower) < 2 * COMPOUND_MIN_PART + 1 or not lower.isalpha():
            return []
        return _split_key(self, lower, True, COMPOUND_MAX_PARTS, limit,
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


def _split(roles: dict[str, int], heads: frozenset[str], word: str, first: bool,
           parts_left: int):
    """Split into BEGIN (MIDDLE)* END parts; the longest head first."""
    need_head = BEGIN if first else MIDDLE
    for cut in range(len(word) - COMPOUND_MIN_PART, COMPOUND_MIN_PART - 1, -1):
        head = word[:cut]
        if head not in heads or not roles.get(head, 0) & need_head:
            continue    # (most cuts: the small table says so)
        tail = word[cut:]
        if roles.get(tail, 0) & END:
            return (head, tail)
        if parts_left > 2:
            rest = _split(roles, heads, tail, False, parts_left - 1)
            if rest:
                return (head, *rest)
    return None


def _forms_with_role(lex: Lexicon, folded: str, role: int) -> list[str]:
    roles = lex.roles
    listed = lex.keys.get(folded)
    if not listed:      # most cuts: no diacritic forms to try
        return [folded] if roles.get(folded, 0) & role else []
    forms = listed.split("|")
    forms.append(folded)
    return [f for f in forms if roles.get(f, 0) & role]


def _role_memo(memo: dict, role: int) -> dict[str, list[str]]:
    """The forms with one role per folded cut, kept in `memo` under the role's bit (its
    other keys are tuples): a cut is looked up by its string alone."""
    found = memo.get(role)
    if found is None:
        found = memo[role] = {}
    return found


def _split_key(lex: Lexicon, folded: str, first: bool, parts_left: int, limit: int,
               memo: dict) -> list[str]:
    """Restorations of `folded` as BEGIN (MIDDLE)* END, longest head first; each tail is
    analysed once, however many heads share it."""
    memo_key = (folded, first, parts_left)
    found = memo.get(memo_key)
    if found is not None:
        return found
    need_head = BEGIN if first else MIDDLE
    heads_memo, ends_memo = _role_memo(memo, need_head), _role_memo(memo, END)
    found = []
    cuts = range(len(folded) - COMPOUND_MIN_PART, COMPOUND_MIN_PART - 1, -1)
    # (most cuts are no compound head's key at all: the small table drops them first)
    for head_key in filter(lex.head_keys.__contains__, [folded[:cut] for cut in cuts]):
        heads = heads_memo.get(head_key)
        if heads is None:
            heads = heads_memo[head_key] = _forms_with_role(lex, head_key, need_head)
        if not heads:
            continue
        if len(found) >= limit:     # (only a cut with heads can add to `found`)
            break
        tail = folded[len(head_key):]
        rests = ends_memo.get(tail)
        if rests is None:
            rests = ends_memo[tail] = _forms_with_role(lex, tail, END)
        if parts_left > 2:
            rests = rests + _split_key(lex, tail, False, parts_left - 1, limit, memo)
        for head in heads:
            found.extend(head + rest for rest in rests if head + rest not in found)
    memo[memo_key] = found[:limit]
    return memo[memo_key]


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
