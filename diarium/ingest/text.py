"""Plain-text files in any legacy encoding → Document (pages split on form feeds).

>>> from diarium.ingest.text import decode
>>> decode("Socialnämnden".encode("cp1252"))
('Socialnämnden', 'cp1252')
>>> decode("\\ufeffÅr".encode("utf-8"))
('År', 'utf-8-sig')
"""
from __future__ import annotations

import hashlib
import unicodedata

from charset_normalizer import from_bytes

from diarium.errors import InputError
from diarium.language.letters import SWEDISH_LETTERS
from diarium.schemas.document import Document, Line, Page

BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Letters that tell a Swedish cp1252 text from ISO-8859-1 mis-decodes and friends.
SWEDISH = SWEDISH_LETTERS | {"é"}


def looks_binary(data: bytes) -> bool:
    """NULs outside UTF-16, or many control bytes, mean this is not a text file."""
    sample = data[:8192]
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in sample)
    return b"\x00" in sample or controls > len(sample) * 0.05


def utf16_byte_order(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 without a byte-order mark:
    text in the Latin alphabets has a zero in every other byte, on one side only."""
    sample = data[:8192]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def reads_as_text(text: str) -> bool:
    """Words in a Latin alphabet separated by spaces: what a UTF-16 reading of real text
    gives, and of binary data ("ÿþÿþ…", CJK soup) does not."""
    sample = text[:4096]
    if not sample:
        return False
    latin = sum(c.isascii() and (c.isprintable() or c.isspace()) or c in SWEDISH for c in sample)
    spaces = sum(c.isspace() for c in sample)
    return latin >= 0.9 * len(sample) and spaces * 40 >= len(sample)


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to str, returning (text, encoding name)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    # UTF-16 first: ASCII written as UTF-16 is also valid UTF-8 (a NUL is a character there),
    # and read as UTF-8 it would hide every word and every `<!ENTITY` behind NULs.
    if byte_order := utf16_byte_order(data):
        try:
            text = data.decode(byte_order)
        except UnicodeDecodeError:
            text = ""
        if reads_as_text(text):
            return text, byte_order
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if looks_binary(data):
        raise InputError(None, "binary data, not a text file")
    best = from_bytes(data, cp_isolation=["cp1252", "iso8859_1", "iso8859_15", "cp850", "mac_roman"]).best()
    if best is not None:
        text = str(best)
        if any(c in SWEDISH for c in text) or best.encoding != "cp850":
            return text, best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


def text_to_pages(text: str, source: str = "text") -> list[Page]:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [
        Page(number=i, source=source, lines=[Line.from_text(t) for t in chunk.split("\n")])
        for i, chunk in enumerate(text.split("\f"), start=1)
    ]


def read_text(path: str, data: bytes, sha256: str) -> Document:
    if not data.strip():
        raise InputError(path, "empty file")
    try:
        text, encoding = decode(data)
    except InputError as err:
        raise InputError(path, err.reason) from None
    if looks_binary(text.encode("utf-8", errors="replace")) and "\x00" in text:
        raise InputError(path, "binary data, not a text file")
    return Document(path=path, sha256=sha256, kind="text", encoding=encoding,
                    pages=text_to_pages(text))


def document_from_string(text: str, path: str = "<text>") -> Document:
    """A Document from an in-memory string (pages split on form feeds)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(path=path, sha256=digest, kind="text", encoding="utf-8",
                    pages=text_to_pages(text))
