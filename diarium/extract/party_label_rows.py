"""Parties of a label table that lost its layout: the labels of a two-column table ("Säljare:",
"Köpare:", "Objekt:") come first, in a row, and then their values in the same order, each
value closed by the defined term the agreement gives it ("( Kommunen )"). The i-th value belongs
to the i-th label; a value under a party's role label names that party.

>>> text = "KONTRAKT Säljare: Köpare: Objekt: Västby kommun, , VÄSTBY ( Säljaren ) Norrby Bygg AB, ( Köparen ) Alla andelar i Norrby Lager AB ( Bolaget ) med mark"
>>> [p.name for p in label_row_parties(text)]
['Västby kommun', 'Norrby Bygg AB']
>>> label_row_parties("Säljare: Ekeby kommun ( Kommunen ) Köpare: Norrby Bygg AB ( Köparen )")
[]
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.party_context import ROLES, looks_like_person
from diarium.extract.party_names import clean_name, main_part
from diarium.schemas import Party

LABEL = re.compile(r"(?P<label>[A-ZÅÄÖ][a-zåäöé]+)\s*:\s*")
# A defined term in parentheses closes a value: "( Kommunen )", "(nedan Köparen)".
TERM = re.compile(r"\(\s*(?:nedan\s+(?:kallad\s+)?)?[\"”]?[A-ZÅÄÖ][\wåäö]*[\"”]?\s*\)")
MAX_LABELS = 6
VALUE_REACH = 200         # characters a value may run before its defined term


def label_runs(text: str) -> list[tuple[list[str], int]]:
    """Runs of two or more labels with nothing between them: (the labels, where their values start)."""
    runs = []
    at = 0
    while (first := LABEL.search(text, at)) is not None:
        labels, end = [first.group("label")], first.end()
        while len(labels) < MAX_LABELS and (more := LABEL.match(text, end)) is not None:
            labels.append(more.group("label"))
            end = more.end()
        if sum(label.casefold() in ROLES for label in labels) >= 2:
            runs.append((labels, end))
        at = end
    return runs


def label_row_parties(text: str) -> list[Party]:
    """The parties a row of labels names in the values that follow it."""
    parties = []
    for labels, at in label_runs(text):
        for label in labels:
            term = TERM.search(text, at, at + VALUE_REACH)
            if term is None:
                break
            value = text[at:term.start()]
            if label.casefold() in ROLES:
                name = clean_name(main_part(value.strip()))
                if name and not looks_like_person(name):
                    start = at + value.find(name)
                    parties.append(Party(name=name, evidence=[evidence(text, start, start + len(name))]))
            at = term.end()
    return parties
