"""An attendance entry as a row: its party, role and organisation sorted out; and whether a
fragment of a list names a unit (the end of a wrapped staff title).

>>> from diarium.structure.attendance_entries import scan
>>> from diarium.structure.attendance_vocab import label_at, tokenize
>>> group = label_at(tokenize("Ledamöter"), 0)
>>> row = row_of(scan("Ebba Lysén (L), 1:e vice ordförande §§ 18-23")[0], group, 1, 0, 44)
>>> row.name, row.party, row.role, row.paragraphs
('Ebba Lysén', 'L', '1:e vice ordförande', '§§ 18-23')
"""
from __future__ import annotations

from diarium.schemas.structure import AttendanceRow
from diarium.structure.attendance_entries import Piece, scan
from diarium.structure.attendance_vocab import (
    Label, is_organisation, is_role_word, is_unit_word, party_of, presence_words)
from diarium.structure.name_runs import is_given_name

POLITICAL_KINDS = ("member", "substitute")    # lists of elected members: "(XY)" after a name is a party


def is_unit_line(piece: Piece) -> bool:
    """A fragment that names a unit of the organisation (the end of a staff member's title
    wrapped onto the next line): capitalised words with a unit's word or a connector among
    them ('Äldreomsorg och Hälsa', 'Stab & Utveckling', 'IT/digitalisering, §§ 32-33'); no
    party, role or substitution of its own.

    >>> is_unit_line(scan("Äldreomsorg och Hälsa")[0]), is_unit_line(scan("Hemtjänst Norr")[0])
    (True, True)
    >>> is_unit_line(scan("Kommunal")[0]), is_unit_line(scan("Yasmine Dernelid")[0])
    (False, False)
    """
    if piece.kind != "fragment" or not piece.organisation or piece.roles or piece.parens or piece.replaces_tokens:
        return False
    names = piece.organisation.split()
    connected = any(word in ("och", "&", "-", "–") or "/" in word or word.endswith("-") for word in names)
    return not is_given_name(names[0]) and (connected or any(is_unit_word(word) for word in names))


def prose_words(piece: Piece) -> list[str]:
    """The words of a piece that no entry explains and that read as running text: lower-case
    words that are no role, no organisation's and no presence range's word ('närvarande from kl'
    whose time was lost), in the scanner's junk or in what it took for an organisation.

    >>> prose_words(scan("Anna Berg (S) yrkar bifall till förslaget")[0])
    ['yrkar', 'bifall', 'till', 'förslaget']
    >>> prose_words(scan('Eva Ek, projektledare "Trygg hemma"')[0]), prose_words(scan("Per Ahl, chef Ekonomi + HR")[0])
    ([], [])
    """
    words = [word.strip(".,;:!?") for word in piece.junk + (piece.organisation or "").split()]
    return [word for word in words if word.isalpha() and word.islower() and len(word) > 1
            and not is_role_word(word) and not is_organisation([word]) and word not in presence_words()]


def row_of(piece: Piece, group: Label, page: int, start: int, end: int) -> AttendanceRow:
    """The attendance row of a person's entry read under `group` (its list's label)."""
    political = group.kind in POLITICAL_KINDS
    party, roles, organisation = None, list(piece.roles), piece.organisation
    for content in piece.parens:
        found = party_of(content, political)
        if found and party is None:
            party = found
        elif content[:1].islower() or is_role_word(content.split()[0]):
            roles.append(content)
        elif organisation is None:
            organisation = content
    role = ", ".join(roles) or (group.role if group.kind == "signer" else None)
    return AttendanceRow(page=page, start=start, end=end, name=piece.name, party=party, role=role,
                         group=group.text, paragraphs=piece.presence, replaces=piece.replaces,
                         organisation=organisation)
