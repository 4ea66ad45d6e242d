"""Persons after a role label inside a page that lost its line breaks, and names printed
surname first.

A page printed as one long line keeps its letterhead's fields in a row, each behind its label
("… Handläggare: Einar Eriksson E-postadress: Telefonnr: …", "Kontaktperson upphandling:
Ellen Eriksson E-post: …"): a role label (`letterhead_fields.tsv`, a role word) printed with
its capital, maybe a qualifier and a colon, then the name up to the next field. A registry
often prints the handläggare surname first ("HANDLÄGGARE Högvall, Marita", "Handläggare
Engström Ingrid"): when the second word is a known given name (`first_names.txt`) and the first
is not, the name is read the other way round.

>>> labelled_name("Högvall, Marita Kultur- och fritidsnämnden")
('Marita Högvall', 0, 15)
>>> labelled_name("Engström Ingrid Jo Lindor Rolf Datum 2016-08-29")
('Ingrid Engström', 0, 15)
>>> labelled_name("Einar Eriksson E-postadress: Telefonnr:")
('Einar Eriksson', 0, 14)
>>> labelled_name("Miljöavdelningen Tillsynsenheten Anna Berg (vxl) Enligt sändlista")
('Anna Berg', 33, 9)
>>> labelled_name("Telefax: 0480-849 97") is None
True
>>> from diarium.structure import analyse
>>> text = ("Dokumenttyp: Avtal Kontaktperson upphandling: Ellen Eriksson E-post: info@example.se "
...         "Telefon: 0480-842 54 " + "Leverantör Kontaktperson: Telefax: " * 8)
>>> [(f.name, f.role) for f in flat_persons(analyse(text))]
[('Ellen Eriksson', 'Kontaktperson upphandling')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.person_names import first_names, is_unit_name, person_name
from diarium.extract.persons_found import LETTERHEAD, PRINTED, Found
from diarium.extract.persons_letterhead import leading_name, role_labels
from diarium.language.letters import sv_pattern
from diarium.schemas.structure import Structure
from diarium.structure.flat_lines import flat_starts

REACH = 80                # how far after its label a name may stand
# "Högvall, Marita" / "Engström Ingrid": two words, maybe a comma between them.
LEADING_WORD = re.compile(r"\s*(\S+)\s*")
TWO_WORDS = re.compile(r"\s*([^\W\d_][\w'-]*)(,?)\s+([^\W\d_][\w-]*)(?![\w-])")


@lru_cache(maxsize=1)
def label_pattern() -> re.Pattern[str]:
    """A role label printed with its capital or in capitals, its qualifier and colon."""
    labels = role_labels()
    printed = [sv_pattern(label[:1].upper() + label[1:]) for label in labels] + \
              [sv_pattern(label.upper()) for label in labels]
    return re.compile(rf"(?<!\S)(?P<label>{'|'.join(printed)})(?P<qualifier>\s+[a-zåäö]+(?=:))?:?\s+")


def surname_first(rest: str) -> tuple[str, int, int] | None:
    """'Högvall, Marita …' → ('Marita Högvall', 0, 15)."""
    match = TWO_WORDS.match(rest)
    if match is None:
        return None
    surname, given = match.group(1), match.group(3)
    if given not in first_names() or surname in first_names():
        return None
    name = person_name(f"{given} {surname}")
    start = match.start(1)
    return (name, start, match.end(3) - start) if name else None


def labelled_name(rest: str) -> tuple[str, int, int] | None:
    """(name, offset, length) of the name at the start of the text after a role label, past the
    unit the person works in ("Kontaktperson Miljöavdelningen Tillsynsenheten Anna Berg")."""
    word = LEADING_WORD.match(rest)
    if word and is_unit_name(word.group(1)):
        named = labelled_name(rest[word.end():])
        return (named[0], named[1] + word.end(), named[2]) if named else None
    reversed_name = surname_first(rest)
    if reversed_name:
        return reversed_name
    name = leading_name(rest)
    if name is None:
        return None
    words = name.split()
    later = [k for k, word in enumerate(words) if k >= 2 and word in first_names()]
    if later:                   # "Anna Berg Per Ek": the next person's given name ends this one
        name = person_name(" ".join(words[:later[0]])) or name
    start = rest.find(name.split()[0])
    end = rest.find(name.split()[-1], start) + len(name.split()[-1])
    return name, start, end - start


def flat_persons(structure: Structure) -> list[Found]:
    """Persons after role labels inside the pages that lost their line breaks."""
    starts = flat_starts(structure.lines)
    found = []
    for line in structure.lines:
        if line.start not in starts:
            continue
        for match in label_pattern().finditer(line.text):
            named = labelled_name(line.text[match.end():match.end() + REACH])
            if named is None:
                continue
            name, offset, length = named
            label = match.group("label")
            role = label[:1].upper() + label[1:].lower() + (match.group("qualifier") or "")
            at = line.start + match.end() + offset
            found.append(Found(name, role, None, LETTERHEAD, PRINTED, [(line.start + match.start(), at + length)]))
    return found
