"""Rule: a common word the OCR capitalised mid-sentence is printed in lower case.

"man Ar sysselsatta" → "man är sysselsatta": a capital after a lower-case word, with no full
stop between them, on a word this common (`RepairConfig.common_word_zipf`) is the OCR's;
a name ("Anna Lindqvist", a word before another capital) stays capitalised, and keeps its
marks (`strips_marks`).

>>> from diarium.corrections.context import Context
>>> from diarium.corrections.tokens import tokenize
>>> tokens = list(tokenize("som man Ar sysselsatta"))
>>> mid_sentence(tokens, 2, Context("lost", prev="man"), "", "som man Ar sysselsatta")
True
>>> mid_sentence(tokens, 0, Context("lost"), "Sammanfattning.", "Som man Ar")
False
>>> line = "Begaran om yttrande - Fraga om dagvatten"      # a title after a dash
>>> mid_sentence(list(tokenize(line)), 3, Context("lost", prev="yttrande"), "", line)
False
"""
from __future__ import annotations

from diarium.corrections.context import Context
from diarium.language.letters import fold
from diarium.language.lexicon import Lexicon
from diarium.corrections.tokens import Token


def mid_sentence(tokens: list[Token], index: int, ctx: Context, prev_line: str,
                 line: str) -> bool:
    """A capitalised word after a lower-case word with no full stop between them."""
    core = tokens[index].core
    if not core[:1].isupper() or core.isupper() or tokens[index].prefix:
        return False
    if index == 0:
        if line[:tokens[0].start].strip():
            return False    # after a bullet: "» Pa plats" starts an item
        return bool(ctx.prev) and not prev_line.rstrip()[-1:] in ".:!?" and (
            ctx.prev[-1:].isalnum())
    before = tokens[index - 1]
    if before.suffix or line[before.end:tokens[index].start].strip():
        return False    # a sign between: "yttrande - Fråga om ..." opens a title
    return before.core[-1:].islower() or before.core[-1:].isdigit()


def sentence_case(replacement: str, tokens: list[Token], index: int, lex: Lexicon,
                  common_zipf: float) -> str:
    """The replacement in lower case when it is a common word and no name follows."""
    lower = replacement.lower()
    nxt = tokens[index + 1].core if index + 1 < len(tokens) else ""
    if nxt[:1].isupper() or lex.zipf(lower) < common_zipf:
        return replacement
    return lower


def strips_marks(word: str, replacement: str) -> bool:
    """The replacement only takes marks off the word's letters ("Madeléne" → "Madelene",
    "Wäll" → "Wall"). A capitalised word inside a sentence is a name, whose marks are its own unless
    the document prints it bare elsewhere ("Holm" beside one "Hölm": a poor scan's Swedish
    model sprinkles å/ä/ö) or the bare form is a compound, no name ("Yrkeshögsköla"); an
    English model reads ö as "é", which an å/ä/ö, not the bare letter, repairs.

    >>> strips_marks("Madeléne", "Madelene"), strips_marks("Hérnberg", "Hörnberg")
    (True, False)
    """
    return len(word) == len(replacement) and word != replacement and all(
        a == b or b == fold(a) for a, b in zip(word, replacement))


def restores_marks(word: str, replacement: str) -> bool:
    """The replacement only puts marks back: each changed letter becomes a marked one, from its
    bare letter or another marked glyph ("forvalt" → "förvalt", "férvalt" → "förvalt"). A
    hyphenated line end's head is no word, so only this much may change in it: "organisa-"
    stays ("organäsa-" would be an i read as an ä, a guess a fragment cannot support).

    >>> restores_marks("forvalt", "förvalt"), restores_marks("férvalt", "förvalt")
    (True, True)
    >>> restores_marks("organisa", "organäsa"), restores_marks("ansok", "ansök")
    (False, True)
    """
    return len(word) == len(replacement) and word != replacement and all(
        a == b or (b != fold(b) and (a == fold(b) or a != fold(a)))
        for a, b in zip(word, replacement))
