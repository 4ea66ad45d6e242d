"""Word classes of attendance lists and signature blocks: labels, names, roles, parties, organisations.

Every list is a data file under `diarium/language/data/`; this module only knows how to match them
against the tokens of a line.

>>> [token.text for token in tokenize("Ebba Lysén (L), 1:e vice ordförande §§ 18-")]
['Ebba', 'Lysén', '(', 'L', ')', ',', '1:e', 'vice', 'ordförande', '§§', '18-']
>>> is_name_token("Kovačić"), is_name_token("HR-chef"), is_name_token("EKEBY")
(True, False, False)
>>> is_role_word("verksamhetscontroller"), is_role_word("Förvaltningschef"), is_role_word("finner")
(True, True, False)
>>> party_of("s"), party_of("KB"), party_of("EY", political=False), party_of("kommundirektör")
('S', 'KB', None, None)
>>> is_organisation(["Sveriges", "Lärare"]), is_organisation(["Lisa", "Andersson"])
(True, False)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from diarium.language import ordered, table, words
from diarium.language.letters import fold

TOKEN = re.compile(r"§§?|[(),]|[^\s(),§]+")
# "(KB)", "(FiA)", "(ÖP)": how a local party's abbreviation looks after a name in a list of members.
PARTY_SHAPE = re.compile(r"^[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}$")
NUMBERISH = re.compile(r"^\d[\d:.]*(?:[-–]\d*[\d:.]*)?,?$|^[-–]$")
ORDINAL = re.compile(r"^\d+:[ae]$")


class Token(NamedTuple):
    """A word or sign of a line (a tuple: made by the thousand, so cheaper than a dataclass)."""
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Label:
    text: str
    kind: str
    role: str | None
    size: int

    @property
    def ends_lists(self) -> bool:
        """'Anslag/bevis': the certificate of posting, after which no attendance list follows."""
        return self.kind == "field" and self.role == "end"


@lru_cache(maxsize=16384)
def _key(word: str) -> str:
    """How words are compared with the lists: lower case, å/ä/ö folded (OCR may have lost them)."""
    return fold(word.lower())


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), *m.span()) for m in TOKEN.finditer(text)]


@lru_cache(maxsize=None)
def _labels() -> dict[tuple[str, ...], tuple[str, str | None]]:
    labels: dict[tuple[str, ...], tuple[str, str | None]] = {}
    for label, value in table("attendance_labels").items():
        kind, _, role = value.partition(" ")
        key = tuple(_key(t.text) for t in tokenize(label))
        labels[key] = (kind, role.strip() or (label if kind == "signer" else None))
    return labels


@lru_cache(maxsize=None)
def _labels_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word → the labels starting with it, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for key in _labels():
        index.setdefault(key[0], []).append(key)
    return {word: tuple(sorted(keys, key=len, reverse=True)) for word, keys in index.items()}


def may_start_label(text: str) -> bool:
    """Cheap test: does the text's first word begin some label? (Most lines of a document do not.)"""
    first = _key(text.split(None, 1)[0]).rstrip(":.") if text.strip() else ""
    return first in _labels_by_first_word()


def label_at(tokens: list[Token], i: int) -> Label | None:
    """The longest attendance label starting at token `i` (printed with a capital letter)."""
    if i >= len(tokens) or not tokens[i].text[:1].isupper():
        return None
    candidates = _labels_by_first_word().get(_key(tokens[i].text).rstrip(":."))
    if not candidates:
        return None
    for key in candidates:
        size = len(key)
        if i + size > len(tokens):
            continue
        words = [_key(t.text) for t in tokens[i:i + size]]
        words[-1] = words[-1].rstrip(":.")     # "Underskrifter..": the dots of a signing line
        if tuple(words) == key:
            kind, role = _labels()[key]
            text = " ".join(t.text for t in tokens[i:i + size]).rstrip(":.").replace(" ,", ",")
            return Label(text=text, kind=kind, role=role, size=size)
    return None


def phrase_at(tokens: list[Token], i: int, name: str) -> int:
    """How many tokens a phrase of the list `name` covers at `i` (0: none); longest first."""
    if i >= len(tokens):
        return 0
    for phrase in _phrases(name).get(_key(tokens[i].text), ()):
        size = len(phrase)
        if tuple(_key(t.text) for t in tokens[i:i + size]) == phrase:
            return size
    return 0


@lru_cache(maxsize=None)
def _phrases(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word → the phrases of the list starting with it, longest first."""
    phrases = {tuple(_key(t.text) for t in tokenize(entry)) for entry in ordered(name)}
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


@lru_cache(maxsize=None)
def _presence_markers() -> tuple[tuple[tuple[str, ...], bool], ...]:
    markers = [(tuple(_key(t.text) for t in tokenize(marker)), when == "always")
               for marker, when in table("presence_markers").items()]
    return tuple(sorted(markers, key=lambda marker: -len(marker[0])))


@lru_cache(maxsize=None)
def _presence_first_words() -> frozenset[str]:
    return frozenset(marker[0] for marker, _ in _presence_markers())


@lru_cache(maxsize=None)
def presence_words() -> frozenset[str]:
    """Every word of a presence marker ('närvarande', 'from', 'kl'): list vocabulary, not prose,
    even where the number after it was lost."""
    return frozenset(word for marker, _ in _presence_markers() for word in marker)


def presence_at(tokens: list[Token], i: int) -> int:
    """How many tokens a presence marker covers at `i` ('§§', 'ärende', 'ej §'); 0 when none, or when
    a marker such as 'ej' or 'kl.' is not followed by a number or '§'."""
    if i >= len(tokens) or _key(tokens[i].text) not in _presence_first_words():
        return 0
    for marker, always in _presence_markers():
        size = len(marker)
        if tuple(_key(t.text) for t in tokens[i:i + size]) == marker:
            following = tokens[i + size].text if i + size < len(tokens) else ""
            if always or following.startswith("§") or is_numberish(following) or (
                    _key(following) in _presence_first_words() and presence_at(tokens, i + size)):
                return size
    return 0


@lru_cache(maxsize=None)
def _role_entries() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = {fold(entry) for entry in words("roles")}
    return (frozenset(e for e in entries if not e.startswith("-")),
            tuple(e[1:] for e in entries if e.startswith("-")))


@lru_cache(maxsize=65536)
@lru_cache(maxsize=16384)      # a pure function of the word, asked for the same words again and again
def is_role_word(word: str) -> bool:
    """A role or title word, or a modifier of one ('1:e', 'vice', 'tf.'), in any case."""
    lower = _key(word).strip(",;:")
    if not lower:
        return False
    if ORDINAL.match(lower):
        return True
    whole, endings = _role_entries()
    for part in re.split(r"[/]", lower):
        part = part.strip(".")
        if part in whole or part + "." in whole or any(part.endswith(e) for e in endings):
            return True
    return False


def is_acronym(word: str) -> bool:
    """'HR-', 'MAS', 'IT': a short capitalised abbreviation inside a role."""
    core = word.strip(",-.")
    return 1 < len(core) <= 4 and core.isalpha() and core.isupper()


@lru_cache(maxsize=8192)
def is_name_token(word: str) -> bool:
    """A capitalised word that can be part of a personal name (any alphabet's letters, hyphens,
    apostrophes); not a role word, not all capitals (an initial 'W' or 'W.' is allowed)."""
    if not word or not word[0].isupper() or not word[0].isalpha():
        return False
    core = word.rstrip(".") if len(word) == 2 else word
    if len(core) == 1:
        return True
    if not all(c.isalpha() or c in "-'’" for c in core) or core.isupper():
        return False
    if "--" in core or core.startswith("-"):
        return False
    return not is_role_word(core) and core.lower() not in words("function_words")


def is_particle(word: str) -> bool:
    """'af', 'von', 'De' (as in 'Rebecca De Bianchi'): a particle inside a name, in any case."""
    return word.lower() in words("name_particles")


@lru_cache(maxsize=None)
def _parties() -> dict[str, str]:
    return {abbreviation.lower(): abbreviation for abbreviation in table("political_parties")}


def party_of(text: str, political: bool = True) -> str | None:
    """The party abbreviation in '(...)' after a name: a national party in any case, or, in a list
    of elected members, any short capitalised abbreviation (local parties)."""
    text = text.strip()
    if text.lower() in _parties():
        return _parties()[text.lower()]
    if political and PARTY_SHAPE.match(text) and sum(c.isupper() for c in text) >= min(2, len(text)):
        return text
    return None


@lru_cache(maxsize=None)
def _organisation_entries() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = words("organisation_words")
    return (frozenset(e for e in entries if not e.startswith("-")),
            tuple(e[1:] for e in entries if e.startswith("-")))


def is_organisation(tokens: list[str]) -> bool:
    """Words that name an organisation rather than a person ('Sveriges Lärare', 'Region Norrland')."""
    return any(_organisation_word(token) for token in tokens)


@lru_cache(maxsize=8192)
def _organisation_word(token: str) -> bool:
    whole, endings = _organisation_entries()
    lower = token.lower().strip(",.")
    return lower in whole or lower in _party_names() or any(
        lower.endswith(e) and len(lower) > len(e) + 2 for e in endings)


@lru_cache(maxsize=None)
def _party_names() -> frozenset[str]:
    """'liberalerna', 'moderaterna': the first word of a party's name ('Liberalerna Ekeby'
    is the local party, not a person)."""
    return frozenset(name.split()[0].lower() for name in table("political_parties").values() if name.split()
                     and name.split()[0][:1].isupper())


@lru_cache(maxsize=None)
def unit_entries() -> tuple[frozenset[str], tuple[str, ...]]:
    """The unit words whole ('kansliet') and the endings of a unit's name ('-avdelningen')."""
    entries = words("unit_words")
    return (frozenset(e for e in entries if not e.startswith("-")),
            tuple(e[1:] for e in entries if e.startswith("-")))


@lru_cache(maxsize=8192)
def is_unit_word(token: str) -> bool:
    """A word of the name of an organisation's own unit ('Äldreomsorg', 'Hemtjänst', 'Stab').

    >>> is_unit_word("Äldreomsorg"), is_unit_word("Hemtjänst"), is_unit_word("Nilsson")
    (True, True, False)
    """
    whole, endings = unit_entries()
    lower = token.lower().strip(",.&-–")
    return lower in whole or any(lower.endswith(e) and len(lower) > len(e) + 2 for e in endings)


def is_numberish(word: str) -> bool:
    """'18-23', '18-', '23', '12,', '8:15-11:', '–': a paragraph number, range or time."""
    return bool(NUMBERISH.match(word))
