"""Decision headings named by their owner inside a page that lost its line breaks:
"Länsstyrelsens beslut Länsstyrelsen beslutar …", "Ordförandens förslag 1. Förslaget antas.".

On a printed page such a heading is a line of its own and `heading_name` reads the owner's
genitive before the heading word. In a flat line the owner is the only capital: the heading
word after it is printed in lower case, so `flat_lines` (which wants the heading's capital)
passes it by. When the page has a plain decision heading too, that one heads the decision and
the owner-named one is the document's kind over its title. Here it stands where a heading stands — a capitalised genitive, a decision
heading word, and over it what a heading stands over (a capitalised word, an att-clause, a list
number or a colon) — and not run into from a small word ("enligt Länsstyrelsens beslut …").
A transcript that dropped the body's name leaves a plain heading over the verb ("Beslut beslutar
att …"): that heading too stands where a heading stands.

>>> text = ("Beslut om utvidgning av naturreservatet Ekeby Länsstyrelsens beslut Länsstyrelsen "
...         "beslutar att utvidga naturreservatet Skälen för beslutet")
>>> [(text[s:e], name) for s, e, name in owned_headings(text)]
[('Länsstyrelsens beslut', 'beslut')]
>>> text = "Ordförandens förslag 1. Förslaget antas. Sammanfattning Avtalet gäller"
>>> [text[s:e] for s, e, _ in owned_headings(text)]
['Ordförandens förslag']
>>> owned_headings("Ärendet gäller enligt Nämndens beslut Kommunen ska betala")
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.language import table, words
from diarium.language.letters import sv_pattern
from diarium.schemas.structure import Heading, TextLine
from diarium.structure.flat_lines import OVER, QUALIFIER, word_before
from diarium.structure.names import heading_name

DECISION_NAMES = ("beslut", "förslag till beslut", "förslag")
# The owner: one capitalised word in the genitive ("Länsstyrelsens", "Ordförandens").
OWNER = r"[A-ZÅÄÖ][a-zåäö-]{2,}s"


@lru_cache(maxsize=1)
def _owned_pattern() -> re.Pattern[str]:
    """A capitalised genitive, then a decision heading's words in lower case, longest first."""
    forms = sorted({surface.strip().casefold() for name, surfaces in table("headings").items()
                    if name in DECISION_NAMES for surface in surfaces.split("|")
                    if surface.strip() and len(surface.split()) <= 3}, key=len, reverse=True)
    printed = "|".join(sv_pattern(form) for form in forms if not form.split()[0].endswith("s"))
    return re.compile(rf"(?<![\w§-])(?P<owner>{OWNER})\s+(?P<form>{printed})(?P<qualifier>{QUALIFIER})"
                      rf"(?![\w-]){OVER}")


def owned_headings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of the owner-named decision headings inside a flat line."""
    small = words("function_words")
    found = []
    for match in _owned_pattern().finditer(text):
        if word_before(text, match.start()).casefold() in small:
            continue                    # "enligt Nämndens beslut …": part of a phrase
        named = heading_name(match.group(0).strip())
        if named is not None and named[0] in DECISION_NAMES:
            found.append((match.start(), match.end(), named[0]))
    return found


@lru_cache(maxsize=1)
def _subjectless_pattern() -> re.Pattern[str]:
    """A decision heading as printed (its capital) over the act whose subject the transcript
    dropped: "Beslut beslutar att …"."""
    forms = sorted({surface.strip() for name, surfaces in table("headings").items() if name in DECISION_NAMES
                    for surface in surfaces.split("|") if surface.strip()}, key=len, reverse=True)
    printed = "|".join(sv_pattern(form) for form in forms)
    return re.compile(rf"(?<![\w§-])(?P<form>{printed})(?=\s+(?:{'|'.join(words('decision_verbs'))})[\s,])")


def subjectless_headings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of the decision headings over an act with no subject.

    >>> text = "64 Ändring i taxan Beslut beslutar att ändra taxan från 1 juli Ärende Nya regler gäller"
    >>> [text[s:e] for s, e, _ in subjectless_headings(text)]
    ['Beslut']
    """
    small = words("function_words")
    found = []
    for match in _subjectless_pattern().finditer(text):
        named = heading_name(match.group("form"))
        if word_before(text, match.start()).casefold() not in small and named is not None:
            found.append((match.start(), match.end(), named[0]))
    return found


def flat_owned_headings(line: TextLine, taken: list[Heading]) -> list[Heading]:
    """The decision headings over an act with no subject, and the owner-named decision headings
    of one flat line, that no other heading overlaps; the owner-named ones only when
    the line has no decision heading of the plain form: then the owner-named one is the
    document's kind over its title ("Landstingsstyrelsens förslag till beslut Avtal med …"),
    the page's decision stands under the plain one."""
    out = []
    owned = [] if any(h.name in DECISION_NAMES for h in taken) else owned_headings(line.text)
    for start, end, name in owned + subjectless_headings(line.text):
        at, to = line.start + start, line.start + end
        if any(h.start < to and at < h.end for h in taken):
            continue
        out.append(Heading(page=line.page, start=at, end=to, text=line.text[start:end], kind="named",
                           title=line.text[start:end].rstrip(":"), name=name))
    return out
