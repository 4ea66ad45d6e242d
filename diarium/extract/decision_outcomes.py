"""Decisions told as outcomes: a § with no Beslut heading and no decision found elsewhere,
whose closing sentence reports what the body did in the passive ("Utsänt förslag till
dagordning godkändes.", "Informationen noteras.", "Motionen anses besvarad."). That sentence is
the §'s decision. Only the § block's own last paragraph is read, and only its last sentence:
the outcome closes the §, the text before it is the ärende's story (an earlier body's "antogs").
The verbs are data (`language/data/outcome_verbs.txt`).

>>> from diarium.structure import analyse
>>> text = ("§ 1 Val av justerare\\n\\nAnna Berg utsågs att justera dagens protokoll.\\n\\n"
...         "§ 2 Anmälan\\n\\nAnmäldes att protokollet är justerat.\\n\\n"
...         "§ 3 Information\\n\\nChefen informerade om läget. Informationen noteras.\\n")
>>> [(i.text, c.key) for i, c in outcome_items(analyse(text), text, [])]
[('Anna Berg utsågs att justera dagens protokoll.', '§ 1'), ('Informationen noteras.', '§ 3')]
>>> text = ("§ 4 Rapport\\n\\nDnr 2020/17\\n\\nFörelåg en rapport från vd.\\n\\n"
...         "Styrelsen beslöt godkänna rapporten.\\n\\nHandlingar\\nLäs rapporten (PDF)\\n")
>>> [(i.text, c.key) for i, c in outcome_items(analyse(text), text, [])]
[('Styrelsen beslöt godkänna rapporten.', '§ 4')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.decision_items import Item, group_items
from diarium.extract.decision_pieces import Piece
from diarium.extract.decision_enacting import board_subject
from diarium.extract.decision_tables import Context, dnr_key
from diarium.extract.first_document import walk
from diarium.extract.patterns import plain_alternation
from diarium.language import words
from diarium.schemas.structure import Paragraph, Structure

# A sentence's end: a full stop (not of a small number or an abbreviation's single letter)
# before white space and a capital.
SENTENCE_END = re.compile(r"(?<![\s(]\d)(?<!\b[a-zåäö])[.!?](?=\s+[A-ZÅÄÖ])")


@lru_cache(maxsize=1)
def outcome_verb() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w-])(?:{plain_alternation(words('outcome_verbs'))})(?![\w-])")


def outcome_items(structure: Structure, text: str, found: list[Item]) -> list[tuple[Item, Context]]:
    """The outcome sentence of each § block that holds no decision yet."""
    out: list[tuple[Item, Context]] = []
    for section, _ in walk(structure.sections):
        heading = section.heading
        if heading is None or heading.kind != "paragraph":
            continue
        if any(section.start <= item.start < section.end for item in found):
            continue
        paragraphs = [p for part in section.walk() for p in part.paragraphs]
        piece = outcome_sentence(closing_paragraph(paragraphs, text), text) if paragraphs else None
        if piece is not None:
            context = Context(f"§ {heading.number}", dnr_key(heading.dnr), heading.start, heading.end)
            out += [(item, context) for item in group_items([piece])]
    return out


def closing_paragraph(paragraphs: list[Paragraph], text: str) -> Paragraph:
    """The § block's last paragraph that ends a sentence: a web page's link line or a list of
    recipients after the outcome ("Ärendedokument / Läs dokument (PDF)") closes no sentence."""
    sentences = [p for p in paragraphs if text[p.start:p.end].rstrip().endswith(".")]
    return sentences[-1] if sentences else paragraphs[-1]


@lru_cache(maxsize=1)
def board_decided() -> re.Pattern[str]:
    """The outcome told in the active, the board its subject: "Styrelsen beslöt godkänna …"."""
    return re.compile(rf"^\s*{board_subject()}\s+{plain_alternation(words('decided_verbs'))}\s")


def outcome_sentence(paragraph: Paragraph, text: str) -> Piece | None:
    """The paragraph's last sentence, when one of its words is an outcome verb."""
    raw = text[paragraph.start:paragraph.end]
    ends = [m.end() for m in SENTENCE_END.finditer(raw)]
    start = ends[-1] if ends else 0
    sentence = raw[start:]
    if not sentence.strip().endswith(".") or not (outcome_verb().search(sentence)
                                                  or board_decided().match(sentence)):
        return None
    lines, at = [], paragraph.start + start
    for line in sentence.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            lines.append((at + lead, at + len(line.rstrip()), line.strip()))
        at += len(line) + 1
    return Piece(lines)

