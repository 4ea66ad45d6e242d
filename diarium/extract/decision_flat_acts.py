"""A decision section inside a page that lost its line breaks holds one paragraph, however many
decisions the page printed: each act of the body begins a decision of its own ("Länsstyrelsen
beslutar att … Länsstyrelsen beslutar vidare att …"), also where the transcript lost the full
stop between them. An act run into from a small word ("… och att Nämnden beslutar") goes on
the sentence before.

>>> text = ("Länsstyrelsen beslutar att reservatet utvidgas enligt karta bilaga 1 Länsstyrelsen beslutar "
...         "vidare att upphäva de äldre föreskrifterna.")
>>> [p.text for p in split_at_acts([Piece([(0, len(text), text)])], [(0, len(text))])]
['Länsstyrelsen beslutar att reservatet utvidgas enligt karta bilaga 1', 'Länsstyrelsen beslutar vidare att upphäva de äldre föreskrifterna.']
>>> text = "Beviljade projekt Länsstyrelsen beviljar bidrag till följande projekt: Ängar i Ekeby."
>>> [p.text for p in split_at_acts([Piece([(0, len(text), text)])], [(0, len(text))])]
['Länsstyrelsen beviljar bidrag till följande projekt: Ängar i Ekeby.']
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.decision_enacting import board_subject
from diarium.extract.decision_piece import Piece
from diarium.extract.patterns import plain_alternation
from diarium.language import words

MAX_HEAD_WORDS = 4        # a subheading run into the act: a few words, no sentence


@lru_cache(maxsize=1)
def act_start() -> re.Pattern[str]:
    """Where a body's act begins inside a run of text: its name as subject, then a verb of deciding."""
    verbs = plain_alternation([*words("decision_verbs"), *words("decided_verbs")])
    return re.compile(rf"(?<=\S)\s+(?={board_subject()}\s+{verbs}\s)")


def split_at_acts(pieces: list[Piece], flat: list[tuple[int, int]]) -> list[Piece]:
    """The pieces of a flat page cut where a body's act begins; a short head before the first
    act that ends no sentence ("Beviljade projekt Länsstyrelsen beslutar …") is a subheading the
    transcript ran into it, no decision."""
    out: list[Piece] = []
    for piece in pieces:
        if not any(a <= piece.start < b for a, b in flat):
            out.append(piece)
            continue
        cut = _cut(piece)
        if len(cut) > 1 and _subheading(cut[0].text):
            cut = cut[1:]
        out += cut
    return out


def _subheading(text: str) -> bool:
    return len(text.split()) <= MAX_HEAD_WORDS and not text.rstrip().endswith((".", ":", ";", ","))


def _cut(piece: Piece) -> list[Piece]:
    """The piece cut at each act's start, line by line: a line's words before its first act go
    on the piece before."""
    small = words("function_words")
    out = [Piece([], piece.item)]
    for start, _, line in piece.lines:
        points = [0]
        for match in act_start().finditer(line):
            before = line[:match.start()].split()
            if before and before[-1].casefold() not in small and not before[-1].endswith(","):
                points.append(match.end())
        for k, (a, b) in enumerate(zip(points, [*points[1:], len(line)])):
            words_of = line[a:b].rstrip()
            if k > 0:
                out.append(Piece([]))
            if words_of.strip():
                out[-1].lines.append((start + a, start + a + len(words_of), words_of))
    return [p for p in out if p.lines]
