"""A decision section inside a page that lost its line breaks holds one paragraph, however many
decisions the page printed: each act of the body begins a decision of its own ("Länsstyrelsen
beslutar att … Länsstyrelsen beslutar vidare att …"), also where the transcript lost the full
stop between them. A heading in capitals run into the text ends the section, and so does the
ärende's story after the acts (a sentence that does not act). An act run into from a small word
("… och att Nämnden beslutar") goes on the sentence before.

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
from diarium.extract.decision_flat_outcomes import reports_outcome
from diarium.extract.decision_outcomes import SENTENCE_END
from diarium.extract.decision_piece import Piece
from diarium.extract.patterns import plain_alternation
from diarium.language import words
from diarium.structure.flat_lines import word_before

LIST_MARK = re.compile(r"\s*\d{1,2}[.)]\s")
MAX_HEAD_WORDS = 4        # a subheading run into the act: a few words, no sentence
# A heading word in capitals (five letters or more: no acronym) over a capitalised word or a number.
CAPITAL_HEADING = re.compile(r"(?<!\S)[A-ZÅÄÖ]{5,}(?=\s+(?:[A-ZÅÄÖ][a-zåäö]|\d))")


@lru_cache(maxsize=1)
def act_start() -> re.Pattern[str]:
    """Where a body's act begins inside a run of text: its name as subject, then a verb of deciding."""
    return re.compile(rf"(?<=\S)\s+(?={act_opening().pattern})")


@lru_cache(maxsize=1)
def act_opening() -> re.Pattern[str]:
    """A body's name as subject, then a verb of deciding."""
    verbs = plain_alternation([*words("decision_verbs"), *words("decided_verbs")])
    return re.compile(rf"{board_subject()}\s+{verbs}\s")


def split_at_acts(pieces: list[Piece], flat: list[tuple[int, int]]) -> list[Piece]:
    """The pieces of a flat page cut where a body's act begins; a short head before the first
    act that ends no sentence ("Beviljade projekt Länsstyrelsen beslutar …") is a subheading the
    transcript ran into it, no decision. After the story only a numbered list's items go on."""
    out: list[Piece] = []
    story = False
    for piece in pieces:
        if not any(a <= piece.start < b for a, b in flat):
            out.append(piece)
            continue
        if story and not (piece.item or "").isdigit():
            continue                    # after the story only the list's next items decide
        head, ended = before_capital_heading(piece)
        cut = _cut(head) if head is not None else []
        if len(cut) > 1 and _subheading(cut[0].text):
            cut = cut[1:]
        for part in cut:
            kept, told = before_story(part)
            out += [kept] if kept is not None else []
            story = story or told
            if told:
                break
        if ended:
            break
    return out


def before_story(piece: Piece) -> tuple[Piece | None, bool]:
    """The piece up to the end of its last sentence that acts, and whether a sentence that does
    not follows: with no paragraph breaks left, the ärende's story runs on after the decision
    ("… kompensera Landstingsfastigheter. I enlighet med tidigare beslut ska …"), and with it
    the decision section ends. A sentence acts when the body is its subject with a verb of
    deciding, or it reports the act in the passive ("Ordföranden utses att underteckna …")."""
    kept: list[tuple[int, int, str]] = []
    for start, end, line in piece.lines:
        marker = LIST_MARK.match(line)
        for match in SENTENCE_END.finditer(line, marker.end() if marker else 0):
            rest = line[match.end():].lstrip()
            if not acts(rest):
                words_of = line[:match.end()]
                if words_of.strip():
                    kept.append((start, start + len(words_of), words_of))
                return Piece(kept, piece.item), True
        kept.append((start, end, line))
    return piece, False


def acts(sentence: str) -> bool:
    """The sentence that opens `sentence` is an act of the body or its outcome in the passive."""
    first = SENTENCE_END.split(sentence, maxsplit=1)[0]
    return bool(act_opening().match(first) or reports_outcome(first))


def before_capital_heading(piece: Piece) -> tuple[Piece | None, bool]:
    """The piece up to a heading printed in capitals that the transcript ran into the text
    ("… kostnad (nr) VILLKOR Villkor för respektive projekt …"), and whether there was one: it
    begins another section, the decision section ends there."""
    kept: list[tuple[int, int, str]] = []
    for start, end, line in piece.lines:
        match = CAPITAL_HEADING.search(line)
        if match is None:
            kept.append((start, end, line))
            continue
        words_of = line[:match.start()].rstrip()
        if words_of.strip():
            kept.append((start, start + len(words_of), words_of))
        return (Piece(kept, piece.item) if kept else None), True
    return piece, False


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
            before = word_before(line, match.start())
            if before and before.casefold() not in small and not before.endswith(",") \
                    and not LIST_MARK.fullmatch(line[:match.end()]):
                points.append(match.end())
        for k, (a, b) in enumerate(zip(points, [*points[1:], len(line)])):
            words_of = line[a:b].rstrip()
            if k > 0:
                out.append(Piece([]))
            if words_of.strip():
                out[-1].lines.append((start + a, start + a + len(words_of), words_of))
    return [p for p in out if p.lines]
