"""Turn the aligned word streams into clause entries: one per changed sentence (or run of them),
with its section and its page in each version.

>>> from diarium.diff.view import document_sections
>>> from diarium.diff.align import align
>>> from diarium.structure import analyse
>>> def sections(text): return document_sections(text, analyse(text))
>>> old = sections("5.7 Uppsägning\\nPart har rätt att säga upp sitt åtagande. Uppsägningstiden är fyra månader.")
>>> new = sections("5.7 Uppsägning\\nPart har rätt att säga upp sitt åtagande.\\fUppsägningstiden är tre månader.")
>>> [(c.kind, c.section, c.new, c.substantive, c.old_page, c.new_page) for c, _ in clause_rows(align(old, new))]
[('clause_changed', '5.7', 'Uppsägningstiden är tre månader.', True, 1, 2)]
"""
from __future__ import annotations

from dataclasses import dataclass, field

from diarium.diff.align import Alignment, Region
from diarium.diff.model import DiffChange
from diarium.diff.substance import is_number
from diarium.diff.view import Section, Token

MAX_TEXT = 1200  # a whole added or removed section is quoted up to this many characters
Unit = tuple[int, int]


@dataclass
class Group:
    """Regions that share a sentence on either side: reported as one change."""
    regions: list[Region] = field(default_factory=list)
    old_units: set[Unit] = field(default_factory=set)
    new_units: set[Unit] = field(default_factory=set)


def indexes(spans: dict[Unit, tuple[int, int]], units: set[Unit]) -> list[int]:
    """Stream positions of the words of some clauses, in order."""
    return [i for unit in sorted(units, key=lambda u: spans[u][0]) for i in range(*spans[unit])]


def touched_units(tokens: list[Token], start: int, end: int,
                  spans: dict[Unit, tuple[int, int]]) -> tuple[set[Unit], bool]:
    """(units of tokens[start:end], whether every one of them lies wholly inside the range).

    Heading words are left out: a renumbered heading next to an added sentence does not make
    the addition a change of the heading."""
    units = {t.where for t in tokens[start:end] if not t.heading}
    # A clause touched only by a number at the edge (a misread '§ 5' read as '85' before its
    # text) is not part of the edit, when another clause is.
    edges = {k for k in (start, end - 1) if start < end and stray_number(tokens[k])}
    wordy = {t.where for k, t in enumerate(tokens[start:end], start) if not t.heading and k not in edges}
    units = wordy if wordy and len(units) > 1 else units
    whole = all(all(is_number(t.text) for t in tokens[spans[u][0]:start] + tokens[end:spans[u][1]])
                for u in units)          # a list item's number left matched elsewhere ('3.') aside
    return units, whole


def stray_number(token: Token) -> bool:
    """A short number alone ('85', '12'): a heading's number, not an amount or an orgnr."""
    return is_number(token.text) and len(token.key) <= 3


def neighbour(tokens: list[Token], index: int) -> set[Unit]:
    """The sentence just before a position (just after it at the start), headings skipped."""
    for probe in [*range(index - 1, -1, -1), *range(index, len(tokens))]:
        if not tokens[probe].heading:
            return {tokens[probe].where}
    return set()


def region_units(alignment: Alignment, region: Region,
                 spans: tuple[dict, dict]) -> tuple[set[Unit], set[Unit]]:
    """(old units, new units); words added inside a sentence also touch the other side's sentence."""
    old, old_whole = touched_units(alignment.old_tokens, region.o1, region.o2, spans[0])
    new, new_whole = touched_units(alignment.new_tokens, region.n1, region.n2, spans[1])
    if not old and not new_whole:
        old = neighbour(alignment.old_tokens, region.o1)
    if not new and not old_whole:
        new = neighbour(alignment.new_tokens, region.n1)
    return old, new


def group_regions(alignment: Alignment) -> list[Group]:
    spans = alignment.old_units, alignment.new_units
    groups: list[Group] = []
    for region in alignment.regions:
        if region.heading or region.moved:
            continue
        old, new = region_units(alignment, region, spans)
        if groups and (groups[-1].old_units & old or groups[-1].new_units & new):
            groups[-1].regions.append(region)
            groups[-1].old_units |= old
            groups[-1].new_units |= new
        else:
            groups.append(Group([region], old, new))
    return groups


def text_of(tokens: list[Token], spans: dict[Unit, tuple[int, int]], units: set[Unit],
            limit: int = MAX_TEXT) -> str | None:
    text = " ".join(tokens[i].text for i in indexes(spans, units) if not tokens[i].heading)
    return (text[:limit] + (" …" if len(text) > limit else "")) or None


def changed_text(tokens: list[Token], unit_span: dict[Unit, tuple[int, int]], units: set[Unit],
                 regions: list[tuple[int, int]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """A group's clause text on one side, and for each region the character spans of its words."""
    owner = {i: k for k, (start, end) in enumerate(regions) for i in range(start, end)}
    words: list[str] = []
    spans: list[list[tuple[int, int]]] = [[] for _ in regions]
    offset = 0
    for index in indexes(unit_span, units):
        token = tokens[index]
        if token.heading:
            continue
        if index in owner:
            spans[owner[index]].append((offset, offset + len(token.text)))
        words.append(token.text)
        offset += len(token.text) + 1
    return " ".join(words), spans


def page_at(tokens: list[Token], start: int, end: int) -> int | None:
    """The page of the first changed word, or of the word where an insertion stands."""
    if not tokens:
        return None
    return tokens[min(start, len(tokens) - 1) if end > start else max(0, min(start, len(tokens)) - 1)].page


def pages(alignment: Alignment, group: Group) -> tuple[int | None, int | None]:
    first = group.regions[0]
    for region in group.regions:                     # the first substantive region, if any
        if region.substantive:
            first = region
            break
    return (page_at(alignment.old_tokens, first.o1, first.o2),
            page_at(alignment.new_tokens, first.n1, first.n2))


def clause_change(alignment: Alignment, group: Group) -> DiffChange:
    substantive = any(r.substantive for r in group.regions)
    reasons = [r.reason for r in group.regions if r.substantive == substantive]
    kind = ("clause_added" if not group.old_units else
            "clause_removed" if not group.new_units else "clause_changed")
    old_section = alignment.old_sections[min(group.old_units)[0]] if group.old_units else None
    new_section = alignment.new_sections[min(group.new_units)[0]] if group.new_units else None
    section = new_section or removed_from(alignment, group, old_section)
    assert section is not None                       # a group touches a unit on some side
    old_page, new_page = pages(alignment, group)
    moved = from_elsewhere(alignment, old_section, new_section)
    return DiffChange(kind=kind, section=section.ref, section_title=section.ref_title,
                      old_section=old_section.ref if moved and old_section else None,
                      old_section_title=old_section.ref_title if moved and old_section else None,
                      old_page=old_page, new_page=new_page,
                      old=text_of(alignment.old_tokens, alignment.old_units, group.old_units),
                      new=text_of(alignment.new_tokens, alignment.new_units, group.new_units),
                      substantive=substantive, reason="; ".join(reasons)[:300])


def from_elsewhere(alignment: Alignment, old_section: Section | None, new_section: Section | None) -> bool:
    """The clause stood in another section of OLD: one NEW has elsewhere. A heading of OLD that
    NEW does not have (a layout line taken for a heading, a scan's misread one) says nothing, nor
    does text before any heading of NEW (a document's start that OLD read under the heading before)."""
    if old_section is None or new_section is None or old_section.ref == new_section.ref or not new_section.label:
        return False
    partner = alignment.matches.get(old_section.index)
    return partner is not None and alignment.new_sections[partner].ref != new_section.ref


def removed_from(alignment: Alignment, group: Group, old_section: Section | None) -> Section | None:
    """The section of NEW where removed text stood: where the word before it is now. OLD's own
    sections may be wrong (a scan whose headings were misread puts everything under one); only a
    section that NEW no longer has names a removal by OLD's heading."""
    if old_section is None or old_section.index not in alignment.matches:
        return old_section
    at = group.regions[0].n1
    return alignment.new_sections[alignment.new_tokens[at - 1].section] if at > 0 else old_section


def move_changes(alignment: Alignment) -> list[DiffChange]:
    """A section found elsewhere in NEW is a move (substantive); a new number alone is a
    renumbering (cosmetic)."""
    changes = []
    for i, j in sorted(alignment.matches.items(), key=lambda item: item[1]):
        old, new = alignment.old_sections[i], alignment.new_sections[j]
        moved = i in alignment.moved
        if moved or (old.number != new.number and (old.number or new.number)):
            changes.append(DiffChange(
                kind="section_moved", section=new.ref, section_title=new.ref_title,
                old_section=old.ref, old_section_title=old.ref_title, old=old.label, new=new.label,
                old_page=old.page, new_page=new.page, substantive=moved,
                reason="avsnittet flyttat" if moved else "omnumrerat"))
    return changes + [text_move(alignment, deleted, inserted) for deleted, inserted in alignment.text_moves]


def text_move(alignment: Alignment, deleted: Region, inserted: Region) -> DiffChange:
    """A block of text found elsewhere in NEW: where it was, where it is, its first words."""
    old_section = alignment.old_sections[alignment.old_tokens[deleted.o1].section]
    new_section = alignment.new_sections[alignment.new_tokens[inserted.n1].section]
    # Within one section a block read in another order is what OCR of a two-column page or a
    # figure does; a move that matters takes text past a heading of NEW.
    was = new_position(alignment, deleted.o1)
    elsewhere = any(t.heading for t in alignment.new_tokens[min(was, inserted.n1):max(was, inserted.n1)])
    elsewhere = elsewhere and not opens_moved_section(alignment, deleted, inserted)
    return DiffChange(
        kind="section_moved", section=new_section.ref, section_title=new_section.ref_title,
        old_section=old_section.ref, old_section_title=old_section.ref_title,
        old=shortened(deleted.old_text(alignment)), new=shortened(inserted.new_text(alignment)),
        old_page=alignment.old_tokens[deleted.o1].page, new_page=alignment.new_tokens[inserted.n1].page,
        substantive=elsewhere, reason="texten flyttad" if elsewhere else "ordningen ändrad inom avsnittet")


def opens_moved_section(alignment: Alignment, deleted: Region, inserted: Region) -> bool:
    """The moved text starts with the heading of a section reported as moved: that move,
    seen again where text after the last clause (a closing line) stayed behind."""
    first_old, first_new = alignment.old_tokens[deleted.o1], alignment.new_tokens[inserted.n1]
    partners = {alignment.matches[i] for i in alignment.moved}
    return (first_old.heading and first_old.section in alignment.moved) or (
        first_new.heading and first_new.section in partners)


def new_position(alignment: Alignment, old_index: int) -> int:
    """Where a word of OLD stands, or would stand, in NEW's word stream."""
    for tag, o1, o2, n1, n2 in alignment.opcodes:
        if o1 <= old_index < o2 or (o1 == o2 == old_index):
            return n1 + (old_index - o1 if tag == "equal" else 0)
    return len(alignment.new_tokens)


def shortened(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def clause_rows(alignment: Alignment) -> list[tuple[DiffChange, Group | None]]:
    """section_moved changes first, then clause changes in NEW's order, each with its words."""
    return [(change, None) for change in move_changes(alignment)] + [
        (clause_change(alignment, group), group) for group in group_regions(alignment)]


def signature(alignment: Alignment, group: Group) -> tuple:
    """What a group changes, word for word: the same edit made in two places has the same one."""
    return tuple((tuple(t.key for t in alignment.old_tokens[r.o1:r.o2] if not t.heading),
                  tuple(t.key for t in alignment.new_tokens[r.n1:r.n2] if not t.heading))
                 for r in group.regions if r.substantive)


def marks(alignment: Alignment) -> tuple[list[str], list[str]]:
    """Per word of each stream: '' (same), 'sub' (substantive change) or 'cos' (cosmetic)."""
    old = [""] * len(alignment.old_tokens)
    new = [""] * len(alignment.new_tokens)
    for region in alignment.regions:
        mark = "sub" if region.substantive else "cos"
        old[region.o1:region.o2] = [mark] * (region.o2 - region.o1)
        new[region.n1:region.n2] = [mark] * (region.n2 - region.n1)
    return old, new


def marked_words(tokens: list[Token], spans: dict[Unit, tuple[int, int]], word_marks: list[str],
                 units: set[Unit]) -> list[tuple[str, str]]:
    """(word, mark) for the words of the given units, in order (headings left out)."""
    return [(tokens[i].text, word_marks[i]) for i in indexes(spans, units) if not tokens[i].heading]


def word_runs(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Consecutive words with the same mark joined: [('är', ''), ('fyra', 'sub')] → runs."""
    runs: list[tuple[str, str]] = []
    for word, mark in words:
        if runs and runs[-1][1] == mark:
            runs[-1] = (runs[-1][0] + " " + word, mark)
        else:
            runs.append((word, mark))
    return runs
