"""Parties listed in apposition to a plural that names them as a set: "Var och en av de fyra
delägarna, Ekeby Energi AB, Norrby Vatten AB och Västby Värme AB, får …". Each member is a
party when every member of the list is an organisation's name (it ends in its legal form or a
public body's word), so a list of people or of things is never read as parties.

>>> text = "Var och en av de tre delägarna, Ekeby Energi AB, Norrby Vatten AB och Västby Värme AB, får en tredjedel."
>>> [p.name for p in set_list_parties(text)]
['Ekeby Energi AB', 'Norrby Vatten AB', 'Västby Värme AB']
>>> set_list_parties("Parterna, Anna Berg och Nils Holm, är överens.")
[]
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.party_names import NAME_END_WORDS, clean_name
from diarium.extract.patterns import plain_words
from diarium.language import words
from diarium.schemas import Party

SET_LIST = re.compile(rf"(?i)(?<![\wåäö]){plain_words(words('party_set_nouns'))}\s*[,:]\s*"
                      r"(?P<list>[^.;:()]{5,300}?\s+(?:och|samt)\s+[^,.;:()]{2,80}?)(?=\s*[,.;:(]|\s+(?:som|har|ska|erhåller|äger)\b)")
MEMBER_SPLIT = re.compile(r"\s*,\s*|\s+(?:och|samt)\s+")
MIN_MEMBERS = 2


def set_list_parties(text: str) -> list[Party]:
    """The members of every set listed in apposition, when all of them are organisations."""
    parties = []
    for match in SET_LIST.finditer(text):
        members = [m for m in MEMBER_SPLIT.split(match.group("list")) if m.strip()]
        names = [n for n in map(clean_name, members) if n and n.split()[-1].casefold() in NAME_END_WORDS]
        if len(names) < MIN_MEMBERS or len(names) != len(members):
            continue
        at = match.start("list")
        for name in names:
            start = text.index(name, at)
            parties.append(Party(name=name, evidence=[evidence(text, start, start + len(name))]))
            at = start + len(name)
    return parties
