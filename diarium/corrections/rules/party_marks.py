"""Rule: a party's letter after a member's name that the OCR read as a digit or a sign.

Swedish protokoll print each elected member's party after the name: "Anna Berg (S)",
"Olle Lind (L)". The OCR reads a lone "S" as "5" or "$", an "L" as "1", a "C" as "€". Only on
a document that prints such marks itself (`PartyEvidence`: at least `MIN_MARKS` names
followed by a party of `language/data/political_parties.tsv`), and only right after a
capitalised name: "bilaga (5)" or a count stays.

>>> evidence = PartyEvidence.of(["Anna Berg (M)", "Olle Lind (KD)", "Eva Ek (5)"])
>>> [(e.original, e.replacement) for e in party_mark_edits("Eva Ek ($), Per Ås (1)", evidence)]
[('$', 'S'), ('1', 'L')]
>>> party_mark_edits("se bilaga (5)", evidence) + party_mark_edits("Eva Ek (5)", PartyEvidence())
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from diarium.corrections.context import LineEdit
from diarium.language import table

PARTIES = frozenset(table("political_parties")) - {"-"}
# The glyphs the OCR draws for a one-letter party.
PARTY_OF_GLYPH = {"5": "S", "$": "S", "1": "L", "€": "C"}
NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
MARK = re.compile(rf"{NAME} \(({'|'.join(sorted(PARTIES, key=len, reverse=True))})\)")
GLYPH_MARK = re.compile(rf"{NAME} \(([{''.join(map(re.escape, PARTY_OF_GLYPH))}])\)")
MIN_MARKS = 2
CONFIDENCE = 0.9


@dataclass(frozen=True)
class PartyEvidence:
    """Whether the document prints party marks after names."""

    marks: bool = False

    @classmethod
    def of(cls, lines: list[str]) -> PartyEvidence:
        return cls(sum(len(MARK.findall(line)) for line in lines if "(" in line) >= MIN_MARKS)


def party_mark_edits(line: str, evidence: PartyEvidence) -> list[LineEdit]:
    """The line's party marks read as glyphs, restored."""
    if not evidence.marks or "(" not in line:
        return []
    return [LineEdit(m.start(1), m.end(1), m.group(1), PARTY_OF_GLYPH[m.group(1)], CONFIDENCE,
                     "party mark", True) for m in GLYPH_MARK.finditer(line)]
