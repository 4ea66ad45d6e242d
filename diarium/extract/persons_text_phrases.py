"""Persons named by what they do in the minutes, no party or title after the name: a member
who moves or reserves himself ("Siv Ek anmäler reservation"), and the officials of a closing
sentence ("… har enhetschef Ingrid Ed varit beslutande"). The phrases are data
(`motion_phrases.txt`, `participation_words.txt`); the name is read backwards from the phrase by
`persons_text_names`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from diarium.extract.person_names import first_names
from diarium.extract.persons_found import TEXT, Found
from diarium.extract.persons_text_names import name_before, role_before, words_before
from diarium.language import words as words_of
from diarium.structure.attendance_vocab import is_role_word


@lru_cache(maxsize=1)
def motion() -> re.Pattern[str]:
    """'yrkar', 'anmäler reservation': a member's motion in the minutes (`motion_phrases.txt`)."""
    phrases = sorted((p for p in words_of("motion_phrases") if "…" not in p), key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<=[ \t])(?:{alternation})(?![\w-])")


@lru_cache(maxsize=1)
def motion_first_words() -> tuple[str, ...]:
    """The first word of every motion phrase: one of them is in any text `motion` matches in."""
    return tuple(sorted({p.split()[0] for p in words_of("motion_phrases") if "…" not in p}))


def movers(text: str, claimed_at: Callable[[int], bool]) -> list[Found]:
    """A member who moves or reserves himself in minutes that print no party ("Siv Berg anmäler
    reservation mot beslutet."): the name before the motion, its given name a known one.

    >>> from diarium.extract.persons_found import inside
    >>> [f.name for f in movers("Siv Ek anmäler reservation. Kommunstyrelsen yrkar bifall. Dan Holm yrkar avslag.",
    ...                          inside([]))]
    ['Siv Ek', 'Dan Holm']
    """
    found: list[Found] = []
    if not any(word in text for word in motion_first_words()):
        return found            # (most texts: no motion, and the pattern is tried at every space)
    for match in motion().finditer(text):
        named = name_before(text, match.start()) if not claimed_at(match.start()) else None
        if named and named[0].split()[0].split("-")[0] in first_names():
            name, start, _ = named
            found.append(Found(name, role_before(text, start), None, TEXT, spans=[(start, match.end())]))
    return found


@lru_cache(maxsize=1)
def participation() -> re.Pattern[str]:
    return re.compile(rf"(?:[ \t]+(?:har[ \t]+)?varit)?[ \t]+(?:{'|'.join(sorted(words_of('participation_words')))})\b")


def participants(text: str, claimed_at: Callable[[int], bool]) -> list[Found]:
    """The officials of a myndighet's closing sentence ("I ärendet har miljövårdsdirektör Per
    Skogander varit beslutande och handläggare Ebba Andersson föredragande."), with the title printed
    before the name.

    >>> from diarium.extract.persons_found import inside
    >>> [(f.name, f.role) for f in participants("I ärendet har enhetschef Ingrid Ed varit beslutande och "
    ...                                          "handläggare Bo Berg föredragande.", inside([]))]
    [('Ingrid Ed', 'enhetschef'), ('Bo Berg', 'handläggare')]
    """
    found: list[Found] = []
    if not any(word in text for word in words_of("participation_words")):
        return found            # (most texts: none, and the pattern is tried at every space)
    for match in participation().finditer(text):
        named = name_before(text, match.start()) if not claimed_at(match.start()) else None
        if named is None:
            continue
        name, start, _ = named
        before = words_before(text, start)
        title = before[-1][1] if before and before[-1][1][:1].islower() and is_role_word(before[-1][1]) else None
        found.append(Found(name, title, None, TEXT, spans=[(start, match.end())]))
    return found
