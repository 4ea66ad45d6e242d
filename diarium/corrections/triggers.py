"""Which of the symbol rules can change a line at all, told from its characters.

Each rule of `rules.section_sign`, `rules.stray_marks` and `rules.symbols` scans a line with
several patterns, and every pattern needs a character most lines lack: a paragraph sign read
as "8" needs an "8", "&" or "£"; a stray mark a space before ";", "_" or "."; a symbol
repair a digit, a "$", a glyph read for "l" ("!", "]", "}", "|"), "m?", "www. ", an em dash
or a lone "I"/"l"; a hex id a long run of hex digits. One cheap test a line runs a rule
only where it can find something; the rules themselves stay the judges, so the edits are
the same.

>>> from diarium.corrections.rules.section_sign import SignEvidence
>>> may_restore_signs("Beslut 8 12", SignEvidence(eight=True)), may_restore_signs(
...     "Beslut 8 12", SignEvidence()), may_restore_signs("Beslut enligt", SignEvidence(True))
(True, False, False)
>>> may_hold_hex_id("Id: 9F" + "3A" * 9), may_hold_hex_id("2019 2020 2021 2022 2023 2024 2025")
(True, False)
>>> may_have_stray_marks("Norrby _ förskola"), may_have_stray_marks("Ekeby kommun; 2 st.")
(True, False)
>>> [may_have_symbols(s) for s in ("ca 10 m?", "til! dess", "Del I av", "Ekeby kommun")]
[True, True, True, False]
"""
from __future__ import annotations

import re

from diarium.corrections.rules.hex_ids import MIN_LENGTH, PIECE
from diarium.corrections.rules.section_sign import SignEvidence

# What a `rules.symbols` pattern needs: a digit (a number, "1/s", "ti1l", "[8.1", a range),
# "$" (a paragraph sign), a glyph read for "l" inside a word, "m?", a web address's
# "www. ", an em dash, or the number one read as a lone "I" or "l".
SYMBOL_TRIGGER = re.compile(r"[\d$!\]}|—]|m\?|www\. |(?:^|\s)[Il] ")
# A hex id (`rules.hex_ids`) holds a piece of half its least length or more.
HEX_TRIGGER = re.compile("%s{%d}" % (PIECE.pattern.rstrip("+"), -(-MIN_LENGTH // 2)))
# A paragraph sign read as "8" (or "&", "£"): every `rules.section_sign` pattern holds one.
EIGHT_TRIGGER = re.compile(r"[8&£]")


def may_restore_signs(line: str, evidence: SignEvidence) -> bool:
    """`rules.section_sign.section_sign_edits` can change the line."""
    return (evidence.eight and EIGHT_TRIGGER.search(line) is not None) or (
        evidence.spaced and "§" in line)


def may_hold_hex_id(line: str) -> bool:
    """`rules.hex_ids.hex_id_edits` can change the line."""
    return HEX_TRIGGER.search(line) is not None


def may_have_stray_marks(line: str) -> bool:
    """`rules.stray_marks.stray_mark_edits` can change the line (a spaced ";", "_" or ".")."""
    return " ;" in line or " _" in line or " ." in line


def may_have_symbols(line: str) -> bool:
    """`rules.symbols.symbol_edits` can change the line."""
    return SYMBOL_TRIGGER.search(line) is not None
