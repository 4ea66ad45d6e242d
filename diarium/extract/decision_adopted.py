"""A proposal that the § adopts by reference: the § prints a preparing body's förslag under a
heading of its own ("Arbetsutskottets förslag till nämnden" and its items), then the body's own
beslut, which only points back to it ("Nämnden beslutar i enlighet med arbetsutskottets
förslag."). The § records one decision, the beslut; the förslag's items are what it adopted, not
decisions of their own. The pointing phrases are data (`language/data/decision_references.txt`);
a preparing body's name may stand in the genitive before "förslag".

>>> from diarium.extract.decisions import find_decisions
>>> text = ("§ 12 Bidrag till bygdegårdar\\n\\nUtskottets förslag till nämnden\\n\\n"
...         "Ekeby byalag beviljas bidrag med 5 000 kronor för bygdegården.\\n\\n"
...         "Nämndens beslut\\n\\n1. Nämnden beslutar i enlighet med utskottets förslag.\\n")
>>> [(d.number, d.text) for d in find_decisions(text)]
[(1, 'Nämnden beslutar i enlighet med utskottets förslag.')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.decision_items import Item
from diarium.extract.decision_tables import Context
from diarium.extract.first_document import walk
from diarium.language import words
from diarium.schemas.structure import Structure

PROPOSAL_NAMES = frozenset({"förslag", "förslag till beslut"})
PROPOSAL_WORD = re.compile(r"(?<![\wåäö-])förslag", re.IGNORECASE)


@lru_cache(maxsize=1)
def adopts_proposal() -> re.Pattern[str]:
    """A pointing phrase inside an acting sentence, a body's genitive allowed before the noun:
    "… beslutar i enlighet med arbetsutskottets förslag", "… beslutar enligt förslaget"."""
    phrases = [PROPOSAL_WORD.sub(r"(?:[\\wåäö-]+s\\s+)?förslag", re.escape(phrase).replace(r"\ ", r"\s+"))
               for phrase in words("decision_references") if PROPOSAL_WORD.search(phrase)]
    return re.compile(rf"(?i)(?<![\wåäö-])(?:{'|'.join(phrases)})(?![\wåäö-])")


def without_adopted_proposals(found: list[tuple[Item, Context]], structure: Structure) -> list[tuple[Item, Context]]:
    """The items less those of a proposal section whose § adopts it by reference further on."""
    proposals = proposal_spans(structure)
    in_proposal = [any(a <= item.start < b for a, b in proposals) for item, _ in found]
    adopted: dict[str, int] = {}        # § or case → where its pointing beslut stands
    for (item, context), proposal in zip(found, in_proposal):
        case = case_of(context)
        if case is not None and not proposal and acts_by_reference(item.text):
            adopted[case] = max(adopted.get(case, -1), item.start)
    return [(item, context) for (item, context), proposal in zip(found, in_proposal)
            if not (proposal and item.start < adopted.get(case_of(context) or "", -1))]


def acts_by_reference(text: str) -> bool:
    """A sentence in which the body adopts a proposal by pointing back to it ("Nämnden beslutar
    i enlighet med utskottets förslag."), not a bare pointing line ("Enligt förslag.", which
    `decision_references` reads as the proposal itself).

    >>> acts_by_reference("Nämnden beslutar i enlighet med utskottets förslag."), acts_by_reference("Enligt förslag.")
    (True, False)
    """
    match = adopts_proposal().search(text)
    return match is not None and bool(text[:match.start()].strip())


def case_of(context: Context) -> str | None:
    """The § the item stands in, else its case number (a § whose heading the case number
    follows is placed by it)."""
    return context.key or (f"dnr {context.dnr}" if context.dnr else None)


def proposal_spans(structure: Structure) -> list[tuple[int, int]]:
    """(start, end) of each section under a proposal heading ("Arbetsutskottets förslag till
    nämnden", "Förvaltningens förslag")."""
    return [(section.start, section.end) for section, _ in walk(structure.sections)
            if section.heading is not None and section.heading.name in PROPOSAL_NAMES]

