"""What the repair rules share: a word's context, a decision about it, an edit of a line.

>>> match_case("SOCIALNAMNDEN", "socialnämnden"), match_case("Forslag", "förslag")
('SOCIALNÄMNDEN', 'Förslag')
>>> mixed_case("McDonald"), mixed_case("IoT"), mixed_case("Malmö"), mixed_case("LSS")
(True, True, False, False)
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from diarium.corrections.tokens import neighbour
from diarium.language.letters import fold


@dataclass
class Decision:
    """A rule's verdict on a word: what to print instead, how sure, and why."""

    replacement: str
    confidence: float
    reason: str


@dataclass
class LineEdit:
    """One replacement within a line (offsets within the line)."""

    start: int
    end: int
    original: str
    replacement: str
    confidence: float
    reason: str
    applied: bool
    spill: str = ""     # a joined hyphenation: the start of the next line it consumes


@dataclass
class Context:
    """The page and the neighbours a word is judged in."""

    mode: str                       # "lost" or "kept"
    doc_words: Counter[str] = field(default_factory=Counter)   # known words as printed
    doc_repeated: frozenset[str] = frozenset()  # unknown words printed twice or more
    prev: str = ""                  # the neighbouring words, lower case
    next: str = ""
    prev_key: str = ""              # ... diacritic-folded (grammar cues)
    next_key: str = ""
    prev_pair: str = ""             # ... as learned word pairs see them (numbers as '#')
    next_pair: str = ""
    ocr_key: str = ""               # the word being repaired, diacritic-folded
    ocr: str = ""                   # ... lower case, as printed
    in_name: bool = False           # capitalised, and so is the next word: "Anna Lindqvist"
    firm_infinitive: bool = False   # "1. att inga ett ...": an infinitive must follow
    label: bool = False             # a short capitalised label: "Dnr 2021/12", "Tfn:"
    damage: float = 0.0             # the page's share of words no list knows (`page_damage`)

    def neighbours_changed(self) -> None:
        """Derive the folded and pair forms after `prev` and `next` were set."""
        self.prev_key, self.next_key = fold(self.prev), fold(self.next)
        self.prev_pair, self.next_pair = neighbour(self.prev_key), neighbour(self.next_key)


def match_case(template: str, word: str) -> str:
    """`word` in the case of `template`: all capitals, capitalised or as it is."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def mixed_case(core: str) -> bool:
    """'McDonald', 'IoT', 'SoL': neither lower, title nor all capitals."""
    return core[:1].isupper() and core[1:].islower() is False and not core.isupper()
