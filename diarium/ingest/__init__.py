"""Readers: any archive file → Document (pages → lines → words, with OCR confidences).

`load(path)` detects the kind from the file's content (not only its name) and dispatches,
within the document's limits (`diarium.limits`): a FIFO, a device or a socket is refused
without waiting on it, and a file over a limit before it is read whole.
The JSON `diarium ingest --json` writes is read back as the Document it describes, so a scan
OCR'd once can go through `correct`, `extract` and `diff` without a second OCR:

>>> is_document_json(b'{"path":"skanning.pdf","sha256":"ab12","kind":"pdf-scan","pages":[')
True
>>> is_document_json('{"namn": "Socialnämnden", "kind": "beslut"}'.encode())
False
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import warnings
from pathlib import Path

from PIL import Image
from pydantic import ValidationError

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
    if reader in ("hocr", "alto", "document-json"):
        return limits.markup_too_large(size) or limits.file_too_large(size)
    return limits.file_too_large(size)


def read_file(path: str | Path, limits: Limits | None = None) -> bytes:
    """A file's bytes, refusing what must not be read: no such file, a folder, a FIFO, device
    or socket (opened without blocking), an empty file, a file over its size limit (judged by
    its kind, from its first bytes, before the rest is read)."""
    path = Path(path)
    name, limits = str(path), limits or Limits.from_env()
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(name, "is a directory")
    fd, info = open_regular(name)
    try:
        if info.st_size == 0:
            raise InputError(name, "empty file")
        if problem := size_problem(sniff(path, os.pread(fd, 8192, 0)), info.st_size, limits):
            raise TooLarge(name, problem)
        try:
            return read_exactly(fd, info.st_size)
        except OSError as err:
            raise InputError(name, f"cannot read: {err.strerror or err}") from None
    finally:
        os.close(fd)


def reader_for(name: str, data: bytes, limits: Limits | None = None) -> str:
    """The reader for a document's bytes (read here, or sent by a client, or from a URL),
    after the checks that need them: its size for its kind, a PDF's streams and pages, an
    image's frames. TooLarge when over a limit."""
    limits = limits or Limits.from_env()
    if not data:
        raise InputError(name, "empty file")
    reader = sniff(Path(name), data[:8192])
    problem = size_problem(reader, len(data), limits)
    if not problem and reader == "pdf":
        problem = pdf_problem(data, limits)
    if not problem and reader == "image":
        problem = limits.too_many_pages(image_frames(data))
    if problem:
        raise TooLarge(name, problem)
    return reader


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


def check_document(document: Document, limits: Limits | None = None) -> Document:
    """The document, if what was read is within its limits (pages, text); else TooLarge."""
    limits = limits or Limits.from_env()
    if problem := (limits.too_many_pages(len(document.pages))
                   or limits.text_too_large(sum(len(p.text) for p in document.pages))):
        raise TooLarge(document.path, problem)
    return document


def read_document(name: str, data: bytes, limits: Limits | None = None) -> Document:
    """The Document of a file's bytes, recorded under `name`, within `limits`; what the
    libraries say while reading kept off the terminal (one warning in the Document)."""
    limits = limits or Limits.from_env()
    reader = reader_for(name, data, limits)
    sha256 = hashlib.sha256(data).hexdigest()
    with library_messages() as messages:
        document = READERS[reader](name, data, sha256)
    if warning := summary(messages):
        document.warnings.append(warning)
    return check_document(document, limits)


READERS = {"text": read_text, "pdf": read_pdf, "image": read_image, "hocr": read_hocr,
           "alto": read_alto, "document-json": read_document_json}


def load(path: str | Path, limits: Limits | None = None) -> Document:
    """Read one file into a Document. Raises InputError (one-line reason) on bad input, and
    TooLarge on a document over `limits` (default: `Limits.from_env()`)."""
    limits = limits or Limits.from_env()
    return read_document(str(path), read_file(path, limits), limits)


__all__ = ["SUPPORTED", "check_document", "load", "read_document", "read_file", "reader_for",
           "sniff"]
