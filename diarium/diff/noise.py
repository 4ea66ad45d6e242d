"""What a scan adds to a text that the text never said: scraps, look-alike symbols, spacing.

Three kinds of OCR noise that a word-by-word comparison takes for edits:

* scraps — a letter or two read from rotated margin text, a stamp or a speck ("ire is n",
  "k re Vv"): short strings that are neither Swedish function words nor numbers;
* a symbol read as digits — "100%" read as "10096" or "10026";
* spacing — letter-spaced text ("r i l i g g a n d e") that OCR reads as one word, or one word
  read as two: the same characters, the same digits (letter-spaced text aside), other spaces.

>>> [t for t in "ire is n SO-atgird: och (M) 2".split() if scrap(t)]
['ire', 'is', 'n']
>>> percent_variant("100%:", "10096:"), percent_variant("100%", "1000")
(True, False)
>>> respaced("r i l i g g a n d e g å n g - o c h c y k e l v ä g".split(), ["riliggandegang-ochcykelvag"])
True
>>> respaced(["kostnaden", "är", "4,7", "miljoner"], ["kostnaden", "är", "5,2", "miljoner"])
False
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from diarium.diff.normalise import key, skeleton
from diarium.language import words

FUNCTION_WORDS = words("function_words")
SCRAP_CHARS = 3          # a scrap is at most this long
PARTY = re.compile(r"\(\w{1,3}\)[.,;:]?")     # "(M)", "(KD)": a party after a name, never a scrap
NUMERIC = re.compile(r"\d")
RESPACED = 88            # rapidfuzz ratio of the two sides' characters, spaces left out
MIN_RESPACED = 12        # characters: shorter runs are compared word by word
MIN_SPACED = 10          # tokens of a letter-spaced run …
SPACED_SHARE = 0.5       # … at least this share of them a single character
SPACED_RATIO = 80        # rapidfuzz ratio of the characters against letter-spaced text
GLUED = 30               # characters of one "word": letters of spaced type run together


def scrap(token: str) -> bool:
    """A short string that says nothing: no function word, no number, no party mark."""
    folded = key(token)
    if len(folded) > SCRAP_CHARS or folded in FUNCTION_WORDS or NUMERIC.search(token) or PARTY.fullmatch(token):
        return False
    return token not in ("§",)


def percent_variant(one: str, other: str) -> bool:
    """One token has '%' where the other has two digits or letters ('100%' / '10096')."""
    for a, b in ((one, other), (other, one)):
        if "%" in a and "%" not in b:
            pattern = re.escape(a).replace("%", "[0-9a-zA-Z]{2}")
            if re.fullmatch(pattern, b):
                return True
    return False


def digits(tokens: list[str]) -> str:
    return "".join(c for c in skeleton(" ".join(tokens)) if c.isdigit())


def letter_spaced(tokens: list[str]) -> bool:
    """'r i l i g g a n d e g å n g', or the same letters run together ('tgärderÅtgärderrilig…',
    as `view` joins them): a table set in spaced type, as a PDF's text layer gives it, which a
    scan of the page reads as words. Its characters are compared, not its words or digits."""
    if any(len(t) >= GLUED for t in tokens):
        return True
    return len(tokens) >= MIN_SPACED and sum(len(t) == 1 for t in tokens) >= SPACED_SHARE * len(tokens)


def respaced(old: list[str], new: list[str]) -> bool:
    """The same characters with other spaces (split or glued words) and exactly the same digits:
    no number changed. Against letter-spaced text, whose digits a scan reads as letters and
    back, the characters alone decide."""
    a, b = skeleton(" ".join(old)), skeleton(" ".join(new))
    if min(len(a), len(b)) < MIN_RESPACED:
        return False
    if letter_spaced(old) or letter_spaced(new):
        return fuzz.ratio(a, b) >= SPACED_RATIO
    return digits(old) == digits(new) and fuzz.ratio(a, b) >= RESPACED
