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

from diarium.schemas.structure import AttendanceRow, TextLine
from diarium.structure.attendance_flat import find_flat_attendance
from diarium.structure.attendance_columns import chunks, columns_below, person_columns
from diarium.structure.attendance_entries import scan
from diarium.structure.attendance_routing import Entry, Placed, Section, column_slot, organisation_only, route
from diarium.structure.attendance_rows import prose_words, row_of
from diarium.structure.headings import SECTION_SIGN
from diarium.structure.signatures_lines import classify
from diarium.structure.attendance_vocab import Label, may_start_label

MARGIN_COLUMN = 20      # a label ending the left margin column: the next label starts before this
MAX_BLANKS = 3          # blank lines a list may hold before it is over
PROSE_WORDS = 2         # lower-case words of a line that no entry explains: running text
MAX_FIELD_LINES = 3     # lines of a field's value ("Plats och tid …") a list may hold


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
        slot = column_slot(section, item.col) if item.first_in_chunk or slot < 0 else min(slot + 1, len(section.groups) - 1)
        # A piece that continues no one ("Se sida 2") is left out; the line still counts if
        # anything else in it fits. An organisation on a line of its own is present, not a person.
        fitted = route(section, slot, item, line.page, entries, len(placed) == 1) or organisation_only(piece) \
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


def _row(entry: Entry) -> AttendanceRow:
    start, end = entry.parts[0][1], max(part[2] for part in entry.parts)
    return row_of(entry.piece, entry.group, entry.page, start, end)
