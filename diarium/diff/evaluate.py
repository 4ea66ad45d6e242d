"""Score a change list against the planted changes of a version pair.

Rule: a planted change is *found* when exactly one substantive entry matches it — the same
kind; the same section (any section when the planted section is ""; `also`/`also_sections`
name other headings it may go by); and the same fact value (`old_value`/`new_value`) or,
without values, the planted old/new text fragments in the entry's old/new text. Every other
substantive entry is either *cosmetic reported as substantive* — the words that differ are
only page furniture, re-wrapping or glyphs (the pair's `cosmetic` fragments) — or *other
substantive*.

Planted files: samples/diff/*.changes.json (a list, or {"planted": [...], "cosmetic": [...]})
and bench/data/diff/*/planted.json ({"planted": [...], "cosmetic": [...], "set": ...}).

>>> from diarium.diff.model import DiffChange
>>> planted = [{"kind": "clause_changed", "section": "5.7", "old": "fyra månader", "new": "tre månader"}]
>>> found = [DiffChange(kind="clause_changed", section="5.7", old="Uppsägningstiden är fyra månader.",
...                     new="Uppsägningstiden är tre månader.", substantive=True)]
>>> result = score(found, planted)
>>> result.recall, result.cosmetic, result.other
(1.0, [], [])
>>> twice = score(found + found, planted)        # reported twice: not found, both are extra
>>> twice.recall, len(twice.other)
(0.0, 2)
>>> amount = [{"kind": "amount_changed", "section": "", "old_value": 1200000, "new_value": 1500000}]
>>> entry = DiffChange(kind="amount_changed", section="5.5", old_value=1200000, new_value=1500000,
...                    substantive=True)
>>> score([entry], amount).recall
1.0
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diarium.diff.model import DiffChange
from diarium.diff.normalise import key, skeleton
from diarium.extract import orgnr


@dataclass
class Score:
    planted: int
    found: list[dict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    cosmetic: list[DiffChange] = field(default_factory=list)    # cosmetic reported as substantive
    other: list[DiffChange] = field(default_factory=list)       # other substantive entries

    @property
    def recall(self) -> float:
        return len(self.found) / self.planted if self.planted else 1.0


@dataclass
class Planted:
    """The planted changes of one pair and the text of its cosmetic edits."""
    changes: list[dict]
    cosmetic: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


def load(path: Path) -> Planted:
    """A *.changes.json list or a planted.json object."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, list):
        return Planted(data)
    return Planted(data["planted"], data.get("cosmetic", []), data)


def contains(text: str | None, fragment: str | None) -> bool:
    return not fragment or skeleton(fragment) in skeleton(text or "")


def sections_of(planted: dict) -> set[str]:
    return {planted.get("section") or "", *planted.get("also", []), *planted.get("also_sections", [])}


def same_section(change: DiffChange, planted: dict) -> bool:
    if not planted.get("section"):
        return True
    places = {skeleton(place) for place in sections_of(planted)}
    refs = [change.section, change.section_title, change.old_section, change.old_section_title]
    refs += [ref for place in change.also for ref in (place.section, place.section_title)]
    return any(skeleton(ref or "") in places for ref in refs if ref)


def normal_value(value: Any) -> Any:
    """Values compared as printed facts: an orgnr in any spacing, a period as (start, end)."""
    if isinstance(value, str) and sum(c.isdigit() for c in value) == 10:
        return orgnr.compact(value)
    if isinstance(value, list):
        return tuple(value)
    return value


def same_values(change: DiffChange, planted: dict) -> bool:
    for side in ("old", "new"):
        name = f"{side}_value"
        if name in planted and normal_value(planted[name]) != normal_value(getattr(change, name)):
            return False
    return True


def same_text(change: DiffChange, planted: dict) -> bool:
    """Planted fragments in the entry's text: the clause, or the fact as printed."""
    old = " ".join(t for t in (change.old, change.old_fact, change.subject) if t)
    new = " ".join(t for t in (change.new, change.new_fact, change.subject) if t)
    return contains(old, planted.get("old")) and contains(new, planted.get("new"))


def matches(change: DiffChange, planted: dict) -> bool:
    """The reported entry is the planted change (kind, section, value or text)."""
    if not change.substantive or change.kind != planted["kind"] or not same_section(change, planted):
        return False
    if planted["kind"] == "section_moved":
        return True
    return same_values(change, planted) and same_text(change, planted)


def differing_words(change: DiffChange) -> list[str]:
    """The words of one side the other side does not have (re-wrapping and glyphs cancel out)."""
    old = Counter(key(w) for w in " ".join(t for t in (change.old, change.old_fact) if t).split())
    new = Counter(key(w) for w in " ".join(t for t in (change.new, change.new_fact) if t).split())
    return [w for w in ((old - new) + (new - old)).elements() if w]


def is_cosmetic(change: DiffChange, cosmetic: list[str]) -> bool:
    """Only words of the pair's cosmetic edits differ (page headers, footers), or none at all."""
    allowed = {key(w) for fragment in cosmetic for w in fragment.split()}
    if change.kind == "section_moved":
        return False
    return all(w in allowed for w in differing_words(change))


def score(changes: list[DiffChange], planted: list[dict], cosmetic: list[str] | None = None) -> Score:
    result = Score(planted=len(planted))
    claimed: set[int] = set()
    for item in planted:
        hits = [i for i, c in enumerate(changes) if matches(c, item)]
        (result.found if len(hits) == 1 else result.missed).append(item)
        if len(hits) == 1:
            claimed.add(hits[0])
    for index, change in enumerate(changes):
        if change.substantive and index not in claimed:
            (result.cosmetic if is_cosmetic(change, cosmetic or []) else result.other).append(change)
    return result
