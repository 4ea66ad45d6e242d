"""Swedish names and places an OCR without å/ä/ö prints without them: "Goran" for "Göran",
"Sjoberg" for "Sjöberg", "Malm" for "Malmö".

The names are language data (`diarium/language/data/`): given names, whole surnames and
the elements that build more of them ("Sjö" + "berg", "Ström" + "qvist"), patronymics from
given names ("Håkan" + "sson"), and places (municipalities, counties, provinces). A form
with more than one reading is left alone.

>>> restoration("Goran"), restoration("Hakansson"), restoration("Ostlund")
(('Göran', 'first'), ('Håkansson', 'surname'), ('Östlund', 'surname'))
>>> restoration("Bergstrom"), restoration("Malm"), restoration("Lindqvist")
(('Bergström', 'surname'), ('Malmö', 'place-cut'), None)
>>> is_plain("Marta"), is_plain("Asa")
(True, False)

A listed given name as printed is no surname the elements build: "Olof" is no "Ö" + "löf".

>>> restoration("Olof"), restoration("Oberg")
(None, ('Öberg', 'surname'))

A place the lists hold as printed, or its genitive, is a name as it stands: "Skaras
kommun" is no "Skäras".

>>> is_place("Skaras"), is_place("Skara"), is_place("Skarab"), is_place("skaras")
(True, True, False, False)
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from diarium.language import ordered, words
from diarium.language.letters import fold

PATRONYMIC = "sson"
MIN_TAIL = 3
PLACE_LISTS = ("municipalities", "counties", "places")
# Letters an OCR drops at the end of a place name ("Malm" for "Malmö"), by their folded form.
LOST_FINALS = "oa"

Table = dict[str, frozenset[str]]


def _by_key(names: Iterable[str]) -> Table:
    found: dict[str, set[str]] = {}
    for name in names:
        found.setdefault(fold(name.lower()), set()).add(name)
    return {folded: frozenset(forms) for folded, forms in found.items()}


def _place_words() -> list[str]:
    """Every word of every place name: "Upplands Väsby" gives "Upplands" and "Väsby"."""
    return [word for name in PLACE_LISTS for entry in ordered(name) for word in entry.split()]


@lru_cache(maxsize=1)
def _tables() -> dict[str, Table]:
    return {"first": _by_key(words("given_names")),
            "surname": _by_key(words("surnames")),
            "head": _by_key(words("surname_heads")),
            "tail": _by_key(w for w in words("surname_tails") if len(w) >= MIN_TAIL),
            "place": _by_key(_place_words())}


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Given names as printed (`first_names.txt`)."""
    return frozenset(words("first_names"))


@lru_cache(maxsize=1)
def _plain() -> frozenset[str]:
    return frozenset(w.lower() for w in words("plain_names"))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(_place_words())


def is_place(word: str) -> bool:
    """A word of a listed place name as printed (capitalised), or its genitive."""
    places = _places()
    return word in places or word.endswith("s") and word[:-1] in places


def is_plain(word: str) -> bool:
    """A name that also exists as printed, without diacritics ("Marta" beside "Märta")."""
    return word.lower() in _plain()


def _surnames(folded: str) -> set[str]:
    """Surnames with the folded form: listed, built from elements, or patronymics."""
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


def _damaged_form(word: str) -> bool:
    """Capitalised letters only, with no å/ä/ö/é left: the kind of form this restores."""
    return (len(word) >= 3 and word.isalpha() and word[:1].isupper() and word[1:].islower()
            and fold(word.lower()) == word.lower())


def _unique(found: set[str], kind: str) -> tuple[str, str] | None:
    return (found.pop(), kind) if len(found) == 1 else None


@lru_cache(maxsize=4096)
def restoration(word: str) -> tuple[str, str] | None:
    """(the name with its å/ä/ö, 'first' | 'surname' | 'place' | 'place-cut') for a
    capitalised form that lost them ('place-cut': it lost its last letter, "Malm"); None
    when there is no such name or more than one."""
    if not _damaged_form(word):
        return None
    folded = word.lower()
    tables = _tables()
    for kind in ("first", "place"):
        found = {n for n in tables[kind].get(folded, ()) if n != word}
        if found:
            return _unique(found, kind)
    # "Malm": the engine dropped a final ö/å/ä; only a place context can tell.
    found = {n for end in LOST_FINALS for n in tables["place"].get(folded + end, ())
             if n[-1] in "öåä"}
    if found:
        return _unique(found, "place-cut")
    if word in _first_names():
        return None     # a given name as printed: no surname built of elements
    return _unique({n for n in _surnames(folded) if n != word and n.lower() != folded},
                   "surname")
