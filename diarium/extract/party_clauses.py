"""Parties named where an agreement names them: with an organisationsnummer and after a role
label ("Exploatör: Y AB"); the signature block ("för Region Norrland") is `party_signing`'s,
what a defined term stands for `party_defined`'s, a list of terms `party_terms`'; which name
goes with a number is `party_number_names`' and whether a page speaks of parties `party_context`'s.

An organisationsnummer names a party only where the page speaks of an agreement, a grant or
parties: the signing service's log page of a protokoll ("Organisation: Ekeby kommun,
Organisationsnr: …") names no party. When no name stands before a number (a form whose values
stand in a column of their own), the nearest name-like line above it is the name; failing that,
the number is kept as a party named by its number. A signing service's log ("Dokumentet är
signerat av …") prints the signer's organisation and number on any page, and a footer at the
foot of every page prints the issuer's; they name no party. A party box whose head row holds
only a role and column labels ("Jordägare  Postadress  Org. nr: …") has the name under it; a
förhandlingsprotokoll names its parties on "för X" lines under "Parter".

>>> from diarium.structure import analyse
>>> from diarium.extract.orgnr import find_orgnrs
>>> from diarium.extract.units import text_units
>>> text = ("Parter:\\na) Ekeby kommun (212000-9994), nedan kallad Kommunen\\n"
...         "b) Norrskärs Havsbad AB (556900-1232), nedan kallad Exploatören\\n")
>>> units = text_units(text, analyse(text))
>>> [(p.name, p.orgnr) for p in from_orgnrs(text, find_orgnrs(text), units)]
[('Ekeby kommun', '212000-9994'), ('Norrskärs Havsbad AB', '556900-1232')]
>>> text = "Avtal om markanvisning\\nExploatör: Byggbolaget Väst AB, Org nr: 5566 123 451\\n"
>>> [(p.name, p.orgnr, p.orgnr_valid) for p in from_labels(text, text_units(text, analyse(text)))]
[('Byggbolaget Väst AB', None, None)]
>>> text = "Protokoll\\fDokumentet är signerat\\nOrganisation: Ekeby kommun\\nOrganisationsnr: 212000-9994\\n"
>>> from_orgnrs(text, find_orgnrs(text), text_units(text, analyse(text)))
[]
>>> text = "Avtal\\n\\nDokumentet är signerat av Ciceron\\nOrganisation: Ekeby kommun\\nOrganisationsnr: 212000-9994\\n"
>>> from_orgnrs(text, find_orgnrs(text), text_units(text, analyse(text)))      # the same log on an agreement's page
[]
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.party_context import ROLES, SIGNING_LOG, in_party_context, looks_like_person
from diarium.extract.party_names import NOT_A_PARTY, clean_name, main_part, sentence_around
from diarium.extract.party_number_names import name_before_number, name_on_line, opens_address, unit_at
from diarium.extract.patterns import plain_words
from diarium.extract.units import Unit
from diarium.language import words
from diarium.schemas import OrgNr, Party

# "Köpare: X AB", "Köparen: X AB"; the name runs to the next label's colon, whose role word is
# cut off ("Beställare: Ekeby kommun   Leverantör: Norrby AB": two boxes on one line).
ROLE_WORDS = plain_words([*ROLES, *ROLES.values()])
LABEL = re.compile(rf"(?i)(?<![\wåäö])(?P<role>{ROLE_WORDS})(?:\s*\([^)]*\))?\s*:\s*(?P<name>[^;:]+)")
NEXT_ROLE = re.compile(rf"(?i)\s+{ROLE_WORDS}\s*$")
TRAILING_NUMBER = re.compile(r"(?i)[\s,(]*(?:org(?:anisations)?\.?\s*-?\s*n\w{0,6}r\.?|orgnr)?\s*[:.]?\s*"
                             r"\(?\s*\d[\d\s–-]{8,14}\d\s*\)?\s*,?\s*$")
# A defined term ends a party's clause: what follows it describes the party or its property
# ("…, nedan kallad Kommunen, ägare till X (tidigare del av Y)") and says nothing of its leaving.
DEFINED_TERM = re.compile(r"(?i)\bnedan\s+(?:kallad|kallat|kallade|benämnd|benämnt|benämnda)\b")
# A label of a personnummer in the clause: the party named there is a natural person.
PERSONNUMMER = re.compile(rf"(?i)(?<![\wåäö]){plain_words(words('personnummer_labels'))}(?![\wåäö])")


UNNAMED = "org.nr "         # the name a number gets when no name stands with it


def unnamed(orgnr: str) -> str:
    return UNNAMED + orgnr


def is_unnamed(party: Party) -> bool:
    """A party known only by its number so far."""
    return party.name.startswith(UNNAMED)


FOOTER_LINES = 3          # non-blank lines at a page's foot that a footer may fill


def at_page_foot(text: str, offset: int) -> bool:
    """Is `offset` in the last few non-blank lines of its page?"""
    page_end = text.find("\f", offset)
    after = text[offset:page_end if page_end >= 0 else len(text)]
    return sum(1 for line in after.split("\n") if line.strip()) <= FOOTER_LINES


def footer_numbers(text: str, org: OrgNr) -> set[int]:
    """Starts of the mentions of a number printed at the foot of two pages or more: a footer
    the structure did not see on every page ("Organisationsnummer: 212000-0000 | info@…")."""
    feet = {ev.start for ev in org.evidence if at_page_foot(text, ev.start)}
    return feet if len(feet) > 1 else set()


def own_clause(sentence: str, number: str) -> str:
    """The clause of `sentence` that prints `number`, when a defined term closes it: from the
    previous defined term (another party's clause) to its own; else the whole sentence."""
    at = sentence.find(number)
    close = DEFINED_TERM.search(sentence, at) if at >= 0 else None
    if close is None:
        return sentence
    opens = [m.end() for m in DEFINED_TERM.finditer(sentence, 0, at)]
    return sentence[opens[-1] if opens else 0:close.start()]


def from_orgnrs(text: str, orgnrs: list[OrgNr], units: list[Unit]) -> list[Party]:
    """A party for every organisationsnummer printed where the page speaks of parties; never
    one in the footer of every page (the issuer's own address block)."""
    parties = []
    for org in orgnrs:
        feet = footer_numbers(text, org)
        for ev in org.evidence:
            if not in_party_context(text, ev.start) or SIGNING_LOG.search(text, max(0, ev.start - 300), ev.start) \
                    or ev.start in feet:
                continue
            at = unit_at(units, ev.start)
            around = sentence_around(units[at[0]].text, at[1], at[1] + 1) if at else text[max(0, ev.start - 200):ev.end + 100]
            if NOT_A_PARTY.search(own_clause(around, text[ev.start:ev.end])):
                continue
            found = name_before_number(units, *at) if at else name_on_line(text, ev.start)
            if found and opens_address(found[0]):
                found = None            # "Postadress Box 12 … Org.nr: …": an address block's number, no name
            if found is None:
                name, span = org.name or unnamed(org.orgnr), (ev.start, ev.end)
            else:
                name, span = found[0], (found[1], ev.end)
            org.name = org.name or (found[0] if found else None)
            parties.append(Party(name=name, orgnr=org.orgnr, orgnr_valid=org.orgnr_valid,
                                 evidence=[evidence(text, *span)]))
    return parties


def from_labels(text: str, units: list[Unit]) -> list[Party]:
    """'Exploatör: Y AB', 'Köpare: X' — a role label and the name after it."""
    parties = []
    for unit in units:
        if ":" not in unit.text:
            continue                    # (a label ends in a colon: most paragraphs have none)
        breaks: list[int] | None = None
        at = 0
        while (match := LABEL.search(unit.text, at)) is not None:
            following = NEXT_ROLE.search(match.group("name"))      # the next box's label on the same line
            name_end = match.start("name") + following.start() if following else match.end("name")
            at = name_end if following else match.end()
            breaks = unit.line_starts(text) if breaks is None else breaks
            end = next((b for b in breaks if b > match.start("name") and unit.text[b - 2] != ","), name_end)
            raw = TRAILING_NUMBER.sub("", unit.text[match.start("name"):min(end, name_end)])
            name = clean_name(main_part(re.split(r"(?i),?\s*org(?:anisations)?\.?\s*n", raw)[0]))
            if not name or looks_like_person(name) or PERSONNUMMER.search(unit.text, match.start("name"), end):
                continue
            start = match.start("name")
            parties.append(Party(name=name, evidence=[evidence(text, *unit.span(start, start + len(name)))]))
    return parties
