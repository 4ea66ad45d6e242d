"""What the hOCR and ALTO readers share: refusing XML entity tricks, building Lines.

Neither reader ever expands a declared entity or fetches an external one: a file that
declares entities (`<!ENTITY`, the "billion laughs" and external-entity attacks) is refused
before parsing. Tesseract's hOCR and ALTO declare none.
"""
from __future__ import annotations

import re

from diarium.errors import InputError
from diarium.schemas.document import BBox, Line, Word

ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


def decode_markup(path: str, data: bytes) -> str:
    if ENTITY_DECLARATION.search(data):
        raise InputError(path, "XML declares entities (refused: entity expansion is unsafe)")
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def line_of(words: list[Word], bbox: BBox | None) -> Line:
    return Line(text=" ".join(w.text for w in words), words=words, bbox=bbox)
