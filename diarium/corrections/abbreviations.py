"""Abbreviations documents print ("Dnr", "fd", "sekr"): never changed, and a label's own.

The forms are language data: `printed_abbreviations.txt`, the one-stop forms of
`abbreviations.txt` ("kap.", "resp.") and the one-word labels of `dnr_labels.txt`. On a page
that lost its å/ä/ö a dotted abbreviation gets them back ("u.a.t." → "u.ä.t.", under ändrad
titel). A capitalised short form before a case number (through a colon) is a label ("Dar 2021/12" is "Dnr",
never "Där"): it changes only into a listed abbreviation.

>>> "dnr" in ABBREVIATIONS, "sekr" in ABBREVIATIONS, "kap" in ABBREVIATIONS, "bl.a" in ABBREVIATIONS
(True, True, True, False)
>>> [(e.original, e.replacement) for e in lettered_abbreviations("AB, u.a.t. Norrby AB, f.o.")]
[('u.a.t.', 'u.ä.t.'), ('f.o.', 'f.ö.')]
>>> from diarium.corrections.tokens import tokenize
>>> [is_label(list(tokenize(line)), 0) for line in ("Dar 2021/123", "Dor: ATN 2024-00061",
...     "Dar finns 2 rum", "Niva 1 683 943 kr/ar", "Ar 2024-08-29", "Gver 100-000:-)")]
[True, True, False, False, False, False]
"""
from __future__ import annotations

import re

from diarium.corrections.context import LineEdit, match_case
from diarium.corrections.tokens import Token
from diarium.language import words
from diarium.language.letters import SWEDISH_LETTERS, fold

LABEL_MAX_LENGTH = 4    # "Dnr", "Tfn", "Avd": a label's abbreviation is short
# A case number: a year, a slash or dash, a serial (or the other way round), perhaps after a
# unit's letters ("2021/12", "KS-2023-0456", "45/2020"); no amount ("100-000").
YEAR = r"(?:19|20)\d\d"
CASE_NUMBER = re.compile(rf"^(?:[A-ZÅÄÖ]{{1,6}}[-\s]?)?(?:{YEAR}[/-]\d{{1,6}}|\d{{1,6}}[/-]{YEAR})"
                         r"(?:[/-]\d+)*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A dotted abbreviation: letters and stops, at least two of each ("u.a.t.", "f.o.", "t.o.m.").
DOTTED = re.compile(r"(?<![\w.])[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+\.(?![\w.])")
LETTERED = {fold(w): w for w in words("abbreviations") if not SWEDISH_LETTERS.isdisjoint(w)}
LETTERED_CONFIDENCE = 0.9


def _forms() -> frozenset[str]:
    dotted = {w[:-1] for w in words("abbreviations") if w.count(".") == 1 and w.endswith(".")}
    labels = {w.rstrip(".:") for w in words("dnr_labels") if " " not in w}
    return frozenset(f for f in words("printed_abbreviations") | dotted | labels if len(f) >= 2)


ABBREVIATIONS = _forms()
SHORT_ABBREVIATIONS = tuple(sorted(a for a in ABBREVIATIONS if len(a) <= LABEL_MAX_LENGTH + 1))


def is_label(tokens: list[Token], j: int) -> bool:
    """A capitalised short form (no word in capitals) before a case number, through a colon
    or a unit's letters: "Dnr 2021/12", "Dnr: KS-2021-12", "Dnr AN 2024/417". (Not before
    another number: "Niva 1", "Fér 2025" are words.)"""
    core = tokens[j].core
    if not (2 <= len(core) <= LABEL_MAX_LENGTH and core[:1].isupper() and core[1:].islower()):
        return False
    if tokens[j].suffix not in ("", ":") or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1].core
    if nxt.isupper() and not tokens[j + 1].suffix and j + 2 < len(tokens):
        nxt = tokens[j + 2].core     # a unit's letters: "AN 2024/417"
    return bool(CASE_NUMBER.match(nxt)) and not DATE.match(nxt)


def lettered_abbreviations(line: str) -> list[LineEdit]:
    """On a page that lost its å/ä/ö: the line's dotted abbreviations that are listed with
    them ("u.a.t." → "u.ä.t.")."""
    if "." not in line:
        return []
    return [LineEdit(m.start(), m.end(), m.group(), match_case(m.group(), LETTERED[
        m.group().lower()]), LETTERED_CONFIDENCE, "abbreviation", True)
        for m in DOTTED.finditer(line) if m.group().lower() in LETTERED]
