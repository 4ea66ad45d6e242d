"""When two parties found are one: the same organisationsnummer, else names that match as the
scorer matches them (token-set ratio), unless each has a capitalised word of its own, a word
spelled a letter apart being no word of its own, and a company's subsidiary not being the
company; and the merge that keeps one party of each.

>>> from diarium.schemas import Party
>>> same_party(Party(name="Norrby Bygg"), Party(name="Norrby Bygg AB"))
True
>>> same_party(Party(name="Öby bygdegårdsförening"), Party(name="Tors bygdegårdsförening"))
False
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from diarium.extract.party_clauses import is_unnamed
from diarium.extract.party_items import LEGAL_FORMS
from diarium.schemas import Party
from diarium.text import squash

SPELLING_LENGTH = 6       # words shorter than this differ by a letter as other names do ('Norrby' / 'Norrbo')


def same_party(a: Party, b: Party) -> bool:
    """The same orgnr, else names that match (token-set ratio 90, as the scorer matches) unless
    each has a capitalised word of its own: 'Öby bygdegårdsförening' is not 'Tors
    bygdegårdsförening', 'Ljusa Bostäder' is 'Ljusa Bostäder AB' (but a subsidiary is not its
    parent). A word spelled with a letter
    more or less ('Lundströmms' / 'Lundströms') is not a word of its own."""
    if a.orgnr and b.orgnr:
        return a.orgnr == b.orgnr
    name_a, name_b = form_abbreviated(a.name), form_abbreviated(b.name)
    own_a, own_b = (capitalised(x) - capitalised(y) for x, y in ((name_a, name_b), (name_b, name_a)))
    own_a = {w for w in own_a if not any(spelling_variant(w, v) for v in own_b)}
    if subsidiary(name_a, name_b) or subsidiary(name_b, name_a):
        return False
    return not (own_a and own_b) and fuzz.token_set_ratio(name_a.casefold(), name_b.casefold()) >= 90


def form_abbreviated(name: str) -> str:
    """The legal form as its abbreviation, also where it ends a word: 'Ekeby Bostadsaktiebolag'
    is 'Ekeby Bostads AB'."""
    return squash(AKTIEBOLAG.sub(" AB", name))


def subsidiary(short: str, long: str) -> bool:
    """'Norrby Vård AB' and 'Norrby Vård Sjukhuset AB': two whole company names (each ends in its
    legal form), the longer with words of its own before the form: a company and its subsidiary.
    'Lagerbolag AB, u.ä.t. X AB' prints the whole shorter name, 'Bygg AB' is the tail of 'Norrby
    Bygg AB'."""
    s, l_ = short.casefold().split(), long.casefold().split()
    return len(s) >= 2 and len(l_) > len(s) and s[-1].upper() in LEGAL_FORMS and l_[-1].upper() in LEGAL_FORMS \
        and l_[:len(s) - 1] == s[:-1] and short.casefold() not in long.casefold()


def spelling_variant(a: str, b: str) -> bool:
    """'lundströmms' / 'lundströms': two long words one letter apart."""
    return min(len(a), len(b)) >= SPELLING_LENGTH and abs(len(a) - len(b)) <= 1 and fuzz.ratio(a, b) >= 90


def capitalised(name: str) -> set[str]:
    return {w.casefold() for w in name.split() if w[:1].isupper()}


AKTIEBOLAG = re.compile(r"(?i)(?<=[a-zåäö])aktiebolag(?:et)?\b|\baktiebolag(?:et)?\b")


def merge(parties: list[Party]) -> list[Party]:
    """One party per orgnr, else per name (token-set match); the first name found is kept,
    unless it was only the number's."""
    merged: list[Party] = []
    renamed = False
    for party in parties:
        twin = next((p for p in merged if same_party(p, party)), None)
        if twin is None:
            merged.append(party)
            continue
        twin.evidence.extend(party.evidence)
        if not twin.orgnr and party.orgnr:
            twin.orgnr, twin.orgnr_valid = party.orgnr, party.orgnr_valid
        if is_unnamed(twin) and not is_unnamed(party):
            twin.name, renamed = party.name, True
    # A number that got its name may now be a party merged already under that name.
    return merge(merged) if renamed else merged
