"""Where the columns of an attendance list begin, from the lines under its label row.

A label row names its columns ("Beslutande  Ledamöter  Tjänstgörande ersättare"); where the 2nd
and later columns start is read from the chunks (text between runs of two or more spaces) of
the lines below it, up to the next label row. One label may stand over two columns of persons
("Tjänstepersoner" over two columns of staff): there the second column starts where a name
begins, not the line's first text, on two or more lines.

>>> from diarium.structure.lines import text_lines
>>> lines = text_lines("Tjänstepersoner\\n"
...                    "Görel Kronstrand, förvaltnings-     Jessica Göransson, nämnd-\\n"
...                    "chef                                sekreterare\\n"
...                    "Maja Eksen, ekonom                  Johanna Löwenhielm, controller\\n")
>>> person_columns(lines, 0), columns_below(lines, 0, 2)
([36], [36])
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from diarium.schemas.structure import TextLine
from diarium.structure.attendance_entries import scan
from diarium.structure.attendance_vocab import label_at, tokenize

PLACEHOLDER = re.compile(r"^[-–—_.]+$")
LOOKAHEAD = 40          # lines read to find where a section's second column starts


def chunks(line: TextLine) -> list[tuple[int, str]]:
    """(column, text) of the runs of text between two or more spaces; dash placeholders dropped."""
    text = line.text.replace("\t", "  ")
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", text)
            if not PLACEHOLDER.match(m.group())]


def _chunks_below(lines: list[TextLine], index: int) -> Iterator[list[tuple[int, str]]]:
    """The chunks of each text line under the label row at `index`, up to the next label row."""
    for line in lines[index + 1:index + 1 + LOOKAHEAD]:
        if line.role == "furniture" or not line.text.strip():
            continue
        found = chunks(line)
        if found and label_at(tokenize(found[0][1]), 0):
            return
        yield found


def columns_below(lines: list[TextLine], index: int, columns: int) -> list[int]:
    """Where the section's 2nd, 3rd … columns start, from the chunks of the lines below its labels."""
    if columns < 2:
        return []
    counts: dict[int, int] = {}
    for found in _chunks_below(lines, index):
        for col, _ in found[1:]:
            counts[col] = counts.get(col, 0) + 1
    clusters = _clusters(counts)
    ranked = sorted(clusters, key=lambda c: -sum(counts[col] for col in c))[:columns - 1]
    return sorted(min(cluster) for cluster in ranked)


def person_columns(lines: list[TextLine], index: int) -> list[int]:
    """Where a second column of persons starts under one label ("Tjänstepersoner" over two
    columns of staff, whose wrapped titles must stay in their own column): a position where a
    person's name begins, not the line's first text, on two or more lines."""
    counts: dict[int, int] = {}
    for found in _chunks_below(lines, index):
        for col, chunk in found[1:]:
            pieces = scan(chunk)
            if pieces and pieces[0].kind == "entry" and len(pieces[0].name_tokens) >= 2:
                counts[col] = counts.get(col, 0) + 1
    clusters = _clusters(counts)
    best = max(clusters, key=lambda c: sum(counts[col] for col in c), default=[])
    return [min(best)] if sum(counts[col] for col in best) >= 2 else []


def _clusters(counts: dict[int, int]) -> list[list[int]]:
    """Positions two characters apart or less are one column's."""
    clusters: list[list[int]] = []
    for col in sorted(counts):
        if clusters and col - clusters[-1][-1] <= 2:
            clusters[-1].append(col)
        else:
            clusters.append([col])
    return clusters
