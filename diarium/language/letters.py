"""Swedish letters, their folded forms, and what OCR engines print instead of them.

>>> fold("Förvaltningsrätten i Malmö")
'Forvaltningsratten i Malmo'
>>> import re
>>> bool(re.search(sv_pattern("Förslag till beslut"), "Forslag  till beslut"))
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.language.lists import table

SWEDISH_LETTERS = frozenset("åäöÅÄÖ")
# Diacritics the archive's OCR loses or invents; folding removes them.
FOLD_TABLE = str.maketrans("åäöéèêáàüÅÄÖÉÈÊÁÀÜ", "aaoeeeaauAAOEEEAAU")


def fold(text: str) -> str:
    """The text with å/ä/ö/é… folded to a/a/o/e…: what an OCR without Swedish letters prints."""
    # (most words are plain ASCII, and the check is ten times faster than the translation)
    return text if text.isascii() else text.translate(FOLD_TABLE)


def ocr_variants() -> dict[str, str]:
    """Letter → the glyphs OCR engines print for it (the letter itself first)."""
    return table("ocr_variants")


@lru_cache(maxsize=4096)       # a pure function of a phrase of the language lists
def sv_pattern(phrase: str) -> str:
    """A regex for `phrase` that tolerates OCR-damaged å/ä/ö and any run of whitespace."""
    variants = ocr_variants()
    parts = []
    for char in phrase:
        if char in variants:
            parts.append(f"[{re.escape(variants[char])}]")
        elif char == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char))
    return "".join(parts)
