"""Readers: any archive file → Document (pages → lines → words, with OCR confidences).

`load(path)` detects the kind from the file's content (not only its name) and dispatches.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

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


def sniff(path: Path, head: bytes) -> str:
    """The reader to use: 'pdf', 'image', 'hocr', 'alto' or 'text'."""
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
               "alto": read_alto}
    return readers[reader](str(path), data, sha256)


__all__ = ["load", "sniff", "SUPPORTED"]
