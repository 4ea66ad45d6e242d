"""Parties that applied for a grant the document grants: "ansökan om kommunal borgen från
Mellanbygdens Renhållnings AB" with "kommunstyrelsen beviljar kommunal borgen", "Utökad
kommunal borgen för Bergums kommuns Fastighets AB" with "föreslår att begäran beviljas".

An applicant is a party only when the document grants (a granting verb said without a
negation or a refusal); a refused applicant ("avslår ansökan från BRIS") is dropped with the
other refused organisations (`parties.refused_or_left`). The organisation a grant is "för" must
carry a legal form or organisation word ("… AB", "-förening"): "stöd för Kulturnatten" names an
event, not a recipient.

>>> from diarium.structure import analyse
>>> from diarium.extract.units import text_units
>>> def names(text):
...     return [p.name for p in applicants(text, text_units(text, analyse(text)))]
>>> names("Angående ansökan om kommunal borgen från Mellanbygdens Renhållnings AB Föreligger skrivelse. "
...       "Förslag till beslut: att kommunstyrelsen beviljar kommunal borgen.")
['Mellanbygdens Renhållnings AB']
>>> names("Utökad kommunal borgen för Bergums kommuns Fastighets AB. Kommunkontoret föreslår att begäran beviljas.")
['Bergums kommuns Fastighets AB']
>>> names("Ansökan om bidrag från Föreningen Gläntan. Nämnden avslår ansökan.")
[]
"""
from __future__ import annotations

import re

from diarium.extract.party_names import sentence_around
from diarium.extract.party_items import LIST_END, listed_parties
from diarium.extract.party_sentences import GRANT_VERB
from diarium.extract.patterns import plain_words
from diarium.extract.units import Unit
from diarium.language import words
from diarium.schemas import Party

FROM = re.compile(rf"(?i)\b{plain_words(words('application_words'))}\b[^.;:]{{0,80}}?\bfrån\s+(?P<list>[^.;:]*?){LIST_END}")
# "borgen för X AB", "går i borgen såsom för egen skuld för X AB": a few words may come between.
FOR = re.compile(rf"(?i){plain_words(words('grant_words'))}\w*\s+(?:[a-zåäö]+\s+){{0,4}}?för\s+(?P<list>(?-i:[A-ZÅÄÖ])[^.;:]*?){LIST_END}")
GRANT_WORD = re.compile(rf"(?i){plain_words(words('grant_words'))}")
GRANT_STEMS = tuple(words("grant_words"))


def names_grant(text: str) -> bool:
    """(A fast test: substring search) does `text` name a grant word?"""
    lowered = text.lower()
    return any(stem in lowered for stem in GRANT_STEMS)
NOT_GRANTED = re.compile(r"(?i)\b(?:inte|ej|icke)\b|avsl[åa]|avslag")
ORGANISATION = re.compile(r"(?i)(?:" + "|".join(sorted(re.escape(w) for w in words("organisation_forms") if w.islower()))
                          + r")|\b(?:" + "|".join(sorted(w for w in words("organisation_forms") if w.isupper())) + r")\b")


def grants(text: str) -> bool:
    """Does the document grant something: a granting verb in a sentence with no negation or refusal?"""
    for verb in GRANT_VERB.finditer(text):
        left = max(0, verb.start() - 300)
        window = text[left:verb.end() + 300]
        if not NOT_GRANTED.search(sentence_around(window, verb.start() - left, verb.end() - left)):
            return True
    return False


def requests(text: str, units: list[Unit]) -> list[Party]:
    """The organisations a request for a grant comes from, or a grant is "för"."""
    parties: list[Party] = []
    for unit in units:
        if not names_grant(unit.text):
            continue                    # (cheap test first: most paragraphs name no grant)
        for match in FROM.finditer(unit.text):
            if GRANT_WORD.search(sentence_around(unit.text, match.start(), match.end())):
                parties += listed_parties(text, unit, match.start("list"), match.group("list"), text)
        for match in FOR.finditer(unit.text):
            parties += [p for p in listed_parties(text, unit, match.start("list"), match.group("list"), text)
                        if ORGANISATION.search(p.name)]
    return parties


def applicants(text: str, units: list[Unit]) -> list[Party]:
    """The organisations whose request for a grant the document grants."""
    if not names_grant(text):
        return []
    found = requests(text, units)
    return found if found and grants(text) else []
