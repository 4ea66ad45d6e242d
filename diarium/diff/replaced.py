"""A sentence removed here and another added there are two edits, not one reworded clause.

The word diff pairs any two sentences that stand where one another stood and share a word
("Arrendatorn medges rätt att … avlägsna träd" against "Arrendatorn ska årligen besiktiga …").
When the two share almost nothing but the words every sentence of the document shares, and
they do not hold the same place in their paragraphs (one opened a paragraph, the other
closes the one before), the edit was a removal and an addition. A sentence rewritten in its
place ("Någon åtgärdsvalsstudie bedöms inte behövas." → "En åtgärdsvalsstudie ska
genomföras …") keeps its place and stays one changed clause.
"""
from __future__ import annotations

from diarium.diff.align import Alignment
from diarium.diff.changes import Group, Unit, indexes
from diarium.diff.model import DiffChange
from diarium.diff.substance import describe
from diarium.diff.view import Token
from diarium.language import words

FUNCTION_WORDS = words("function_words")
SHARED = 0.34            # below this share of common content words the clauses are unrelated


def place_in_paragraph(tokens: list[Token], spans: dict[Unit, tuple[int, int]], units: set[Unit]
                       ) -> tuple[bool, bool]:
    """(opens its paragraph, closes its paragraph) for the words of `units`."""
    found = [i for i in indexes(spans, units) if not tokens[i].heading]
    first, last = found[0], found[-1]
    opens = first == 0 or tokens[first - 1].block != tokens[first].block
    closes = last == len(tokens) - 1 or tokens[last + 1].block != tokens[last].block
    return opens, closes


def content_words(tokens: list[Token], spans: dict[Unit, tuple[int, int]], units: set[Unit]) -> set[str]:
    return {tokens[i].key for i in indexes(spans, units) if not tokens[i].heading
            and len(tokens[i].key) > 2 and tokens[i].key not in FUNCTION_WORDS}


def unrelated(alignment: Alignment, group: Group) -> bool:
    """The two sides of a changed clause are a removed and an added sentence."""
    if not group.old_units or not group.new_units:
        return False
    old = content_words(alignment.old_tokens, alignment.old_units, group.old_units)
    new = content_words(alignment.new_tokens, alignment.new_units, group.new_units)
    if not old or not new or len(old & new) >= SHARED * min(len(old), len(new)):
        return False
    return place_in_paragraph(alignment.old_tokens, alignment.old_units, group.old_units) != \
        place_in_paragraph(alignment.new_tokens, alignment.new_units, group.new_units)


def split(alignment: Alignment, change: DiffChange, group: Group) -> list[tuple[DiffChange, Group]]:
    """The changed clause as a removal and an addition, each with its side of the words."""
    old_words = (change.old or "").split()
    new_words = (change.new or "").split()
    removed = change.model_copy(update={"kind": "clause_removed", "new": None, "new_page": change.new_page,
                                        "reason": describe(old_words, [])})
    added = change.model_copy(update={"kind": "clause_added", "old": None,
                                      "reason": describe([], new_words)})
    return [(removed, Group(group.regions, group.old_units, set())),
            (added, Group(group.regions, set(), group.new_units))]
