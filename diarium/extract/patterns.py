"""Regular expressions built from the Swedish word lists of `diarium.language`.

An extractor's grammar (what comes before and after a word) is code; the words themselves
come from the lists. An entry starting with "*" stands for any word ending so ("*chef" is
"chef", "socialchef"); å/ä/ö and spaces are matched as OCR prints them (`sv_pattern`).

>>> import re
>>> bool(re.fullmatch(alternation(["*chef", "rektor"]), "socialchef"))
True
>>> bool(re.fullmatch(alternation(["*direktör"]), "socialdirekt6r"))
True
>>> alternation(["tf.", "vice"], optional_dot=True)
'(?:vice|tf\\\\.?)'
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from diarium.language import table
from diarium.language.letters import sv_pattern


def entry_pattern(entry: str, optional_dot: bool = False) -> str:
    """One list entry as a regex: "*" → any word beginning, å/ä/ö OCR-tolerant."""
    prefix = r"\w*" if entry.startswith("*") else ""
    body = sv_pattern(entry.lstrip("*"))
    if optional_dot and body.endswith(r"\."):
        body += "?"
    return prefix + body


def alternation(entries: Iterable[str], optional_dot: bool = False) -> str:
    """A non-capturing group of the entries, longest first (so "vice ordförande" wins over
    "vice")."""
    ordered = sorted(set(entries), key=lambda e: (-len(e.lstrip("*")), e))
    return "(?:" + "|".join(entry_pattern(e, optional_dot) for e in ordered) + ")"


def plain_words(entries: Iterable[str]) -> str:
    """The entries as printed, longest first; a space in an entry is any run of whitespace and
    may be missing after a period ("fr. o. m" is also "fr.o.m")."""
    ordered = sorted(set(entries), key=lambda e: (-len(e), e))
    return "(?:" + "|".join(re.escape(e).replace(r"\.\ ", r"\.\s?").replace(r"\ ", r"\s+")
                            for e in ordered) + ")"


def plain_alternation(entries: Iterable[str]) -> str:
    """The entries exactly as written (escaped), longest first."""
    ordered = sorted(set(entries), key=lambda e: (-len(e), e))
    return "(?:" + "|".join(re.escape(e) for e in ordered) + ")"


@dataclass(frozen=True)
class Body:
    """A word that names a public body ("nämnd") with its kind and definite forms."""
    word: str
    kind: str
    definite: str
    plural: str

    @property
    def forms(self) -> tuple[str, ...]:
        """Definite before indefinite, so that a regex alternation tries "nämnden" first."""
        return tuple(dict.fromkeys((self.definite, self.word)))


@lru_cache(maxsize=1)
def public_bodies() -> tuple[Body, ...]:
    """The rows of `public_bodies.tsv`.

    >>> [b.forms for b in public_bodies() if b.kind == "board"][:2]
    [('nämnden', 'nämnd'), ('styrelsen', 'styrelse')]
    """
    rows = []
    for word, rest in table("public_bodies").items():
        kind, definite, plural = rest.split("\t")
        rows.append(Body(word, kind, definite, plural))
    return tuple(rows)


def bodies(*kinds: str) -> tuple[Body, ...]:
    return tuple(b for b in public_bodies() if b.kind in kinds)
