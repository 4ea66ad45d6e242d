"""Where the lines of a decision paragraph part although no blank line stands between them: a
sentence ended well short of the margin before a new one (a lost paragraph break, unless the new
one only draws the consequence of the one before: "Avgiften blir således …"), and the sentence
after a dash list whose items end in no full stop.
"""
from __future__ import annotations

from diarium.language import words
from diarium.structure.body import ends_sentence
from diarium.text import squash

# Lines at or above this share of the page's body width are full: the text wraps on.
FULL_LINE = 0.9
CONCLUSIVE_REACH = 4      # "Avgiften blir således …": the adverb after the verb


def ends_short(before: str, line: str, width: int) -> bool:
    """`before` ends a sentence short of the margin and `line` starts a new one: a lost
    paragraph break. (A sentence whose next word would have fitted on the line also ends it.)
    A sentence that draws the consequence of the one before ("… blir således …") goes on.

    >>> ends_short("Nämnden avvecklar verksamheten.", "Förvaltningschefen redovisar.", 80)
    True
    >>> ends_short("Nämnden höjer inte taxan.", "Avgiften blir således oförändrad.", 80)
    False
    """
    before, line = squash(before), squash(line)
    if not line[:1].isupper() or not ends_sentence(before) or width <= 0 or concludes(line):
        return False
    return not reaches_margin(before, line.split()[0], width)


def reaches_margin(before: str, word: str, width: int) -> bool:
    """`before` fills its line: `word` would not have fitted after it.

    >>> reaches_margin("Nämnden avvecklar verksamheten vid skolan i Norrby", "centrum", 55)
    True
    """
    return len(before) >= FULL_LINE * width and len(before) + 1 + len(word) > width


def leaves_bullet(item: str | None, before: str, line: str, last: str, width: int) -> bool:
    """In a bullet's paragraph, whose items end in no full stop, a line in a capital after a line
    that ends in a content word well short of the margin, the paragraph ending a sentence: the
    sentence after the list, which lost its blank line ("- Sen avbokning 250 kronor per" /
    "gång" / "Avgifterna gäller från 1 maj."). A name wrapped over the line ("… Övre" / "Hagen …") ends
    its line in a capital, a phrase ("… i" / "Ekeby kommun") in a small word, and a name that
    opens the line ("… tilldelades" / "Norrby Skytteförening …") has a second capital.

    >>> leaves_bullet("-", "gång", "Avgifterna gäller från", "den 1 maj.", 60)
    True
    >>> leaves_bullet("-", "för områdena Torget, Övre", "Hagen och Lunden.", "Hagen och Lunden.", 30)
    False
    >>> leaves_bullet("-", "bidrag till föreningar i", "Ekeby kommun.", "Ekeby kommun.", 60)
    False
    >>> leaves_bullet("-", "som tilldelades", "Norrby Skytteförening vid mötet.", "Norrby Skytteförening vid mötet.", 60)
    False
    """
    if item is None or item[0].isdigit():
        return False
    tokens = squash(before).split()
    end = tokens[-1] if tokens else ""
    opening = squash(line).split()[:2]
    sentence_start = len(opening) == 2 and opening[0][:1].isupper() and opening[1][:1].islower()
    return sentence_start and end[:1].islower() and end.isalpha() \
        and end.casefold() not in words("function_words") and last.rstrip().endswith(".") \
        and len(squash(before)) < FULL_LINE * width


def concludes(line: str) -> bool:
    """A conclusive adverb among the sentence's first words (`conclusive_adverbs.txt`)."""
    return any(token.casefold().strip(",") in words("conclusive_adverbs") for token in line.split()[:CONCLUSIVE_REACH])
