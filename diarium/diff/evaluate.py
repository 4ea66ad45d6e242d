"""Score a change list against a list of planted changes (samples/diff/*.changes.json).

A planted change is found when a substantive change of the same kind names the same section
(or, for fact changes, carries the same value). A reported substantive change is a false one
when no planted change explains it: same section and its planted text in the reported text, or
for fact kinds the same kind and value.

>>> from diarium.diff.model import DiffChange
>>> planted = [{"kind": "clause_changed", "section": "5.7", "old": "fyra månader", "new": "tre månader"}]
>>> found = [DiffChange(kind="clause_changed", section="5.7", old="Uppsägningstiden är fyra månader.",
...                     new="Uppsägningstiden är tre månader.", substantive=True)]
>>> score(found, planted).recall, score(found, planted).false_substantive
(1.0, [])
"""
from __future__ import annotations

from dataclasses import dataclass, field

from diarium.diff.model import FACT_KINDS, DiffChange
from diarium.diff.normalise import skeleton


@dataclass
class Score:
    planted: int
    found: list[dict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    false_substantive: list[DiffChange] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return len(self.found) / self.planted if self.planted else 1.0


def contains(text: str | None, fragment: str | None) -> bool:
    return not fragment or skeleton(fragment) in skeleton(text or "")


def sections_of(planted: dict) -> set[str]:
    return {planted.get("section") or "", *planted.get("also", []), *planted.get("also_sections", [])}


def matches(change: DiffChange, planted: dict) -> bool:
    """The reported change is the planted one (kind, section or value, text)."""
    if not change.substantive or change.kind != planted["kind"]:
        return False
    if planted["kind"] in FACT_KINDS:
        value_old = planted.get("old") if planted["kind"] != "party_removed" else planted["old"]
        return contains(change.old, value_old) and contains(change.new, planted.get("new"))
    if planted["kind"] == "section_moved":
        return change.section in sections_of(planted) or change.old_section in sections_of(planted)
    return change.section in sections_of(planted) and contains(change.old, planted.get("old")) \
        and contains(change.new, planted.get("new"))


def explains(planted: dict, change: DiffChange) -> bool:
    """A planted change accounts for this reported one (possibly under another kind)."""
    if matches(change, planted):
        return True
    places = sections_of(planted)
    if change.section not in places and change.old_section not in places:
        return False
    if change.kind == "section_moved":
        return planted["kind"] == "section_moved"
    fragments = [f for f in (planted.get("old"), planted.get("new"), planted.get("subject"),
                             planted.get("text")) if f]
    return any(contains(change.old, f) or contains(change.new, f) for f in fragments) or not fragments


def score(changes: list[DiffChange], planted: list[dict]) -> Score:
    result = Score(planted=len(planted))
    for item in planted:
        (result.found if any(matches(c, item) for c in changes) else result.missed).append(item)
    result.false_substantive = [c for c in changes if c.substantive
                                and not any(explains(p, c) for p in planted)]
    return result
