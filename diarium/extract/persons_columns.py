"""Persons in a column of a table printed as text, under a column label that is a role: the
managers of a list of appointments ("Befattning  Anställningsform  Datum  Rekryterande chef"),
the decision makers of a list of delegated decisions ("… Beslutsfattare  Beslutsdatum  Dnr").

The header is a line of three or more column labels and nothing else (no digits, no name); one
label is a role (`roles.txt`), maybe in two words ("Rekryterande chef": a label begins with its
capital, a lower-case role word goes on the label before it). The rows under it each hold one
name whose given name is a known one (any name once the column has begun); two such rows at
least make the column. The label is the
role of every name in it.

>>> from diarium.structure import analyse
>>> text = ("Befattning   Anställningsform   Datum   Rekryterande chef   Lagrum\\n\\n"
...         "Kock         Vikariat   2025-10-01   Anna Berg   2.3.2 LAS\\n"
...         "Samordnare   Tillsvidareanställning 2025-10-06 Per Holm 2.3.2 LAS\\n\\nSummering av året.\\n")
>>> [(f.name, f.role) for f in column_persons(analyse(text))]
[('Anna Berg', 'Rekryterande chef'), ('Per Holm', 'Rekryterande chef')]
"""
from __future__ import annotations

import re

from diarium.extract.person_names import first_names, person_name
from diarium.extract.persons_found import LETTERHEAD, LIST_DEFAULT, Found
from diarium.schemas.structure import Structure, TextLine
from diarium.structure.attendance_vocab import is_name_token, is_role_word

WORD = re.compile(r"[^\W\d_][\w/&-]*")
DIGIT = re.compile(r"\d")
MIN_LABELS = 3
MIN_ROWS = 2
MAX_ROWS = 80
MAX_MISSES = 3           # lines without a name (a page's furniture) a column goes on over
COLUMN_SLACK = 8         # how far from the column's first name an unknown name may stand
READ_ELSEWHERE = ("attendance", "signature", "heading")


def column_role(text: str) -> str | None:
    """The role among a header's column labels ('Rekryterande chef', 'Beslutsfattare')."""
    words = text.split()
    if len(words) < MIN_LABELS or sum(w[:1].isupper() for w in words) < MIN_LABELS or DIGIT.search(text):
        return None
    if not any(is_role_word(w.lower().strip(",.:")) for w in words) or names_in(text):
        return None
    for k, word in enumerate(words):
        if not is_role_word(word.lower().strip(",.:")):
            continue
        if word[:1].isupper():     # "Ledamot/tjänstgörande ersättare": the label's lower-case words go on
            tail = [w for w in words[k + 1:k + 3] if w[:1].islower()]
            while tail and not is_role_word(tail[-1].lower().strip(",.:")):
                tail.pop()
            return " ".join([word] + tail).strip(",.:")
        if k and words[k - 1][:1].isupper() and not is_role_word(words[k - 1].lower()):
            return f"{words[k - 1]} {word.strip(',.:')}"
    return None


def names_in(text: str, known: bool = True) -> list[tuple[str, int]]:
    """The names of a row, each beginning with a known given name (or any, not `known`): (name, offset)."""
    words = list(WORD.finditer(text))
    found: list[tuple[str, int]] = []
    k = 0
    while k < len(words):
        if known and words[k].group().split("-")[0] not in first_names():
            k += 1
            continue
        for size in (3, 2):
            run = words[k:k + size]
            if len(run) == size and all(is_name_token(m.group()) for m in run) and \
                    all(text[a.end():b.start()].strip() == "" for a, b in zip(run, run[1:])):
                name = person_name(" ".join(m.group() for m in run))
                if name:
                    found.append((name, words[k].start()))
                    k += size - 1
                    break
        k += 1
    return found


def _column(lines: list[TextLine], i: int, role: str) -> list[Found]:
    found: list[Found] = []
    column, misses = -1, 0
    for below in lines[i + 1:i + 1 + MAX_ROWS]:
        if not below.text.strip():
            continue
        if below.role in READ_ELSEWHERE:
            break
        row = names_in(below.text)
        if not row and found:      # a name the given names do not know, where the column's names stand
            row = [(name, at) for name, at in names_in(below.text, known=False) if abs(at - column) <= COLUMN_SLACK]
        if len({name for name, _ in row}) != 1:
            misses += 1            # page furniture, a row without a name
            if not found or misses > MAX_MISSES:
                break
            continue
        name, at = row[0]
        column, misses = at if column < 0 else column, 0
        found.append(Found(name, role, None, LETTERHEAD, LIST_DEFAULT,
                           [(below.start + at, below.start + at + len(name))]))
    return found if len(found) >= MIN_ROWS else []


def column_persons(structure: Structure) -> list[Found]:
    found: list[Found] = []
    lines = structure.lines
    for i, line in enumerate(lines):
        role = column_role(line.text) if line.role not in READ_ELSEWHERE else None
        if role:
            found += _column(lines, i, role)
    return found
