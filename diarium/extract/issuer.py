"""A title that names its issuer in the genitive: "Justitiekanslerns beslut",
"Konstitutionsutskottets betänkande", "Länsstyrelsens yttrande" — a line of its own in the
first document's head. It gives both the issuer (in the nominative) and the kind of document
(`issued_kinds.tsv`). Web copies of a body's decisions and reports carry no letterhead; this
title is where they say who issued them.

>>> issued_by([(0, "Diarienr: 1234-18 / Beslutsdatum: 7 nov 2018"), (40, "Justitiekanslerns beslut")])
('Justitiekanslern', 'annat', 40, 56)
>>> issued_by([(0, "Konstitutionsutskottets betänkande")])
('Konstitutionsutskottet', 'annat', 0, 22)
>>> issued_by([(0, "Nämndens beslut")]) is None      # a board word alone names no body
True
>>> issued_by([(0, "Ekeby kommun har fattat beslut")]) is None
True
>>> flat_issued_by([(0, "Datum Dnr Ekeby kommun Tillsyn Skatteverkets beslut Skatteverket konstaterar att"),
...                 (80, "bolaget ska betala. Skatteverket bedömer att Skatteverket kan besluta.")])
('Skatteverket', 'annat', 31, 43)
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.agency import AGENCIES
from diarium.extract.patterns import bodies
from diarium.language import table
from diarium.language.letters import sv_pattern

Issued = tuple[str, str, int, int]     # (issuer, kind, start, end of the issuer's name)
# The agency whose decision a text is names itself again as the subject of its sentences.
AGENCY_RETURNS = 2


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern[str]:
    """"<Name>s <kind word>": the name a compound ending in a board's definite form
    ("…utskottet", "…nämnden", "Kommunfullmäktige") or any capitalised word (checked against
    the agencies afterwards)."""
    definite = "|".join(sorted({sv_pattern(b.definite) for b in bodies("board")}, key=len, reverse=True))
    kinds = "|".join(sv_pattern(word) for word in table("issued_kinds"))
    return re.compile(rf"^\s*(?P<name>[A-ZÅÄÖ][a-zåäö-]*?(?:(?<=[a-zåäö])(?P<board>{definite})|[a-zåäö]))s"
                      rf"\s+(?P<kind>{kinds})\s*$")


def issued_by(head: list[tuple[int, str]]) -> Issued | None:
    """(issuer, kind, start, end) of the first head column that is such a title, or None."""
    for offset, column in head:
        match = title_pattern().match(column)
        if match is None:
            continue
        name = match.group("name")
        issuer = name if match.group("board") else AGENCIES.get(name.casefold())
        if issuer:
            kind = table("issued_kinds")[match.group("kind").lower()]
            return issuer, kind, offset + match.start("name"), offset + match.end("name")
    return None


@lru_cache(maxsize=1)
def flat_title_pattern() -> re.Pattern[str]:
    """The title inside a line that lost its breaks, its issuer opening the next sentence:
    "… Skatteverkets beslut Skatteverket konstaterar att …"."""
    kinds = "|".join(sv_pattern(word) for word in table("issued_kinds"))
    return re.compile(rf"(?<![\wåäö-])(?P<name>[A-ZÅÄÖ][a-zåäö-]*[a-zåäö])s\s+(?P<kind>{kinds})\s+(?P=name)(?![\wåäö-])")


def flat_issued_by(head: list[tuple[int, str]]) -> Issued | None:
    """(issuer, kind, start, end) of an agency's title inside a flat head's column, or None. The
    agency whose decision it is goes on as the subject of its sentences; a notice that tells of
    its decision ("… Länsstyrelsens beslut Länsstyrelsen upphävde …") names it once or twice.

    >>> flat_issued_by([(0, "Datum Skatteverkets beslut Skatteverket anser att bolaget ska betala.")])
    >>> ruling = "Datum Skatteverkets beslut Skatteverket anser att bolaget ska betala. Skatteverket bedömer"
    >>> flat_issued_by([(0, ruling), (100, "att beloppet är rätt. Skatteverket avslår begäran.")])[0]
    'Skatteverket'
    """
    for k, (offset, column) in enumerate(head):
        for match in flat_title_pattern().finditer(column):
            issuer = AGENCIES.get(match.group("name").casefold())
            after = [column[match.end():]] + [text for _, text in head[k + 1:]]
            if issuer and _returns(match.group("name"), after) >= AGENCY_RETURNS:
                kind = table("issued_kinds")[match.group("kind").lower()]
                return issuer, kind, offset + match.start("name"), offset + match.end("name")
    return None


def _returns(name: str, texts: list[str]) -> int:
    """How often `name` stands in `texts` as a word of its own."""
    word = re.compile(rf"(?<![\wåäö-]){re.escape(name)}(?![\wåäö-])")
    return sum(len(word.findall(text)) for text in texts)
