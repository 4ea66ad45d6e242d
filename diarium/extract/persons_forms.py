"""Persons of a form's signature fields: the names printed under "Namnförtydligande".

A form (an application, a redovisning) has a row of signature fields, each labelled with a
placeholder key of `signature_labels.tsv` ("Namnförtydligande", "Namnunderskrift"); the
signatories' names stand in the same columns on the next line with text ("Namnförtydligande |
Namnförtydligande" / "Stefan Jögnert | Mats Berzons"). The signature reader of the
structure stage takes the blocks it recognises; this reads the row when it did not.

>>> from diarium.structure import analyse
>>> text = ("Datum | Ort\\n2026-05-07 2026-05-07\\n\\nNamnförtydligande i | Namnförtydligande\\n\\n"
...         "Stefan Jögnert | Mats Berzons\\n\\nSverigedemokraterna i Ekeby\\n")
>>> [(f.name, f.role) for f in form_signatories(analyse(text))]
[('Stefan Jögnert', None), ('Mats Berzons', None)]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.persons_found import LETTERHEAD, PRINTED, Found
from diarium.extract.persons_letterhead import leading_name
from diarium.language import table
from diarium.language.letters import sv_pattern
from diarium.schemas.structure import Structure, TextLine

# Columns of a form's row: a table cell separator, or a wide gap.
CELL = re.compile(r"[^|\t]+?(?=\s*\||\t|\s{2,}|\s*$)")
LOOK_DOWN = 3             # lines under the labels' row that may hold the names


@lru_cache(maxsize=1)
def name_key() -> re.Pattern[str]:
    """A placeholder key that a name clarifies, at the start of a cell ("Namnförtydligande")."""
    keys = [key for key, kind in table("signature_labels").items() if kind == "placeholder" and key.startswith("Namn")]
    return re.compile(rf"^\s*(?:{'|'.join(sv_pattern(key) for key in keys)})\b")


def cells(line: TextLine) -> list[tuple[int, str]]:
    return [(line.start + m.start(), m.group().strip()) for m in CELL.finditer(line.text) if m.group().strip()]


def form_signatories(structure: Structure) -> list[Found]:
    found: list[Found] = []
    lines = [line for line in structure.lines if line.text.strip()]
    for k, line in enumerate(lines):
        if line.role == "signature" or not name_key().match(line.text):
            continue
        for below in lines[k + 1:k + 1 + LOOK_DOWN]:
            names = [(at, name) for at, cell in cells(below) if (name := leading_name(cell)) and cell.startswith(name.split()[0])]
            if names:
                found += [Found(name, None, None, LETTERHEAD, PRINTED, [(at, at + len(name))]) for at, name in names]
                break
    return found
