"""Named headings ("Beslut", "Förslag till beslut i kommunstyrelsen") and diarienummer labels.

The names come from one data file, `language/data/headings.tsv` (canonical name → surface
forms). A line is a named heading when it is a surface form, optionally with a genitive owner
in front and a short qualifier after a dash, a colon or a small word; case and OCR-lost
å/ä/ö do not matter.

>>> heading_name("Beslut – för fastställande i kommunfullmäktige")
('beslut', 'för fastställande i kommunfullmäktige')
>>> heading_name("Förslag till beslut i kommunstyrelsen")
('förslag till beslut', 'i kommunstyrelsen')
>>> heading_name("Förvaltningens förslag till beslut")
('förslag till beslut', None)
>>> heading_name("Sammanfattning av ärendet")
('sammanfattning', None)
>>> heading_name("Forslag till beslut")     # OCR without å/ä/ö
('förslag till beslut', None)
>>> heading_name("Beslutet fattades enhälligt efter en lång diskussion om ärendet.") is None
True
>>> split_dnr("Dnr KS-2025-00086")
'KS-2025-00086'
>>> split_dnr("Diarienummer: IFN-2024-0098")
'IFN-2024-0098'
>>> split_dnr("Dnr SN 2023/87")
'SN 2023/87'
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.language import table, words
from diarium.language.letters import fold
from diarium.text import squash

MAX_QUALIFIER_WORDS = 6
DASHES = ("–", "—", "-", ":")
DNR_CODE = re.compile(r"^[:.]?\s*((?:[A-ZÅÄÖ]{1,6}\s)?\S*\d\S*(?:\s+\S*\d\S*)?)$")


def _key(text: str) -> str:
    return fold(squash(text).casefold()).rstrip(":").strip()


@lru_cache(maxsize=1)
def _surface_forms() -> dict[str, tuple[tuple[str, str], ...]]:
    """First word → (folded surface form, canonical name) of the forms it begins, longest first."""
    forms: dict[str, list[tuple[str, str]]] = {}
    for canonical, surfaces in table("headings").items():
        for surface in surfaces.split("|"):
            if surface.strip():
                key = _key(surface)
                forms.setdefault(key.split(" ", 1)[0], []).append((key, canonical))
    return {word: tuple(sorted(pairs, key=lambda pair: -len(pair[0]))) for word, pairs in forms.items()}


@lru_cache(maxsize=8192)
def heading_name(text: str) -> tuple[str, str | None] | None:
    """(canonical name, qualifier) when the line is a named heading, else None."""
    key = _key(text)
    if not key or key[0].isdigit():
        return None
    keys = [key]
    if " " in key and key.split(" ", 1)[0].endswith("s"):
        keys.append(key.split(" ", 1)[1])          # "Förvaltningens förslag till beslut"
    found = next((f for f in (_match(k, exact=True) for k in keys) if f), None)
    found = found or next((f for f in (_match(k, exact=False) for k in keys) if f), None)
    if found is None or found[1] is None:
        return found
    printed = squash(text).rstrip(":").strip()     # the qualifier as printed, not folded
    return found[0], printed[len(printed) - len(found[1]):]


def _match(key: str, exact: bool) -> tuple[str, str | None] | None:
    for surface, canonical in _surface_forms().get(key.split(" ", 1)[0], ()):
        if exact and key == surface:
            return canonical, None
        if not exact and key.startswith(surface + " "):
            qualifier = _qualifier(key[len(surface):].strip())
            if qualifier is not None:
                return canonical, qualifier
    return None


def _qualifier(rest: str) -> str | None:
    """'– för fastställande i kf' → 'för fastställande i kf'; a sentence → None."""
    if rest.endswith((".", ",", ";")):
        return None
    if rest.startswith(DASHES):
        rest = rest[1:].strip()
    elif rest.split(" ", 1)[0] not in words("function_words"):
        return None
    if not rest or len(rest.split()) > MAX_QUALIFIER_WORDS or "," in rest or any(ch.isdigit() for ch in rest):
        return None                     # "Beslut om projektbeställning KS-2022-00773, 2024-05-28"
    return rest


def split_dnr(text: str) -> str | None:
    """The case number after a diarienummer label ('Dnr KS-2025-00086' → 'KS-2025-00086')."""
    line = squash(text)
    lowered = line.casefold()
    for label in sorted(words("dnr_labels"), key=len, reverse=True):
        if lowered.startswith(label) and not lowered[len(label):len(label) + 1].isalpha():
            match = DNR_CODE.match(line[len(label):].strip())
            if match:
                return match.group(1)
    return None
