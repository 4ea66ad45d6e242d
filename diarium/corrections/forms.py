"""How an OCR form and a candidate differ: tests on two strings that need no lexicon lookup
beyond the name elements listed as data.

>>> restores_letters_only("r6éda", "röda"), restores_letters_only("ermin", "termin")
(True, False)
>>> drops_letter("delår", "delar"), drops_letter("atgärd", "åtgärd")
(True, False)
"""
from __future__ import annotations

from diarium.corrections.channel import edit_blocks
from diarium.language import words
from diarium.language.letters import SWEDISH_LETTERS, fold

# Name elements with å/ä/ö, by their plain form ("vagen" → "vägen").
NAME_TAILS = {fold(t): t for t in words("place_tails") | words("surname_tails")
              if not SWEDISH_LETTERS.isdisjoint(t)}
MAX_TAIL = max(map(len, NAME_TAILS))
# The last elements of surnames as printed without å/ä/ö ("mark", "hammar", "stam"): in a
# capitalised word they are a name's own, no "märk", "hämmar", "stäm" that lost its dots.
PLAIN_SURNAME_TAILS = tuple(sorted(
    (t for t in words("surname_tails") | words("surname_endings")
     if SWEDISH_LETTERS.isdisjoint(t) and len(t) >= 4), key=len, reverse=True))


def restores_letters_only(ocr: str, form: str) -> bool:
    """Every edit from the OCR form to the form gives back an å/ä/ö or replaces what is no
    plain letter (a digit, "é").

    >>> restores_letters_only("r6éda", "röda"), restores_letters_only("ermin", "termin")
    (True, False)
    """
    return all(any(c in SWEDISH_LETTERS for c in truth) or any(
        not ("a" <= c <= "z") for c in glyphs) and glyphs for truth, glyphs in edit_blocks(
        ocr, form))


def changes_surname_tail(ocr: str, form: str) -> bool:
    """The form changes the surname element the OCR form ends in: "Dagemark" → "Dagemärk"
    (not "Bergstrom" → "Bergström": "strom" is no element as printed).

    >>> changes_surname_tail("dagemark", "dagemärk"), changes_surname_tail("dagemark", "dägemark")
    (True, False)
    """
    for tail in PLAIN_SURNAME_TAILS:
        if ocr.endswith(tail) and len(ocr) > len(tail) + 1:
            return not form.endswith(tail)
    return False


def drops_letter(ocr: str, form: str) -> bool:
    """The form loses an å/ä/ö the OCR printed: "delår" → "delar" (not "atgärd" → "åtgärd").

    >>> drops_letter("delår", "delar"), drops_letter("atgärd", "åtgärd")
    (True, False)
    """
    return len(ocr) == len(form) and any(
        a in SWEDISH_LETTERS and b not in SWEDISH_LETTERS for a, b in zip(ocr, form))


def diacritics_apart(form: str, ocr: str) -> bool:
    """The form and the (lower-case) OCR form differ in å/ä/ö/é only: an "é" the lost
    channel draws for any of them ("néd" for "nöd"), a plain "e" only for itself.

    >>> diacritics_apart("nöd", "néd"), diacritics_apart("ned", "néd"), diacritics_apart("nöd", "ned")
    (True, True, False)
    """
    folded, ocr_key = fold(form), fold(ocr)
    if folded == ocr_key:
        return True
    return len(form) == len(ocr) and "é" in ocr and all(
        a == b or b == "é" and c in "åäö" for a, b, c in zip(folded, ocr, form))
