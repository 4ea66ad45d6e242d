"""Where a personal name begins and ends in an attendance chunk: a name at a position, a name
printed surname first ("Andersson, Anna (S)"), the name of the member a substitute replaces.

>>> from diarium.structure.attendance_entries import scan
>>> [(p.name, p.replaces) for p in scan("Odd Lax, ersättare för Eva Ek Per Holm Ola Lind")]
[('Odd Lax', 'Eva Ek'), ('Per Holm', None), ('Ola Lind', None)]
"""
from __future__ import annotations

from diarium.structure.attendance_piece import Piece
from diarium.structure.attendance_shapes import names_a_unit, party_follows
from diarium.structure.attendance_vocab import Token, is_name_token, is_organisation, is_particle, label_at
from diarium.structure.name_runs import split_run

MAX_NAME = 5
MIN_RUN = 3      # words a replaced member's name may hold before the run is cut into names


def name_at(tokens: list[Token], i: int) -> int:
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


def surname_first_at(tokens: list[Token], i: int) -> tuple[int, list[str]] | None:
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


def replaced_name(piece: Piece, tokens: list[Token], i: int) -> int:
    """The member a substitute replaces ("ersättare för Eva Ek"): the tokens of the name. In a text
    that lost its line breaks the next members' names follow with nothing between ("… för Eva Ek
    Per Holm Ola Lind"): the run is cut where the first name ends (`name_runs.split_run`)."""
    run = 0
    while i + run < len(tokens) and (is_name_token(tokens[i + run].text) or run and is_particle(tokens[i + run].text)):
        run += 1
    size = min(run, MAX_NAME)
    if size >= 4 and i + size < len(tokens) and tokens[i + size].text == "(":
        size -= 2   # "tjg för Klas Karlsson Sonny Landerberg (MP)": the last two start a new entry
    elif run > MIN_RUN:
        size = len(split_run([t.text for t in tokens[i:i + run]])[0])
    if size:
        piece.replaces_tokens = [t.text for t in tokens[i:i + size]]
        piece.last = "replaced"
    return size
