"""An agreement's public party as its authority: the board in the party clause ("Norrviks stad,
genom socialnämnden Nordost"), else the public body that signs it ("För Ekeby kommun"), else the
organisation after "mellan", or the one named last before a public-sector organisationsnummer
within its party block ("Västby kommun (212000-6941)")."""
from __future__ import annotations

from diarium.extract.body_names import (
    ANY_BOARD, ANY_ORGANISATION, NAMED_PUBLIC_PARTY, ORGANISATION, ORGNR_REACH, PARTY_BOARD, PUBLIC_ORGNR_AT,
    PUBLIC_PARTIES, THROUGH_BOARD, Found, first_match, organisation_name,
)
from diarium.extract.first_document import FirstDocument

def public_party(first: FirstDocument) -> Found | None:
    """The board of an agreement's party clause, else the public body that signs it."""
    start, end = first.span()
    body = first.text[start:end]
    found = first_match(PARTY_BOARD, body, start) or first_match(THROUGH_BOARD, body, start)
    if found:
        return found
    for block in first.structure.signatures:
        if block.page not in first.pages:
            continue
        for signature in block.signatures:
            organisation = signature.organisation or ""
            board = first_match(ANY_BOARD, organisation, block.start)
            named = ORGANISATION.match(organisation)
            if board:
                return board[0], block.start, block.end
            if named:
                return organisation_name(named), block.start, block.end
    parties = [match for pattern in PUBLIC_PARTIES if (match := pattern.search(body))]
    named = NAMED_PUBLIC_PARTY.search(body)
    if named and all(named.start() < party.start("party") for party in parties):
        return named.group("party"), start + named.start("party"), start + named.end("party")
    if parties:
        party = min(parties, key=lambda match: match.start("party"))
        return organisation_name(party), start + party.start("party"), start + party.end("party")
    return organisation_before_orgnr(body, start)


def organisation_before_orgnr(body: str, offset: int = 0) -> Found | None:
    """The organisation named last before a public-sector orgnr, within its party block.

    >>> organisation_before_orgnr("Köpare Landstinget i Norrby län Box 601 123 46 NORRÅSEN Org nr: 232100-9991")
    ('Landstinget i Norrby län', 7, 31)
    """
    for number in PUBLIC_ORGNR_AT.finditer(body):
        at = max(0, number.start() - ORGNR_REACH)
        names = list(ANY_ORGANISATION.finditer(body, at, number.start()))
        if names:
            return organisation_name(names[-1]), offset + names[-1].start(), offset + names[-1].end()
    return None
