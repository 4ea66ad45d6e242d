"""Decisions: the items under "Förvaltningens förslag till beslut", "Förslag till beslut",
"Beslut", "Nämnden beslutar" — numbered or single, joined across line (and page) breaks, list
dashes dropped, each once even when the document repeats them.

>>> text = '''Förvaltningens förslag till beslut
... 1. Socialnämnden beslutar att godkänna partnerskap med
...
... - Convictus organisationsnummer 802012-1581,
... - Stockholms stadsmission organisationsnummer 802003-
... 1954.
... 2. Paragrafen justeras omedelbart.
...
... Lena Lundström Stoltz  Lisa Cadenius'''
>>> [(d.number, d.text) for d in find_decisions(text)]
[(1, 'Socialnämnden beslutar att godkänna partnerskap med Convictus organisationsnummer 802012-1581, Stockholms stadsmission organisationsnummer 802003-1954.'), (2, 'Paragrafen justeras omedelbart.')]
>>> [(d.number, d.text) for d in find_decisions(
...     "Förvaltningens förslag till beslut\\nSocialnämnden godkänner slutrapporten.\\n\\nSammanfattning\\n")]
[(None, 'Socialnämnden godkänner slutrapporten.')]
>>> [(d.number, d.text) for d in find_decisions("§ 23  Dnr IFN-2024-0112\\nBeslut\\n"
...     "Individ- och familjenämnden beslutar\\n1. att ingå partnerskapet,\\n2. att uppdra åt socialchefen\\n"
...     "att teckna överenskommelsen.\\n\\nÄrendet\\n")]
[(1, 'att ingå partnerskapet'), (2, 'att uppdra åt socialchefen att teckna överenskommelsen.')]
>>> [(d.number, d.text) for d in find_decisions("Vi föreslår att socialnämnden beslutar\\n"
...     "att ge förvaltningen i uppdrag att utreda ett bidrag,\\natt redovisa uppdraget i november.\\n")]
[(None, 'att ge förvaltningen i uppdrag att utreda ett bidrag'), (None, 'att redovisa uppdraget i november.')]
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from diarium.extract.evidence import evidence
from diarium.text import BULLET, join_lines, lines_with_offsets
from diarium.language.letters import sv_pattern
from diarium.schemas import Decision
from diarium.schemas.structure import Structure

HEADINGS = [
    "Förvaltningens förslag till beslut", "Förvaltningens förslag", "Förslag till beslut",
    "Kommunstyrelsens förslag till beslut", "Arbetsutskottets förslag till beslut",
    "Utskottets förslag till beslut", "Nämndens beslut", "Beslutsförslag", "Beslut",
    "Nämnden beslutar", "Förslag till nämnden",
]
HEADING = re.compile(
    r"(?i)^\s*(?=(?-i:[A-ZÅÄÖ]))(?:[\w-]+s\s+)?(?:" + "|".join(sv_pattern(h) for h in HEADINGS) + r")\s*[:|]?\s*$")
# "Socialnämnden beslutar" / "Kommunstyrelsen beslutar att" as a heading of its own
BOARD_DECIDES = re.compile(
    r"^\s*(?:[A-ZÅÄÖ][\wåäö-]*-\s+(?:och|samt)\s+|[A-ZÅÄÖ][\wåäö-]*\s+){0,3}?[\wåäö-]*(?:n[äaéid4]{1,2}mnden|styrelsen|fullm[äa]ktige|utskottet|[Nn][äaéid4]{1,2}mnden)"
    r"(?:\s+[A-ZÅÄÖ][\wåäö]*(?:-[A-ZÅÄÖ][\wåäö]*)?)?\s+(?:beslutar|föreslås\s+besluta|föreslår\s+\w+\s+besluta)\s*(?:att|följande)?\s*:?\s*$"
    # "Förvaltningen föreslår att socialnämnden beslutar att:"
    r"|^\s*[A-ZÅÄÖ][\wåäö-]*\s+föreslår\s+(?:att\s+)?[\wåäö-]*(?:nämnden|styrelsen|fullmäktige)\s+"
    r"(?:beslutar|besluta)\s*(?:att|följande)?\s*[:.]?\s*$")
# "1. Socialnämnden", "» 1. förlänga" and OCR's "4.'Socialnämnden"
NUMBERED = re.compile(r"^\s*(?:[»«•*·-]\s*)?(?P<n>\d{1,2})\s*[.):](?:\s+|['’‘`´]\s*)(?P<rest>\S.*)$")
PAGE_FURNITURE = re.compile(
    r"(?i)^\s*(?:sida\s+\d+(?:\s*\(\d+\)|\s+av\s+\d+)?|sid\s+\d+.*|\d+\s*\(\d+\)|" + sv_pattern("Tjänsteutlåtande") +
    r"|dnr\b.*|diarienummer\b.*|justerandes\s+sign.*|utdragsbestyrkande.*|protokoll\b.*|sammanträdesdatum.*|\d{4}-\d{2}-\d{2})\s*$")
ENDS_ITEM = re.compile(
    r"(?<!\bt\.o\.m)(?<!\bfr\.o\.m)(?<!\bt\.ex)(?<!\bbl\.a)(?<!\bm\.m)(?<!\bm\.fl)(?<!\bkl)(?<!\bnr)"
    r"(?<!\bresp)(?<!\bca)(?<!\bs\.k)(?<!\binkl)(?<!\bexkl)(?<!\bd\.v\.s)[.!?]\s*$")
MAX_ITEM_LINES = 20
ATT = re.compile(r"^\s*(?:[-–•*]\s*)?att\s")
ATT_ENDS = re.compile(r"(?:[,;.]|\s(?:och|samt))\s*$")


def is_heading(line: str) -> bool:
    return bool(HEADING.match(line) or BOARD_DECIDES.match(line))


def items_after(lines: list[tuple[int, str]], first: int) -> list[tuple[int | None, list[tuple[int, str]]]]:
    """Items from lines[first:]: numbered ones in sequence, or one unnumbered paragraph."""
    items: list[tuple[int | None, list[tuple[int, str]]]] = []
    current: list[tuple[int, str]] = []
    number: int | None = None
    for offset, line in lines[first:]:
        stripped = line.strip()
        numbered = NUMBERED.match(line)
        if not stripped or PAGE_FURNITURE.match(line):
            if current and not stripped and number is None and ENDS_ITEM.search(current[-1][1]):
                break      # a single decision ends with its paragraph
            continue
        if numbered and (number is None and not current or number is not None
                         and int(numbered.group("n")) == number + 1):
            if current:
                items.append((number, current))
            number = int(numbered.group("n"))
            current = [(offset + numbered.start("rest"), numbered.group("rest"))]
            continue
        if number is None and current and ATT.match(line) and ATT.match(current[0][1]) \
                and ATT_ENDS.search(current[-1][1]):
            items.append((None, current))       # "att ge ...,\natt redovisa ...": one item per att
            current = [(offset, line)]
            continue
        if current and (not ENDS_ITEM.search(current[-1][1]) or BULLET.match(line)) \
                and len(current) < MAX_ITEM_LINES and not is_heading(line):
            current.append((offset, line))
            continue
        if current or is_heading(line):
            break
        current = [(offset, line)]     # the first line of an unnumbered decision
    if current:
        items.append((number, current))
    return items


def decision_from(number: int | None, lines: list[tuple[int, str]], text: str,
                  lead_in: str = "") -> Decision | None:
    """One decision; an unnumbered one keeps its lead-in ("Kommunstyrelsen beslutar") and
    loses its list dashes."""
    body = join_lines([BULLET.sub("", lines[0][1]), *(line for _, line in lines[1:])])
    body = re.sub(r"(?:[,;]|\s+(?:och|samt))\s*$", "", body)
    if lead_in and number is None:
        body = f"{' '.join(lead_in.split()).rstrip(':')} {body}"
    if len(body) < 8 or not re.search(r"[a-zåäö]{3}", body):
        return None
    start = lines[0][0] + len(lines[0][1]) - len(lines[0][1].lstrip())
    end = lines[-1][0] + len(lines[-1][1].rstrip())
    return Decision(number=number, text=body, evidence=[evidence(text, start, end)])


def same(a: Decision, b: Decision) -> bool:
    return a.number == b.number and fuzz.ratio(a.text.casefold(), b.text.casefold()) >= 90


def find_decisions(text: str, structure: Structure | None = None) -> list[Decision]:
    """The decision items under every decision heading, repeats merged."""
    lines = lines_with_offsets(text)
    found: list[Decision] = []
    for index, (_, line) in enumerate(lines):
        if not is_heading(line):
            continue
        lead_in = line if BOARD_DECIDES.match(line) else ""
        items = items_after(lines, index + 1)
        if len(items) > 1:
            lead_in = ""          # a list of items stands without the lead-in, like numbered ones
        for number, item_lines in items:
            decision = decision_from(number, item_lines, text, lead_in)
            if decision is None:
                continue
            twin = next((d for d in found if same(d, decision)), None)
            if twin:
                twin.evidence.extend(decision.evidence)
            else:
                found.append(decision)
    return found
