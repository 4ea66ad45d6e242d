"""Turn the aligned word streams into the change list: one change per sentence (or run of them).

>>> from diarium.diff.sections import split_sections
>>> from diarium.diff.align import align
>>> old = split_sections("5.7 Uppsägning\\nPart har rätt att säga upp sitt åtagande. Uppsägningstiden är fyra månader.")
>>> new = split_sections("5.7 Uppsägning\\nPart har rätt att säga upp sitt åtagande. Uppsägningstiden är tre månader.")
>>> [(c.kind, c.section, c.new, c.substantive) for c in clause_changes(align(old, new))]
[('clause_changed', '5.7', 'Uppsägningstiden är tre månader.', True)]
"""
from __future__ import annotations

from dataclasses import dataclass, field

from diarium.diff.align import Alignment, Region
from diarium.diff.model import DiffChange
from diarium.diff.normalise import skeleton
from diarium.diff.sections import Section, Token

MAX_TEXT = 1200  # a whole added or removed section is quoted up to this many characters


@dataclass
class Group:
    """Regions that share a sentence on either side: reported as one change."""
    regions: list[Region] = field(default_factory=list)
    old_units: set = field(default_factory=set)
    new_units: set = field(default_factory=set)


def unit_spans(tokens: list[Token]) -> dict:
    """unit → (first index, last index + 1) in the stream."""
    spans: dict = {}
    for index, token in enumerate(tokens):
        first, _ = spans.get(token.where, (index, index))
        spans[token.where] = (first, index + 1)
    return spans


def touched_units(tokens: list[Token], start: int, end: int, spans: dict) -> tuple[set, bool]:
    """(units of tokens[start:end], whether every one of them lies wholly inside the range).

    Heading words are left out: a renumbered heading next to an added sentence does not make
    the addition a change of the heading."""
    units = {t.where for t in tokens[start:end] if not t.heading}
    whole = all(spans[u][0] >= start and spans[u][1] <= end for u in units)
    return units, whole


def neighbour(tokens: list[Token], index: int) -> set:
    """The sentence just before a position (just after it at the start), headings skipped."""
    for probe in [*range(index - 1, -1, -1), *range(index, len(tokens))]:
        if not tokens[probe].heading:
            return {tokens[probe].where}
    return set()


def region_units(alignment: Alignment, region: Region, spans: tuple[dict, dict]) -> tuple[set, set]:
    """(old units, new units); words added inside a sentence also touch the other side's sentence."""
    old, old_whole = touched_units(alignment.old_tokens, region.o1, region.o2, spans[0])
    new, new_whole = touched_units(alignment.new_tokens, region.n1, region.n2, spans[1])
    if not old and not new_whole:
        old = neighbour(alignment.old_tokens, region.o1)
    if not new and not old_whole:
        new = neighbour(alignment.new_tokens, region.n1)
    return old, new


def group_regions(alignment: Alignment) -> list[Group]:
    spans = unit_spans(alignment.old_tokens), unit_spans(alignment.new_tokens)
    groups: list[Group] = []
    for region in alignment.regions:
        if region.reason.startswith("heading:"):
            continue
        old, new = region_units(alignment, region, spans)
        if groups and (groups[-1].old_units & old or groups[-1].new_units & new):
            groups[-1].regions.append(region)
            groups[-1].old_units |= old
            groups[-1].new_units |= new
        else:
            groups.append(Group([region], old, new))
    return groups


def text_of(tokens: list[Token], units: set) -> str | None:
    words = [t.text for t in tokens if t.where in units and not t.heading]
    text = " ".join(words)
    return (text[:MAX_TEXT] + (" …" if len(text) > MAX_TEXT else "")) or None


def clause_change(alignment: Alignment, group: Group) -> DiffChange:
    substantive = any(r.substantive for r in group.regions)
    reasons = [r.reason for r in group.regions if r.substantive == substantive]
    kind = ("clause_added" if not group.old_units else
            "clause_removed" if not group.new_units else "clause_changed")
    if group.new_units:
        section = alignment.new_sections[min(group.new_units)[0]]
    else:
        section = alignment.old_sections[min(group.old_units)[0]]
    return DiffChange(kind=kind, section=section.ref, section_title=section.title,
                      old=text_of(alignment.old_tokens, group.old_units),
                      new=text_of(alignment.new_tokens, group.new_units),
                      substantive=substantive, reason="; ".join(reasons)[:300])


def move_changes(alignment: Alignment) -> list[DiffChange]:
    changes = []
    for i, j in sorted(alignment.matches.items(), key=lambda item: item[1]):
        old, new = alignment.old_sections[i], alignment.new_sections[j]
        moved = i in alignment.moved
        if moved or (old.number != new.number and (old.number or new.number)):
            changes.append(DiffChange(
                kind="section_moved", section=new.ref, section_title=new.title, old=old.label,
                new=new.label, substantive=moved, old_section=old.ref,
                reason="moved to another place" if moved else "renumbered"))
    return changes


def clause_rows(alignment: Alignment) -> list[tuple[DiffChange, Group | None]]:
    """section_moved changes first, then clause changes in NEW's order, each with its words."""
    return [(change, None) for change in move_changes(alignment)] + [
        (clause_change(alignment, group), group) for group in group_regions(alignment)]


def clause_changes(alignment: Alignment) -> list[DiffChange]:
    return [change for change, _ in clause_rows(alignment)]


def marks(alignment: Alignment) -> tuple[list[str], list[str]]:
    """Per word of each stream: '' (same), 'sub' (substantive change) or 'cos' (cosmetic)."""
    old = [""] * len(alignment.old_tokens)
    new = [""] * len(alignment.new_tokens)
    for region in alignment.regions:
        mark = "sub" if region.substantive else "cos"
        old[region.o1:region.o2] = [mark] * (region.o2 - region.o1)
        new[region.n1:region.n2] = [mark] * (region.n2 - region.n1)
    return old, new


def marked_words(tokens: list[Token], word_marks: list[str], units: set) -> list[tuple[str, str]]:
    """(word, mark) for the words of the given units, in order (headings left out)."""
    return [(t.text, word_marks[i]) for i, t in enumerate(tokens) if t.where in units and not t.heading]


def word_runs(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Consecutive words with the same mark joined: [('är', ''), ('fyra', 'sub')] → runs."""
    runs: list[tuple[str, str]] = []
    for word, mark in words:
        if runs and runs[-1][1] == mark:
            runs[-1] = (runs[-1][0] + " " + word, mark)
        else:
            runs.append((word, mark))
    return runs


def section_heading(change: DiffChange) -> str:
    """'5.7 Uppsägning'; the title alone when the section has no number of its own."""
    if change.section == change.section_title:
        return change.section
    return f"{change.section} {change.section_title}".strip()


@dataclass
class ShownChange:
    """A text change as the reports show it: its section heading and its marked words."""
    heading: str
    change: DiffChange
    group: Group
    old_words: list[tuple[str, str]]
    new_words: list[tuple[str, str]]


def shown_changes(alignment: Alignment, rows: list[tuple[DiffChange, Group | None]],
                  cosmetic: bool) -> list[ShownChange]:
    """The text changes a report lists (substantive ones, and cosmetic ones when asked), in order;
    the Markdown and HTML reports both render this list."""
    old_marks, new_marks = marks(alignment)
    return [ShownChange(section_heading(change), change, group,
                        marked_words(alignment.old_tokens, old_marks, group.old_units),
                        marked_words(alignment.new_tokens, new_marks, group.new_units))
            for change, group in rows
            if group is not None and (change.substantive or cosmetic)]


def section_for(alignment: Alignment, needle: str, new_side: bool = True) -> Section | None:
    """The section whose text contains a fact's words (for fact changes)."""
    target = skeleton(needle)
    if not target:
        return None
    sections = alignment.new_sections if new_side else alignment.old_sections
    return next((s for s in sections if target in skeleton(s.label + " " + s.text())), None)
