"""Kommuner named by their place (one of the country's kommuner, `municipalities.txt`): "avtal
mellan kommunerna Hjo, Tidaholm och Sala" names three kommuner, each party by its kommun's name
("Hjo kommun", "Tidaholms kommun" for a place that ends in a consonant); and the member kommuner
a kommunalförbund's förbundsordning lists ("Medlemskommunerna i förbundet är Hjo, Tidaholm och
Sala"), the parties of the förbundsordning and of the agreement the members sign.

>>> kommun_name("Hjo"), kommun_name("Tidaholm"), kommun_name("Vännäs"), kommun_name("Östra Göinge")
('Hjo kommun', 'Tidaholms kommun', 'Vännäs kommun', 'Östra Göinge kommun')
>>> [p.name for p in as_kommuner([Party(name="Tidaholm"), Party(name="Tidaholm Energi AB")])]
['Tidaholms kommun', 'Tidaholm Energi AB']
>>> from diarium.structure import analyse
>>> from diarium.extract.units import text_units
>>> text = "3 § Medlemmar\\nMedlemskommunerna i förbundet är Sotenäs, Tanum och Orust.\\n"
>>> [p.name for p in member_parties(text, text_units(text, analyse(text)))]
['Sotenäs kommun', 'Tanums kommun', 'Orusts kommun']
>>> text = "Förbundets medlemmar är Hjo och Tanum  Kommunerna Hjo och Tanum har ansökt om medlemskap."
>>> [p.name for p in member_parties(text, text_units(text, analyse(text)))]
['Hjo kommun', 'Tanums kommun']
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.party_items import ITEM_SPLIT, LIST_CHAR, LIST_END
from diarium.extract.units import Unit
from diarium.language import words
from diarium.schemas import Party

MUNICIPALITIES = {name.casefold(): name for name in words("municipalities")}
LONGEST_FIRST = sorted(MUNICIPALITIES, key=len, reverse=True)   # a place that opens an item
# A place's genitive takes no -s after a vowel or a sibilant ("Hjo kommun", "Vännäs kommun").
NO_GENITIVE_S = re.compile(r"(?i)[aeiouyåäösxz]$")
# "Medlemskommunerna i förbundet är A, B och C", "Förbundets medlemmar är A och B".
MEMBERS = re.compile(rf"(?i)(?<![\wåäö])(?:medlemskommuner(?:na)?|medlemmar(?:na)?)\s+(?:[\wåäö]+\s+){{0,5}}?är\s+"
                     rf"(?P<list>{LIST_CHAR}*?){LIST_END}")


def kommun_name(place: str) -> str:
    """The kommun of a place, named as kommuner name themselves."""
    return f"{place} kommun" if NO_GENITIVE_S.search(place) else f"{place}s kommun"


def as_kommuner(parties: list[Party]) -> list[Party]:
    """A party named by a kommun's place alone is that kommun."""
    for party in parties:
        place = MUNICIPALITIES.get(party.name.casefold())
        if place and not party.orgnr:
            party.name = kommun_name(place)
    return parties


def member_parties(text: str, units: list[Unit]) -> list[Party]:
    """The member kommuner a förbund lists, when every member of the list is a kommun's place."""
    parties: list[Party] = []
    for unit in units:
        if "edlem" not in unit.text:
            continue
        for match in MEMBERS.finditer(unit.text):
            items = places(split_items(match.group("list")))
            if len(items) < 2:
                continue
            for at, item in items:
                start = match.start("list") + at
                parties.append(Party(name=kommun_name(MUNICIPALITIES[item.casefold()]),
                                     evidence=[evidence(text, *unit.span(start, start + len(item)))]))
    return parties


def places(items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The items up to the first that is no kommun's place; a list that runs on into the next
    sentence (the text lost its line breaks: "… Hjo och Tanum  Kommunerna …") ends with the
    place that item opens with."""
    found = []
    for at, item in items:
        if item.casefold() in MUNICIPALITIES:
            found.append((at, item))
            continue
        head = next((item[:len(p)] for p in LONGEST_FIRST
                     if item.casefold().startswith(p + " ")), None)
        if head:
            found.append((at, head))
        break
    return found


def split_items(piece: str) -> list[tuple[int, str]]:
    """(offset, name) of each name of a list ("Hjo, Tanum och Orust")."""
    found, pos = [], 0
    for item in ITEM_SPLIT.split(piece):
        offset = piece.find(item, pos)
        pos = offset + len(item)
        if item.strip():
            found.append((offset + len(item) - len(item.lstrip()), item.strip()))
    return found
