"""Readers: any archive file → Document (pages → lines → words, with OCR confidences).

`load(path)` detects the kind from the file's content (not only its name) and dispatches.
The JSON `diarium ingest --json` writes is read back as the Document it describes, so a scan
OCR'd once can go through `correct`, `extract` and `diff` without a second OCR:

>>> is_document_json(b'{"path":"skanning.pdf","sha256":"ab12","kind":"pdf-scan","pages":[')
True
>>> is_document_json('{"namn": "Socialnämnden", "kind": "beslut"}'.encode())
False
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from pydantic import ValidationError

from diarium.errors import InputError, UnsupportedFormat
from diarium.ingest.alto import read_alto
from diarium.ingest.hocr import read_hocr
from diarium.ingest.image import read_image
from diarium.ingest.pdf import read_pdf
from diarium.ingest.text import read_text
from diarium.schemas.document import Document

TEXT_SUFFIXES = {".txt", ".text", ".asc", ".csv", ".md", ""}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".jp2", ".pnm"}
HOCR_SUFFIXES = {".hocr", ".html", ".htm", ".xhtml"}
ALTO_SUFFIXES = {".xml", ".alto"}
SUPPORTED = TEXT_SUFFIXES | IMAGE_SUFFIXES | HOCR_SUFFIXES | ALTO_SUFFIXES | {".pdf"}


# The first keys of `Document.model_dump_json()`: "path", "sha256", "kind" (any order, spaced).
DOCUMENT_JSON = re.compile(rb'\A\s*\{\s*"(path|sha256|kind)"\s*:')
DOCUMENT_KEYS = (b'"path"', b'"sha256"', b'"kind"', b'"pages"')


def is_document_json(head: bytes) -> bool:
    """The start of a Document as `diarium ingest --json` writes it."""
    return bool(DOCUMENT_JSON.match(head)) and all(key in head for key in DOCUMENT_KEYS)


def read_document_json(path: str, data: bytes, sha256: str) -> Document:
    """A Document written by `diarium ingest --json`: its pages, words and confidences as
    they were read (the path and hash are those of the file OCR'd, not of the JSON)."""
    try:
        return Document.model_validate_json(data)
    except ValidationError as err:
        raise InputError(path, f"not a diarium document JSON ({err.error_count()} errors, "
                               f"first: {err.errors()[0]['msg']})") from None


def sniff(path: Path, head: bytes) -> str:
    """The reader to use: 'pdf', 'image', 'hocr', 'alto', 'document-json' or 'text'."""
    if is_document_json(head):
        return "document-json"
    if head.startswith(b"%PDF") or (b"%PDF-" in head[:1024] and path.suffix.lower() == ".pdf"):
        return "pdf"
    if head[:8] == b"\x89PNG\r\n\x1a\n" or head[:3] == b"\xff\xd8\xff" or head[:4] in (
            b"II*\x00", b"MM\x00*") or head[:6] in (b"GIF87a", b"GIF89a") or head[:2] == b"BM" \
            or (head[:4] == b"RIFF" and head[8:12] == b"WEBP") \
            or head[:12] == b"\x00\x00\x00\x0cjP  \r\n\x87\n":
        return "image"
    lowered = head[:4096].lower()
    if b"ocr_page" in lowered or b"ocrx_word" in lowered:
        return "hocr"
    if b"<alto" in lowered:
        return "alto"
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raise InputError(str(path), "not a PDF (no %PDF header): corrupt or mislabelled file")
    if suffix in IMAGE_SUFFIXES:
        raise InputError(str(path), f"not a readable {suffix[1:].upper()} image (bad header)")
    if suffix in TEXT_SUFFIXES | HOCR_SUFFIXES | ALTO_SUFFIXES:
        return "text"
    raise UnsupportedFormat(str(path), f"unsupported file type '{suffix}'")


def load(path: str | Path) -> Document:
    """Read one file into a Document. Raises InputError (one-line reason) on bad input."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such file")
    if path.is_dir():
        raise InputError(str(path), "is a directory")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(str(path), f"cannot read: {err.strerror or err}") from None
    if not data:
        raise InputError(str(path), "empty file")
    sha256 = hashlib.sha256(data).hexdigest()
    reader = sniff(path, data[:8192])
    readers = {"text": read_text, "pdf": read_pdf, "image": read_image, "hocr": read_hocr,
               "alto": read_alto, "document-json": read_document_json}
    return readers[reader](str(path), data, sha256)


__all__ = ["load", "sniff", "SUPPORTED"]
