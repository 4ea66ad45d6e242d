"""Persons named in running text after their title ("enhetschefen Anna Berg", "utredarna Per Ek,
Eva Lund och Maja Ström", "Tidigare kommundirektör Lars Holm har lämnat …").

No party and no comma mark these names, so a name here must begin with a known given name
(`first_names.txt`); the title before it is a role word (`roles.txt`), in its base or definite
form, and becomes the role in its base form ("utredarna" → "Utredare"). Names joined to the
first by a comma or a list conjunction share a plural title ("utredarna"); a singular one is one person's.

>>> def show(text):
...     return [(f.name, f.role) for f in titled_persons(text, [])]
>>> show("Arbetet har letts av utredarna Anna Berg, Per Ek och Eva Lund. Sedan har enhetschefen "
...      "Maja Ström granskat det.")
[('Anna Berg', 'Utredare'), ('Per Ek', 'Utredare'), ('Eva Lund', 'Utredare'), ('Maja Ström', 'Enhetschef')]
>>> show("Tidigare kommundirektör Lars de Vall har lämnat sitt uppdrag.")
[('Lars de Vall', 'Kommundirektör')]
>>> show("Gun Sande, Nämndansvarig Ulf Hed, Nämndsekreterare")
[]
>>> show("Närvarande: Eva Ek, Bo Ahl, kommunchef Ulf Hed, Siv Lund (§ 5)")
[('Ulf Hed', 'Kommunchef')]
>>> show("Rektor Ekebyskolan och förskolechef Norrby förskola svarar.")
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.person_names import first_names, person_name
from diarium.extract.persons_found import TEXT, Found, inside
from diarium.extract.persons_labelled import joiner, name_at
from diarium.structure.attendance_vocab import is_role_word

WORD = re.compile(r"[^\W\d_][\w-]*")
CAPITALISED = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäöé][\w-]*")      # a Swedish title with its capital
MAX_NAMES = 8
# definite forms of a title → its base form: "-arna" (utredarna), "-en" (enhetschefen),
# "-n" (handläggaren, ordföranden), "-et" (kommunalrådet)
DEFINITE = (("arna", "are"), ("erna", "er"), ("en", ""), ("et", ""), ("n", ""))
PLURALS = ("arna", "erna")


@lru_cache(maxsize=65536)
@lru_cache(maxsize=16384)      # a pure function of the word: a document repeats its words
def title_base(word: str) -> str | None:
    """The title a word is, in its base form ('utredarna' → 'utredare'), or None.

    >>> title_base("utredarna"), title_base("kommundirektören"), title_base("handläggaren"), title_base("Ekeby")
    ('utredare', 'kommundirektör', 'handläggare', None)
    >>> title_base("kommunalrådet"), title_base("sekretariatet")
    ('kommunalråd', None)
    """
    lower = word.lower()
    if not lower.isalpha():
        return None
    for ending, base in DEFINITE:
        if lower.endswith(ending) and len(lower) > len(ending) + 2 and is_role_word(lower[:-len(ending)] + base):
            return lower[:-len(ending)] + base
    return lower if is_role_word(lower) else None


def _known_given(name: str) -> bool:
    return name.split()[0].split("-")[0] in first_names()


def titled_persons(text: str, claimed: list[tuple[int, int]]) -> list[Found]:
    """Every person printed after a title word, outside the `claimed` spans."""
    claimed_at = inside(claimed)
    found = []
    for match in WORD.finditer(text):
        title = title_base(match.group())
        if title is None or not text[match.end():match.end() + 1] in (" ", "\t"):
            continue
        word_start, word_end, word = match.start(), match.end(), match.group()
        if claimed_at(word_start):
            continue
        if word[:1].isupper() and text[max(0, word_start - 80):word_start].rstrip().endswith(","):
            continue              # "Anna Berg, Nämndansvarig Per Ek, …": the title of the name before
        at = word_end + 1
        plural = word.lower().endswith(PLURALS)    # "utredarna A, B och C": one title, many
        for _ in range(MAX_NAMES):
            named = name_at(text, at)
            if named is None or not _known_given(named[0]):
                break
            name, start, end = named
            found.append(Found(name, title[:1].upper() + title[1:], None, TEXT, spans=[(word_start, end)]))
            joined = joiner().match(text, end) if plural else None
            if joined is None:
                break
            at = joined.end()
    return found



def _name_ending_at(text: str, end: int) -> tuple[str, int] | None:
    """The name that ends one space before `end` on its line, its given name a known one, the
    longest of two or three words: (name, start)."""
    line_start = text.rfind("\n", max(0, end - 80), end) + 1      # (looked for only as far as the words go)
    words = [(m.start(), m.group()) for m in WORD.finditer(text, max(line_start, end - 80), end)]
    if not words or words[-1][0] + len(words[-1][1]) != end - 1:
        return None
    for size in (3, 2):
        chosen = words[-size:]
        name = person_name(" ".join(w for _, w in chosen)) if len(chosen) == size else None
        if name and _known_given(name) and all(
                text[a + len(w):b] == " " for (a, w), (b, _) in zip(chosen, chosen[1:])):
            return name, chosen[0][0]
    return None


def titled_after(text: str, claimed: list[tuple[int, int]]) -> list[Found]:
    """A name with its title after it, nothing between but a space, the title with its capital:
    a letterhead or a signature block that lost its line breaks ("Kanslienheten Anna Berg
    Kanslichef Kallelse …", "Anna Berg Ordförande Per Ek Sekreterare"). The given name a known one.

    >>> [(f.name, f.role) for f in titled_after("Kanslienheten Anna Berg Kanslichef Kallelse Datum", [])]
    [('Anna Berg', 'Kanslichef')]
    >>> titled_after("Ekeby kommun Kulturnämnden Ordförande", [])
    []
    """
    claimed_at = inside(claimed)
    found = []
    for match in CAPITALISED.finditer(text):
        word = match.group()
        if not is_role_word(word.lower()):
            continue
        if claimed_at(match.start()):
            continue
        named = _name_ending_at(text, match.start())
        if named:
            found.append(Found(named[0], word, None, TEXT, spans=[(named[1], match.end())]))
    return found
