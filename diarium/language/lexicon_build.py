"""Building the lexicon's tables: hunspell-sv's entries expanded through their affixes into
full forms with compounding roles, wordfreq's frequencies and the domain word lists of
`diarium/language/data/`, compiled into the table, the byte tables and the small sets that
`lexicon.Lexicon` reads (`lexicon.load` caches what `build` returns)."""
from __future__ import annotations

import re
import sys
import sysconfig
import unicodedata
from importlib.metadata import PackageNotFoundError, version
from itertools import chain
from pathlib import Path
from typing import Any

from diarium.errors import MissingDependency
from diarium.language import ordered
from diarium.language.deletions import deletion_bits
from diarium.language.keytable import KeyTable, key_table_bytes  # noqa: F401  (KeyTable: doctest)
from diarium.language.letters import fold
from diarium.language.lexicon_codes import (
    BEGIN, END, FORMAT, LOOSE_HEAD_ZIPF, LOOSE_TAIL_ZIPF, MIDDLE, WORD, ZIPF_SHIFT)
from diarium.language.prefixes import prefix_bits

DOMAIN_ZIPF = 3.0
GENITIVE_ZIPF = 2.0
# The word lists of `diarium/language/data/` the lexicon adds to hunspell and wordfreq.
DOMAIN_LISTS = ("administrative_words", "public_bodies", "municipalities", "counties", "places")


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
