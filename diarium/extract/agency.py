"""A state agency's letterhead: the agency's name (`public_bodies.txt`: "Trafikverket",
"Skolinspektionen") alone in a column of the first page's head, where no board, kommun or
region is named there — an agency's own decision or yttrande.

>>> agency_name("Skolinspektionen"), agency_name("TRAFIKVERKET"), agency_name("Trafikverket har yttrat sig")
('Skolinspektionen', 'Trafikverket', None)

A web copy of an agency's report carries no letterhead; its summary opens with the agency as
the subject of its first sentence ("Skolinspektionen har granskat …"): that is its writer.

>>> agency_opening("Tillsyn av skolor\\n\\nSammanfattning\\n\\nSkolinspektionen har granskat 30 skolor.", 0)
('Skolinspektionen', 35, 51)
>>> agency_opening("Tillsyn\\n\\nKommunen har i flera år samarbetat med Skolinspektionen.", 0) is None
True

A decision, an application or a claim whose letterhead is lost names its issuer as the subject of
its operative sentence ("Regeringen beslutar att …", "Skolinspektionen yrkar att …").

>>> agency_acting("Box 1 Norrby\\nUppdrag till länsstyrelserna.\\nRegeringen beslutar att ge uppdraget.", 0)
('Regeringen', 43, 53)
>>> agency_acting("Kommunen beslutar att yttra sig till Regeringen.", 0) is None
True

A government bill names its issuer in the formula that submits it to the riksdag.

>>> agency_acting("Prop. 2031/32:7\\nRegeringen överlämnar denna proposition till riksdagen.", 0)[0]
'Regeringen'
>>> agency_acting("Regeringen Föreslår riksdagen att godkänna avtalet.", 0)[0]
'Regeringen'
>>> agency_acting("Trafikverket föreslår att vägen breddas.", 0) is None
True
"""
from __future__ import annotations

import re

from diarium.language import words
from diarium.language.letters import sv_pattern
from diarium.structure.names import heading_name

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


OPENING_CHARS = 400       # the title and the summary's first sentence
SENTENCE_START = re.compile(r"(?:^|\n\s*\n|[.!?]\s+)\s*([A-ZÅÄÖ][\wåäö-]+)\s+(?:har|ska|är|föreslår|bedömer|redovisar|lämnar)\b")


def agency_opening(body: str, offset: int) -> tuple[str, int, int] | None:
    """(name, start, end) of an agency that opens a paragraph or sentence near the start of the
    document as the subject of its verb, or None."""
    for match in SENTENCE_START.finditer(body[:OPENING_CHARS]):
        name = agency_name(match.group(1))
        if name:
            return name, offset + match.start(1), offset + match.end(1)
    return None


ACTING_CHARS = 1500       # the head and the operative part of a decision's or an application's first page
# the verb in any case: an OCR'd page capitalises a word at random ("Myndigheten Beslutar att")
ACTING = re.compile(r"(?<![\wåäö-])([A-ZÅÄÖ][\wåäö-]+)\s+(?i:" + "|".join(sv_pattern(v) for v in sorted(words("acting_verbs")))
                    + r")(?![\wåäö])")


def agency_acting(body: str, offset: int) -> tuple[str, int, int] | None:
    """(name, start, end) of the first agency that acts in an operative sentence ("Regeringen
    beslutar att …") near the start of the document, or None."""
    for match in ACTING.finditer(body[:ACTING_CHARS]):
        name = agency_name(match.group(1))
        if name and not under_recounting_heading(body, match.start()):
            return name, offset + match.start(1), offset + match.end(1)
    return None


# Sections that recount the matter: an act told there is the matter's ("Sammanfattning\nRegeringen
# föreslår riksdagen …" in a kommun's remissyttrande), not the document's own.
RECOUNTING = frozenset({"sammanfattning", "bakgrund", "ärendet"})


def under_recounting_heading(body: str, at: int) -> bool:
    """The nearest heading line above the position names a section that recounts the matter."""
    for line in reversed(body[:at].split("\n")[:-1]):
        named = heading_name(line) if 0 < len(line.strip()) <= 40 else None
        if named is not None:
            return named[0] in RECOUNTING
    return False
