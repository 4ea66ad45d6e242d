"""Decisions after a deciding lead-in outside a decision heading ("Vi föreslår att socialnämnden
beslutar" / "att …"): the lead-in's items, and what belongs to them."""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.decision_marks import motion
from diarium.extract.decision_pieces import Piece, is_att, is_lead_in
from diarium.extract.patterns import plain_alternation
from diarium.language import words


@lru_cache(maxsize=1)
def lead_verbs() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b{plain_alternation(words('lead_in_verbs'))}\b")


def lead_verb(text: str) -> bool:
    """The text names the act of deciding ("… beslutar", "… beslutar att:"), not only a colon."""
    return bool(lead_verbs().search(text))


def list_after_lead_in(pieces: list[Piece]) -> list[Piece]:
    """Outside a decision heading: a lead-in that decides ("Vi föreslår att socialnämnden
    beslutar") and the att or numbered items right after it; else nothing. A member's yrkande
    ("Anna Berg yrkade att styrelsen beslutar" / "att …") proposes, it does not decide."""
    for k, piece in enumerate(pieces[:-1]):
        if not (is_lead_in(piece.text) and lead_verb(piece.text)) or motion(piece.text):
            continue
        end = k + 1
        while end < len(pieces) and (item_piece(pieces[end]) or end > k + 1 and content_of(pieces[k + 1:end])):
            end += 1
        if end > k + 1:
            return pieces[k:end]
    return []


def lead_in_scope(pieces: list[Piece]) -> list[Piece]:
    """A lead-in heading outside a decision heading ("Regionstyrelsen beslutar att") and what
    completes it: its att, numbered or bulleted items (and what runs on from them), or else the
    one paragraph that finishes its sentence; the paragraphs after that one are the text of the
    page (a web summary's next ärende), not decisions."""
    if len(pieces) < 2 or item_piece(pieces[1]) or pieces[1].item is not None:
        return pieces
    return pieces[:2]


def content_of(items: list[Piece]) -> bool:
    """The next paragraph belongs to the items before it: the last ends in a colon ("… så att
    en ny § 10 med följande lydelse förs in:"), or a quotation it opened (the new wording) is
    not closed yet."""
    return items[-1].text.rstrip().endswith(":") or sum(p.text.count("”") + p.text.count('"') for p in items) % 2 == 1


def item_piece(piece: Piece) -> bool:
    return is_att(piece.text) or (piece.item is not None and piece.item[0].isdigit())
