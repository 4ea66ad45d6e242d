"""The persons of one stretch of a flat attendance list (the text after a run of labels).

The text is read with the entry scanner of the laid-out lists up to where running text begins
(three lower-case words no entry explains); a person is kept when their name has two to four
words. When the parties stand in a column of their own before the names, one at a time ("M Anna
Berg C Nils Ek") or all of the column before all of its names ("C S Anna Berg Nils Ek"), each
party is given to its name, the names cut from their run by `name_runs`. `attendance_flat` cuts
the long lines at their labels and makes the rows.
"""
from __future__ import annotations

from diarium.structure.attendance_entries import Piece, scan
from diarium.structure.attendance_rows import prose_words
from diarium.structure.attendance_vocab import Token, is_name_token, is_particle, party_of, tokenize
from diarium.structure.name_runs import is_given_name, split_run

PROSE_WORDS = 3      # lower-case words no entry explains: running text has begun
MAX_NAME_WORDS = 4
PARTY_SHARE = 3      # a column of parties stands before most names: not a few initials among many given names


def flat_entries(text: str) -> tuple[list[Piece], bool]:
    """The persons of a text, up to where it turns into running text."""
    entries: list[Piece] = []
    for piece in scan(text):
        if _is_prose(piece):
            return entries, True
        if piece.kind == "entry" and _clean_name(piece):
            entries.append(piece)
        elif piece.replaces_tokens and entries and not entries[-1].replaces_tokens:
            # "Stellan Hammarlund (S) (S) tjg ers för Ann-Louise Persson (S)": a party printed twice
            entries[-1].replaces_tokens, entries[-1].end = piece.replaces_tokens, piece.end
    return entries, False


def _is_prose(piece: Piece) -> bool:
    return len(prose_words(piece)) >= PROSE_WORDS


def _clean_name(piece: Piece) -> bool:
    """A name of two to four words; an initial before a whole name ("K Gunnar Jansson") is
    debris of a signature."""
    names = piece.name_tokens
    if len(names) >= 3 and len(names[0]) == 1 and len(names[1].rstrip(".")) > 1:
        del names[0]     # not two initials before a surname ("K G Berg")
    words = [word for word in names if not is_particle(word)]
    return 2 <= len(words) <= MAX_NAME_WORDS


def _bare_party(tokens: list[Token], i: int) -> str | None:
    """A party printed in a column of its own: a known abbreviation as printed ('KD'), or a short
    one in capitals ('MBP'); not inside parentheses."""
    if i > 0 and tokens[i - 1].text == "(":
        return None
    word = tokens[i].text
    known = party_of(word)
    if known == word and word.isupper() or word.isalpha() and word.isupper() and 2 <= len(word) <= 4:
        return word
    return None


def _name_follows(tokens: list[Token], i: int) -> bool:
    return i < len(tokens) and is_name_token(tokens[i].text) and _bare_party(tokens, i) is None


def _given_names(tokens: list[Token]) -> int:
    return sum(1 for token in tokens if is_given_name(token.text))


def party_column(text: str) -> tuple[list[Piece], bool] | None:
    """Entries of a list whose parties stand before the names; None when it is not one (fewer
    than two parties before names, or more parties after names in parentheses)."""
    tokens = tokenize(text)
    before = [i for i in range(len(tokens)) if _bare_party(tokens, i) and _name_follows(tokens, i + 1)]
    after = sum(1 for i in range(1, len(tokens) - 2) if tokens[i].text == "(" and is_name_token(tokens[i - 1].text)
                and tokens[i + 2].text == ")" and party_of(tokens[i + 1].text))
    if len(before) < 2 or len(before) <= after or len(before) * PARTY_SHARE < _given_names(tokens):
        return None
    entries: list[Piece] = []
    i = 0
    while i < len(tokens):
        if _bare_party(tokens, i) is None:
            i += 1
            continue
        parties: list[str] = []
        while i < len(tokens) and _bare_party(tokens, i) and (parties or _name_follows(tokens, i + 1)
                                                             or _bare_party(tokens, i + 1)):
            parties.append(tokens[i].text)
            i += 1
        end = next((j for j in range(i, len(tokens)) if _bare_party(tokens, j) and (
            _name_follows(tokens, j + 1) or _bare_party(tokens, j + 1))), len(tokens))
        block, prose = _column_block(text, tokens, i, end, parties)
        entries += block
        if prose:
            return entries, True
        i = end
    return entries, False


def _column_block(text: str, tokens: list[Token], first: int, end: int,
                  parties: list[str]) -> tuple[list[Piece], bool]:
    """The persons after one run of parties: as many names as parties from the run of name words
    that follows, then whatever else the text holds."""
    if first >= end:
        return [], False
    run = first
    while run < end and (is_name_token(tokens[run].text) or run > first and is_particle(tokens[run].text)):
        run += 1
    entries: list[Piece] = []
    if len(parties) > 1:
        names = split_run([t.text for t in tokens[first:run]], len(parties))
        if len(names) != len(parties):
            return [], False
        at = first
        for party, name in zip(parties, names):
            piece = Piece("entry", tokens[at].start, tokens[at + len(name) - 1].end,
                          name_tokens=list(name), parens=[party])
            piece.text = text[piece.start:piece.end]
            entries.append(piece)
            at += len(name)
        first = run
        if first >= end:
            return entries, False
    offset = tokens[first].start
    found, prose = flat_entries(text[offset:tokens[end - 1].end])
    for k, piece in enumerate(found):
        piece.start, piece.end = piece.start + offset, piece.end + offset
        if k == 0 and len(parties) == 1 and not entries:
            piece.parens.insert(0, parties[0])
    return entries + found, prose
