"""A scale word without "kronor" that still counts kronor: in a paragraph that has named kronor
with the same scale before it ("ett överskott på 25,6 miljoner kronor. Här ingår … med 28,4
miljoner."), or in a sentence that speaks of money ("Kostnaden ligger på ca 13,5 miljoner."),
where the scale word ends the phrase — "3,2 miljoner besökare" counts visitors.

>>> [m.group(0) for m in elliptic("Kostnaden för resorna ligger på ca 13,5 miljoner. Det var 2,1 miljoner resor.")]
['13,5 miljoner']
>>> [m.group(0) for m in elliptic("Driftbidraget hamnar på 12 miljoner, enligt prognosen.")]
['12 miljoner']
>>> [m.group(0) for m in elliptic("Ett överskott på 25,6 miljoner kronor. Här ingår en vinst med 28,4 miljoner.")]
['28,4 miljoner']
"""
from __future__ import annotations

import re

from diarium.extract.amount_units import NUMBER, SCALES, UNITS, unit_pattern
from diarium.extract.patterns import alternation
from diarium.language import words

UNIT = unit_pattern(list(UNITS))
SCALE_WORD = re.compile(rf"(?i){unit_pattern(list(SCALES))}")
SCALE_ONLY = re.compile(rf"(?i){NUMBER}\s*(?P<unit>{unit_pattern(list(SCALES))})(?!\s*(?:{UNIT})(?![\wåäö]))(?![\wåäö])")
MONEY_NOUN = re.compile(r"(?i)(?<![\wåäö])(?:" + alternation(
    words("money_nouns") | {w for w in words("money_labels") if not w.startswith("!")}) + ")")
# What may follow a scale word that ends its phrase: punctuation, the line's end, a function word.
PHRASE_END = re.compile(r"\s*(?:[.,;:)]|$|(?P<word>[a-zåäö]+)\b)", re.M)
FUNCTION_WORDS = words("function_words")
SENTENCE_REACH = 200


def ends_phrase(text: str, end: int) -> bool:
    after = PHRASE_END.match(text, end)
    return after is not None and (after.group("word") is None or after.group("word") in FUNCTION_WORDS)


def money_sentence(text: str, start: int) -> bool:
    """Does the sentence before `start` name money ("Den totala kostnaden … ligger på ca")?"""
    before = text[max(0, start - SENTENCE_REACH):start]
    cut = max(before.rfind(". "), before.rfind("\n\n"))
    return bool(MONEY_NOUN.search(before[cut + 1:]))


def elliptic(text: str) -> list[re.Match[str]]:
    """Scale words without "kronor" that count kronor (see the module's text)."""
    found: list[re.Match[str]] = []
    if not SCALE_WORD.search(text):
        return found
    for match in SCALE_ONLY.finditer(text):
        left = max(text.rfind("\n\n", 0, match.start()), 0)
        same = [w for w, kronor in SCALES.items() if kronor == SCALES[match.group("unit").lower()]]
        if re.search(rf"(?i)(?:{unit_pattern(same)})\s+(?:kronor|kr)\b", text[left:match.start()]) \
                or ends_phrase(text, match.end()) and money_sentence(text, match.start()):
            found.append(match)
    return found
