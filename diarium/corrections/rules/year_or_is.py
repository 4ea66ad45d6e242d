"""Rule: "år" and "är" swapped by grammar on a page that kept its å/ä/ö.

The Swedish OCR model itself sometimes reads "år" (year) as "är" (is) or back. Both are
words, so only grammar that admits one reading alone may swap them: a count of years after
a duration or an age ("upp till 24 år som", "fyller 18 år"), a year quantifier ("varje
år", "per år"), and "är" after a personal pronoun ("hon är"). The word classes are in
`language/data/grammar_cues.tsv` and `number_labels.txt`.

>>> line = "omfattar gruppen unga vuxna upp till 24 är som"
>>> swap_year_or_is(list(tokenize(line)), 7, [line], 0)
Decision(replacement='år', confidence=0.9, reason='syntax år←är')
"""
from __future__ import annotations

from diarium.corrections.config import DEFAULT, RepairConfig
from diarium.corrections.context import Decision, match_case
from diarium.corrections.syntax import (AFTER_IS, DETERMINERS, NUMERALS, is_number,
                                        word_class)
from diarium.corrections.tokens import Token, edge_word, tokenize
from diarium.language import words
from diarium.language.letters import fold

SWAPPABLE = frozenset(("år", "är"))
# Counts of years: no article ("en är" is "one is") and no fraction.
COUNT_WORDS = NUMERALS - word_class("articles") - word_class("fractions")
MAX_COUNT = 150     # a larger number is a year ("2024 är"), not an age or a span of years
YEAR_TAIL = word_class("year_tail")
CLAUSE_TAIL = word_class("clause_tail")
DURATION_BEFORE = word_class("duration_before")
# Before a count, words that make it a subject or a label ("de 24 är", "fråga 3 är").
COUNT_SUBJECT = word_class("count_subjects") | words("number_labels")
YEAR_QUANTIFIERS = word_class("year_quantifiers")
SAME_IS = word_class("same_is")
PERSONAL_SUBJECTS = word_class("personal_pronouns")
CLAUSE_SUBJECTS = word_class("clause_subjects")
IS_ADVERBS = word_class("adverb_complements")
SENTENCE_CLOSERS = (",", ".", ";", ":", ")")


def swap_year_or_is(tokens: list[Token], index: int, lines: list[str], line_index: int,
                    config: RepairConfig = DEFAULT) -> Decision | None:
    """The swap of the token at `index` (an "år" or "är"): the words before it back to the
    nearest punctuation, the next word or a closing comma decide."""
    token = tokens[index]
    if token.prefix:
        return None
    closing = token.suffix[:1] in SENTENCE_CLOSERS
    if token.suffix and not closing:
        return None
    other = real_word_swap(token.core.lower(), words_before(tokens, index, lines, line_index),
                           "" if token.suffix else word_after(tokens, index, lines, line_index),
                           closing)
    if other is None:
        return None
    return Decision(match_case(token.core, other), config.swap_confidence,
                    f"syntax {other}←{token.core.lower()}")


def words_before(tokens: list[Token], index: int, lines: list[str], line_index: int,
                 ) -> list[str]:
    """The words before the token back to the nearest punctuation, across a line break."""
    before: list[str] = []
    for k in range(index - 1, -1, -1):
        if tokens[k].suffix:
            break
        before.insert(0, tokens[k].core)
        if tokens[k].prefix:
            break
    else:
        previous = edge_word(lines, line_index - 1, -1)
        before[:0] = [previous] if previous else []
    return before


def word_after(tokens: list[Token], index: int, lines: list[str], line_index: int) -> str:
    """The next word, lower case, across a line break; "" after punctuation."""
    if index + 1 < len(tokens):
        return "" if tokens[index + 1].prefix else tokens[index + 1].core.lower()
    return edge_word(lines, line_index + 1, 0)


def real_word_swap(form: str, before: list[str], next_: str, closing: bool) -> str | None:
    """The other of "år"/"är" when the sentence allows only it. `before`: the words of the
    sentence before `form` (no punctuation between the last and `form`), as printed;
    `next_` the next word, lower case; `closing`: a comma or full stop follows `form`.

    >>> real_word_swap("är", "omfattar gruppen unga vuxna upp till 24".split(), "som", False)
    'år'
    >>> real_word_swap("är", "barnet var tre".split(), "gammalt", False)
    'år'
    >>> real_word_swap("är", "avgiften betalas per".split(), "", True)
    'år'
    >>> real_word_swap("år", "därför att hon".split(), "inte", False)
    'är'

    A count that is the subject, a year-like number or a label stays as printed:

    >>> [real_word_swap("är", b.split(), n, False) for b, n in [("2024", "ett"),
    ...     ("i de 24", "fler"), ("svaret på fråga 3", "ja"), ("av de 24", "från")]]
    [None, None, None, None]
    """
    lower = [w.lower() for w in before]
    prev = lower[-1] if lower else ""
    if form == "är":
        if prev in YEAR_QUANTIFIERS and not (prev == "per" and before[-1] != "per"):
            return "år" if _year_of(prev, lower[:-1], next_) else None
        if _count(prev) and _years_after_count(lower[:-1], next_, closing):
            return "år"
        return None
    if form == "år":
        if prev in PERSONAL_SUBJECTS and not is_number(next_):
            return "är"
        if prev in CLAUSE_SUBJECTS and next_ in IS_ADVERBS:
            return "är"
    return None


def _year_of(quantifier: str, before: list[str], next_: str) -> bool:
    """'varje är' is 'varje år'; 'det förra är sant', 'samma är fallet' keep their 'är'."""
    if quantifier in ("förra", "samma"):
        return (not before or before[-1] not in DETERMINERS) and (
            next_ not in SAME_IS and fold(next_) not in AFTER_IS)
    return True


def _count(word: str) -> bool:
    """A cardinal 1–150 ("24", "16–24") or a numeral word; not a year ("2024") nor "3,5"."""
    if word in COUNT_WORDS:
        return True
    last = word.replace("-", "–").rsplit("–", 1)[-1]
    return last.isdigit() and 1 <= int(last) <= MAX_COUNT and all(
        part.isdigit() for part in word.replace("-", "–").split("–"))


def _years_after_count(before: list[str], next_: str, closing: bool) -> bool:
    """Words before the count (`before`) and after "är" that make it a span of years."""
    head = before[-1] if before else ""
    if head in ("och", "eller") and len(before) >= 2 and _count(before[-2]):
        head = before[-3] if len(before) >= 3 else ""    # "mellan 16 och 24 år"
    if not head or head in COUNT_SUBJECT:
        return False    # "Två är sedan tidigare kända", "de 24 är", "fråga 3 är"
    if next_ in YEAR_TAIL and not closing:
        return True
    return head in DURATION_BEFORE and (closing or next_ in CLAUSE_TAIL)
