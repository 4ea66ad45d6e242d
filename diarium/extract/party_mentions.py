"""Organisations a document names that are not parties although a party clause seems to name
them: the counterparty in an agenda item's title (a kallelse lists "9 Avtal med Norrby AB för
2025" — the agreement is on the agenda, no decision or agreement text is there), and a party's
former name ("Norrby Bygg AB (namnändrat till Norrby Bostad AB)", "Norrby Bostad AB, f.d.
Norrby Bygg AB"), which names the same company a second time.

>>> text = "Ärenden\\n8 Uppdrag om bolaget - inriktning 9 Avtal med Norrby Park AB för 2025\\n"
>>> in_agenda_title(text, text.index("Norrby"))
True
>>> text = "Nämnden godkänner avtal med Norrby Park AB för 2025."
>>> in_agenda_title(text, text.index("Norrby"))
False
>>> sorted(former_names("avtal med Norrby Bygg AB\\n(namnändrat till Norrby Bostad AB) och Ekeby AB, f.d. Ekeby Hus AB"))
['ekeby hus ab', 'norrby bygg ab']

A case's list of underlag ("Beslutsunderlag", "Bilagor") names the documents it was decided
on: an agreement there ("Hyresavtal med Norrby Park AB") is an earlier or another one, its
counterparty a party only when the case names it elsewhere.

>>> from diarium.structure import analyse
>>> from diarium.extract.evidence import evidence
>>> text = ("Sammanfattning\\n\\nNämnden beviljar föreningen Ekeby IF 50 000 kr.\\n\\n"
...         "Beslutsunderlag\\n\\nTjänsteskrivelse 2024-05-02\\nNyttjanderättsavtal med Norrby Park AB\\n")
>>> [p.name for p in not_in_underlag_only([Party(name="Norrby Park AB", evidence=[evidence(text, text.index("Norrby"), len(text) - 1)]),
...                                       Party(name="Ekeby IF", evidence=[evidence(text, text.index("Ekeby"), text.index(" 50"))])],
...                                      analyse(text))]
['Ekeby IF']
"""
from __future__ import annotations

import re

from diarium.extract.patterns import plain_words
from diarium.language import words
from diarium.schemas import Party
from diarium.schemas.structure import Structure
from diarium.text import squash

UNDERLAG_HEADINGS = ("beslutsunderlag", "bilagor")     # canonical names of headings.tsv
# An agenda item's number and title up to the name: "9 Avtal med ", "12. Hyresavtal med ".
ITEM_TITLE = re.compile(r"(?:^|\s)\d{1,2}\.?[ \t]+[A-ZÅÄÖ][^.\n:;]*$")
TITLE_REACH = 120
# A company's name: capitalised words and its form ("Norrby Bygg AB", "Ekeby Hus Aktiebolag").
FORMS = words("organisation_forms")
COMPANY = (r"[A-ZÅÄÖ0-9][\wåäöÅÄÖ&.-]*(?:\s+[A-ZÅÄÖ0-9&][\wåäöÅÄÖ&.-]*){0,5}?\s+"
           rf"(?:{plain_words(f for f in FORMS if f.isupper())}(?![\wåäö])"
           rf"|[\wåäö]*(?i:{plain_words(f for f in FORMS if not f.isupper())})[\wåäö]*)")
# "X (namnändrat till Y)": X is a former name; "Y, f.d. X" / "Y (tidigare X)": so is X.
RENAMED = re.compile(rf"(?i)\(\s*(?:{plain_words(words('renamed_words'))})\b")
FORMER = re.compile(rf"(?i)[(,]\s*(?:{plain_words(words('former_name_words'))})\s+"
                    rf"(?P<name>{COMPANY})")
FORMER_TAIL = re.compile(rf"(?i)\s*[(,]\s*(?:{plain_words(words('former_name_words'))})\s")
NAME_BEFORE = re.compile(rf"(?P<name>{COMPANY})\s*$")


def in_agenda_title(text: str, at: int) -> bool:
    """Whether the name at `at` stands in an agenda item's title: after an item number and a
    capitalised title on the same line, and no sentence ends after it on that line."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    after = text[at:line_end if line_end >= 0 else len(text)]
    before = text[max(line_start, at - TITLE_REACH):at]
    return bool(ITEM_TITLE.search(before)) and "." not in after.rstrip(".").replace("AB.", "AB")


def former_names(text: str) -> list[str]:
    """The former names of companies the text gives (casefolded, whitespace squashed)."""
    flat = squash(text)
    found = [squash(m.group("name")).casefold() for m in FORMER.finditer(flat)]
    for renamed in re.finditer(r"\(", flat):
        if RENAMED.match(flat, renamed.start()):
            name = NAME_BEFORE.search(flat, max(0, renamed.start() - 80), renamed.start())
            if name:
                found.append(squash(name.group("name")).casefold())
    return found


def not_titles_only(parties: list[Party], text: str) -> list[Party]:
    """The parties named at least once outside an agenda item's title."""
    return [p for p in parties if not p.evidence or not all(in_agenda_title(text, ev.start) for ev in p.evidence)]


def not_former(parties: list[Party], text: str) -> list[Party]:
    """The parties that are not a former name of a company (its new name carries it), each
    named without the former name a party clause prints after it ("Y AB, f.d. X AB")."""
    former = former_names(text)
    if not former:
        return parties
    for party in parties:
        tail = FORMER_TAIL.search(party.name)
        if tail and tail.start() > 0:
            party.name = party.name[:tail.start()].rstrip(" ,")
    return [p for p in parties if squash(p.name).casefold() not in former]


def underlag_spans(structure: Structure) -> list[tuple[int, int]]:
    """Where the document lists the documents a case was decided on."""
    return [(s.start, s.end) for s in structure.walk() if s.heading is not None and s.heading.name in UNDERLAG_HEADINGS]


def not_in_underlag_only(parties: list[Party], structure: Structure) -> list[Party]:
    """The parties named at least once outside a list of underlag."""
    spans = underlag_spans(structure)
    if not spans:
        return parties
    return [p for p in parties if not p.evidence
            or not all(any(start <= ev.start < end for start, end in spans) for ev in p.evidence)]


BODY_PLURALS = words("body_plurals")


def not_sets(parties: list[Party]) -> list[Party]:
    """A name that ends in a plural of public bodies printed in lower case names a set of them,
    not one organisation: "avtal med Norrlands kommuner" is with the region's kommuner.

    >>> [p.name for p in not_sets([Party(name="Ekeby läns kommuner"), Party(name="Norrlands Kommuner och Regioner")])]
    ['Norrlands Kommuner och Regioner']
    """
    return [p for p in parties if p.orgnr or p.name.split()[-1] not in BODY_PLURALS]
