"""A state agency's letterhead: the agency's name (`public_bodies.txt`: "Trafikverket",
"Skolinspektionen") alone in a column of the first page's head, where no board, kommun or
region is named there — an agency's own decision or yttrande.

>>> agency_name("Skolinspektionen"), agency_name("TRAFIKVERKET"), agency_name("Trafikverket har yttrat sig")
('Skolinspektionen', 'Trafikverket', None)
"""
from __future__ import annotations

from diarium.language import words

AGENCIES = {name.casefold(): name for name in words("public_bodies")}


def agency_name(column: str) -> str | None:
    """The agency a head column names, as the list writes it, or None."""
    return AGENCIES.get(column.strip().casefold())


def agency_in_head(head: list[tuple[int, str]]) -> tuple[str, int, int] | None:
    """(name, start, end) of the first agency named alone in a head column."""
    for offset, column in head:
        name = agency_name(column)
        if name:
            start = offset + len(column) - len(column.lstrip())
            return name, start, start + len(column.strip())
    return None
