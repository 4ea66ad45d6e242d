"""Rotated margin text: a template name printed up the edge of every page.

A text dump of such a page interleaves the rotated text with the body, a letter or two a
line: lines that hold nothing else ("L", "la", "tv"), and the same pieces in front of body
lines, a wide gap after them ("0    2  Definitioner och begrepp"). It belongs to the page, not
to the text, and a scan of the same page reads it differently or not at all, so it must
never be compared. Found by shape alone: a vertical run of such pieces, most of them alone
on their line — a list's bullets or a table's first column never stand alone.

>>> page = ["Kostnaden fördelas enligt nedan:", "0", "4.", "la", "tv   Följande begrepp används:",
...         "a", "s", "n a   Fakturering adresseras till:", "Kungsbacka kommun"]
>>> lines = [(1, text) for text in page]
>>> [strip_margin(text, cut) for (_, text), cut in zip(lines, margin_cuts(lines))]
['Kostnaden fördelas enligt nedan:', '', '', '', 'Följande begrepp används:', '', '', 'Fakturering adresseras till:', 'Kungsbacka kommun']
>>> bullets = [(1, "•    Ökad framkomlighet"), (1, "•    Ökad trafiksäkerhet"), (1, "•    Hållbart resande"),
...            (1, "•    Färre olyckor"), (1, "•    Kortare restid")]
>>> margin_cuts(bullets)
[0, 0, 0, 0, 0]
"""
from __future__ import annotations

import re

# One to three visible characters (single spaces between), alone or before a gap of 3+ spaces.
PIECE = re.compile(r"^\s*(\S(?: ?\S){0,2})(?:\s{3,}(?=\S)|\s*$)")
MIN_RUN = 5          # pieces in a vertical run
MIN_ALONE = 3        # of which alone on their line and holding a letter (not a clause number)


def piece(text: str) -> tuple[int, bool] | None:
    """(characters to cut, whether the piece is a letter or two alone on the line) for a
    margin-text candidate."""
    match = PIECE.match(text)
    if match is None or not any(c.isalnum() for c in match.group(1)):
        return None
    alone = not text[match.end():].strip()
    return (len(text) if alone else match.end()), alone and any(c.isalpha() for c in match.group(1))


def margin_cuts(lines: list[tuple[int, str]]) -> list[int]:
    """For each (page, line): how many leading characters are rotated margin text (0: none)."""
    cuts = [0] * len(lines)
    run: list[tuple[int, int, bool]] = []          # (line index, cut, alone)

    def close() -> None:
        if len(run) >= MIN_RUN and sum(alone for _, _, alone in run) >= MIN_ALONE:
            for index, cut, _ in run:
                cuts[index] = cut
        run.clear()

    page = None
    for index, (number, text) in enumerate(lines):
        if number != page:
            close()
            page = number
        if not text.strip():
            continue
        found = piece(text)
        if found is None:
            close()
            continue
        run.append((index, *found))
    close()
    return cuts


def strip_margin(text: str, cut: int) -> str:
    return text[cut:].strip() if cut else text
