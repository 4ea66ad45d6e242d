"""A year granted in a granting sentence: the kind of grant, a few words naming whose or what
(a fund, a förening), then the year — "Nämnden beviljar utdelning ur Ekeby stiftelse 2031 enligt
förvaltningens förslag", "beviljar verksamhetsbidrag till Norrby IF 2031". The year is the term
of what is granted (the settled rule for a grant year), 1 January to 31 December.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from diarium.extract.patterns import plain_words
from diarium.language import words

NAMING_WORDS = 4          # words between the grant's kind and its year ("ur Ekeby stiftelse")

Term = tuple[str, str, str, int, int]   # (start, end, kind, span start, span end)


@lru_cache(maxsize=4)
def granted_year(kinds: str) -> re.Pattern[str]:
    verb = plain_words(words("grant_verbs"))
    return re.compile(rf"(?i)(?<![\wåäö-]){verb}\w*\s+(?P<kind>{kinds})"
                      rf"(?:\s+(?!(?:19|20)\d{{2}}\b)[\wåäö&.-]+){{0,{NAMING_WORDS}}}?\s+"
                      r"(?P<year>(?:19|20)\d{2})(?![\d/–-]|\s*[-–]\s*\d|\s*§)")


def granted_years(text: str, kinds: re.Pattern[str], kind_of: Callable[[re.Match[str]], str]) -> list[Term]:
    """(start, end, kind, span) of every year a granting sentence grants something for.

    >>> kinds = re.compile(r"(?i)(?P<k0>\\w*utdelning\\w*)|(?P<k1>\\w*bidrag\\w*)")
    >>> granted_years("Nämnden beviljar utdelning ur Ekeby stiftelse 2031 enligt förslaget.", kinds,
    ...               lambda m: "utdelning")
    [('2031-01-01', '2031-12-31', 'utdelning', 17, 50)]
    >>> granted_years("Nämnden beviljar bidrag enligt beslut 2019-04-02.", kinds, lambda m: "bidrag")
    []
    """
    found = []
    for match in granted_year(kinds.pattern.removeprefix("(?i)")).finditer(text):
        kind = kinds.match(match.group("kind"))
        if kind is None:
            continue
        year = match.group("year")
        found.append((f"{year}-01-01", f"{year}-12-31", kind_of(kind), match.start("kind"), match.end("year")))
    return found


# "2024 års föreningsbidrag", "2025 års partistöd": the year in the genitive before the grant's
# kind names the year the grant is for, whatever the verb around it (fördela, redovisa, betala ut).
GENITIVE_YEAR = re.compile(r"(?i)(?<![\d/–-])(?P<year>(?:19|20)\d{2})\s+års\s+(?P<kind>[\wåäö]+)")


def genitive_years(text: str, kinds: re.Pattern[str], kind_of: Callable[[re.Match[str]], str],
                   wanted: tuple[str, ...] = ("bidrag", "utdelning")) -> list[Term]:
    """(start, end, kind, span) of every grant named with its year in the genitive.

    >>> kinds = re.compile(r"(?i)(?P<k0>\\w*bidrag\\w*)")
    >>> genitive_years("Nämnden fördelar 2031 års föreningsbidrag till Norrby IF.", kinds, lambda m: "bidrag")
    [('2031-01-01', '2031-12-31', 'bidrag', 17, 41)]
    >>> genitive_years("enligt 2031 års budget", kinds, lambda m: "bidrag")
    []
    """
    found: list[Term] = []
    if "års" not in text and "ÅRS" not in text:
        return found              # most texts have no genitive year: skip the scan
    for match in GENITIVE_YEAR.finditer(text):
        kind = kinds.fullmatch(match.group("kind"))
        if kind is None or kind_of(kind) not in wanted:
            continue
        year = match.group("year")
        found.append((f"{year}-01-01", f"{year}-12-31", kind_of(kind), match.start(), match.end()))
    return found
