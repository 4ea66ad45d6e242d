"""Where one name ends and the next begins in a run of capitalised words with nothing between.

A PDF whose text lost its line breaks prints a column of names as one run ("Gun Örn
Karl-Erik Andersson Jörgen Kaya Tore Gustafsson"), and a list whose parties stand in their own
column prints the names after them ("C FP KD Ester Åhlund Pettersson Tobias Tallryd Elise
Hagell"). The run is cut into names of two to four words, choosing the cut that makes the most
names begin with a known given name (`first_names.txt`) and the fewest begin with a word shaped
like a surname (`surname_endings.txt`: "-sson", "-berg", "-ström" …) or end with a given name;
two words a name unless the words say otherwise. When the count of names is known (one a party
of the column, one a signer's label), the run is cut into exactly that many.

>>> cut = lambda text, count=None: [" ".join(name) for name in split_run(text.split(), count)]
>>> cut("Gun Örn Karl-Erik Andersson Jörgen Kaya Tore Gustafsson")
['Gun Örn', 'Karl-Erik Andersson', 'Jörgen Kaya', 'Tore Gustafsson']
>>> cut("Ester Åhlund Pettersson Tobias Tallryd Elsa Hagell", 3)
['Ester Åhlund Pettersson', 'Tobias Tallryd', 'Elsa Hagell']
>>> cut("Kristin Tullén Storqvist")
['Kristin Tullén Storqvist']
>>> cut("Britt-Louise O Forsgren Lina Lyngemo")
['Britt-Louise O Forsgren', 'Lina Lyngemo']
>>> cut("Eva Strand B O Lindqvist Tore Ek R Nils Sundin")
['Eva Strand', 'B O Lindqvist', 'Tore Ek', 'R Nils Sundin']
"""
from __future__ import annotations

from functools import lru_cache

from diarium.language import words
from diarium.language.letters import fold

MIN_WORDS, MAX_WORDS = 2, 4
GIVEN_START = 2.0        # a name that begins with a known given name
SURNAME_START = -2.0     # … or with a word shaped like a surname
GIVEN_END = -1.0         # a name whose last word is a known given name (and not its only given name)
LONG = -0.6              # each word beyond two: most names have two
INITIAL_END = -2.0       # a name whose last word is an initial: the initial begins the next name


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    return frozenset(fold(name.lower()) for name in words("first_names"))


@lru_cache(maxsize=1)
def _surname_endings() -> tuple[str, ...]:
    return tuple(sorted(words("surname_endings"), key=len, reverse=True))


@lru_cache(maxsize=8192)
def is_given_name(word: str) -> bool:
    """'Karl-Erik' is a given name when its first part is one."""
    parts = fold(word.lower()).split("-")
    return parts[0] in _given()


@lru_cache(maxsize=8192)
def looks_like_surname(word: str) -> bool:
    lower = fold(word.lower())
    return not is_given_name(word) and any(
        lower.endswith(fold(ending)) and len(lower) > len(ending) + 1 for ending in _surname_endings())


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _name_score(name: list[str]) -> float:
    score = LONG * (len(name) - MIN_WORDS)
    initials = next((k for k, word in enumerate(name) if not _is_initial(word)), len(name))
    first = name[initials] if initials < len(name) - 1 else name[0]
    # initials before a given name ("R Nils Sundin") begin a name as the given name does
    if is_given_name(first):
        score += GIVEN_START
    elif looks_like_surname(first) or _is_initial(first):
        score += SURNAME_START
    if _is_initial(name[-1]):
        score += INITIAL_END
    elif is_given_name(name[-1]) and not looks_like_surname(name[-1]):
        score += GIVEN_END
    return score


def split_run(run: list[str], count: int | None = None) -> list[list[str]]:
    """The names of a run of name words, in order; the whole run as one name when it cannot be
    cut into names of two to four words (into `count` of them, when given)."""
    n = len(run)
    # best[i][k]: the best score of cutting run[:i] into k names, and where the last one starts.
    most = count if count is not None else n // MIN_WORDS
    best: list[dict[int, tuple[float, int]]] = [dict() for _ in range(n + 1)]
    best[0][0] = (0.0, -1)
    for i in range(MIN_WORDS, n + 1):
        for size in range(MIN_WORDS, MAX_WORDS + 1):
            start = i - size
            if start < 0:
                break
            gain = _name_score(run[start:i])
            for k, (score, _) in best[start].items():
                if k + 1 <= most and (k + 1 not in best[i] or score + gain > best[i][k + 1][0]):
                    best[i][k + 1] = (score + gain, start)
    finals = best[n]
    if not finals or count is not None and count not in finals:
        return [run]
    k = count if count is not None else max(finals, key=lambda key: (finals[key][0], -key))
    names, i = [], n
    while k:
        start = best[i][k][1]
        names.append(run[start:i])
        i, k = start, k - 1
    return names[::-1]
