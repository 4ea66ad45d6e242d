"""Abbreviations documents print ("Dnr", "fd", "sekr"): never changed, and a label's own.

The forms are language data: `printed_abbreviations.txt`, the one-stop forms of
`abbreviations.txt` ("kap.", "resp.") and the one-word labels of `dnr_labels.txt`. A
capitalised short form before a case number or a colon is a label ("Dar 2021/12" is "Dnr",
never "Där"): it changes only into a listed abbreviation.

>>> "dnr" in ABBREVIATIONS, "sekr" in ABBREVIATIONS, "kap" in ABBREVIATIONS, "bl.a" in ABBREVIATIONS
(True, True, True, False)
>>> from diarium.corrections.tokens import tokenize
>>> [is_label(list(tokenize(line)), 0) for line in ("Dar 2021/123", "Dnr: KS 2021/12",
...     "Dar finns 2 rum", "Beslutet: ja")]
[True, True, False, False]
"""
from __future__ import annotations

from diarium.corrections.tokens import Token
from diarium.language import words

LABEL_MAX_LENGTH = 4    # "Dnr", "Tfn", "Avd": a label's abbreviation is short


def _forms() -> frozenset[str]:
    dotted = {w[:-1] for w in words("abbreviations") if w.count(".") == 1 and w.endswith(".")}
    labels = {w.rstrip(".:") for w in words("dnr_labels") if " " not in w}
    return frozenset(f for f in words("printed_abbreviations") | dotted | labels if len(f) >= 2)


ABBREVIATIONS = _forms()
SHORT_ABBREVIATIONS = tuple(sorted(a for a in ABBREVIATIONS if len(a) <= LABEL_MAX_LENGTH + 1))


def is_label(tokens: list[Token], j: int) -> bool:
    """A capitalised short form (no word in capitals) before a colon or a case number: "Dnr:",
    "Dnr 2021/12", "Dnr KS 2021/12"."""
    core = tokens[j].core
    if not (2 <= len(core) <= LABEL_MAX_LENGTH and core[:1].isupper() and core[1:].islower()):
        return False
    if tokens[j].suffix.startswith(":"):
        return True
    if tokens[j].suffix or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1].core
    return any(c.isdigit() for c in nxt) or nxt.isupper() and j + 2 < len(tokens) and any(
        c.isdigit() for c in tokens[j + 2].core)
