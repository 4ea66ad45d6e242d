"""One chunk of an attendance line → labels, person entries and loose fragments.

A chunk is the text of a line between runs of two or more spaces. When a PDF's text lost those
spaces, one chunk holds the entries of two columns side by side; they are told apart by what an
entry looks like: a name (capitalised words), a party in parentheses, a role after a comma, a
presence range ("§§ 18-23"), a substitution ("ersätter Per Ek (S)"). A fragment is text that
continues an entry of an earlier line ("verksamhetscontroller § 16", "23", "Lysén (L)").

>>> [(p.kind, p.text) for p in scan("Joel Vallell (M), Ordförande Margareta Törnqvist (L) ersätter Elin")]
[('entry', 'Joel Vallell (M), Ordförande'), ('entry', 'Margareta Törnqvist (L) ersätter Elin')]
>>> [(p.kind, p.text) for p in scan("Ebba Lysén (L), 1:e vice ordförande §§ 18- Lysén (L) §§ 12-17")]
[('entry', 'Ebba Lysén (L), 1:e vice ordförande §§ 18-'), ('entry', 'Lysén (L) §§ 12-17')]
>>> entry = scan("Margareta Törnqvist (L) ersätter Ebba Lysén (L) §§ 12-17")[0]
>>> entry.name, entry.parens, entry.replaces, entry.presence
('Margareta Törnqvist', ['L'], 'Ebba Lysén', '§§ 12-17')
>>> entry = scan("Sara Göransson, Sveriges skolledare, ej § 119")[0]
>>> entry.name, entry.organisation, entry.presence, entry.roles
('Sara Göransson', 'Sveriges skolledare', 'ej § 119', [])
>>> [(p.kind, p.text) for p in scan("Sekreterare Tilda Gustafsson Paragrafer § 8-14")]
[('label', 'Sekreterare'), ('entry', 'Tilda Gustafsson'), ('label', 'Paragrafer'), ('value', '§ 8-14')]
>>> scan("Henrik Rosblad,")[0].open
'hard'
"""
from __future__ import annotations

from dataclasses import dataclass, field

from diarium.language import words
from diarium.structure.attendance_shapes import first_of_run, names_a_unit, party_follows, unit_after_role
from diarium.structure.attendance_vocab import (
    Label, Token, is_acronym, is_name_token, is_numberish, is_organisation, is_particle, is_role_word, is_unit_word,
    _key, label_at, party_of, phrase_at, presence_at, presence_words, tokenize)

MAX_NAME = 5
MAX_ROLE_WORDS = 4     # a role printed with a name: 'biträdande miljö- och byggchef'
# Words after which an entry is not finished: the next line's text belongs to it.
OPEN_WORDS = frozenset({"och", "samt", "för", "i", "med", "av", "§", "§§", "ej", "-", "–", ",", "&"})


@dataclass
class Piece:
    """A label, a field's value, an entry (a person) or a fragment (text continuing an entry)."""

    kind: str
    start: int
    end: int = 0
    text: str = ""
    label: Label | None = None
    name_tokens: list[str] = field(default_factory=list)
    parens: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    organisation: str | None = None
    presence_parts: list[str] = field(default_factory=list)
    replaces_tokens: list[str] = field(default_factory=list)
    junk: list[str] = field(default_factory=list)
    last: str = "start"
    comma: bool = False
    open: str | None = None

    @property
    def name(self) -> str:
        return " ".join(self.name_tokens)

    @property
    def replaces(self) -> str | None:
        return " ".join(self.replaces_tokens) or None

    @property
    def presence(self) -> str | None:
        return " ".join(self.presence_parts).replace(" ,", ",") or None

    @property
    def has_party_shape(self) -> bool:
        return bool(self.parens) and party_of(self.parens[0]) is not None


def scan(text: str) -> list[Piece]:
    """The pieces of one chunk of text, in order."""
    tokens = tokenize(text)
    pieces: list[Piece] = []
    current: Piece | None = None
    i = 0
    while i < len(tokens):
        label = label_at(tokens, i) if _label_allowed(current, tokens, i) else None
        if label:
            _close(current, text, pieces)
            pieces.append(Piece("label", tokens[i].start, tokens[i + label.size - 1].end,
                                label.text, label=label))
            i += label.size
            current = None
            if label.kind == "field":
                i = _field_value(tokens, i, text, pieces)
            continue
        inverted = _surname_first_at(tokens, i) if _name_allowed(current) else None
        if inverted:
            _close(current, text, pieces)
            size, name = inverted
            current = Piece("entry", tokens[i].start, name_tokens=name, last="name")
            i += size
            current.end = tokens[i - 1].end
            continue
        size = _name_at(tokens, i) if _name_allowed(current) and not unit_after_role(current.last if current else None, tokens, i) else 0
        size, more = first_of_run(tokens, i, size)
        if size and (size >= 2 or party_follows(tokens, i + size) or tokens[i].text.endswith("-")):
            _close(current, text, pieces)
            current = Piece("entry", tokens[i].start, name_tokens=[t.text for t in tokens[i:i + size]])
            current.last = "split" if more else "name"
            i += size
            current.end = tokens[i - 1].end
            continue
        if current is None:
            current = Piece("fragment", tokens[i].start)
        step = _attribute(current, tokens, i)
        if step == 0:
            if tokens[i].text == "(" and current.kind == "entry":
                # A second party after a complete entry belongs to a neighbour's entry.
                _close(current, text, pieces)
                current = Piece("fragment", tokens[i].start)
                continue
            if current.kind == "entry" and is_name_token(tokens[i].text):
                # "1:e vice ordförande Jörgensen §101-102": a lone name word ends the entry; it
                # may finish a name of the neighbouring column ("för Ulrika" / "Jörgensen").
                _close(current, text, pieces)
                current = Piece("entry", tokens[i].start, name_tokens=[tokens[i].text], last="name")
                i += 1
                current.end = tokens[i - 1].end
                continue
            current.junk.append(tokens[i].text)
            current.last = "junk"
            step = 1
        i += step
        current.end = tokens[i - 1].end
    _close(current, text, pieces)
    return pieces


def _close(piece: Piece | None, text: str, pieces: list[Piece]) -> None:
    if piece is None:
        return
    piece.text = text[piece.start:piece.end].strip()
    piece.open = _open_state(piece)
    pieces.append(piece)


def _label_allowed(current: Piece | None, tokens: list[Token], i: int) -> bool:
    """A label cannot follow a comma (', Ordförande' is a role) nor start a replaced name."""
    if current is None:
        return True
    return current.last not in ("subst",) and not (i > 0 and tokens[i - 1].text == ",")


def _name_allowed(current: Piece | None) -> bool:
    if current is None or current.kind == "fragment" and current.last in ("junk",):
        return True
    if current.last == "subst":
        return False
    # After "Anna Berg," an organisation ("Sveriges Lärare") is no name: `_name_at` refuses it.
    return current.last in ("comma", "separator", "parens", "role", "presence", "org", "replaced", "junk", "split")


def _name_at(tokens: list[Token], i: int) -> int:
    """How many tokens from `i` make a personal name (0: none)."""
    size = 0
    while i + size < len(tokens) and size < MAX_NAME:
        word = tokens[i + size].text
        if size and label_at(tokens, i + size):
            break
        if is_name_token(word):
            size += 1
        elif size and is_particle(word) and i + size + 1 < len(tokens) and is_name_token(tokens[i + size + 1].text):
            size += 1
        else:
            break
    names = [t.text for t in tokens[i:i + size]]
    if size and (is_organisation(names) or is_particle(names[-1]) or names_a_unit(names)):
        return 0
    return size


def _surname_first_at(tokens: list[Token], i: int) -> tuple[int, list[str]] | None:
    """'Andersson, Anna (S)': a surname, a comma and one or two given names before a party or the
    end of the text; the tokens used and the name in the usual order ('Anna Andersson')."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != "," or not is_name_token(tokens[i].text):
        return None
    given = 0
    while given < 2 and i + 2 + given < len(tokens) and is_name_token(tokens[i + 2 + given].text):
        given += 1
    after = i + 2 + given
    if not given or is_organisation([t.text for t in tokens[i:after] if t.text != ","]):
        return None
    if after < len(tokens) and not party_follows(tokens, after):
        return None
    return after - i, [t.text for t in tokens[i + 2:after]] + [tokens[i].text]


def _attribute(piece: Piece, tokens: list[Token], i: int) -> int:
    """Consume one attribute of an entry at `i`; the number of tokens used (0: not an attribute)."""
    word = tokens[i].text
    if word == ",":
        piece.comma, piece.last = True, "comma"
        return 1
    if word in ("och", "samt") and piece.kind == "entry" and piece.last in ("name", "parens", "role", "presence") \
            and _name_at(tokens, i + 1) >= 2:
        piece.last = "separator"   # "Dan Gahnström (MP) och Stefan Dayne (KD)"
        return 1
    if word == "(":
        return _parens(piece, tokens, i)
    size = phrase_at(tokens, i, "substitution_phrases")
    if size == 1 and word.lower() in words("function_words") and piece.last != "parens":
        size = 0
    if size and (piece.kind == "fragment" or piece.name_tokens):
        piece.last = "subst"
        return size + _replaced_name(piece, tokens, i + size)
    size = presence_at(tokens, i)
    following = tokens[i + 1].text if i + 1 < len(tokens) else ","
    if not size and piece.last == "comma" and _key(word) in presence_words() and not following[:1].islower():
        size = 1      # "Hedda Karlström, marknadschef, kl": a time whose digits the text lost
    if size or is_numberish(word) and piece.last in ("start", "name", "parens", "presence", "comma", "role"):
        return _presence(piece, tokens, i, size)
    if piece.kind == "entry" and piece.last == "comma" and not piece.parens and word.islower() \
            and party_of(word, political=False):
        piece.parens.append(word)     # "Sten Lillgren, s, ordförande": a party printed in lower case
        piece.last = "parens"
        return 1
    if _starts_role(piece, word) or piece.last == "name" and _role_ahead(tokens, i):
        return _role(piece, tokens, i)
    unit = unit_after_role(piece.last, tokens, i)
    if unit:
        for k in range(unit):
            _role(piece, tokens, i + k)
        return unit
    if piece.last in ("comma", "start") and word[0].isupper() and not piece.parens and (
            not piece.roles or piece.last == "comma" and _name_at(tokens, i) < 2):
        return _organisation(piece, tokens, i)     # "Johanna Löwenhielm, MAR, Vård & Omsorg"
    return 0


def _parens(piece: Piece, tokens: list[Token], i: int) -> int:
    close = next((j for j in range(i + 1, min(i + 8, len(tokens))) if tokens[j].text == ")"), None)
    if close is None or close == i + 1:
        return 0
    content = " ".join(t.text for t in tokens[i + 1:close]).replace(" ,", ",")
    if piece.last == "replaced":
        piece.last = "parens"
        return close - i + 1
    if piece.kind == "entry" and piece.parens and party_of(content) and not piece.comma:
        return 0
    if piece.kind == "entry" and piece.last not in ("name", "parens") and party_of(content):
        return 0
    if presence_at(tokens, i + 1):
        piece.presence_parts.append(content)     # "sekreterare (§§ 1-5)"
        piece.last = "presence"
        return close - i + 1
    piece.parens.append(content)
    piece.last = "parens"
    return close - i + 1


def _replaced_name(piece: Piece, tokens: list[Token], i: int) -> int:
    size = 0
    while i + size < len(tokens) and size < MAX_NAME and (
            is_name_token(tokens[i + size].text) or size and is_particle(tokens[i + size].text)):
        size += 1
    if size >= 4 and i + size < len(tokens) and tokens[i + size].text == "(":
        size -= 2   # "tjg för Klas Karlsson Sonny Landerberg (MP)": the last two start a new entry
    if size:
        piece.replaces_tokens = [t.text for t in tokens[i:i + size]]
        piece.last = "replaced"
    return size


def _presence(piece: Piece, tokens: list[Token], i: int, marker: int) -> int:
    j = i + marker
    while j < len(tokens) and (is_numberish(tokens[j].text) or tokens[j].text in (",", "och", "samt", "§", "§§")):
        if tokens[j].text == "," and not (j + 1 < len(tokens) and is_numberish(tokens[j + 1].text)):
            break
        j += 1
    words = [t.text for t in tokens[i:j]]
    piece.presence_parts.append(" ".join(words).replace(" ,", ","))
    piece.last = "presence"
    return j - i


def _starts_role(piece: Piece, word: str) -> bool:
    if piece.last == "role":
        return word[0].islower() or is_role_word(word) or is_acronym(word) or word in ("/", "&", "-", "–") \
            or "/" in word      # 'utvecklingsledare IT/digitalisering'
    if piece.last in ("comma", "start"):
        return word[0].islower() or is_role_word(word) or is_acronym(word)
    return piece.last in ("name", "parens", "presence", "replaced") and is_role_word(word)


def _role_ahead(tokens: list[Token], i: int) -> bool:
    """'Sigrid Eriksson miljö- och byggchef': lower-case words after a name that end in a role
    ('Dennis Östgren som ersättare' is no role: a function word starts it)."""
    if tokens[i].text.lower() in words("function_words"):
        return False
    for token in tokens[i:i + MAX_ROLE_WORDS]:
        if not token.text[:1].islower():
            return False
        if is_role_word(token.text):
            return True
    return False


def _role(piece: Piece, tokens: list[Token], i: int) -> int:
    if piece.last == "role" and not (i > 0 and tokens[i - 1].text == ","):
        piece.roles[-1] += " " + tokens[i].text
    else:
        piece.roles.append(tokens[i].text)
    piece.last = "role"
    return 1


def _organisation(piece: Piece, tokens: list[Token], i: int) -> int:
    """'Sveriges Lärare' after a name: up to a comma, a parenthesis, a presence range, or a
    person's name that a comma or parenthesis follows."""
    j = i
    while j < len(tokens) and tokens[j].text not in (",", "(", "§", "§§") and not (
            j > i and (presence_at(tokens, j) or _name_ends_entry(tokens, j) or label_at(tokens, j))):
        j += 1
    piece.organisation = " ".join(t.text for t in tokens[i:j])
    piece.last = "org"
    return j - i


def _name_ends_entry(tokens: list[Token], i: int) -> bool:
    size = _name_at(tokens, i)
    return size >= 2 and i + size < len(tokens) and tokens[i + size].text in (",", "(")


def _field_value(tokens: list[Token], i: int, text: str, pieces: list[Piece]) -> int:
    j = i
    while j < len(tokens) and not label_at(tokens, j):
        j += 1
    if j > i:
        pieces.append(Piece("value", tokens[i].start, tokens[j - 1].end, text[tokens[i].start:tokens[j - 1].end]))
    return j


def _open_state(piece: Piece) -> str | None:
    """'hard' when the entry cannot end here ('ersätter', 'Jan-', '§§ 18-', a trailing comma),
    'object' when a substitution still lacks its name or party, 'soft' after a role (a wrapped role
    may follow), None when complete."""
    if piece.kind not in ("entry", "fragment"):
        return None
    last_word = piece.text.split()[-1] if piece.text.split() else ""
    if piece.last == "subst" or piece.last == "replaced" and len(piece.replaces_tokens) == 1:
        return "object"
    if last_word.endswith(("-", "–")) or last_word.lower() in OPEN_WORDS or last_word.endswith(","):
        return "hard"
    if piece.last == "role":
        return "soft"
    return None

