"""Parties of a list of terms: 'Västerby hembygdsförening – 1 juli 2024–31 december 2027.'
under a heading that says what the terms are of ('Aktuella partnerskap i evenemangsnämnden'):
the names before the dash are parties, and so is the public body the heading names.
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.party_context import looks_like_person
from diarium.extract.party_names import clean_name
from diarium.extract.period_ranges import RANGE
from diarium.extract.periods import heading_of_kind, kind_before
from diarium.extract.units import Unit
from diarium.schemas import Party
from diarium.schemas.structure import Heading, Structure

ENTRY_NAME = re.compile(r"^(?P<name>[^–—\d][^–—]{1,80}?)\s[–—-]\s*")
PUBLIC_BODY = re.compile(r"(?i)\b[\wåäö-]*(?:nämnd|förvaltning|styrelse)(?:en)?\b")
TERM_KINDS = ("period", "-", "projekt", "uppdrag", "verksamhetsår")


def term_heading(text: str, structure: Structure, pos: int) -> tuple[str, Heading | None]:
    """What the term at `pos` is of, and the heading that says so (None: its sentence does)."""
    kind = kind_before(text, pos)
    if kind != "period":
        return kind, None
    found = heading_of_kind(structure, pos)
    return (found[1], found[0]) if found else (kind, None)


def heading_body(text: str, heading: Heading) -> Party | None:
    """'Aktuella partnerskap i evenemangsnämnden': the public party a list's heading names."""
    body = PUBLIC_BODY.search(heading.text)
    if not body:
        return None
    name = body.group(0)[:1].upper() + body.group(0)[1:]
    return Party(name=name, evidence=[evidence(text, heading.start + body.start(), heading.start + body.end())])


def from_term_lists(text: str, structure: Structure, units: list[Unit]) -> list[Party]:
    """'Västerby hembygdsförening – 1 juli 2024–31 december 2027.' under a heading that says
    what the terms are of ('Aktuella partnerskap'): the name before the dash is a party."""
    parties = []
    for unit in units:
        entry = ENTRY_NAME.match(unit.text) if ("–" in unit.text or " - " in unit.text or "—" in unit.text) else None
        if not entry or not RANGE.match(unit.text, entry.end()):
            continue
        kind, heading = term_heading(text, structure, unit.span(entry.end(), entry.end() + 1)[0])
        if kind in TERM_KINDS:
            continue
        body = heading_body(text, heading) if heading else None
        parties += [body] if body else []
        pos = 0
        for piece in re.split(r"(?<!-)\s+(?:och|samt)\s+", entry.group("name")):
            at = entry.group("name").find(piece, pos)
            pos = at + len(piece)
            name = clean_name(piece)
            if name and not looks_like_person(name):
                parties.append(Party(name=name, evidence=[evidence(text, *unit.span(at, at + len(piece)))]))
    return parties


