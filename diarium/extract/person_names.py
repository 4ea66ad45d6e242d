"""Personal names: what can be one, and when two printings name the same person.

A name is two to five capitalised words of any alphabet's letters ("Amel Kovačić", "Åse
Østergaard", "Jürgen Müller"), particles inside it ("Alexander Lind af Hageby"); never a role,
a function word, an organisation's word or a word that labels a field, a heading or a kind of
document. The word classes are the structure stage's (`structure.attendance_vocab`), the
words the language lists'; nothing here is a list of its own.

>>> person_name("Amel Kovačić"), person_name("BIRGIT HULTEGÅRD"), person_name("Rebecka Lönnström,")
('Amel Kovačić', 'Birgit Hultegård', 'Rebecka Lönnström')
>>> [person_name(text) for text in ("Sveriges Lärare", "Bilaga Anna Berg", "J.C.", "Kommunstyrelsens ordförande")]
[None, None, None, None]
>>> person_name("Borås Lotta Hamrin"), person_name("Miljöavdelningen Tillsynsenheten")   # a place, a unit
('Lotta Hamrin', None)
>>> person_name("Nordljus Borås"), person_name("Lova Berg")   # an association's local branch; a surname that is a place
(None, 'Lova Berg')
>>> same_person("Rickard Vidstedt", "Rikard Vidstedt"), same_person("Tore Gustafsson", "Anton Gustafsson")
(True, False)
>>> same_person("Mona Saturn", "MONA KRISTINA SATURN"), same_person("Amel Kovacic", "Amel Kovačić")
(True, True)
>>> same_person("Kettil Bergne", "Kettil Bergnes"), same_person("Bo-Åke Ekelund", "Bo Åke Ekelund")
(True, True)
>>> same_person("Maja Jonsson", "Maja Jonsson Almberg"), same_person("Anna Berg", "Ingrid Gröndahl")
(True, False)
"""
from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from diarium.language import table, words
from diarium.structure.attendance_vocab import is_name_token, is_organisation, is_particle, unit_entries
from diarium.structure.name_runs import is_given_name, looks_like_surname

PLACE_LISTS = ("municipalities", "counties", "places")

MIN_WORDS, MAX_WORDS = 2, 5
MAX_NAME_WORDS = 4             # besides particles: "Karin Lind af Hageby"
SIMILAR_GIVEN_NAMES = 0.8       # "Rikard" / "Rickard": one person spelt two ways


@lru_cache(maxsize=65536)
def plain(word: str) -> str:
    """Lower case, accents and hyphens gone: how two printings of a name are compared."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ")


@lru_cache(maxsize=1)
def label_words() -> frozenset[str]:
    """One-word labels of fields, dates, case numbers, contact fields, headings and document
    kinds ("Bilaga", "Datum", "Dnr", "Postort", "Beslut", "Protokoll"), the roles of an agreement's
    parties ("Köpare", "Beställaren"): a word a name never holds."""
    entries = [*table("letterhead_fields"), *table("date_labels"), *words("dnr_labels"), *words("contact_labels"),
               *words("postal_words"), *table("document_kinds"), *table("signature_labels"),
               *table("attendance_labels"), *[w for pair in table("party_roles").items() for w in pair]]
    for surfaces in table("headings").values():
        entries += surfaces.split("|")
    return frozenset(plain(entry.strip().rstrip(":.")) for entry in entries if len(entry.split()) == 1)


def _title_case(word: str) -> str:
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


@lru_cache(maxsize=1024)       # a pure function of a line, asked again by other readers of the document
def person_name(text: str) -> str | None:
    """The name as it should be recorded (capitals of a digital signature made title case), or
    None when the text cannot be a person's name."""
    tokens = text.strip().rstrip(",;:").split()
    if not MIN_WORDS <= len(tokens) <= MAX_WORDS + 1:
        return None                 # (tested first: one word more only when it is a place dropped below)
    if all(t.isupper() for t in tokens if len(t) > 1):
        tokens = [_title_case(t) for t in tokens]
    if not is_name_token(tokens[-1]):
        return None                 # (tested first: the last word stays, and must be a name's)
    if len(tokens) > MIN_WORDS and _is_place(tokens[0]) and tokens[0] not in first_names():
        tokens = tokens[1:]         # "Borås Lotta Hamrin": the place field's value ran into the name
    if not MIN_WORDS <= len(tokens) <= MAX_WORDS or is_organisation(tokens) or any(map(is_unit_name, tokens)):
        return None
    if len(tokens) == MIN_WORDS and not is_given_name(tokens[0]) and _place_not_surname(tokens[1]):
        return None                 # "Nordljus Ekeby": an association's local branch, a body's name
    for k, token in enumerate(tokens):
        inner = 0 < k < len(tokens) - 1
        if not (is_name_token(token) or inner and is_particle(token)) or plain(token) in label_words():
            return None
    if sum(len(token.rstrip(".")) > 1 for token in tokens) < MIN_WORDS and not _initials_and_surname(tokens):
        return None                 # initials only: a masked name ("J.C.", "U. N.")
    if sum(not is_particle(token) for token in tokens) > MAX_NAME_WORDS:
        return None                 # names run together: "Asta Ekin Sten Lillgren Ulf"
    return " ".join(tokens)


def _initials_and_surname(tokens: list[str]) -> bool:
    """'K G Berg': the given names as initials, two or more of them, before a surname (an older
    protokoll's way of printing its members)."""
    *initials, surname = tokens
    return len(initials) >= 2 and all(len(t.rstrip(".")) == 1 for t in initials) and len(surname) > 2


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(plain(entry) for name in PLACE_LISTS for entry in words(name) if " " not in entry)


def _is_place(token: str) -> bool:
    return plain(token.rstrip(",")) in _places()


@lru_cache(maxsize=4096)
def _place_not_surname(token: str) -> bool:
    """'Ekeby', 'Ekebys': a place's name or its genitive that has no surname's shape ('Berg',
    'Lund' and 'Lova Berg' stay)."""
    word = plain(token.rstrip(","))
    if word not in _places() and not (word.endswith("s") and word[:-1] in _places()):
        return False
    return word not in _surname_parts() and not looks_like_surname(token)


@lru_cache(maxsize=1)
def _surname_parts() -> frozenset[str]:
    return frozenset(plain(w) for name in ("surname_tails", "surname_heads", "surnames") for w in words(name))


@lru_cache(maxsize=65536)
def is_unit_name(token: str) -> bool:
    """'Miljöavdelningen', 'Tillsynsenheten': a unit's name, never a person's."""
    lower = token.lower().strip(",.")
    return any(lower.endswith(ending) and len(lower) > len(ending) + 2 for ending in unit_entries()[1])


def _parts(name: str) -> list[str]:
    return plain(name).split()


def same_person(a: str, b: str) -> bool:
    """Two printings of one person: the same words (accents, case and hyphens aside), one with
    a middle name more, a given name spelt differently, or a genitive ("Bergnes förslag")."""
    x, y = _parts(a), _parts(b)
    if x == y:
        return True
    if not x or not y:
        return False
    if len(x) == len(y) and x[:-1] == y[:-1] and (x[-1] + "s" == y[-1] or y[-1] + "s" == x[-1]):
        return True
    shorter, longer = sorted((x, y), key=len)
    if len(shorter) >= 2 and longer[:len(shorter)] == shorter:
        return True             # "Maja Jonsson" of "Maja Jonsson Almberg"
    if x[-1] != y[-1]:
        return False
    if x[0] == y[0] and (set(x) <= set(y) or set(y) <= set(x)):
        return True             # "Monica Christina Saturn"
    return len(x) == len(y) and x[1:] == y[1:] and \
        SequenceMatcher(None, x[0], y[0]).ratio() >= SIMILAR_GIVEN_NAMES


def first_names() -> frozenset[str]:
    return words("first_names")
