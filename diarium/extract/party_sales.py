"""Parties of a sale named in running text: the seller and the buyer in a sentence that names
the purchase's agreement ("Enligt köpekontraktet sålde Ekeby kommun ett område till Norrby
Bygg AB", "Norrby Bygg AB överlät sina rättigheter enligt köpekontraktet till Ekeby Hus AB").
A buyer printed as initials is a person, no party.

>>> from diarium.structure import analyse
>>> from diarium.extract.units import text_units
>>> def names(text):
...     return [p.name for p in sale_parties(text, text_units(text, analyse(text)))]
>>> names("Enligt köpekontrakt d 3 maj 1991 sålde Ekeby kommun till B.K. ett område av fastigheten.")
['Ekeby kommun']
>>> names("B.K. överlät sina rättigheter enligt köpekontraktet till Norrby Bygg Aktiebolag (Norrby).")
['Norrby Bygg Aktiebolag']
>>> names("Kommunen sålde under året tomter till privatpersoner.")
[]
"""
from __future__ import annotations

import re

from diarium.extract.party_names import NOT_A_PARTY, SENTENCE_BREAK, clean_name
from diarium.extract.party_items import LIST_END, item_name, listed_parties
from diarium.extract.party_sentences import grant_subject
from diarium.extract.patterns import plain_words
from diarium.extract.units import Unit
from diarium.language import words
from diarium.schemas import Party

SALE_VERB = re.compile(rf"(?i)(?<![\wåäö]){plain_words(words('sale_verbs'))}(?![\wåäö])")
PURCHASE = re.compile(rf"(?i){plain_words(words('agreement_words') | words('purchase_words'))}")
TILL = re.compile(r"\s+till\s+")
BUYER = re.compile(rf"(?P<list>[^.;:]*?){LIST_END}")
INITIALS = re.compile(r"[A-ZÅÄÖ](?:\.\s*[A-ZÅÄÖ])*\.?")


def sentence_start(text: str, at: int) -> int:
    lefts = [m.end() for m in SENTENCE_BREAK.finditer(text, 0, at)]
    return lefts[-1] if lefts else 0


def sentence_end(text: str, at: int) -> int:
    right = SENTENCE_BREAK.search(text, at)
    return right.start() + 1 if right else len(text)


def seller_after(unit_text: str, verb_end: int, buyer_at: int) -> tuple[int, str] | None:
    """The seller in inverted order, between the verb and "till" ("sålde Ekeby kommun till")."""
    between = unit_text[verb_end:buyer_at]
    found = item_name(between)
    if not found or between.strip() != found[0]:
        return None
    return verb_end, between


def sale_parties(text: str, units: list[Unit]) -> list[Party]:
    """The organisations that sell or buy in a sentence naming the purchase's agreement."""
    parties: list[Party] = []
    for unit in units:
        for verb in SALE_VERB.finditer(unit.text):
            start, end = sentence_start(unit.text, verb.start()), sentence_end(unit.text, verb.end())
            sentence = unit.text[start:end]
            if not PURCHASE.search(sentence) or NOT_A_PARTY.search(sentence):
                continue
            till = TILL.search(unit.text, verb.end(), end)
            buyer = BUYER.match(unit.text, till.end(), end) if till else None
            sides = [grant_subject(unit.text, verb.start()), seller_after(unit.text, verb.end(), till.start())
                     if till else None, (buyer.start("list"), buyer.group("list")) if buyer else None]
            for side in filter(None, sides):
                parties += [p for p in listed_parties(text, unit, side[0], side[1], text)
                            if not INITIALS.fullmatch(p.name) and clean_name(p.name)]
    return parties
