"""Attendance lists of a protokoll (Beslutande, Ledamöter, Ersättare, Justerare …) as rows.

A list starts at a line that begins with a label of `attendance_labels.tsv` and runs while its lines
read as labels, persons or continuations of persons. A label row opens a *section* whose labels
name its columns ("Beslutande  Ledamöter  Tjänstgörande ersättare": Beslutande is a margin label
over two columns). Each line is cut into chunks at runs of two or more spaces; a chunk's column is
found from where the section's lines put their second column, and two entries glued into one
chunk (the PDF text lost the spaces) go to successive columns. Text that continues a person —
a role on the next line, the end of a range "§§ 18-" / "23", the name after "ersätter" — goes to
the person it completes: in its own column when that one is unfinished, else in the column that
is. A person whose shape (party or not) does not fit the column is moved to the column whose
list it fits (officials below the politicians of a two-column list).

>>> from diarium.structure.lines import text_lines
>>> text = ("Beslutande    Ledamöter                     Tjänstgörande ersättare\\n"
...         "Joel Vallell (M), Ordförande Margareta Törnqvist (L) ersätter Ebba\\n"
...         "Ebba Lysén (L), 1:e vice ordförande §§ 18- Lysén (L) §§ 12-17\\n"
...         "23                            Johanna Myhlén (M)\\n"
...         "Övriga närvarande Ersättare                 Tjänstepersoner\\n"
...         "Margareta Törnqvist (L) §§ 18-23 Henrik Rosblad,\\n"
...         "verksamhetscontroller § 16\\n"
...         "Hedda Holmman, personalchef § 17\\n")
>>> for row in find_attendance(text_lines(text)):
...     print(row.name, row.party, row.role, row.group, row.paragraphs, row.replaces, sep=" | ")
Joel Vallell | M | Ordförande | Ledamöter | None | None
Ebba Lysén | L | 1:e vice ordförande | Ledamöter | §§ 18-23 | None
Margareta Törnqvist | L | None | Tjänstgörande ersättare | §§ 12-17 | Ebba Lysén
Johanna Myhlén | M | None | Tjänstgörande ersättare | None | None
Margareta Törnqvist | L | None | Ersättare | §§ 18-23 | None
Henrik Rosblad | None | verksamhetscontroller | Tjänstepersoner | § 16 | None
Hedda Holmman | None | personalchef | Tjänstepersoner | § 17 | None
"""
from __future__ import annotations

import re
from dataclasses import dataclass


from diarium.schemas.structure import AttendanceRow, TextLine
from diarium.structure.attendance_flat import find_flat_attendance
from diarium.structure.attendance_columns import chunks, columns_below, person_columns
from diarium.structure.attendance_entries import Piece, scan
from diarium.structure.attendance_rows import POLITICAL_KINDS, is_unit_line, prose_words, row_of
from diarium.structure.headings import SECTION_SIGN
from diarium.text import dehyphenate
from diarium.structure.signatures_lines import classify
from diarium.structure.attendance_vocab import (
    Label, is_organisation, label_at, may_start_label, tokenize)

MARGIN_COLUMN = 20      # a label ending the left margin column: the next label starts before this
MAX_BLANKS = 3          # blank lines a list may hold before it is over
PROSE_WORDS = 2         # lower-case words of a line that no entry explains: running text
MAX_FIELD_LINES = 3     # lines of a field's value ("Plats och tid …") a list may hold


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


def find_attendance(lines: list[TextLine]) -> list[AttendanceRow]:
    """Rows of every attendance list; the lines used get role 'attendance'."""
    rows: list[AttendanceRow] = []
    i = 0
    while i < len(lines):
        if _free(lines[i]) and starts_list(lines[i]):
            end, entries = _read_list(lines, i)
            entries.sort(key=lambda entry: entry.order)
            rows.extend(_row(entry) for entry in entries if entry.piece.kind == "entry")
            i = max(end, i + 1)
        else:
            i += 1
    return rows + find_flat_attendance(lines)


def _free(line: TextLine) -> bool:
    return line.role in ("body", "blank")


def _placed(line: TextLine) -> list[Placed]:
    placed = []
    for col, chunk in chunks(line):
        for n, piece in enumerate(scan(chunk)):
            placed.append(Placed(piece, line.start + col + piece.start, line.start + col + piece.end,
                                 col + piece.start, n == 0))
    return placed


def starts_list(line: TextLine) -> bool:
    """Does an attendance list start at this line (a label row, or a label and a person)?"""
    if not may_start_label(line.text):
        return False
    placed = _placed(line)
    if not placed or placed[0].piece.kind != "label" or any(p.piece.junk for p in placed):
        return False
    labels = [p.piece.label for p in placed if p.piece.label]
    if all(label.kind == "field" for label in labels):
        return False
    # After the labels comes a person or nothing: "Ledamot i Kommunfullmäktige" is a title.
    first = next((p.piece for p in placed if p.piece.kind not in ("label", "value")), None)
    if first is not None and first.kind != "entry":
        return False
    return first is not None or any(label.kind not in ("signer", "field") for label in labels)


def _read_list(lines: list[TextLine], start: int) -> tuple[int, list[Entry]]:
    """Read one list from line `start`; the index after its last line, and its entries."""
    entries: list[Entry] = []
    section: Section | None = None
    blanks = field_lines = 0
    end = i = start
    page = lines[start].page
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.role == "furniture":
            continue
        # A field's value ("Paragrafer: § 23–25") never runs over a page or into a § block.
        if section is None and (line.page != page or SECTION_SIGN.match(line.text.strip())):
            break
        page = line.page
        if not _free(line) or not line.text.strip():
            blanks += 1
            if blanks > MAX_BLANKS or not _free(line):
                break
            continue
        blanks = 0
        placed = _placed(line)
        # Stray marks in a person's line ('projektledare "Trygg hemma"', 'chef Ekonomi + HR') are
        # left out; words of running text end the list.
        if sum(len(prose_words(p.piece)) for p in placed) >= PROSE_WORDS or _signatures_follow(lines, i - 1, section):
            break
        fitted, section = _read_line(lines, i - 1, placed, section, entries)
        if not fitted:
            # The value of a field label ("Plats och tid för …") may run over a line or two.
            if section is not None or field_lines >= MAX_FIELD_LINES or _has_person(placed):
                break
            field_lines += 1
        elif section is not None:
            field_lines = 0
        line.role = "attendance"
        end = i
    return end, entries


def _signatures_follow(lines: list[TextLine], index: int, section: Section | None) -> bool:
    """After the signers' labels ("Justerare: Arne Vikberg") a line of names over a line of
    titles is the signature block ("Asta Ekin Sten Lillgren Arne Vikberg" / "sekreterare
    ordförande justerare"), not more signers."""
    if section is None or any(g.kind != "signer" for g in section.groups) or not any(section.slots):
        return False
    below = next((line for line in lines[index + 1:index + 3] if line.text.strip()), None)
    names, titles = classify(lines[index].text), classify(below.text) if below else []
    return bool(names and titles) and all(item.kind == "name" for item in names) and \
        all(item.kind == "title" for item in titles)


def _has_person(placed: list[Placed]) -> bool:
    return any(p.piece.kind == "entry" and len(p.piece.name_tokens) >= 2 for p in placed)


def _read_line(lines: list[TextLine], index: int, placed: list[Placed], section: Section | None,
               entries: list[Entry]) -> tuple[bool, Section | None]:
    """Apply one line to the list: whether it belongs to the list, and the section in force after
    it (None after a field label such as "Plats och tid för justering")."""
    line = lines[index]
    run: list[Placed] = []
    slot = -1
    fitted = False
    for k, item in enumerate(placed):
        piece = item.piece
        if piece.kind == "label":
            run.append(item)
            if k + 1 < len(placed) and placed[k + 1].piece.kind == "label":
                continue
            groups = _groups(run)
            run = []
            if groups:
                boundaries = columns_below(lines, index, len(groups))
                if len(groups) == 1 and groups[0].kind not in ("signer", "field"):
                    boundaries = person_columns(lines, index)
                    groups = groups * (len(boundaries) + 1)
                section = Section(index, groups, boundaries, [[] for _ in groups])
                slot = -1
            elif k == 0:
                section = None
            fitted = True
            continue
        if piece.kind == "value" or section is None:
            continue
        slot = _slot(section, item.col) if item.first_in_chunk or slot < 0 else min(slot + 1, len(section.groups) - 1)
        # A piece that continues no one ("Se sida 2") is left out; the line still counts if
        # anything else in it fits. An organisation on a line of its own is present, not a person.
        fitted = _route(section, slot, item, line.page, entries, len(placed) == 1) or _organisation_only(piece) \
            or fitted
    return fitted, section


def _groups(run: list[Placed]) -> list[Label]:
    """The column labels of a label row: field labels dropped, and a margin label (one followed
    closely by another label) dropped in favour of the labels of its columns."""
    groups = []
    for k, item in enumerate(run):
        label = item.piece.label
        if label is None or label.kind == "field":
            continue
        following = run[k + 1] if k + 1 < len(run) else None
        if following and following.piece.label and following.piece.label.kind != "field" and (
                following.col <= MARGIN_COLUMN or following.start - item.end <= 2):
            continue
        groups.append(label)
    return groups


def _slot(section: Section, col: int) -> int:
    return sum(1 for boundary in section.boundaries if col >= boundary - 2)


def _route(section: Section, slot: int, item: Placed, page: int, entries: list[Entry], alone: bool = False) -> bool:
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


def _organisation_only(piece: Piece) -> bool:
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


def _row(entry: Entry) -> AttendanceRow:
    start, end = entry.parts[0][1], max(part[2] for part in entry.parts)
    return row_of(entry.piece, entry.group, entry.page, start, end)


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
