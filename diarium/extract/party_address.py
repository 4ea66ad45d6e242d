"""Parties named under their role label: an agreement's or a grant's head prints the role on a
line of its own ("Bidragsgivare:", "Hyresgäst") and the party's address block below it, the
name on the block's first line, its organisationsnummer maybe a line or two further down.

>>> from diarium.structure import analyse
>>> from diarium.extract.units import text_units
>>> text = '''Bidragsgivare:
... Ekeby kommun
... Kultur och fritid
... 123 45 Ekeby
...
... Bidragstagare:
...
... Norrby Idrottsförening
... Storgatan 4
... 123 46 Ekeby
...
... Organisationsnummer: 807861–5070
... Bankgiro: 5050–1055
... '''
>>> [(p.name, p.orgnr) for p in labels_above(text, text_units(text, analyse(text)))]
[('Ekeby kommun', None), ('Norrby Idrottsförening', '807861-5070')]

A head that prints the role and the bare name on the line under it, no address ("Motpart" /
"Ekeby kommun"), names the party by that line alone, when the line is an organisation's name:

>>> [p.name for p in name_lines_under_labels("Ansökan\\nSökande\\nNorrby Bygg AB\\nMotpart\\nEkeby kommun\\nSaken\\nAvgift\\n")]
['Norrby Bygg AB', 'Ekeby kommun']
>>> name_lines_under_labels("Motpart\\nSe bilaga 2 om kommunen\\n")
[]
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.orgnr import find_orgnrs
from diarium.extract.party_context import ROLES, looks_like_person
from diarium.extract.party_names import NAME_END_WORDS, clean_name, main_part
from diarium.extract.patterns import plain_words
from diarium.extract.units import Unit
from diarium.schemas import Party

# A role label standing alone: "Bidragsgivare:", "Hyresvärd", "Köpare (nedan Köparen):".
LABEL_ALONE = re.compile(rf"(?i)^\s*(?:{plain_words(ROLES)})(?:\s*\([^)]*\))?\s*:?\s*$")
# The unit that prints a party's number under its address block.
NUMBER_LINE = re.compile(r"(?i)^\s*org(?:anisations)?\.?\s*-?\s*n")
POSTAL_ADDRESS = re.compile(r"(?<!\d)\d{3} ?\d{2}\s+[A-ZÅÄÖ][a-zåäö]")
BLOCK_REACH = 2             # units after the address block that may still print its number


def labels_above(text: str, units: list[Unit]) -> list[Party]:
    """The party each lone role label names in the address block below it."""
    parties = []
    for k, unit in enumerate(units[:-1]):
        if not LABEL_ALONE.match(unit.text):
            continue
        block = units[k + 1]
        party = block_party(text, block)
        if party is None:
            continue
        party.orgnr, party.orgnr_valid = block_number(text, units[k + 2:k + 2 + BLOCK_REACH])
        parties.append(party)
    return parties


def block_party(text: str, block: Unit) -> Party | None:
    """The organisation on the first line of an address block (a block with a postal address:
    what follows a lone "Sökande" in a list of recipients is the next paragraph, no block)."""
    if LABEL_ALONE.match(block.text) or not POSTAL_ADDRESS.search(block.text):
        return None
    breaks = block.line_starts(text)
    first = block.text[:breaks[0]] if breaks else block.text
    name = clean_name(main_part(first.strip()))
    if not name or looks_like_person(name) or re.match(r"\d", name):
        return None
    at = block.text.find(name)
    return Party(name=name, evidence=[evidence(text, *block.span(max(at, 0), max(at, 0) + len(name)))])


def block_number(text: str, after: list[Unit]) -> tuple[str | None, bool | None]:
    """The organisationsnummer a unit just below the block prints on its own line."""
    for unit in after:
        if LABEL_ALONE.match(unit.text):
            break
        if not NUMBER_LINE.match(unit.text):
            continue
        found = find_orgnrs(text[unit.start:unit.offsets[-1] + 1])
        if found:
            return found[0].orgnr, found[0].orgnr_valid
    return None, None


def name_lines_under_labels(text: str) -> list[Party]:
    """The organisation a lone role label names on the next line by its name alone."""
    parties = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    for (_, label), (at, line) in zip(lines, lines[1:]):
        if not LABEL_ALONE.match(label):
            continue
        name = clean_name(line.strip())
        if name is None or name != line.strip() or len(name.split()) > NAME_LINE_WORDS \
                or name.split()[-1].casefold() not in NAME_END_WORDS:
            continue
        start = at + line.find(name)
        parties.append(Party(name=name, evidence=[evidence(text, start, start + len(name))]))
    return parties


NAME_LINE_WORDS = 6
