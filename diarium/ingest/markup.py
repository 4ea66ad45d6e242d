"""What the hOCR and ALTO readers share: refusing XML entity tricks, building Lines.

Neither reader ever expands a declared entity or fetches an external one: a file that
declares entities (`<!ENTITY`, the "billion laughs" and external-entity attacks) is refused
before parsing. Tesseract's hOCR and ALTO declare none. The check reads the decoded text, so
a declaration is found in whatever encoding the file is written (UTF-16 hides it from a
search of the bytes):

>>> decode_markup("x.xml", '<!DOCTYPE a [<!ENTITY lol "lol">]><alto/>'.encode("utf-16"))
Traceback (most recent call last):
...
diarium.errors.InputError: x.xml: XML declares entities (refused: entity expansion is unsafe)
"""
from __future__ import annotations

import re

from diarium.errors import InputError
from diarium.ingest.text import decode
from diarium.schemas.document import BBox, Line, Word

ENTITY_DECLARATION = re.compile(r"<!\s*ENTITY", re.IGNORECASE)
ENTITY_DECLARATION_BYTES = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)


def decode_markup(path: str, data: bytes) -> str:
    try:
        text = decode(data)[0]
    except InputError:
        text = data.decode("cp1252", errors="replace")
    if ENTITY_DECLARATION.search(text) or ENTITY_DECLARATION_BYTES.search(data):
        raise InputError(path, "XML declares entities (refused: entity expansion is unsafe)")
    return text


def line_of(words: list[Word], bbox: BBox | None) -> Line:
    return Line(text=" ".join(w.text for w in words), words=words, bbox=bbox)
