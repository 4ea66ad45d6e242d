"""Readers: any archive file → Document (pages → lines → words, with OCR confidences).

`load(path)` detects the kind from the file's content (not only its name) and dispatches,
within the document's limits (`diarium.limits`): a FIFO, a device or a socket is refused
without waiting on it, and a file over a limit before it is read whole.
"""
from __future__ import annotations

import hashlib
import io
import os
import warnings
from pathlib import Path

from PIL import Image

from diarium.errors import InputError, UnsupportedFormat
from diarium.ingest.alto import read_alto
from diarium.ingest.hocr import read_hocr
from diarium.ingest.image import read_image
from diarium.ingest.pdf import read_pdf
from diarium.ingest.quiet import library_messages, summary
from diarium.ingest.text import read_text, utf16_byte_order
from diarium.limits import Limits, TooLarge, open_regular, pdf_problem, read_exactly
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
    lowered = readable_head(head)[:4096].lower()
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


def readable_head(head: bytes) -> bytes:
    """The head as UTF-8 when it is UTF-16 (with or without a BOM), so markup is recognised."""
    encoding = ("utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff")
                else utf16_byte_order(head))
    if not encoding:
        return head
    return head[:len(head) // 2 * 2].decode(encoding, errors="replace").encode("utf-8")


def size_problem(reader: str, size: int, limits: Limits) -> str | None:
    """Why a file of this kind and size is not read at all."""
    if reader == "text":
        return limits.text_too_large(size) or limits.file_too_large(size)
    if reader in ("hocr", "alto"):
        return limits.markup_too_large(size) or limits.file_too_large(size)
    return limits.file_too_large(size)


def read_checked(path: Path, limits: Limits) -> tuple[bytes, str]:
    """The file's bytes and the reader for them, refusing what must not be read."""
    name = str(path)
    fd, info = open_regular(name)
    try:
        if info.st_size == 0:
            raise InputError(name, "empty file")
        head = os.pread(fd, 8192, 0)
        reader = sniff(path, head)
        if problem := size_problem(reader, info.st_size, limits):
            raise TooLarge(name, problem)
        try:
            data = read_exactly(fd, info.st_size)
        except OSError as err:
            raise InputError(name, f"cannot read: {err.strerror or err}") from None
    finally:
        os.close(fd)
    if reader == "pdf" and (problem := pdf_problem(data, limits)):
        raise TooLarge(name, problem)
    if reader == "image" and (problem := limits.too_many_pages(image_frames(data))):
        raise TooLarge(name, problem)
    return data, reader


def image_frames(data: bytes) -> int:
    """How many pages (frames) an image file declares; 1 when it cannot tell (the reader
    then says what is wrong with it)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with Image.open(io.BytesIO(data)) as image:
                return getattr(image, "n_frames", 1)
        except Exception:  # any damage: the reader reports it in its own words
            return 1


def load(path: str | Path, limits: Limits | None = None) -> Document:
    """Read one file into a Document. Raises InputError (one-line reason) on bad input, and
    TooLarge on a document over `limits` (default: `Limits.from_env()`)."""
    path = Path(path)
    limits = limits or Limits.from_env()
    if not path.exists():
        raise InputError(str(path), "no such file")
    if path.is_dir():
        raise InputError(str(path), "is a directory")
    data, reader = read_checked(path, limits)
    sha256 = hashlib.sha256(data).hexdigest()
    readers = {"text": read_text, "pdf": read_pdf, "image": read_image, "hocr": read_hocr,
               "alto": read_alto}
    with library_messages() as messages:
        document = readers[reader](str(path), data, sha256)
    del data
    if problem := (limits.too_many_pages(len(document.pages))
                   or limits.text_too_large(sum(len(p.text) for p in document.pages))):
        raise TooLarge(str(path), problem)
    if warning := summary(messages):
        document.warnings.append(warning)
    return document


__all__ = ["load", "sniff", "SUPPORTED"]
