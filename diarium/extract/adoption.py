"""The body that adopted the file's document and the date it did, as the head of a styrdokument
or a taxa's web page prints them: "Fastställd av kommunfullmäktige 14 april 2031 § 27.",
"Antagen av kommunstyrelsen 2019-05-14". Read where nothing else in the head names the issuer
or the date: the adopting body is the one whose document it is.

>>> adopted([(0, "Taxa för tillsyn"), (17, "Fastställd av kommunfullmäktige 14 april 2031 § 27.")])
('Kommunfullmäktige', 31, 48, '2031-04-14', 49, 62)
>>> adopted([(0, "Kommunfullmäktige fastställde taxan 14 april 2031.")]) is None
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.body_names import BOARD, canonical
from diarium.extract.date_phrases import DATE, iso_date
from diarium.language import words

Adopted = tuple[str, int, int, str | None, int, int]   # (body, start, end, date, start, end)


@lru_cache(maxsize=1)
def adoption() -> re.Pattern[str]:
    participle = "|".join(sorted(words("adopted_words"), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\wåäö-])(?:{participle})\s+av\s+(?-i:(?P<board>{BOARD}))(?![\wåäö-])"
                      rf"(?:\s*,?\s*(?:den\s+)?(?P<date>{DATE.pattern[4:]}))?")


def adopted(head: list[tuple[int, str]]) -> Adopted | None:
    """(body, its span, ISO date or None, its span) of the first adoption line of the head."""
    for offset, column in head:
        match = adoption().search(column)
        if match is None:
            continue
        date = iso_date(match.group("date")) if match.group("date") else None
        at = (offset + match.start("date"), offset + match.end("date")) if date else (-1, -1)
        return canonical(match.group("board")), offset + match.start("board"), offset + match.end("board"), date, *at
    return None
