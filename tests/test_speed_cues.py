"""The cheap cues tried before costly patterns, and the word-by-word unit joining, give what the
plain code gave."""
from __future__ import annotations

import random
import re

from diarium.extract.amount_captions import UNIT_CUE
from diarium.extract.amount_tables import PLAIN_UNITS, TABLE_UNIT, TABLE_UNITS
from diarium.extract.party_sentences import AFTER_WITH, WITH_CUE
from diarium.extract.units import CELL_BREAK, QUOTE_MARK, join_spans
from diarium.language import words
from diarium.structure.furniture_blocks import HINT, _hint

TOKEN = re.compile(r"\S+")


# The character-by-character joining the units used before, as it was.
def _plain_squash_into(text: str, start: int, end: int, chars: list[str], offsets: list[int],
                       glued: bool = False) -> None:
    """Append text[start:end] to chars/offsets with every whitespace run (and <br>) one space;
    `glued`: the first word continues the last one (a hyphenated line break)."""
    segment = text[start:end]
    if "<" in segment:
        segment = CELL_BREAK.sub(lambda m: " " * len(m.group(0)), segment)
    for token in TOKEN.finditer(segment):
        first, last = token.span()
        if chars and chars[-1] != " " and not glued:
            chars.append(" ")
            offsets.append(start + first - 1)
        glued = False
        chars.extend(segment[first:last])
        offsets.extend(range(start + first, start + last))


def _plain_broken_word(chars: list[str], next_text: str) -> bool:
    """Is the word at the end of `chars` broken by a line-end hyphen ("Kommandit-" + "bolaget")?
    "kultur-" before "och" keeps its hyphen, so does one after a digit or capital ("EU-")."""
    first = next_text.split()[0] if next_text.split() else ""
    return (len(chars) > 1 and chars[-1] == "-" and chars[-2].isalpha() and chars[-2].islower()
            and first[:1].islower() and first.strip(",.") not in words("hyphen_continuations"))


def plain_join(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The lines text[start:end] joined into one line with an offset for every character."""
    chars: list[str] = []
    offsets: list[int] = []
    for start, end in spans:
        quote = QUOTE_MARK.match(text, start, end)      # a markdown quote: "> " starts the line
        if quote:
            start = quote.end()
        piece = text[start:end]
        if not piece.strip():
            continue
        glued = bool(chars) and _plain_broken_word(chars, CELL_BREAK.sub(" ", piece))
        if glued:
            chars.pop()
            offsets.pop()
        elif chars and chars[-1] != " ":
            chars.append(" ")
            offsets.append(max(offsets[-1] + 1, start - 1))
        _plain_squash_into(text, start, end, chars, offsets, glued)
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    while chars and chars[0] == " ":
        chars.pop(0)
        offsets.pop(0)
    return "".join(chars), offsets


def test_units_join_as_the_plain_code_did() -> None:
    rng = random.Random(3)
    alphabet = ["Ekeby", "kommun", " ", "  ", "\t", "\n", "<br>", "AB,", "1 000", "x", "Kommandit-", "bolaget",
                "> ", "EU-", "och", "-"]
    for _ in range(1000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(1, 6))))
        spans = list(zip(cuts, cuts[1:]))
        assert join_spans(text, spans) == plain_join(text, spans), (text, spans)


def test_a_hyphenated_break_still_joins_the_word() -> None:
    text = "Avtal med Kommandit-\nbolaget Tårtan"
    joined, offsets = join_spans(text, [(0, 20), (21, len(text))])
    assert joined == "Avtal med Kommanditbolaget Tårtan"
    assert len(offsets) == len(joined) and text[offsets[joined.index("bolaget")]] == "b"


def test_every_table_unit_holds_a_cue() -> None:
    for unit in TABLE_UNITS + PLAIN_UNITS:
        assert UNIT_CUE.search(unit), unit
    for line in ["Belopp i miljoner", "Kostnader (TKR)", "Summa 2025 2026", "(belopp angivna i Mkr)"]:
        assert (TABLE_UNIT.search(line) is None) or UNIT_CUE.search(line)


def test_the_contact_hint_answers_as_its_pattern() -> None:
    for line in ["www.ekeby.se", "Box 12, 123 45 Ekeby", "Tel 0123-456", "anna@ekeby.se", "Ekeby kommun",
                 "Sida 2 av 3", "https://x", "", "12345 ekeby", "A 0"]:
        assert _hint(line) == (HINT.search(line) is not None), line


def test_the_with_cue_stands_in_every_agreement_with_match() -> None:
    for text in ["Avtal med Norrby Bygg AB", "AVTALET MELLAN Ekeby kommun och Norrby AB", "avtal om mark"]:
        assert AFTER_WITH.search(text) is None or WITH_CUE.search(text)
