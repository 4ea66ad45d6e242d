"""Make two versions' words comparable: one glyph for each quote, dash, space and bullet.

Page furniture, headings and paragraphs come from the structure stage; line joining and
hyphenation from `diarium.text`. What is left here is the comparison form of a word.

>>> clean_line("•  Värna Barnen, organisationsnummer 800380-4070,")
'Värna Barnen, organisationsnummer 800380-4070,'
>>> clean_line("\uf0b7 Lindra nöd.")
'Lindra nöd.'
>>> clean_line("Uppsägningstiden är ”fyra” månader – minst.")
'Uppsägningstiden är "fyra" månader - minst.'
>>> unify("enligt $$ 5-7")
'enligt §§ 5-7'
>>> key("Socialnämnden,") == key("Socialnamnden")
True
>>> skeleton("1 §") == skeleton("i 8")
True
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from diarium.language import table
from diarium.text import squash

QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ", "\u00ad": "",
    "$": "§",                      # Tesseract's '§' ('$ 17'); a Swedish agreement prints no dollars
})
# Bullet glyphs as Word, PDF extraction and OCR render them (U+F0B7 is Symbol-font •).
BULLET = re.compile(r"^(?:[\u2022\u00b7\u25aa\u25a0\u25cf\u25e6\u2023\u2219\uf0b7\uf0a7\uf076\uf0d8"
                    r"\u00bb\u00ab*>\-\u2013\u2014]{1,3})\s+(?=\S)")
# OCR look-alikes of digits among what `key` leaves: lower case, and "§", "|", "!".
SKELETON = str.maketrans({glyph: digit for glyph, digit in table("ocr_digits").items()
                          if glyph == glyph.lower()})


@lru_cache(maxsize=1 << 16)
def key(token: str) -> str:
    """The comparison form of a word: lower case, no diacritics, no surrounding punctuation."""
    text = unicodedata.normalize("NFKD", token.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.strip(".,;:!?()[]{}\"'«»*•|/\\-_…")


def skeleton(text: str) -> str:
    """`key` with OCR look-alikes merged (1/i/l, 0/o, 5/s, 8/§/B) and spaces removed."""
    return "".join(key(part) for part in text.split()).translate(SKELETON)


def unify(text: str) -> str:
    """One glyph for each quote, dash and space; runs of whitespace as one space."""
    return squash(unicodedata.normalize("NFKC", text.replace("\uf0b7", "\u2022")).translate(QUOTES))


def clean_line(line: str) -> str:
    """A line with unified glyphs and single spaces, a leading bullet glyph dropped."""
    text = unify(line)
    match = BULLET.match(text)
    return text[match.end():] if match else text
