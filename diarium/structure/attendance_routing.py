"""Where a piece of an attendance line goes: the person it continues, or a new person.

The people of a list are read into `Entry`s, one column (`Section` slot) at a time. A full name
starts a new person in the column its shape fits (with a party among politicians, without one
among officials) unless it completes a bare "ersätter"; a fragment — a role that wraps, a range
"§§ 18-" / "23", a unit's name — goes to the unfinished person it continues, best first in its
own column. `attendance` reads the lines and the label rows that open sections.
"""
from __future__ import annotations

from dataclasses import dataclass

from diarium.structure.attendance_entries import Piece, scan
from diarium.structure.attendance_rows import POLITICAL_KINDS, is_unit_line
from diarium.structure.attendance_vocab import Label, is_organisation
from diarium.text import dehyphenate


@dataclass
class Entry:
    """A person being read, from one or more pieces of text (one per line it runs over)."""

    slot: int
    group: Label
    parts: list[tuple[str, int, int]]
    page: int
    order: tuple[int, int, int]
    piece: Piece     # the scan of the joined parts

    def add(self, text: str, start: int, end: int) -> None:
        self.parts.append((text, start, end))
        self.piece = self._scan()

    def _scan(self) -> Piece:
        joined = ""
        for text, _, _ in self.parts:
            joined = _join(joined, text)
        pieces = [p for p in scan(joined) if p.kind in ("entry", "fragment")]
        return pieces[0] if pieces else Piece("fragment", 0, text=joined)


@dataclass
class Section:
    number: int
    groups: list[Label]
    boundaries: list[int]
    slots: list[list[Entry]]

    recent: Entry | None = None

    def last(self, slot: int) -> Entry | None:
        return self.slots[slot][-1] if self.slots[slot] else None


@dataclass
class Placed:
    """A piece of a line with its absolute span and the column it was printed in."""

    piece: Piece
    start: int
    end: int
    col: int
    first_in_chunk: bool


def column_slot(section: Section, col: int) -> int:
    return sum(1 for boundary in section.boundaries if col >= boundary - 2)


def route(section: Section, slot: int, item: Placed, page: int, entries: list[Entry], alone: bool = False) -> bool:
    """Attach a piece to the person it continues, or start a new person; False when it fits nowhere.
    A name alone on its line right after a substitute's bare 'ersätter' in another column is the
    member replaced, printed where the shorter column had ended."""
    piece = item.piece
    part = (piece.text, item.start, item.end)
    target = section.last(slot)
    if piece.kind == "entry" and len(piece.name_tokens) >= 2:
        waiting = section.recent
        if alone and waiting and waiting.slot != slot and _completes_name(waiting, piece) and not (
                target and _completes_name(target, piece)):
            target = waiting
        if target and _completes_name(target, piece):
            target.add(*part)
            section.recent = target
            return True
        slot = _fitting_slot(section, slot, piece)
        entry = Entry(slot, section.groups[slot], [part], page, (section.number, slot, len(entries)), piece)
        section.slots[slot].append(entry)
        entries.append(entry)
        section.recent = entry
        return True
    for candidate in _continuation_targets(section, slot, piece):
        candidate.add(*part)
        section.recent = candidate
        return True
    return False


def _completes_name(target: Entry, piece: Piece) -> bool:
    """A full name after a bare 'ersätter' (or after 'Jan-') is the name of the member replaced."""
    state = target.piece
    return state.open == "object" and (not state.replaces_tokens or state.text.endswith("-"))


def _continuation_targets(section: Section, slot: int, piece: Piece) -> list[Entry]:
    """Who a fragment may continue, best first: an unfinished person in its own column, in another
    column, a person whose role may wrap, then the last person of its column."""
    lasts = [(abs(s - slot), entry) for s in range(len(section.slots)) if (entry := section.last(s))]
    lasts.sort(key=lambda pair: pair[0])
    ordered = [entry for _, entry in lasts]
    # A person still waiting for the name of whom they replace takes a name, not a role.
    wants = ("hard",) if piece.text[:1].islower() else ("object", "hard")
    hard = [e for e in ordered if e.piece.open in wants]
    if piece.kind == "entry" and not hard:
        return []
    soft = [e for e in ordered if e.piece.open == "soft"] if _wraps_role(piece) else []
    # A signer's row holds one person; a range beside it is the value of "Paragrafer".
    same = [e for e in ordered if e.slot == slot and _attribute_only(piece) and e.group.kind != "signer"]
    # Else a range or role on a line of its own goes with the person read last (whose column the
    # lost spaces no longer show).
    recent = [section.recent] if section.recent and _attribute_only(piece) \
        and section.recent.group.kind != "signer" else []
    return hard + soft + same + recent


def organisation_only(piece: Piece) -> bool:
    return piece.kind == "fragment" and piece.organisation is not None and not (
        piece.roles or piece.parens or piece.presence_parts or piece.junk) and is_organisation(
        piece.organisation.split())


def _wraps_role(piece: Piece) -> bool:
    """A title's next line: in lower case ('verksamhetschef' / 'turism och fritid'), or the
    capitalised name of a unit ('avdelningschef' / 'Äldreomsorg och Hälsa', 'Hemtjänst Norr')."""
    if piece.kind == "fragment" and bool(piece.roles) and piece.text[:1].islower():
        return True
    # 'Öst, §§ 3-4' under 'Camilla Ståhlberg, enhetschef Hemtjänst': a unit's last word and a range.
    return is_unit_line(piece) or bool(piece.organisation and piece.presence_parts) and not (
        piece.roles or piece.parens or piece.replaces_tokens)


def _attribute_only(piece: Piece) -> bool:
    return piece.kind == "fragment" and not piece.organisation and bool(
        piece.parens or piece.presence_parts or piece.roles)


def _fitting_slot(section: Section, slot: int, piece: Piece) -> int:
    """The column whose list a new person's shape fits: with a party among politicians, without
    one among officials (or as the people already in the column)."""
    shape = "party" if piece.has_party_shape else "plain"
    if len(section.slots) < 2 or _expected(section, slot) in (None, shape):
        return slot
    others = sorted(range(len(section.slots)), key=lambda s: abs(s - slot))
    return next((s for s in others if s != slot and _expected(section, s) == shape), slot)


def _expected(section: Section, slot: int) -> str | None:
    kind = section.groups[slot].kind
    if kind in POLITICAL_KINDS:
        return "party"
    if kind == "official":
        return "plain"
    shapes = {"party" if e.piece.has_party_shape else "plain" for e in section.slots[slot]}
    return shapes.pop() if len(shapes) == 1 else None


def _join(left: str, right: str) -> str:
    """Join the pieces of one person over lines: 'Sven-' + 'Olov' → 'Sven-Olov',
    '§§ 18-' + '23' → '§§ 18-23', 'förvaltnings-' + 'chef' → 'förvaltningschef' (a word
    broken at the line end), 'kultur-' + 'och fritid' → 'kultur- och fritid'."""
    left, right = left.rstrip(), right.strip()
    if not left:
        return right
    if left.endswith(("-", "–")) and len(left) > 1 and left[-2].isalnum() and right[:1].isalnum():
        if left[-2].islower() and right[:1].islower():
            return dehyphenate(left, right)
        return left + right
    return f"{left} {right}"
