"""The public body an application or a claim names in its applicant field: "Sökande" over
"Skolinspektionen, Box 1, 123 45 Norrby", the counterparty ("Motpart  Ekeby kommun") below it. The
applicant wrote the document; the court's address above it and the counterparty are only named.

>>> applicant([(0, "Förvaltningsrätten i Norrby"), (30, "Ansökan om avgift"), (50, "Sökande"),
...            (58, "Skolinspektionen, Box 1, 123 45 Norrby"), (100, "Motpart"), (108, "Ekeby kommun")])
('Skolinspektionen', 58, 74)
>>> applicant([(0, "Ansökan om bidrag"), (18, "Sökande: Västby kommun")])
('Västby kommun', 27, 40)
>>> applicant([(0, "Dom"), (4, "Sökande"), (12, "Skolinspektionen")]) is None   # not titled an application
True
>>> applicant([(0, "Ansökan"), (8, "Sökande"), (16, "Norrby IF, Box 3")]) is None      # not a public body
True
"""
from __future__ import annotations

import re

from diarium.extract.agency import agency_name
from diarium.extract.body_names import ORGANISATION, Found, organisation_name
from diarium.language import words
from diarium.language.letters import sv_pattern

LABEL = re.compile(r"^\s*(?:" + "|".join(sv_pattern(w) for w in sorted(words("applicant_labels")))
                   + r")(?![\wåäö])\s*:?\s*", re.I)


def titled_application(column: str) -> bool:
    """A title that calls the document an application ("Ansökan om …", "Begäran om …")."""
    first = column.split(maxsplit=1)[:1]
    return bool(first) and first[0].casefold() in words("application_words")


def applicant(head: list[tuple[int, str]]) -> Found | None:
    """(body, start, end) of the public body in the head's applicant field, or None."""
    titled = False
    for k, (offset, column) in enumerate(head):
        titled = titled or titled_application(column)
        label = LABEL.match(column) if titled else None
        if label is None:
            continue
        if label.end() < len(column.rstrip()):
            found = public_name(column[label.end():], offset + label.end())
        elif k + 1 < len(head):
            found = public_name(head[k + 1][1], head[k + 1][0])
        else:
            found = None
        if found:
            return found
    return None


def public_name(value: str, offset: int) -> Found | None:
    """The agency or public organisation that opens a field's value, before its address."""
    name = value.split(",")[0].strip()
    start = offset + len(value) - len(value.lstrip())
    agency = agency_name(name)
    if agency:
        return agency, start, start + len(name)
    named = ORGANISATION.match(name)
    return (organisation_name(named), start, start + len(name)) if named else None
