"""Attendance lists in a text that lost its line breaks: one long line a page.

Without line breaks there are no columns, but the labels still mark the groups ("Beslutande
Ledamöter: Ove Hansson (C) Gun Ragnemyr (C) … Tjänstgörande ersättare: Torsten Sjögren (C),
ersättare för Sune Svensson (C) … Övriga närvarande Kjell Vallgren, kommunchef …"), and a person
still reads as one (a name with a party in parentheses, a role after a comma). So a long line is
cut at its labels, and the text after each label is read with the entry scanner of the laid-out
lists (`attendance_entries.scan`):

* a run of labels names one group, its last ("Övriga deltagande Ersättare": Ersättare); a run of
  signers' labels ("Underskrifter Sekreterare Ordförande Justerande") takes the names after it in
  order, the last label the rest;
* a field label's value ("Plats och tid …", "Paragrafer …") holds no persons; the certificate of
  posting ("Anslag/bevis") ends the lists of its page;
* parties printed in a column of their own come before their names, one at a time ("M Henrikke
  Wikne C Mattias Eriksson") or all of the column before all of its names ("C FP KD Ester Åhlund
  Pettersson Tobias Tallryd Elsa Hagell"): the names are cut from the run by `name_runs`;
* a list is over where prose begins (three lower-case words no entry explains); one that found
  fewer than two persons was a label word in running text, not a list (the persons of a stretch
  are read by `attendance_flat_persons`);
* a signer's label that ends a page ("Vid protokollet") takes the name that begins the next one,
  after the running header the two pages share.

>>> from diarium.structure.lines import text_lines
>>> def rows(text):
...     for row in find_flat_attendance(text_lines(text)):
...         print(row.name, row.party, row.role, row.group, row.replaces, sep=" | ")
>>> rows("2 (21) Beslutande Ledamöter: Ove Hansson (C) Gun Ragnemyr (C) Tjänstgörande ersättare: "
...      "Torsten Sjögren (C), ersättare för Sune Svensson (C) Övriga närvarande Kjell Vallgren, kommunchef "
...      "Underskrifter Sekreterare Ordförande Justerande Gun Örn Karl-Erik Andersson Jörgen "
...      "Kaya Tore Gustafsson ANSLAG/BEVIS Protokollet är justerat. Underskrift Gun Örn")
Ove Hansson | C | None | Beslutande Ledamöter | None
Gun Ragnemyr | C | None | Beslutande Ledamöter | None
Torsten Sjögren | C | None | Tjänstgörande ersättare | Sune Svensson
Kjell Vallgren | None | kommunchef | Övriga närvarande | None
Gun Örn | None | Sekreterare | Sekreterare | None
Karl-Erik Andersson | None | Ordförande | Ordförande | None
Jörgen Kaya | None | Justerare | Justerande | None
Tore Gustafsson | None | Justerare | Justerande | None
>>> rows("SAMMANTRÄDESPROTOKOLL Sida 1(31) Beslutande M Henrikke Wikne C Mattias Eriksson, tjänstgör för "
...      "Henrik Lindecrona (M) C FP S Ester Åhlund Pettersson Tobias Tallryd Nils Heddahl Tjänstemän "
...      "Sixten Wallqvist, förvaltningschef § 5 Budget 2014 Nämnden beslutar att godkänna förslaget.")
Henrikke Wikne | M | None | Beslutande | None
Mattias Eriksson | C | None | Beslutande | Henrik Lindecrona
Ester Åhlund Pettersson | C | None | Beslutande | None
Tobias Tallryd | FP | None | Beslutande | None
Nils Heddahl | S | None | Beslutande | None
Sixten Wallqvist | None | förvaltningschef | Tjänstemän | None
>>> rows("Ärendet har beretts av förvaltningen. Ordförande Anna Berg (S) föreslår att nämnden beslutar "
...      "enligt förvaltningens förslag till beslut och finner att nämnden bifallit det.")
"""
from __future__ import annotations

from dataclasses import dataclass, field

from diarium.schemas.structure import AttendanceRow, TextLine
from diarium.structure.attendance_flat_persons import flat_entries, party_column
from diarium.structure.attendance_rows import row_of
from diarium.structure.attendance_vocab import Label, Token, label_at, tokenize

FLAT_MIN = 100       # characters: a line this long may be a page that lost its line breaks
MIN_ROWS = 2         # persons a list must hold to be one (not a label word in running text)
COLUMN_HEAD_KINDS = 3  # kinds of list among a run of labels that are a table's column heads


@dataclass
class Run:
    """Labels printed one after the other, and the tokens they cover."""

    first: int
    end: int
    labels: list[Label]


@dataclass
class Reader:
    """The lists of consecutive flat lines: rows waiting until their list proves to be one."""

    rows: list[AttendanceRow] = field(default_factory=list)
    waiting: list[AttendanceRow] = field(default_factory=list)
    carried: list[Label] | None = None      # a group whose names are on the next page
    previous: TextLine | None = None

    def close(self) -> None:
        if len(self.waiting) >= MIN_ROWS:
            self.rows.extend(self.waiting)
        self.waiting = []


def find_flat_attendance(lines: list[TextLine]) -> list[AttendanceRow]:
    """Rows of the attendance lists of long lines (pages that lost their line breaks)."""
    reader = Reader()
    for line in lines:
        if line.role == "blank" or line.role == "furniture":
            continue
        if line.role != "body" or len(line.text) < FLAT_MIN and reader.carried is None:
            reader.close()
            reader.carried, reader.previous = None, None
            continue
        _read_line(reader, line)
        reader.previous = line
    reader.close()
    return reader.rows


def label_runs(tokens: list[Token]) -> list[Run]:
    """The labels of a line, runs of adjacent ones together (not after a comma: ', ordförande'
    is a role)."""
    runs: list[Run] = []
    i = 0
    while i < len(tokens):
        label = label_at(tokens, i) if i == 0 or tokens[i - 1].text != "," else None
        if label is None:
            i += 1
            continue
        if runs and runs[-1].end == i:
            runs[-1].labels.append(label)
            runs[-1].end = i + label.size
        else:
            runs.append(Run(i, i + label.size, [label]))
        i += label.size
    return runs


def _groups(run: Run) -> list[Label] | None:
    """The group(s) the text after a run of labels belongs to; None for a field's value."""
    persons = [label for label in run.labels if label.kind != "field"]
    if not persons or run.labels[-1].kind == "field":
        return None
    kinds = {label.kind for label in persons}
    if len(kinds) >= COLUMN_HEAD_KINDS:
        # the heads of a table's columns ("Ledamöter Ersättare Övriga närvarande Sekreterare"), the
        # columns' names run together after them: which list a name stood in is lost
        kind = "member" if "member" in kinds else persons[0].kind
        return [Label(text="", kind=kind, role=None, size=0)]
    signers = [label for label in persons if label.kind == "signer"]
    return signers if len(signers) > 1 and persons[-1].kind == "signer" else persons[-1:]


def _read_line(reader: Reader, line: TextLine) -> None:
    tokens = tokenize(line.text)
    runs = label_runs(tokens)
    if reader.carried is None and not runs:
        reader.close()
        return
    segments: list[tuple[list[Label] | None, int, int]] = []
    if reader.carried is not None:
        first = _shared_prefix(tokens, reader.previous)
        segments.append((reader.carried, first, runs[0].first if runs else len(tokens)))
    reader.carried = None
    for k, run in enumerate(runs):
        if any(label.ends_lists for label in run.labels):
            segments.append((None, len(tokens), len(tokens)))
            break
        end = runs[k + 1].first if k + 1 < len(runs) else len(tokens)
        segments.append((_groups(run), run.end, end))
    for groups, first, end in segments:
        if groups is None:
            if first == len(tokens):     # the lists of the page are over
                reader.close()
                return
            continue
        if first == end and end == len(tokens):
            reader.carried = groups      # "Vid protokollet" at the foot of the page
            return
        rows, prose = _segment(line, tokens, first, end, groups)
        reader.waiting.extend(rows)
        if prose:
            reader.close()


def _shared_prefix(tokens: list[Token], previous: TextLine | None) -> int:
    """Tokens at the start of this page that begin the previous one too: the running header."""
    if previous is None:
        return 0
    before = tokenize(previous.text)
    n = 0
    while n < min(len(tokens), len(before)) and tokens[n].text == before[n].text:
        n += 1
    return n


def _segment(line: TextLine, tokens: list[Token], first: int, end: int,
             groups: list[Label]) -> tuple[list[AttendanceRow], bool]:
    """The rows of the text after one run of labels, and whether running text began in it."""
    if first >= end:
        return [], False
    offset = tokens[first].start
    text = line.text[offset:tokens[end - 1].end]
    entries, prose = party_column(text) or flat_entries(text)
    rows = []
    for k, piece in enumerate(entries):
        group = groups[min(k, len(groups) - 1)]
        rows.append(row_of(piece, group, line.page, line.start + offset + piece.start,
                           line.start + offset + piece.end))
    return rows, prose
