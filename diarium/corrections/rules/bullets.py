"""Rule: a line-initial glyph that is how the OCR read a bullet "•" becomes "•" again.

A glyph the channel learned for "•" ("*" on some pages), or one no list uses as a bullet
(`language/data/bullet_artefacts.txt`: "+", "¢", "«", and "e", "eo", which are no words)
before a word. A "-" or "*" bullet
that is no learned misreading stays as printed.

>>> from diarium.corrections.channel import load_model
>>> edit = bullet_edit("+ Ansökan om bidrag", "lost", load_model())
>>> edit.original, edit.replacement, edit.confidence
('+', '•', 0.779)
>>> bullet_edit("- Ansökan om bidrag", "lost", load_model()) is None
True
>>> bullet_edit("e Kommunstyrelsen godkänner Avtalet", "kept", load_model()).replacement
'•'
>>> bullet_edit("en Kommunstyrelse", "kept", load_model()) is None
True
"""
from __future__ import annotations

import math

from diarium.corrections.channel import ChannelModel
from diarium.corrections.config import DEFAULT, RepairConfig
from diarium.corrections.context import LineEdit
from diarium.language import words

BULLET = "•"
ARTEFACT_BULLETS = words("bullet_artefacts")


def bullet_edit(line: str, mode: str, model: ChannelModel,
                config: RepairConfig = DEFAULT) -> LineEdit | None:
    """The edit that restores the line's bullet, or None."""
    stripped = line.lstrip()
    first = stripped.split(" ", 1)[0]
    if not first or first == BULLET or len(first) > 2 or any(
            c.isalnum() for c in first) and first not in ARTEFACT_BULLETS:
        return None
    if len(stripped) == len(first) or not stripped[len(first)].isspace():
        return None
    cost = model.costs.get(mode, {}).get(BULLET, {}).get(first)
    if first in ARTEFACT_BULLETS and stripped[len(first):].lstrip()[:1].isalpha():
        cost = min(cost if cost is not None else config.artefact_bullet_cost,
                   config.artefact_bullet_cost)
    if cost is None or cost > config.bullet_max_cost:
        return None
    start = len(line) - len(stripped)
    confidence = round(math.exp(-cost / config.bullet_cost_scale), 3)
    return LineEdit(start, start + len(first), first, BULLET, confidence, f"confusion •←{first}",
                    True)
