"""Decision headings by name: "Beslut", "Förslag till beslut i kommunstyrelsen",
"Förvaltningens förslag", also behind an owner of several words ("Barn- och
utbildningsnämndens förslag till beslut") and with OCR's marks at the line's edges
("Beslut |"). The names come from `language/data/headings.tsv` (`structure.names`).

>>> line_is_decision_heading("Barn- och utbildningsnämndens förslag till beslut")
True
>>> line_is_decision_heading("Beslut |"), line_is_decision_heading("Förslag till åtgärder")
(True, False)
>>> line_is_decision_heading("Förslag till kommunfullmäktige"), line_is_decision_heading("Förslag till prioritering")
(True, False)
>>> line_is_decision_heading("Förslag till nämndens beslut"), line_is_decision_heading("Förslag till kommunfullmäktiges beslut")
(True, True)
>>> line_is_decision_heading("HOVRÄTTENS DOMSLUT"), line_is_decision_heading("Skälen för regeringens beslut")
(True, False)
>>> line_is_decision_heading("Nämnden beslutar enligt förvaltningens förslag")
False
>>> other_heading_line(".Sammanfattning av ärendet"), other_heading_line("Beslut")
(True, False)
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.patterns import bodies
from diarium.language import table, words
from diarium.structure.body import ends_sentence
from diarium.structure.names import heading_name
from diarium.text import squash

MAX_OWNER_WORDS = 5
DECISION_NAMES = ("beslut", "förslag till beslut", "förslag")
BODY_FORMS = tuple(form for body in bodies("board", "organisation", "government") for form in body.forms)
# "Beslut |", ".Sammanfattning": OCR reads a rule or a speck at the edge of a heading as a mark.
OCR_EDGES = re.compile(r"^[|¦«»•*.,'`]+\s*|\s*[|¦«»•*]+$")
# Who a heading is by, in brackets after it: "Reservation (SD)", "Särskilt yttrande (V)".
BY_WHOM = re.compile(r"\s+\([A-ZÅÄÖ][\wåäö, ]{0,20}\)$")


def is_decision_heading(name: str | None, qualifier: str | None, title: str) -> bool:
    """Beslut, Förslag till beslut (… i kommunstyrelsen), or a förslag that someone makes or
    that is addressed to someone ("Förvaltningens förslag", "Förslag till nämnden")."""
    if name in ("beslut", "förslag till beslut"):
        return True
    if name != "förslag":
        return False
    first = squash(title).split(" ", 1)[0].casefold()
    return qualifier is not None and names_body(qualifier) or (first.endswith("s") and not first.startswith("förslag"))


def names_body(words_: str) -> bool:
    """A body is named ("till kommunfullmäktige", "i nämnden"): a förslag addressed to one is a
    decision heading, a förslag of something ("Förslag till prioritering") is a heading of the text."""
    return any(bare_body(token.strip(".,:;()").casefold()) for token in words_.split())


def bare_body(token: str) -> bool:
    """A body's name, also in the genitive ("till nämndens beslut", "till kommunfullmäktiges beslut")."""
    return token.endswith(BODY_FORMS) or token.endswith("s") and token[:-1].endswith(BODY_FORMS)


@lru_cache(maxsize=1024)
def line_is_decision_heading(line: str) -> bool:
    """A decision heading, also behind an owner of several words ("Barn- och
    utbildningsnämndens förslag till beslut", "Kommunstyrelsens arbetsutskotts förslag")."""
    line = OCR_EDGES.sub("", squash(line))
    if not line[:1].isupper() or ". " in line:
        return False                  # a heading starts with a capital and holds no sentence end
    found = heading_name(line)
    if found is not None:
        return is_decision_heading(found[0], found[1], line)
    if not line[:1].isupper() or ends_sentence(line):
        return False
    tokens = line.split()
    if tokens[0] in other_heading_starts():
        return False                  # "Skälen för regeringens beslut": the reasons, no owner's decision
    for k, token in enumerate(tokens[:MAX_OWNER_WORDS]):
        genitive = token.casefold().endswith("s")        # also in capitals: "…DOMSTOLENS DOMSLUT"
        if not owner_word(token, last=genitive):
            return False
        if genitive:
            rest = heading_name(" ".join(tokens[k + 1:]))
            if rest is not None and (rest[0] == "förslag" or is_decision_heading(*rest, " ".join(tokens[k + 1:]))):
                return True
    return False


@lru_cache(maxsize=1)
def other_heading_starts() -> frozenset[str]:
    """The first words of the other headings of several words ("Skälen för beslutet",
    "Sammanfattning av ärendet") that no decision heading starts with: never an owner's name."""
    names = table("headings")
    decision = {surface.split()[0] for name, printed in names.items() if name in DECISION_NAMES
                for surface in printed.split(" | ") if surface.strip()}
    return frozenset(surface.split()[0] for name, printed in names.items() if name not in DECISION_NAMES
                     for surface in printed.split(" | ") if len(surface.split()) >= 2) - decision


@lru_cache(maxsize=1024)
def other_heading_line(line: str) -> bool:
    """A named heading that is not a decision heading, also with OCR's marks at its edges
    (".Sammanfattning av ärendet"): where decisions the structure ran on into end."""
    line = BY_WHOM.sub("", OCR_EDGES.sub("", squash(line)))
    if not line[:1].isupper() or ". " in line or line.endswith("."):
        return False
    found = heading_name(line)
    return found is not None and found[1] is None and not is_decision_heading(found[0], None, line)


def owner_word(token: str, last: bool) -> bool:
    """A word of a body's name in the genitive: capitalised, a hyphenated first part ("Barn-"),
    a small word ("och"), or the genitive itself ("utbildningsnämndens")."""
    return last or token[:1].isupper() or token.endswith("-") or token.casefold() in words("function_words")
