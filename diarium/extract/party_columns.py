"""Parties of party boxes printed side by side: each box has a role label ("LEVERANTÖR",
"Kommunen") over the party's name and address, and the text layer reads the boxes' rows in
turn, so the names come first and the boxes' numbers follow together ("Org.nr" / "212000-…" /
"Org.nr" / "556…"). The numbers then belong to the names in the order
both are printed.

>>> text = '''Parter
... KOMMUNEN
... Ekeby kommun
... 123 45 EKEBY
... LEVERANTÖR
... Norrby Vård AB
... Box 12
... 123 46 NORRBY
... Org.nr
... 212000-2783
... Org.nr
... 556036-0793
... Webbplats
... '''
>>> [(p.name, p.orgnr) for p in column_parties(text)]
[('Ekeby kommun', '212000-2783'), ('Norrby Vård AB', '556036-0793')]

A row of role labels side by side ("Säljare      Köpare", over the signatures) heads the
columns the parties' names stand in on the line below:

>>> [p.name for p in column_parties("Säljare                 Köpare\\nEkeby kommun            Norrby Bygg AB\\n")]
['Ekeby kommun', 'Norrby Bygg AB']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from diarium.extract.evidence import evidence
from diarium.extract.orgnr import find_orgnrs
from diarium.extract.party_context import name_like
from diarium.extract.party_names import reference_words
from diarium.schemas import OrgNr, Party
from diarium.text import lines_with_offsets

BOX_REACH = 30            # lines from the first box's label that the boxes and their numbers fill
TEXT_WORDS = 10           # a line of more words is running text: the boxes have ended
# Words that head all the parties, no one box: "Parter", "Parterna".
ALL_PARTIES = {"part", "parter", "parterna", "parten"}
CELL = re.compile(r"\S+(?:[ \t]{1,2}\S+)*")        # a column's text: words at most two spaces apart


@dataclass
class Boxes:
    start: int                                              # line index of the first label
    names: list[tuple[str, int]] = field(default_factory=list)         # (name, offset)
    numbers: list[tuple[OrgNr, int, int]] = field(default_factory=list)  # (number, start, end)


def box_label(line: str) -> bool:
    """A line that is only a party's role or reference word ("LEVERANTÖR", "Kommunen:")."""
    word = line.strip().rstrip(":").casefold()
    return bool(word) and " " not in word and word in reference_words() and word not in ALL_PARTIES


def labelled_name(lines: list[tuple[int, str]], k: int) -> tuple[str, int] | None:
    """(name, offset) on the first line with text under a box label at line k."""
    below = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j][1].strip()), None)
    if below is None or box_label(lines[below][1]):
        return None
    offset, line = lines[below]
    name = name_like(line)
    return (name, offset + line.find(name)) if name and name in line else None


def ended(line: str) -> bool:
    """Running text: the boxes are over."""
    return len(line.split()) > TEXT_WORDS or line.rstrip().endswith(".")


def paired(text: str, boxes: Boxes) -> list[Party]:
    """The boxes' parties when every name has its number after all the names."""
    if len(boxes.names) < 2 or len(boxes.numbers) != len(boxes.names):
        return []
    return [Party(name=name, orgnr=org.orgnr, orgnr_valid=org.orgnr_valid,
                  evidence=[evidence(text, at, at + len(name)), evidence(text, start, end)])
            for (name, at), (org, start, end) in zip(boxes.names, boxes.numbers)]


def column_parties(text: str) -> list[Party]:
    """The parties of every row of side-by-side party boxes whose numbers follow their names."""
    lines = lines_with_offsets(text)
    parties: list[Party] = []
    boxes: Boxes | None = None
    for k, (offset, line) in enumerate(lines):
        if boxes and (k - boxes.start > BOX_REACH or ended(line)):
            parties += paired(text, boxes)
            boxes = None
        named = labelled_name(lines, k) if box_label(line) else None
        if named:
            if boxes is None or boxes.numbers:
                parties += paired(text, boxes) if boxes else []
                boxes = Boxes(start=k)
            boxes.names.append(named)
            continue
        found = find_orgnrs(line) if boxes and any(c.isdigit() for c in line) else []
        if boxes and found:
            ev = found[0].evidence[0]
            boxes.numbers.append((found[0], offset + ev.start, offset + ev.end))
    return parties + (paired(text, boxes) if boxes else []) + role_rows(text, lines)


def role_rows(text: str, lines: list[tuple[int, str]]) -> list[Party]:
    """The names under a row of two or more role labels, each in its label's column."""
    parties: list[Party] = []
    for k, (_, line) in enumerate(lines):
        labels = list(CELL.finditer(line))
        if len(labels) < 2 or not all(box_label(m.group(0)) for m in labels):
            continue
        below = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j][1].strip()), None)
        if below is None:
            continue
        offset, names_line = lines[below]
        cells = list(CELL.finditer(names_line))
        if len(cells) != len(labels):
            continue
        for cell in cells:
            name = name_like(cell.group(0))
            if name and name == cell.group(0).strip():
                parties.append(Party(name=name, evidence=[evidence(text, offset + cell.start(), offset + cell.end())]))
    return parties
