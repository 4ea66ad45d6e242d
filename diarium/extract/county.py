"""A county agency's full name from its letterhead: "Länsstyrelsen" found as the body that
decides, and the county printed on a line of its own in the head ("Hallands län"), make
"Länsstyrelsen i Hallands län". Agencies from `county_agencies.txt`, counties from
`counties.txt`.

>>> in_county(("Länsstyrelsen", 40, 53), [(0, "LÄNSSTYRELSEN"), (14, "JÄMTLANDS LÄN"), (28, "BESLUT")])
('Länsstyrelsen i Jämtlands län', 40, 53)
>>> in_county(("Länsstyrelsen", 40, 53), [(0, "Beslut"), (7, "Ansökan från Jämtlands län")])
('Länsstyrelsen', 40, 53)
>>> in_county(("Länsstyrelsen", 40, 53), [(0, "Beslut 1 / 9 Förvaltare: Länsstyrelsen Värmlands län Postadress")])
('Länsstyrelsen i Värmlands län', 40, 53)
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.language import words
from diarium.language.letters import sv_pattern

Found = tuple[str, int, int]


@lru_cache(maxsize=1)
def county_line() -> re.Pattern[str]:
    """A head column that is a county's name and nothing else: "Hallands län", "UPPSALA LÄN"."""
    names = "|".join(sv_pattern(name) for name in sorted(words("counties"), key=len, reverse=True))
    return re.compile(rf"(?i)^\s*((?:{names})s?\s+län)\s*$")


@lru_cache(maxsize=None)
def named_with_county(agency: str) -> re.Pattern[str]:
    """The agency's full name inside a column (a flat page's footer field): "Länsstyrelsen
    Hallands län", "LÄNSSTYRELSEN I HALLANDS LÄN"."""
    names = "|".join(sv_pattern(name) for name in sorted(words("counties"), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-]){sv_pattern(agency)}\s+(?:i\s+)?((?:{names})s?\s+län)(?![\w-])")


def in_county(found: Found | None, head: list[tuple[int, str]]) -> Found | None:
    """The agency's name with the county its head prints, else as found."""
    if found is None or found[0] not in words("county_agencies"):
        return found
    matches = [county_line().match(column) for _, column in head]
    matches += [named_with_county(found[0]).search(column) for _, column in head]
    match = next((m for m in matches if m), None)
    if match is None:
        return found
    parts = match.group(1).split()
    county = " ".join([*(p.capitalize() if p.isupper() else p for p in parts[:-1]), "län"])
    return f"{found[0]} i {county}", found[1], found[2]
