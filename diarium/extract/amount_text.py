"""The text as the amount rules read it: a table cell's line breaks ("375<br>kronor per månad")
are line breaks, and a letter that OCR read for a digit inside a number before its unit ("1 5OO
000 kr", "l 500 000 kronor") is that digit. Every replacement keeps the length, so offsets
still point into the printed text.

>>> amount_text("| Årskort 420<br>kronor per kvartal |")
'| Årskort 420\\n   kronor per kvartal |'
>>> amount_text("Bidraget är 1 5OO 000 kr och l 250 000 kronor; Ekeby IO 500 kr.")
'Bidraget är 1 500 000 kr och 1 250 000 kronor; Ekeby IO 500 kr.'
"""
from __future__ import annotations

import re

from diarium.extract.amount_units import UNITS, unit_pattern
from diarium.language import table
from diarium.text import cell_breaks_as_lines

# The glyphs OCR prints for a digit that are no word of their own (not "S", "i", "B"; not "|",
# a table cell's border).
GLYPHS = {glyph: digit for glyph, digit in table("ocr_digits").items() if glyph in "OoDlI"}
GROUP = "[0-9" + re.escape("".join(GLYPHS)) + "]"
# A number of thousands groups right before a unit, some of its digits glyphs: every group
# three characters after the first, one to three in the first.
GLYPHED = re.compile(rf"(?<![\wåäö,.]){GROUP}{{1,3}}(?:[ \u00a0]{GROUP}{{3}})+(?=\s*(?i:{unit_pattern(list(UNITS))})(?![\wåäö]))")


def digits_back(match: re.Match[str]) -> str:
    """The number with its glyphs read as digits, when it holds real digits and glyphs both
    and no group is glyphs only but a group of zeros ('25 OOO') or a first 'l'."""
    number = match.group(0)
    groups = number.replace("\u00a0", " ").split(" ")
    if not re.search(r"\d", number) or not re.search(r"[^\d \u00a0]", number):
        return number
    if any(not re.search(r"\d", g) and set(g) - {"O", "o", "D"} for g in groups[1:]) \
            or not re.search(r"\d", groups[0]) and groups[0] != "l":
        return number                   # 'IO 500 kr': a code before an amount; 'I 500 kr': a sentence's "I"
    return "".join(GLYPHS.get(c, c) for c in number)


# A thin, narrow no-break or figure space that typesetting puts between a number's groups
# ("1\u2009250\u2009000 kronor"): read as the no-break space.
GROUP_SPACE = re.compile(r"(?<=\d)[\u2009\u202f\u2007](?=\d)")


def group_spaces(text: str) -> str:
    """The text with typeset spaces between digit groups as no-break spaces (same length).

    >>> group_spaces("1\u2009250\u202f000 kr") == "1\u00a0250\u00a0000 kr"
    True
    """
    return GROUP_SPACE.sub("\u00a0", text) if "\u2009" in text or "\u202f" in text or "\u2007" in text else text


def amount_text(text: str) -> str:
    """The text with cell breaks as line breaks and glyphs in numbers as digits (same length)."""
    return GLYPHED.sub(digits_back, cell_breaks_as_lines(text))
