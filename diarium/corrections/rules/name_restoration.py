"""Rule: names and places get their å/ä/ö back on a page that lost them.

"Goran Hakansson" → "Göran Håkansson", "i Malm" → "i Malmö" (`names.restoration` knows
the names). The same name printed right elsewhere in the document settles it; else a form
that is also a word ("Asa", "Malm") needs a name's or a place's neighbours
(`language/data/place_cues.tsv`), and a name that exists as printed ("Marta") stays.

>>> from diarium.language import lexicon
>>> from diarium.corrections.tokens import tokenize
>>> tokens = list(tokenize("Avtalet undertecknades i Malm av Goran Hakansson"))
>>> [restore_name(tokens, i, frozenset(), lexicon.load()).replacement for i in (3, 5, 6)]
['Malmö', 'Göran', 'Håkansson']
>>> sorted(doc_name_forms("Åsa Öberg i Malmö, Marta och ÖVERENS."))
['Malmö', 'Åsa', 'Öberg']
"""
from __future__ import annotations

import re

from diarium.corrections import names
from diarium.corrections.config import DEFAULT, RepairConfig
from diarium.corrections.context import Decision
from diarium.language.lexicon import Lexicon
from diarium.corrections.tokens import Token, in_name
from diarium.language import table
from diarium.language.letters import fold

NAME_WITH_LETTERS = re.compile(r"\b(?:[ÅÄÖ][^\W\d_]*|[A-Z][^\W\d_]*?[åäö][^\W\d_]*)")
_PLACE_CUES = table("place_cues")
# Before a place: as written and as a page without å/ä/ö prints it ("fran").
PLACE_BEFORE = frozenset(w for word, side in _PLACE_CUES.items() if side == "before"
                         for w in (word, fold(word)))
# After a place, compared diacritic-folded.
PLACE_AFTER = frozenset(fold(word) for word, side in _PLACE_CUES.items() if side == "after")


def doc_name_forms(text: str) -> frozenset[str]:
    """Capitalised words printed with å/ä/ö somewhere in the document."""
    return frozenset(w for w in NAME_WITH_LETTERS.findall(text) if not w[1:].isupper())


def restore_name(tokens: list[Token], index: int, doc_names: frozenset[str], lex: Lexicon,
                 config: RepairConfig = DEFAULT) -> Decision | None:
    """The name with its å/ä/ö for the token at `index`, or None."""
    token = tokens[index]
    found = names.restoration(token.core)
    if found is None:
        return None
    name, kind = found
    if name in doc_names:
        return Decision(name, config.name_in_document_confidence, "name in document")
    if names.is_plain(token.core) or not restores_swedish_letter(token.core, name):
        return None     # (a name spelt without é is as common as with it: "Helene")
    if kind.startswith("place"):
        context = place_context(tokens, index)
        needs_context = kind == "place-cut" or lex.is_word(token.core.lower())
    else:
        context = name_context(tokens, index)
        needs_context = lex.is_word(token.core.lower())
    if needs_context and not context:
        return None
    return Decision(name, config.name_in_context_confidence if context
                    else config.name_confidence, "name")


def restores_swedish_letter(printed: str, name: str) -> bool:
    """The name differs from the print by an å/ä/ö: "Goran" → "Göran", not "Helene" → "Hélène".

    >>> restores_swedish_letter("Goran", "Göran"), restores_swedish_letter("Helene", "Hélène")
    (True, False)
    """
    return sum(c in "åäöÅÄÖ" for c in name) > sum(c in "åäöÅÄÖ" for c in printed)


def name_context(tokens: list[Token], index: int) -> bool:
    """Another capitalised word right before or after: "Goran Hakansson"."""
    prev = tokens[index - 1] if index else None
    return in_name(tokens, index) or bool(
        prev and not prev.suffix and prev.core[:1].isupper() and prev.core.isalpha()
        and not prev.core.isupper())


def place_context(tokens: list[Token], index: int) -> bool:
    """'i Malm', 'från Malm', 'Malm stad', 'Malm den 14 februari', 'Malm, den 3 maj'."""
    token = tokens[index]
    prev = tokens[index - 1] if index else None
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    if prev is not None and not prev.suffix and prev.core.lower() in PLACE_BEFORE:
        return True
    return (nxt is not None and token.suffix in ("", ",") and not nxt.prefix
            and fold(nxt.core.lower()) in PLACE_AFTER)
