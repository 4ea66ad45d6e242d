"""Persons of a line that holds names side by side and nothing else: a signature row printed
without titles ("Ebba Ek   Per Holm" under a kallelse's date), each name's given name a known one.

>>> from diarium.structure import analyse
>>> text = "EKEBY KOMMUN KALLELSE 3[3] Kommunstyrelsen\\n\\n2017-01-09\\n\\nAnna Berg Per Holm\\n"
>>> [f.name for f in name_line_persons(analyse(text))]
['Anna Berg', 'Per Holm']
>>> names_side_by_side("Ulla Ekblom               Xandra Holm"), names_side_by_side("Ekeby kommun     Ulla Ek")
(['Ulla Ekblom', 'Xandra Holm'], None)
"""
from __future__ import annotations

import re

from diarium.extract.person_names import first_names, person_name
from diarium.extract.persons_found import LETTERHEAD, PRINTED, Found
from diarium.schemas.structure import Structure
from diarium.structure.attendance_vocab import is_name_token, is_particle
from diarium.structure.name_runs import split_run

MIN_NAMES, MAX_NAMES = 2, 4
COLUMN_GAP = re.compile(r"\s{2,}")
READ_ELSEWHERE = ("attendance", "signature")


def _columns(line: str) -> list[str] | None:
    """Names in columns of their own ("Ulla Ek          Catarina Holm"): each column a whole name,
    one given name at least a known one."""
    columns = COLUMN_GAP.split(line.strip())
    if not MIN_NAMES <= len(columns) <= MAX_NAMES or any(person_name(c) != c for c in columns):
        return None
    return columns if any(c.split()[0].split("-")[0] in first_names() for c in columns) else None


def names_side_by_side(line: str) -> list[str] | None:
    """The names of a line that is nothing but names, or None."""
    if not line.lstrip()[:1].isupper():
        return None
    if COLUMN_GAP.search(line.strip()):
        return _columns(line)
    words = line.split()
    if not MIN_NAMES * 2 <= len(words) <= MAX_NAMES * 4 or not all(
            is_name_token(w) or k and is_particle(w) for k, w in enumerate(words)):
        return None
    names = [" ".join(run) for run in split_run(words)]
    if len(names) < MIN_NAMES or any(
            person_name(n) != n or n.split()[0].split("-")[0] not in first_names() for n in names):
        return None
    return names


def name_line_persons(structure: Structure) -> list[Found]:
    found = []
    for line in structure.lines:
        names = names_side_by_side(line.text) if line.role not in READ_ELSEWHERE else None
        at = line.start
        for name in names or []:
            start = line.text.find(name.split()[0], at - line.start) + line.start
            found.append(Found(name, None, None, LETTERHEAD, PRINTED, [(start, start + len(name))]))
            at = start + len(name)
    return found
