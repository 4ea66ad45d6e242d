"""Persons named in a row in running text: the attendance of minutes written as prose ("…
utom Anna Berg, Per Ek och Eva Lund. Som ersättare inträder: Maja Ström för Anna Berg, …",
"Ola Lind och Eva Ek lämnar sammanträdet och ersätts av Bo Holm respektive Siv Ahl").

Two names or more joined by a comma, a list conjunction (`list_conjunctions.txt`) or "för"
(a substitute for a member, `substitution_phrases.txt`), most beginning with a known given name
(`first_names.txt`), in a sentence that speaks of attendance (`attendance_words.txt`): with no
party, no title and no label, only the row, the given names and the sentence say these are the
meeting's persons; names merely mentioned in a row elsewhere are not read. No role: the prose says
it in words.

>>> [f.name for f in listed_persons("Närvarande: alla utom Anna Berg, Per Ek och Eva Lund. "
...                                 "Ersättare: Ola Lind för Anna Berg. Karl Ström lämnar sammanträdet.", [])]
['Anna Berg', 'Per Ek', 'Eva Lund', 'Ola Lind', 'Anna Berg']
>>> listed_persons("Anna Berg Konsult AB och Norrby Bygg AB har lämnat anbud.", [])
[]
>>> listed_persons("Konserterna med Anna Berg och Per Ek ställdes in.", [])
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.person_names import first_names
from diarium.extract.persons_found import TEXT, Found, inside
from diarium.extract.persons_labelled import name_at, plain_cells
from diarium.language import words
from diarium.structure.attendance_vocab import is_particle

CAPITAL = re.compile(r"(?<![\w-])[A-ZÅÄÖÉ]")
SECOND_WORD = re.compile(r"[^\W\d_][\w'’-]*\s+([^\W\d_][\w'’-]*)")    # the words of `name_at`
SENTENCE_END = re.compile(r"[.!?:]?\s*\n\s*\n|[.!?](?=\s+[A-ZÅÄÖ])")
MIN_ROW = 2
MAX_ROW = 40
SENTENCE_REACH = 300       # characters a sentence is looked for around a row


@lru_cache(maxsize=1)
def _link() -> re.Pattern[str]:
    """What joins two names of a row: a comma, a conjunction, a substitution ("för")."""
    joiners = {*words("list_conjunctions"), *(p for p in words("substitution_phrases") if " " not in p)}
    alternation = "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True))
    return re.compile(rf"[ \t]*,[ \t\n]*(?:(?:{alternation})\s+)?|\s+(?:{alternation})\s+")


def _about_attendance(text: str, start: int, end: int) -> bool:
    """Does the sentence around text[start:end] speak of who attended?"""
    ends = [m for m in SENTENCE_END.finditer(text, max(0, start - SENTENCE_REACH), start)]
    begin = ends[-1].end() if ends else max(0, start - SENTENCE_REACH)
    after = SENTENCE_END.search(text, end)
    stop = after.start() if after and after.start() - end < SENTENCE_REACH else end + SENTENCE_REACH
    stems = tuple(words("attendance_words"))
    return any(word.lower().startswith(stems) for word in re.findall(r"\w+", text[begin:stop]))


def _known(name: str) -> bool:
    return name.split()[0].split("-")[0] in first_names()


def _row(text: str, at: int) -> list[tuple[str, int, int]]:
    row: list[tuple[str, int, int]] = []
    while len(row) < MAX_ROW:
        named = name_at(text, at)
        if named is None or text[named[2]:named[2] + 1].isalnum():
            break
        row.append(named)
        link = _link().match(text, named[2])
        if link is None:
            break
        at = link.end()
    return row


def _second_name_word(text: str, at: int) -> bool:
    """Cheap test before reading a row at `at`: a name of two words at least begins there (the
    second word, after a space or a line break, capitalised or a particle such as 'af')."""
    second = SECOND_WORD.match(text, at)
    return second is not None and (second.group(1)[0].isupper() or is_particle(second.group(1)))


def listed_persons(text: str, claimed: list[tuple[int, int]]) -> list[Found]:
    """Every person in a row of two names or more, outside the `claimed` spans."""
    lowered = text.lower()
    if not any(stem in lowered for stem in words("attendance_words")):
        return []       # no sentence can speak of attendance: spare reading a row at every capital
    text = plain_cells(text)
    claimed_at = inside(claimed)
    found = []
    end = 0
    for capital in CAPITAL.finditer(text):
        if capital.start() < end or not _second_name_word(text, capital.start()):
            continue
        row = _row(text, capital.start())
        if len(row) < MIN_ROW or 2 * sum(_known(name) for name, _, _ in row) < len(row) \
                or not _about_attendance(text, row[0][1], row[-1][2]):
            continue
        found += [Found(name, None, None, TEXT, spans=[(start, stop)]) for name, start, stop in row
                  if not claimed_at(start)]
        end = row[-1][2]
    return found
