"""The result of aligning two versions: both word streams, and the runs of words that differ."""
from __future__ import annotations

from dataclasses import dataclass, field

from diarium.diff.view import Section, Token


@dataclass
class Region:
    """One run of differing words: old[o1:o2] became new[n1:n2]."""
    o1: int
    o2: int
    n1: int
    n2: int
    substantive: bool
    reason: str
    heading: bool = False           # only heading words differ: a section move or renumbering
    moved: bool = False             # one side of a block of text moved elsewhere (`moves`)

    def old_text(self, alignment: Alignment) -> str:
        return " ".join(t.text for t in alignment.old_tokens[self.o1:self.o2])

    def new_text(self, alignment: Alignment) -> str:
        return " ".join(t.text for t in alignment.new_tokens[self.n1:self.n2])


@dataclass
class Alignment:
    """Both versions as one word stream each (OLD reordered to follow NEW), and their differences.

    Diffing whole streams rather than section pairs means a heading recognised in one version
    but not the other never turns into a removed and an added section.
    """
    old_sections: list[Section]
    new_sections: list[Section]
    matches: dict[int, int]                     # old section index → new section index
    moved: set[int]                             # old section indexes whose section moved
    old_tokens: list[Token] = field(default_factory=list)
    new_tokens: list[Token] = field(default_factory=list)
    opcodes: list[tuple[str, int, int, int, int]] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    text_moves: list[tuple[Region, Region]] = field(default_factory=list)   # (deleted, inserted)
    old_units: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # unit → [first, last+1)
    new_units: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    def unit_span(self, new_side: bool) -> dict[tuple[int, int], tuple[int, int]]:
        return self.new_units if new_side else self.old_units
