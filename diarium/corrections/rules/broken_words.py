"""Rule: a word the OCR broke with a space inside ("utvec kling", "samver kan", "oc h").

Unlike a split compound (`split_compound.py`: two words, "social förvaltningen"), a piece
is no word at all: the OCR saw a gap between two letters. The pieces are joined when the
whole is a dictionary word (hunspell's, not wordfreq's, which lists OCR debris such as "oc")
and the first piece is not. Two real words ("om fattar", "parker ing") stay apart, since
nothing tells an OCR gap from a writer's; so do a word and a damaged next one ("dom des" is
"dom den", no "dömdes"), a function word ("gr att" is "gör att", no "grått") and a short
rare whole ("m fl" is no "mfl"). On a page that lost its å/ä/ö a piece or the whole counts
as a word when one of its å/ä/ö readings is. Only on a poor scan (`lines.page_damage`): on a
fair one a space inside a word is the document's own, which the OCR reads faithfully.

>>> from diarium.corrections.repairer import Repairer
>>> from diarium.corrections.tokens import tokenize
>>> lex = Repairer().lex
>>> line = "arbetet med utvec kling och ident ifieras i dag"
>>> tokens = list(tokenize(line))
>>> [join_broken(tokens, j, line, "kept", lex) for j in (2, 5, 7)]
['utveckling', 'identifieras', None]
>>> line = "arbetet oc h fortsatt utveckiing"
>>> join_broken(list(tokenize(line)), 1, line, "lost", lex)
'och'
>>> line = "som gr att 16:40 m fl"
>>> tokens = list(tokenize(line))
>>> join_broken(tokens, 1, line, "lost", lex), join_broken(tokens, 4, line, "lost", lex)
(None, None)
"""
from __future__ import annotations

from diarium.corrections.tokens import Token
from diarium.language import words
from diarium.language.letters import fold
from diarium.language.lexicon import Lexicon

MIN_WHOLE = 3           # letters of the joined word
MIN_ZIPF = 2.5          # a joined word this common (a rare form is as likely a misreading)
SHORT_WHOLE, SHORT_ZIPF = 3, 6.0    # a word this short only when this common ("och", no "mfl")
# A function word stands alone: "gr att" is a broken "gör att", not "grått".
FUNCTION_WORDS = words("function_words") | words("standalone_words")


def join_broken(tokens: list[Token], index: int, line: str, mode: str,
                lex: Lexicon) -> str | None:
    """The token and the next as one dictionary word, or None."""
    left, right = tokens[index], tokens[index + 1]
    if left.suffix or right.prefix or line[left.end:right.start] != " ":
        return None
    a, b = left.core, right.core
    if not (a.isalpha() and b.isalpha() and b.islower()) or len(a) + len(b) < MIN_WHOLE:
        return None
    if a[1:] and not a[1:].islower() and not a.isupper():
        return None     # mixed case: a name's own spelling
    if a.lower() in FUNCTION_WORDS or b in FUNCTION_WORDS:
        return None
    if _word(a.lower(), mode, lex):
        return None     # ("dom des": a word and the next one damaged, no "dömdes")
    whole = _reading((a + b).lower(), mode, lex)
    if whole is None:
        return None
    return a[0] + whole[1:] if a[0].isupper() else whole


def _word(piece: str, mode: str, lex: Lexicon) -> bool:
    if lex.in_hunspell(piece):
        return True
    return mode == "lost" and any(map(lex.in_hunspell, lex.by_key(fold(piece))))


def _reading(joined: str, mode: str, lex: Lexicon) -> str | None:
    """The joined form's commonest dictionary reading (with its å/ä/ö on a lost page)."""
    forms = lex.by_key(fold(joined)) if mode == "lost" else [joined]
    least = SHORT_ZIPF if len(joined) <= SHORT_WHOLE else MIN_ZIPF
    forms = [f for f in forms if lex.in_hunspell(f) and lex.zipf(f) >= least]
    return max(forms, key=lex.zipf) if forms else None
