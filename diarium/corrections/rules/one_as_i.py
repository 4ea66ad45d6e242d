"""Rule: an OCR "1" that stands for the word "i" ("in") becomes "i" again.

"1 uppdrag" → "i uppdrag"; "1 januari", "1 kr", "1 och 2", "kapitel 1 visar", "1." and
"1 000" stay numbers. The words after which "1" is a number are months
(`language/data/months.tsv`) and `number_followers.txt`; labels before it are in
`number_labels.txt`.

>>> from diarium.corrections.tokens import tokenize
>>> def one(text, mode="lost"):
...     tokens = list(tokenize(text))
...     index = [t.core for t in tokens].index("1")
...     decision = one_as_i(tokens, index, mode)
...     return decision.replacement if decision else "1"
>>> one("socialdirektoren 1 uppdrag"), one("från 1 januari"), one("kapitel 1 visar")
('i', '1', '1')
>>> one("1 000 kr"), one("punkt 1."), one("1 och 2"), one("beslutspunkt 1 gäller")
('1', '1', '1', '1')
>>> one("I 1 ärende var det", "kept"), one("ingår 1 uppdraget", "kept")
('1', 'i')
"""
from __future__ import annotations

from diarium.corrections.config import DEFAULT, RepairConfig
from diarium.corrections.context import Decision
from diarium.corrections.tokens import Token
from diarium.language import words
from diarium.language.months import MONTHS

NUMBER_FOLLOWERS = frozenset(MONTHS) | words("number_followers")
NUMBER_LABELS = words("number_labels")
# A compound ends in its head: "beslutspunkt 1", "delområde 1" are labels too.
COMPOUND_HEADS = tuple(label for label in NUMBER_LABELS if len(label) >= 4)


def inside_sentence(tokens: list[Token], index: int) -> bool:
    """A lower-case word right before, nothing between: "uppdrag 1 uppdrag", not "I 1 ärende"."""
    if index == 0:
        return False
    before = tokens[index - 1]
    return before.core.isalpha() and before.core.islower() and not before.suffix


def one_as_i(tokens: list[Token], index: int, mode: str,
             config: RepairConfig = DEFAULT) -> Decision | None:
    """"i" for a free-standing "1" before a lower-case word that no number takes."""
    token = tokens[index]
    if token.core != "1" or token.prefix or token.suffix or index + 1 >= len(tokens):
        return None
    nxt = tokens[index + 1]
    if nxt.prefix or not nxt.core.isalpha() or not nxt.core.islower():
        return None
    if nxt.core in NUMBER_FOLLOWERS or len(nxt.core) < config.one_as_i_min_next:
        return None
    if mode == "kept" and not inside_sentence(tokens, index):
        return None     # a page that kept its letters seldom reads "i" as "1": a firmer cue
    if index > 0:
        before = tokens[index - 1].core
        lower = before.lower()
        if lower in NUMBER_LABELS or lower.endswith(COMPOUND_HEADS) or before[-1:].isdigit():
            return None
    return Decision("i", config.one_as_i_confidence[mode], "i←1 context")
