"""Persons with their role or title and their political party, read from the structure.

Attendance rows (name, party, role, list), signature blocks, letterheads and contact blocks
(name, title, e-mail) and, in running text, names printed with a party or a title; then one
record a person (`persons_found.merge`): the meeting role before a function of the minutes and a
job title, role and party kept apart. Organisations and masked names are never persons.

>>> text = ("Ledamöter                 Maja Larsson (C), ordförande\\n"
...         "                          Jan-Erik Pettersson (S)\\n                          Louise Wallqvist (M)\\n\\n"
...         "Övriga närvarande         Ester Ekman, socialchef\\n\\n"
...         "Justerare: Louise Wallqvist (M)\\n")
>>> [(p.name, p.role, p.party) for p in find_persons(text)]   # doctest: +NORMALIZE_WHITESPACE
[('Maja Larsson', 'Ordförande', 'C'), ('Jan-Erik Pettersson', 'Ledamot', 'S'),
 ('Louise Wallqvist', 'Ledamot, justerare', 'M'), ('Ester Ekman', 'Socialchef', None)]
>>> [(p.name, p.role) for p in find_persons(
...     "Fredrik Jurdell Viveka Hallgast Hallstorp\\nSocialdirektör Bitr. förvaltningschef")]
[('Fredrik Jurdell', 'Socialdirektör'), ('Viveka Hallgast Hallstorp', 'Bitr. förvaltningschef')]
>>> [(p.name, p.role) for p in find_persons("Handläggare\\nLouise Eriksson\\nTelefon: 08-50825403")]
[('Louise Eriksson', 'Handläggare')]
>>> [(p.name, p.role) for p in find_persons("Kontakt: Fredrik Jurdell, socialdirektör")]
[('Fredrik Jurdell', 'Socialdirektör')]
"""
from __future__ import annotations

from diarium.extract.persons_cells import cell_persons, function_cells
from diarium.extract.persons_columns import column_persons
from diarium.extract.persons_table_columns import table_column_persons
from diarium.extract.persons_contacts import contact_persons
from diarium.extract.persons_flat import flat_persons
from diarium.extract.persons_forms import form_signatories
from diarium.extract.persons_labelled import labelled_persons
from diarium.extract.persons_found import merge
from diarium.extract.persons_listed import listed_persons
from diarium.extract.persons_name_lines import name_line_persons
from diarium.extract.persons_offices import fold_surnames, office_persons
from diarium.extract.persons_letterhead import letterhead_persons, recipient_persons
from diarium.extract.persons_structure import attendance_persons, signature_persons
from diarium.extract.persons_text import Known, text_persons
from diarium.extract.persons_titled import titled_after, titled_persons
from diarium.schemas import Person
from diarium.schemas.structure import Structure
from diarium.structure import analyse


def claimed_spans(structure: Structure) -> list[tuple[int, int]]:
    """Attendance lines and rows and signatories, read by their own readers; running text is
    elsewhere (a contact line a signature block took in, "Handläggare: Signe Gustafsson, utredare",
    is not). A row of a page that lost its line breaks is claimed, not its whole line."""
    spans = [(line.start, line.end) for line in structure.lines if line.role == "attendance"]
    spans += [(row.start, row.end) for row in structure.attendance]
    spans += function_cells(structure)
    return spans + [(s.start, s.end) for block in structure.signatures for s in block.signatures if s.name]


def known_abbreviations(structure: Structure) -> Known:
    """The parties and the organisations the attendance lists print in parentheses."""
    return Known(frozenset(row.party for row in structure.attendance if row.party),
                 frozenset(row.organisation for row in structure.attendance if row.organisation))


def find_persons(text: str, structure: Structure | None = None) -> list[Person]:
    """Every named person, once, in order of first appearance."""
    structure = structure if structure is not None else analyse(text)
    found = attendance_persons(text, structure) + signature_persons(structure)
    found += letterhead_persons(structure) + flat_persons(structure) + form_signatories(structure)
    found += cell_persons(text, structure) + contact_persons(structure) + column_persons(structure)
    found += table_column_persons(structure)
    found += name_line_persons(structure)
    claimed = claimed_spans(structure)
    found += recipient_persons(text, structure) + labelled_persons(text, claimed)
    found += text_persons(text, claimed, known_abbreviations(structure))
    found += titled_persons(text, claimed) + listed_persons(text, claimed) + titled_after(text, claimed)
    found += fold_surnames(office_persons(text), found)
    return merge(text, found)
