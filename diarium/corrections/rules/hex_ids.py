"""Rule: a long hexadecimal identifier (an e-signature's transaction id, a file's checksum)
that the OCR broke apart or spelled with letters for digits.

Such an id is forty-odd upper-case characters of 0-9 and A-F, so an "S", "O", "I" or "L" in it
is a misread digit (5, 0, 1, 1), and a space inside it is the OCR's: "FL A7B5…" is "F1A7B5…",
"…CABAE0ESFE1…" is "…CABAE0E5FE1…". A run qualifies only when, joined, it is long
(`MIN_LENGTH`), one piece of it is already half that, and it mixes digits and the letters A-F
as a hash does; a row of years or amounts is digits only and never does.

>>> [(e.original, e.replacement) for e in hex_id_edits(
...     "Transaktionsidentitet: FL A7B547E62F899A387005A61442ABF3056C96A1EB")]
[('FL A7B547E62F899A387005A61442ABF3056C96A1EB', 'F1A7B547E62F899A387005A61442ABF3056C96A1EB')]
>>> [e.replacement for e in hex_id_edits("Id: DEDC307B2CA83A976CA BAE0ESFE177A50CCDFD6B8F")]
['DEDC307B2CA83A976CABAE0E5FE177A50CCDFD6B8F']
>>> [e.original for e in hex_id_edits("Id: BEF0437326DCD70C3F19CF036CDFCS5SEC69DCA70DS5E 1 (1)")]
['BEF0437326DCD70C3F19CF036CDFCS5SEC69DCA70DS5E']
>>> hex_id_edits("2019 2020 2021 2022 2023 2024 2025 2026 2027") + hex_id_edits("SOLLIDEN AB")
[]
"""
from __future__ import annotations

import re

from diarium.corrections.context import LineEdit

# Space-separated pieces of upper-case hex, with the letters the OCR draws for digits.
PIECE_RUN = re.compile(r"(?<![\w-])[0-9A-FOSIL]+(?: [0-9A-FOSIL]+)*(?![\w-])")
PIECE = re.compile(r"[0-9A-FOSIL]+")
SHORT = 8
DIGIT_OF = str.maketrans("OSIL", "0511")
MIN_LENGTH = 32         # an id this long (SHA-1 prints 40) is no word nor number
MIN_DIGITS, MIN_HEX_LETTERS = 8, 4
CONFIDENCE = 0.9


def hex_id_edits(line: str) -> list[LineEdit]:
    """The line's long hex ids, joined and with digits for the letters read for them."""
    if len(line) < MIN_LENGTH:
        return []
    edits = []
    for start, end in id_spans(line):
        run = line[start:end]
        joined = run.replace(" ", "").translate(DIGIT_OF)
        if joined != run:
            edits.append(LineEdit(start, end, run, joined, CONFIDENCE, "hex id", True))
    return edits


def id_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each run of pieces that is a long hex id. A short piece of digits
    only ("1" of a page number "1 (1)") belongs to no id."""
    spans = []
    for match in PIECE_RUN.finditer(line):
        group: list[re.Match[str]] = []
        for piece in (*PIECE.finditer(match.group()), None):
            if piece is not None and (len(piece.group()) >= SHORT or not piece.group().isdigit()):
                group.append(piece)
                continue
            if group and is_hex_id("".join(p.group() for p in group), group):
                spans.append((match.start() + group[0].start(), match.start() + group[-1].end()))
            group = []
    return spans


def is_hex_id(joined: str, pieces: list[re.Match[str]]) -> bool:
    joined = joined.translate(DIGIT_OF)
    return (len(joined) >= MIN_LENGTH and max(len(p.group()) for p in pieces) * 2 >= MIN_LENGTH
            and sum(c.isdigit() for c in joined) >= MIN_DIGITS
            and sum(c in "ABCDEF" for c in joined) >= MIN_HEX_LETTERS)
