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

from diarium.language import words
from diarium.structure.attendance_entry_names import name_at, replaced_name, surname_first_at
from diarium.structure.attendance_piece import Piece
from diarium.structure.attendance_shapes import first_of_run, party_follows, unit_after_role
from diarium.structure.attendance_vocab import (
    Token, is_acronym, is_name_token, is_numberish, is_role_word,
    _key, label_at, party_of, phrase_at, presence_at, presence_words, tokenize)

MAX_ROLE_WORDS = 4     # a role printed with a name: 'biträdande miljö- och byggchef'
# Words after which an entry is not finished: the next line's text belongs to it.
OPEN_WORDS = frozenset({"och", "samt", "för", "i", "med", "av", "§", "§§", "ej", "-", "–", ",", "&"})



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
        inverted = surname_first_at(tokens, i) if _name_allowed(current) else None
        if inverted:
            _close(current, text, pieces)
            size, name = inverted
            current = Piece("entry", tokens[i].start, name_tokens=name, last="name")
            i += size
            current.end = tokens[i - 1].end
            continue
        size = name_at(tokens, i) if _name_allowed(current) and not unit_after_role(current.last if current else None, tokens, i) else 0
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
    # After "Anna Berg," an organisation ("Sveriges Lärare") is no name: `name_at` refuses it.
    return current.last in ("comma", "separator", "parens", "role", "presence", "org", "replaced", "junk", "split")


def _attribute(piece: Piece, tokens: list[Token], i: int) -> int:
    """Consume one attribute of an entry at `i`; the number of tokens used (0: not an attribute)."""
    word = tokens[i].text
    if word == ",":
        piece.comma, piece.last = True, "comma"
        return 1
    if word in ("och", "samt") and piece.kind == "entry" and piece.last in ("name", "parens", "role", "presence") \
            and name_at(tokens, i + 1) >= 2:
        piece.last = "separator"   # "Dan Gahnström (MP) och Stefan Dayne (KD)"
        return 1
    if word == "(":
        return _parens(piece, tokens, i)
    size = phrase_at(tokens, i, "substitution_phrases")
    if size == 1 and word.lower() in words("function_words") and piece.last != "parens":
        size = 0
    if size and (piece.kind == "fragment" or piece.name_tokens):
        piece.last = "subst"
        return size + replaced_name(piece, tokens, i + size)
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
            not piece.roles or piece.last == "comma" and name_at(tokens, i) < 2):
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
    size = name_at(tokens, i)
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

