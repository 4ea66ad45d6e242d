"""The shapes of names in an attendance list's text: where a run of name words ends, whether
capitalised words after a title are the next person or the unit the title belongs to.

Known given names (`first_names.txt`) and surname shapes (`surname_endings.txt`, by way of
`name_runs`) tell a person from a unit: "förvaltningschef Hedda Persson" is two entries,
"marknadschef Tillväxt Skellefteå" one.

>>> tokens = tokenize("Gun Örn Karl-Erik Andersson Jörgen Kaya")
>>> name_run(tokens, 0), first_of_run(tokens, 0, 5)
(6, (2, True))
>>> names_a_unit(["Hemtjänst", "Norr"]), names_a_unit(["Anna", "Park"])
(True, False)
"""
from __future__ import annotations

from diarium.structure.attendance_vocab import (
    Token, is_acronym, is_name_token, is_particle, is_role_word, is_unit_word, label_at, party_of, tokenize)
from diarium.structure.name_runs import is_given_name, looks_like_surname, split_run

RUN = 4                # name words in a row that may be more than one name


def names_a_unit(names: list[str]) -> bool:
    """'Hemtjänst Norr': capitalised words with a unit's word, not after a given name."""
    return not is_given_name(names[0]) and any(is_unit_word(name) for name in names)


def name_run(tokens: list[Token], i: int) -> int:
    """How many name words (particles inside) follow one another from `i`, up to a label."""
    end = i
    while end < len(tokens) and (is_name_token(tokens[end].text) or end > i and is_particle(tokens[end].text)) \
            and not (end > i and label_at(tokens, end)):
        end += 1
    return end - i


def first_of_run(tokens: list[Token], i: int, size: int) -> tuple[int, bool]:
    """The first name of a run of four or more name words with nothing between them ("Gun
    Örn Karl-Erik Andersson Jörgen Kaya": a column of names that lost its line breaks), and
    whether more names follow in the run."""
    if size < 2:
        return size, False
    run = name_run(tokens, i)
    if run < RUN:
        return size, False
    names = split_run([t.text for t in tokens[i:i + run]])
    return (len(names[0]), True) if len(names) > 1 else (size, False)


def unit_after_role(last: str | None, tokens: list[Token], i: int) -> int:
    """'marknadschef Tillväxt Skellefteå, kl', 'chef Stab & Utveckling', 'verksamhetschef för
    Stöd': capitalised words right after a role (no comma between) go on with the role — the
    unit the person heads — unless they read as the next person (`reads_as_person`). `last`:
    what the entry read last. The number of words, 0 when they are a name or no words of a unit.

    >>> unit_after_role("role", tokenize("marknadschef Tillväxt Skellefteå, kl"), 1)
    2
    >>> unit_after_role("role", tokenize("förvaltningschef Hedda Persson, nämndsekreterare"), 1)
    0
    """
    if last != "role" or i == 0 or tokens[i - 1].text == ",":
        return 0
    run = name_run(tokens, i)
    return 0 if run == 0 or reads_as_person(tokens, i, run) else run


def reads_as_person(tokens: list[Token], i: int, run: int) -> bool:
    """Name words that are a person: a given name first, a surname last ('1:e vice ordförande
    Jörgensen', the end of a neighbour's name), a party or a role after them
    ('förvaltningschef Hedda Persson', 'kulturutvecklare Patrick Almberg, fritidsutvecklare')."""
    if is_given_name(tokens[i].text) and run >= 2 or looks_like_surname(tokens[i + run - 1].text) \
            or party_follows(tokens, i + run):
        return True
    after = i + run + 1 if i + run < len(tokens) and tokens[i + run].text == "," else i + run
    return run >= 2 and after < len(tokens) and (is_role_word(tokens[after].text) or is_acronym(tokens[after].text))


def party_follows(tokens: list[Token], i: int) -> bool:
    return (i + 2 < len(tokens) and tokens[i].text == "(" and tokens[i + 2].text == ")"
            and party_of(tokens[i + 1].text) is not None)
