"""Persons of a contact block headed by a role label in the plural ("Kontaktpersoner"): an
agreement's contacts, one or two columns of them (one a party), under sub-labels of what each is
the contact for, with their e-mail and telephone lines.

The block runs from its label to the next heading or paragraph of running text; every name
alone on a line (or in a column of a line) in it is a person with the label's role, singular.

>>> from diarium.structure import analyse
>>> text = ("3 KONTAKTPERSONER\\nKOMMUNEN\\nAvtalsfrågor\\nLEVERANTÖR\\nHedda Lindqvist\\nSixten Brandt\\n"
...         "e-post: hedda@example.se\\nTelefon: 0300-123 45\\nTekniska frågor\\nAina Holmér   Norrby Bygg AB\\n"
...         "\\n4 AVTALSTID\\nAvtalet gäller från 2025-01-01 och så vidare i många år framåt.\\n")
>>> [(f.name, f.role) for f in contact_persons(analyse(text))]
[('Hedda Lindqvist', 'Kontaktperson'), ('Sixten Brandt', 'Kontaktperson'), ('Aina Holmér', 'Kontaktperson')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.persons_found import LETTERHEAD, LIST_DEFAULT, Found
from diarium.extract.persons_letterhead import leading_name, role_labels
from diarium.language import words
from diarium.schemas.structure import Structure, TextLine

BLOCK_LINES = 24          # how far a contact block reaches under its label
LABEL_LENGTH = 40         # a line longer than this is no label alone
PROSE_WORDS = 8           # a line of this many words is running text: the block has ended
COLUMN = re.compile(r"\S+(?: \S+)*")
NUMBER_BEFORE = re.compile(r"^\d+(?:\.\d+)*\.?\s+")     # "3 KONTAKTPERSONER"


@lru_cache(maxsize=1)
def plural_labels() -> dict[str, str]:
    """'kontaktpersoner' → 'Kontaktperson': the role labels in the plural (`plural_endings.txt`)."""
    return {label + ending: label[:1].upper() + label[1:] for label in role_labels()
            for ending in words("plural_endings")}


def _label_of(line: TextLine) -> str | None:
    if len(line.text) > LABEL_LENGTH:
        return None
    text = NUMBER_BEFORE.sub("", line.text.strip()).rstrip(":").strip().lower()
    return plural_labels().get(text)


def _ends_block(line: TextLine) -> bool:
    return line.role == "heading" or len(line.text.split()) >= PROSE_WORDS or _label_of(line) is not None


def _names(line: TextLine) -> list[tuple[str, int]]:
    """The names that are all of a column of the line: (name, offset)."""
    found = []
    for column in COLUMN.finditer(line.text.replace("\t", "  ")):
        name = leading_name(column.group())
        if name and " ".join(column.group().split()) == name:
            found.append((name, line.start + column.start()))
    return found


def contact_persons(structure: Structure) -> list[Found]:
    found: list[Found] = []
    lines = structure.lines
    for i, line in enumerate(lines):
        role = _label_of(line) if line.role not in ("attendance", "signature") else None
        if role is None:
            continue
        for below in lines[i + 1:i + 1 + BLOCK_LINES]:
            if _ends_block(below):
                break
            found += [Found(name, role, None, LETTERHEAD, LIST_DEFAULT, [(at, at + len(name))])
                      for name, at in _names(below)]
    return found
