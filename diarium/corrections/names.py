"""Swedish names and places an OCR without å/ä/ö prints without them: "Goran" for "Göran",
"Sjoberg" for "Sjöberg", "Malm" for "Malmö".

Whole names come from a curated list (`data/names.txt`); surnames are also built from
their common elements ("Sjö" + "berg", "Ström" + "qvist") and patronymics from given names
("Håkan" + "sson"). A form with more than one reading is left alone.

>>> restoration("Goran"), restoration("Hakansson"), restoration("Ostlund")
(('Göran', 'first'), ('Håkansson', 'surname'), ('Östlund', 'surname'))
>>> restoration("Bergstrom"), restoration("Malm"), restoration("Lindqvist")
(('Bergström', 'surname'), ('Malmö', 'place-cut'), None)
>>> is_plain("Marta"), is_plain("Asa")
(True, False)
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from diarium.corrections.lexicon import key

DATA = Path(__file__).parent / "data" / "names.txt"
PATRONYMIC = "sson"
MIN_TAIL = 3


@lru_cache(maxsize=1)
def _sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in DATA.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None and line and not line.startswith("#"):
            current.extend(line.split())
    return sections


def _by_key(words: list[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for word in words:
        found.setdefault(key(word.lower()), set()).add(word)
    return found


@lru_cache(maxsize=1)
def _tables():
    s = _sections()
    return {kind: _by_key(s.get(kind, [])) for kind in ("first", "surname", "place", "head")} | {
        "tail": _by_key([w for w in s.get("tail", []) if len(w) >= MIN_TAIL]),
        "plain": {w.lower() for w in s.get("plain", [])}}


def is_plain(word: str) -> bool:
    """A name that also exists as printed, without diacritics ("Marta" beside "Märta")."""
    return word.lower() in _tables()["plain"]


def _surnames(folded: str) -> set[str]:
    tables = _tables()
    found = set(tables["surname"].get(folded, ()))
    for cut in range(1, len(folded) - MIN_TAIL + 1):
        for head in tables["head"].get(folded[:cut], ()):
            found.update(head + tail for tail in tables["tail"].get(folded[cut:], ()))
    if folded.endswith(PATRONYMIC):
        stem = folded[:-len(PATRONYMIC)]
        found.update(name + PATRONYMIC for name in tables["first"].get(stem, ()))
        found.update(name + "son" for name in tables["first"].get(stem + "s", ())
                     if name.endswith("s"))
    return found


@lru_cache(maxsize=4096)
def restoration(word: str) -> tuple[str, str] | None:
    """(the name with its å/ä/ö, 'first' | 'surname' | 'place' | 'place-cut') for a
    capitalised form that lost them ('place-cut': it lost its last letter, "Malm"); None
    when there is no such name or more than one."""
    if len(word) < 3 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return None
    folded = key(word.lower())
    if folded != word.lower():
        return None     # it kept (or gained) a diacritic: not this kind of damage
    tables = _tables()
    for kind in ("first", "place"):
        found = {n for n in tables[kind].get(folded, ()) if n != word}
        if found:
            return (found.pop(), kind) if len(found) == 1 else None
    # "Malm": the engine dropped a final ö/å/ä; only a place context can tell.
    found = {n for end in "oa" for n in tables["place"].get(folded + end, ())
             if n[-1] in "öåä"}
    if found:
        return (found.pop(), "place-cut") if len(found) == 1 else None
    found = {n for n in _surnames(folded) if n != word and n.lower() != folded}
    return (found.pop(), "surname") if len(found) == 1 else None
