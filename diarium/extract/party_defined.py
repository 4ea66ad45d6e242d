"""Parties an agreement names with a defined term: 'Ekeby kommun, 123 45 Ekeby, nedan kallad
Kommunen'. The term stands for the organisation its clause opens with: when that clause prints
an organisationsnummer, the name before the number, not a thing the clause goes on to describe
('X AB (556…), tomträttshavare till Ekeby 1:2, nedan kallad Bolaget' defines X AB).

>>> from diarium.structure import analyse
>>> from diarium.extract.units import text_units
>>> text = ("Parter:\\n\\na) Ekeby kommun (212000-9994), nedan kallad Kommunen\\n\\n"
...         "b) NORRBY BYGG AB (556900-1232),\\ntomträttshavare till Norrby 6:18, nedan kallad Bolaget\\n")
>>> [p.name for p in from_definitions(text, text_units(text, analyse(text)))]
['Ekeby kommun', 'NORRBY BYGG AB']
>>> text = "Mellan Ekeby kommun, nedan kallad Kommunen, och Norrby Bygg AB, org.nr 556900-1232, nedan kallat Bolaget"
>>> [p.name for p in from_definitions(text, text_units(text, analyse(text)))]
['Ekeby kommun', 'Norrby Bygg AB']
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.party_clauses import TRAILING_NUMBER
from diarium.extract.party_context import looks_like_person
from diarium.extract.party_names import name_at_end, reference_words
from diarium.extract.party_number_names import EARLIER_NUMBER
from diarium.extract.units import Unit
from diarium.schemas import Party

DEFINED = re.compile(r"(?i),?\s*(?:\(\s*)?nedan\s+(?:kallad|kallat|kallade|benämnd|benämnt)\s+(?P<term>[\wåäö]+)")
POSTAL_ADDRESS = re.compile(r",\s*\d{3}\s?\d{2}\s+[A-ZÅÄÖ]\w+\s*$")


def defined_name(clause: str) -> tuple[str, int] | None:
    """(name, where it starts in `clause`) of what a defined term at the clause's end stands for."""
    numbers = list(EARLIER_NUMBER.finditer(clause))
    before = clause[:numbers[-1].end()] if numbers else clause
    before = POSTAL_ADDRESS.sub("", TRAILING_NUMBER.sub("", before))
    name = name_at_end(before)
    if not name or looks_like_person(name):
        return None
    return name, max(before.rfind(name.split()[0]), 0)


def from_definitions(text: str, units: list[Unit]) -> list[Party]:
    """What each defined term of a party stands for."""
    parties = []
    for unit in units:
        clause_start = 0
        for match in DEFINED.finditer(unit.text):
            clause, at = unit.text[clause_start:match.start()], clause_start
            clause_start = match.end()
            if match.group("term").casefold() not in reference_words():
                continue                # 'fastigheten X, nedan kallad Fastigheten' names no party
            found = defined_name(clause)
            if found:
                start = at + found[1]
                parties.append(Party(name=found[0], evidence=[evidence(text, *unit.span(start, start + len(found[0])))]))
    return parties
