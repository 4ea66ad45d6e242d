"""Decisions that only point back to the proposal stated above them: "Beslut: enligt förslag"
under an ärende whose text says "Regionfullmäktige beslutar att notera rapporten." The decision
is that proposal: the nearest paragraph before the line, in the same section, in which a body
acts ("Regionstyrelsen föreslår regionfullmäktige besluta att …", "Fullmäktige beslutade …").
The pointing phrases are data (`language/data/decision_references.txt`).

>>> from diarium.structure import analyse
>>> text = ("Ärenden\\n\\n4. Anmälningsärenden\\n\\nTvå rapporter har kommit in.\\n\\n"
...         "Regionfullmäktige beslutar att notera rapporterna.\\n\\nBeslut: enligt förslag\\n\\n"
...         "5. Val\\n\\nBeslut: enligt förslag.\\n")
>>> [(i.text, c.key, line.text) for i, c, line in reference_items(analyse(text), text)]
[('Regionfullmäktige beslutar att notera rapporterna.', 'ärende 4', 'Beslut: enligt förslag')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.decision_items import Item, group_items
from diarium.extract.decision_pieces import Piece
from diarium.extract.decision_tables import Context
from diarium.extract.first_document import walk
from diarium.extract.patterns import alternation, bodies
from diarium.language import words
from diarium.schemas.structure import Paragraph, Section, Structure
from diarium.structure.names import heading_name
from diarium.text import squash

DECISION_NAMES = ("beslut",)


@lru_cache(maxsize=1)
def acting_body() -> re.Pattern[str]:
    """A paragraph that opens with a body and a verb in any tense: "Regionfullmäktige beslutade",
    "Nämnden för Teknik föreslår", "Kommunstyrelsen godkänner"."""
    forms = [form for body in bodies("board") for form in body.forms]
    body = rf"(?:[A-ZÅÄÖ][a-zåäö-]*{alternation(forms)}|{alternation(f.capitalize() for f in forms)})"
    named = r"(?:\s+för\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:&|och)\s+[A-ZÅÄÖ][\wåäö-]*)?)?"
    return re.compile(rf"^{body}{named}\s+[a-zåäö]{{3,}}\s")


def labelled(paragraph: Paragraph) -> str | None:
    """The words after a decision label that opens the paragraph ("Beslut: …"), else None."""
    if ":" not in paragraph.text:
        return None
    label, colon, rest = squash(paragraph.text).partition(":")
    found = heading_name(label) if colon else None
    return rest.strip() if found is not None and found[0] in DECISION_NAMES and found[1] is None else None


def points_back(paragraph: Paragraph) -> bool:
    """A decision label and nothing but a pointing phrase: "Beslut: enligt förslag."."""
    rest = labelled(paragraph)
    return rest is not None and rest.rstrip(".").casefold() in words("decision_references")


def reference_items(structure: Structure, text: str) -> list[tuple[Item, Context, Paragraph]]:
    """The proposal each pointing decision line names, placed by its section's agenda number,
    with the line (whose own words are then no decision)."""
    out: list[tuple[Item, Context, Paragraph]] = []
    for section, _ in walk(structure.sections):
        for k, paragraph in enumerate(section.paragraphs):
            if not points_back(paragraph):
                continue
            stated = proposal_before(section.paragraphs[:k])
            if stated is not None:
                spans = stated.lines or [stated]
                piece = Piece([(span.start, span.end, text[span.start:span.end]) for span in spans])
                out += [(item, section_context(section), paragraph) for item in group_items([piece])]
    return out


def proposal_before(paragraphs: list[Paragraph]) -> Paragraph | None:
    """The nearest paragraph in which a body acts, not across an earlier decision line (an
    ärende before it with no heading of its own)."""
    for paragraph in reversed(paragraphs):
        if labelled(paragraph) is not None:
            return None
        if acting_body().match(squash(paragraph.text)):
            return paragraph
    return None


def section_context(section: Section) -> Context:
    heading = section.heading
    if heading is not None and heading.kind == "numbered" and heading.number and "." not in heading.number:
        return Context(f"ärende {heading.number}", None)
    return Context(f"ärende @{section.start}")
