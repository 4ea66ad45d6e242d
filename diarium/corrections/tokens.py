"""Splitting a line into words, and telling which words must never be touched.

A token is a run of non-space characters; its *core* is the token without leading and
trailing punctuation. Protected cores (numbers, dates, amounts, organisationsnummer,
diarienummer, e-mail addresses, URLs, dotted abbreviations) are never repaired.

>>> [t.core for t in tokenize("Socialndmnden ger (bl.a.) 1 uppdrag.")]
['Socialndmnden', 'ger', 'bl.a', '1', 'uppdrag']
>>> is_protected("556677-8899"), is_protected("2.3.4-565/2021"), is_protected("t.o.m")
(True, True, True)
>>> is_protected("KS-2023-0456"), is_protected("info@stockholm.se"), is_protected("6verens")
(True, True, False)
>>> is_protected("LSS"), is_protected("SOCIALNAMNDEN")     # a heading in capitals is a word
(True, False)

A slashed pair is two words, and a line's edge words are context across the line break:

>>> [t.core for t in split_alternatives(tokenize("insatser/atgarder, en/tva"))]
['insatser', 'atgarder', 'en', 'tva']
>>> lines = ["Socialnämnden beslutar att", "godkänna avtalet.", "Beslutet justeras"]
>>> edge_word(lines, 0, -1), edge_word(lines, 1, 0), edge_word(lines, 1, -1)
('att', 'godkänna', '')
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# A run of non-space characters: punctuation, a core from word character to word character,
# punctuation.
# (Each match starts on a non-space: the empty matches between words would make no token.)
PARTS = re.compile(r"(?=\S)(?P<pre>[^\w\s]*)(?P<core>\w(?:\S*\w)?)?(?P<post>[^\w\s]*)(?=\s|$)")

PROTECTED = re.compile(
    r"""^(?:
        [\d\s.,:;/\-–]+(?:kr|SEK|st|%|:-)?                        # numbers, dates, amounts
      | \d{6}-?\d{4}                                            # organisationsnummer
      | [A-ZÅÄÖ]{1,6}[-\s]?\d{2,4}[-/:.]\d+(?:[-/:.]\d+)*          # KS-2023-0456, SN 2021/123
      | (?:\d+\.)+\d+[-/]\d+(?:/\d+)?                            # 2.3.4-565/2021
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                             # e-mail
      | (?:https?://|www\.)\S+ | \S+\.(?:se|com|nu|org|net|eu)(?:/\S*)?   # URLs
      | (?:[A-Za-zÅÄÖåäö]{1,4}\.)+[A-Za-zÅÄÖåäö]{0,4}            # t.o.m., bl.a., m.fl.
      | [A-ZÅÄÖ]{2,4}\d* | [A-ZÅÄÖ]{5,}\d+                         # acronyms: IOP, SFS, KS
      | §+
    )$""",
    re.VERBOSE,
)


DIGIT = re.compile(r"\d")


class Token(NamedTuple):
    start: int      # offset of the core in the line
    end: int
    core: str
    prefix: str     # punctuation before the core
    suffix: str     # punctuation after the core

    @property
    def text(self) -> str:
        return self.prefix + self.core + self.suffix


@lru_cache(maxsize=8192)
def tokenize(line: str) -> tuple[Token, ...]:
    """The words of a line, each with its core and the punctuation around it."""
    tokens = []
    make = tuple.__new__     # `Token(...)` without the Python-level `__new__`: many per line
    for m in PARTS.finditer(line):
        pre, core, post = m.groups()
        if core:
            start = m.start(2)
            tokens.append(make(Token, (start, start + len(core), core, pre, post)))
    return tuple(tokens)


def is_protected(core: str) -> bool:
    """Numbers, dates, identifiers, addresses and abbreviations: never repaired."""
    return bool(PROTECTED.match(core))


def neighbour(core: str) -> str:
    """A word as context for its neighbours: every number is '#' ("18 år", "2021 års")."""
    return "#" if DIGIT.search(core) else core


def split_alternatives(tokens: tuple[Token, ...]) -> list[Token]:
    """'avviker/forsvinner' is two words: each half is repaired on its own."""
    if not any("/" in token.core for token in tokens):
        return list(tokens)
    out: list[Token] = []
    for token in tokens:
        parts = token.core.split("/")
        if len(parts) < 2 or not all(p.isalpha() for p in parts):
            out.append(token)
            continue
        out += split_token(token, parts, "/")
    return out


def split_token(token: Token, parts: list[str], sign: str) -> list[Token]:
    """The tokens of `token`'s parts around a joining `sign`, which each keeps as its edge."""
    out, start = [], token.start
    for n, part in enumerate(parts):
        out.append(Token(start, start + len(part), part, token.prefix if n == 0 else sign,
                         token.suffix if n == len(parts) - 1 else sign))
        start += len(part) + 1
    return out


def in_name(tokens: list[Token], index: int) -> bool:
    """A capitalised word directly followed by another: part of a name, "Anna Lindqvist"."""
    if index + 1 >= len(tokens) or tokens[index].suffix:
        return False
    word, nxt = tokens[index].core, tokens[index + 1].core
    return word[:1].isupper() and nxt[:1].isupper() and not nxt.isupper() and nxt.isalpha()


def edge_word(lines: list[str], index: int, which: int) -> str:
    """The last (-1) or first (0) word of another line: context across the line break."""
    if not 0 <= index < len(lines):
        return ""
    tokens = tokenize(lines[index])
    if not tokens:
        return ""
    if which == 0:
        return "" if tokens[0].prefix else tokens[0].core.lower()
    if tokens[-1].suffix or lines[index].rstrip() != lines[index][:tokens[-1].end]:
        return ""   # a sentence or a hyphenated word ends there: no neighbour
    return tokens[-1].core.lower()
