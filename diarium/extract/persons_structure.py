"""Persons read from the structure stage: attendance rows and signature blocks.

An attendance row already holds the name, the party, the role printed with the name and the
list it stands in; the list's label gives the role of a person with none printed ("Ledamöter" →
Ledamot, `attendance_labels.tsv`), a representative's organisation follows the role
("Personalföreträdare, Sveriges Lärare"), and a member a serving substitute replaces is a person
too (Ledamot). A signatory has the title printed under the name; with none, an organisation
signed for and a place and date make the role (`role_templates.tsv`).

>>> from diarium.structure import analyse
>>> text = ("Beslutande    Ledamöter                     Tjänstgörande ersättare\\n"
...         "Joel Vallell (M), Ordförande Margareta Törnqvist (L) ersätter Ebba\\n"
...         "Ebba Lysén (L), 1:e vice ordförande §§ 18- Lysén (L) §§ 12-17\\n"
...         "23                            Johanna Myhlén (M)\\n")
>>> [(f.name, f.role, f.party) for f in attendance_persons(text, analyse(text))]   # doctest: +NORMALIZE_WHITESPACE
[('Joel Vallell', 'Ordförande', 'M'), ('Ebba Lysén', '1:e vice ordförande', 'L'),
 ('Margareta Törnqvist', 'Tjänstgörande ersättare', 'L'), ('Ebba Lysén', 'Ledamot', 'L'),
 ('Johanna Myhlén', 'Tjänstgörande ersättare', 'M')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.person_names import person_name
from diarium.extract.persons_name_lines import names_side_by_side
from diarium.extract.persons_found import ATTENDANCE, LIST_DEFAULT, PRINTED, SIGNATURE, Found
from diarium.language import table
from diarium.schemas.structure import AttendanceRow, Signature, Structure
from diarium.structure.attendance_vocab import Label, label_at, party_of, tokenize

PARENS = re.compile(r"\(([^()\n]{1,6})\)")


@lru_cache(maxsize=256)
def group_label(group: str) -> Label | None:
    """The attendance label a row's list was printed under."""
    return label_at(tokenize(group), 0)


@lru_cache(maxsize=1)
def member_role() -> str | None:
    """The role of a member of the board ("Ledamot"): what a replaced member was."""
    return next((value.partition(" ")[2].strip() for value in table("attendance_labels").values()
                 if value.startswith("member ") and value.partition(" ")[2].strip()), None)


def _row_role(row: AttendanceRow, label: Label | None) -> tuple[str | None, str]:
    role, how = (row.role or "").strip(" ,;"), PRINTED
    if not role and row.replaces and label is not None and label.kind == "member":
        role, how = table("role_templates")["serving substitute"], LIST_DEFAULT
    if not role and label is not None and label.role:
        role, how = label.role, LIST_DEFAULT
    if row.organisation:       # "Personalföreträdare, Sveriges Lärare"
        role = f"{role}, {row.organisation}" if role else row.organisation
    return role or None, how


def _replaced(text: str, row: AttendanceRow) -> Found | None:
    """The member a serving substitute replaces, with the party printed after the name."""
    name = person_name(row.replaces or "")
    if name is None:
        return None
    span = text[row.start:row.end]
    at = span.find(name.split()[-1])
    party = PARENS.search(span, at) if at >= 0 else None
    start = row.start + max(at, 0)
    return Found(name, member_role(), party_of(party.group(1)) if party else None, ATTENDANCE, LIST_DEFAULT,
                 [(start, start + len(name.split()[-1]))])


def attendance_persons(text: str, structure: Structure) -> list[Found]:
    found = []
    for row in structure.attendance:
        name = person_name(row.name)
        if name is None:
            continue
        label = group_label(row.group) if row.group else None
        role, how = _row_role(row, label)
        found.append(Found(name, role, row.party, ATTENDANCE, how, [(row.start, row.end)]))
        replaced = _replaced(text, row) if row.replaces else None
        if replaced:
            found.append(replaced)
    return found


def _signature_role(signature: Signature) -> str | None:
    if signature.title:
        return signature.title
    if signature.organisation and signature.place_date:
        return table("role_templates")["signatory"].format(signature.organisation)
    return None


def signature_persons(structure: Structure) -> list[Found]:
    found = []
    for block in structure.signatures:
        for signature in block.signatures:
            name = person_name(signature.name or "")
            # "Anna Berg Per Holm": two signers side by side, read as one
            for one in (names_side_by_side(name) or [name]) if name else []:
                found.append(Found(one, _signature_role(signature), None, SIGNATURE, PRINTED,
                                   [(signature.start, signature.end)]))
    return found
