"""Reading a document from its bytes, whole or split into page jobs, wherever the bytes are.

A worker of a cluster cannot open the client's paths: it gets the file's bytes (or reads a
URL) and the name to record. `load_bytes` is `diarium.ingest.load` after the file is read;
`plan_document` stops before the OCR of a scanned PDF or a multi-page image and leaves its
pages as jobs (`diarium.ingest.pages`), which `read_job` reads one at a time, in any process
that has the same bytes. A document with at most one page to OCR is read whole at once: there
is nothing to share out.

>>> document = load_bytes("kallelse.txt", "Kallelse till sammanträde\\fBilaga 1".encode())
>>> document.kind, len(document.pages)
('text', 2)
>>> load_bytes("tom.txt", b"")
Traceback (most recent call last):
...
diarium.errors.InputError: tom.txt: empty file
"""
from __future__ import annotations

import hashlib
import time
from pathlib import Path

from diarium.errors import DiariumError, InputError
from diarium.ingest import sniff
from diarium.ingest.alto import read_alto
from diarium.ingest.hocr import read_hocr
from diarium.ingest.image import frame_errors, ocr_frame, open_image, plan_image, read_image
from diarium.ingest.pages import PageJob, PageResult, Plan, assemble
from diarium.ingest.pdf import PDFIUM, ocr_page, open_pdf, page_errors, plan_pdf, read_pdf
from diarium.ingest.text import read_text
from diarium.schemas.document import Document, Page

READERS = {"text": read_text, "pdf": read_pdf, "image": read_image, "hocr": read_hocr,
           "alto": read_alto}
PLANNERS = {"pdf": plan_pdf, "image": plan_image}


def checked(name: str, data: bytes) -> tuple[str, str]:
    """The reader for these bytes, and their sha256; InputError for an empty file."""
    if not data:
        raise InputError(name, "empty file")
    return sniff(Path(name), data[:8192]), hashlib.sha256(data).hexdigest()


def load_bytes(name: str, data: bytes) -> Document:
    """The Document of a file's bytes, recorded under `name` (the path as the user gave it)."""
    reader, sha256 = checked(name, data)
    return READERS[reader](name, data, sha256)


def plan_document(name: str, data: bytes) -> Document | Plan:
    """The Document, or, for a document with pages to OCR, its plan."""
    reader, sha256 = checked(name, data)
    if reader not in PLANNERS:
        return READERS[reader](name, data, sha256)
    started = time.perf_counter()
    plan = PLANNERS[reader](name, data, sha256)
    if len(plan.jobs) <= 1:
        return read_all(plan, data)
    plan.seconds = time.perf_counter() - started
    return plan


def read_all(plan: Plan, data: bytes) -> Document:
    """A plan's jobs read here, one after the other, into its Document."""
    read: dict[int, Page] = {}
    for job in plan.jobs:
        result = read_job(plan.reader, plan.path, plan.sha256, data, job)
        if result.page is None:
            raise error_of(plan.path, result)
        read[job.index] = result.page
    return assemble(plan, read)


def error_of(name: str, result: PageResult) -> DiariumError:
    """The exception a page's failure stands for (`DiariumError` subclasses by name)."""
    kinds = {kind.__name__: kind for kind in all_subclasses(DiariumError)}
    return kinds.get(result.error_type, InputError)(name, result.error or "failed")


def all_subclasses(kind: type) -> list[type]:
    subclasses: list[type] = kind.__subclasses__()
    return [kind] + [k for sub in subclasses for k in all_subclasses(sub)]


# --- page jobs ------------------------------------------------------------------------------

def read_job(reader: str, name: str, sha256: str, data: bytes, job: PageJob) -> PageResult:
    """One page job of a plan; never raises: a page that cannot be read says why."""
    started = time.perf_counter()
    try:
        if reader == "pdf":
            with page_errors(name):
                page = read_pdf_job(name, data, job)
        else:
            with frame_errors(name):
                # A PIL image is one seek position: each job reads its own copy.
                page = ocr_frame(open_image(name, data), data, job)
    except DiariumError as err:
        return PageResult(job.index, None, err.reason, type(err).__name__,
                          time.perf_counter() - started)
    return PageResult(job.index, page, seconds=time.perf_counter() - started)


def read_pdf_job(name: str, data: bytes, job: PageJob) -> Page:
    """One page of a PDF, opened for it (2 ms for 600 pages: PDFium reads the page tree
    lazily) and closed again: a worker keeps no document open between jobs."""
    pdf = open_pdf(name, data)
    try:
        return ocr_page(pdf, job)
    finally:
        with PDFIUM:
            pdf.close()
