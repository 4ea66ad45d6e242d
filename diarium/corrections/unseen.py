"""Slips the channel never learned: one letter of a long unknown word read as another.

The learned channel (`channel.py`) only proposes the edits the train pages showed often
enough; a poor scan also makes rare ones ("kormun" for "kommun": an "m" read as "r"). A long
form that no list knows is seldom a right word on a page that kept its å/ä/ö (on the train
pairs of poor Tesseract-swe pages, 42 of 1 779 such lower-case forms of six letters or more
were right), so the listed words of its length that one letter apart (or two neighbours
swapped, over the diacritic-folded key) are candidates too, at a flat cost
(`RepairConfig.unseen_edit_cost`) or the channel's, when it knows the edit cheaper.

A letter more or less is left to the channel: a right word no list holds is often a listed
word but for an ending ("-s", "-t", "-n": a genitive, a name's inflection), so such a reading
is no evidence of a slip (on the train pairs it fixed 39 words and broke 5; a substitution
fixed 185 and broke none). Nor does it write or wipe an å/ä/ö: how the OCR reads those the
channel has learned, and a word that differs from a listed one there is often a name.

>>> len(same_length_keys("ab")), "ba" in same_length_keys("ab")
(51, True)
>>> "kommun" in same_length_keys("kormun"), "kommun" in same_length_keys("komun")
(True, False)
"""
from __future__ import annotations

LETTERS = "abcdefghijklmnopqrstuvwxyz"
MARKED = frozenset("åäöé")


def same_length_keys(key: str) -> set[str]:
    """Every string that differs from `key` in one letter (a–z: å/ä/ö come back with the
    listed forms of a folded key) or by two neighbours swapped, less `key` itself."""
    found: set[str] = set()
    for i in range(len(key)):
        head, rest = key[:i], key[i + 1:]
        found.update(head + c + rest for c in LETTERS)
        if rest:
            found.add(head + rest[0] + key[i] + rest[1:])
    found.discard(key)
    return found


def plain_slip(ocr: str, form: str) -> bool:
    """The letters where two forms of one length differ are no å/ä/ö/é on either side.

    >>> plain_slip("kormun", "kommun"), plain_slip("angen", "ängen")
    (True, False)
    """
    return not any(a != b and (a in MARKED or b in MARKED) for a, b in zip(ocr, form))
