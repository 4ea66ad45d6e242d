"""A protokoll whose title line names its owner in the genitive before its kind label
("Styrelsens protokoll 12 april 2031", "Kulturnämndens sammanträdesprotokoll"): the label
says the kind, the owner, when it is a board, whose document it is. Only the document's first
line is its title; the same words further down ("Miljöförvaltningens tjänsteskrivelse,
2031-02-01" in a list of Beslutsunderlag) name another document. Only a protokoll's label: a
letter that opens on the decision it answers ("Miljönämndens beslut den 2 juni 2031") is not
that board's own document.

>>> from diarium.structure import analyse
>>> text = "Styrelsens protokoll 12 april 2031\\n\\nNärvarande\\n\\nAnna Berg, ordförande\\n"
>>> first = FirstDocument.of(text, analyse(text))
>>> owned_label(first), title_owner(first)
(('protokoll', 0, 20), 'Styrelsen')
>>> text = "Ekeby kommun\\n\\nMiljöförvaltningens tjänsteskrivelse, 2031-02-01\\n"
>>> owned_label(FirstDocument.of(text, analyse(text))) is None
True
>>> text = "Miljönämndens beslut den 2 juni 2031, dnr MN 2031/45\\n\\nJag överklagar beslutet.\\n"
>>> owned_label(FirstDocument.of(text, analyse(text))) is None
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.first_document import FirstDocument
from diarium.language import table
from diarium.language.letters import sv_pattern

# What may follow the title's label: a date, a number, the meeting it records ("från", "vid").
TAIL = r"(?:[\s,]+(?:\d|från\b|vid\b|för\b|den\b).*)?"


@lru_cache(maxsize=1)
def kind_labels() -> list[str]:
    """The protokoll labels of `document_kinds.tsv` that are whole words, longest first."""
    kinds = table("document_kinds")
    return sorted((label for label, kind in kinds.items()
                   if not label.startswith("*") and kind.split("\t")[0] == "protokoll"), key=len, reverse=True)


@lru_cache(maxsize=1)
def owned_title() -> re.Pattern[str]:
    """A capitalised genitive, then a kind label in running-text case, then a date or the like."""
    alternatives = "|".join(f"(?P<k{i}>{sv_pattern(label[:1].lower() + label[1:])})" for i, label in enumerate(kind_labels()))
    return re.compile(rf"^\s*(?P<owner>[A-ZÅÄÖ][\wåäö-]*[a-zåäö]s)\s+(?:{alternatives})(?![\wåäö-]){TAIL}\s*:?\s*$")


def _title(first: FirstDocument) -> tuple[re.Match[str], int] | None:
    lines = first.head_lines()
    if not lines or first.flat is not None:
        return None
    offset, line = lines[0]
    match = owned_title().match(line)
    return (match, offset) if match else None


def owned_label(first: FirstDocument) -> tuple[str, int, int] | None:
    """(kind, start, end of the owner and label) of a title line that names its owner."""
    found = _title(first)
    if found is None:
        return None
    match, offset = found
    key = next(k for k, v in match.groupdict().items() if v and k[1:].isdigit())
    kind = table("document_kinds")[kind_labels()[int(key[1:])]].split("\t")[0]
    return kind, offset + match.start("owner"), offset + match.end(key)


def title_owner(first: FirstDocument) -> str | None:
    """The owner a title line names, in its nominative ("Styrelsens" → "Styrelsen")."""
    found = _title(first)
    return found[0].group("owner")[:-1] if found else None
