"""Reading a document from its bytes, whole or split into page jobs, wherever the bytes are.

A worker of a cluster cannot open the client's paths: it gets the file's bytes (or reads a
URL) and the name to record. `load_bytes` is `diarium.ingest.load` after the file is read
(the same limits, the same quiet readers); `plan_document` stops before the OCR of a scanned
PDF or a multi-page image and leaves its pages as jobs (`diarium.ingest.pages`), which
`read_job` reads one at a time, in any process that has the same bytes. A document with at
most one page to OCR is read whole at once: there is nothing to share out.

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

from diarium.errors import DiariumError, InputError
from diarium.ingest import check_document, read_document, reader_for
from diarium.ingest.image import frame_errors, ocr_frame, open_image, plan_image
from diarium.ingest.pages import PageJob, PageResult, Plan, assemble
from diarium.ingest.pdf import PDFIUM, ocr_page, open_pdf, page_errors, plan_pdf
from diarium.ingest.quiet import library_messages, summary
from diarium.limits import Limits
from diarium.schemas.document import Document, Page

PLANNERS = {"pdf": plan_pdf, "image": plan_image}


def load_bytes(name: str, data: bytes, limits: Limits | None = None) -> Document:
    """The Document of a file's bytes, recorded under `name` (the path as the user gave it),
    within `limits` (`diarium.ingest.read_document`)."""
    return read_document(name, data, limits)


def plan_document(name: str, data: bytes, limits: Limits | None = None) -> Document | Plan:
    """The Document, or, for a document with pages to OCR, its plan. The checks of
    `diarium.ingest.reader_for` (size, inflated streams, page count) come first; what the
    libraries say while planning is kept in the plan, to be summed up with its pages'."""
    limits = limits or Limits.from_env()
    reader = reader_for(name, data, limits)
    if reader not in PLANNERS:
        return read_document(name, data, limits)
    started = time.perf_counter()
    sha256 = hashlib.sha256(data).hexdigest()
    with library_messages() as messages:
        plan = PLANNERS[reader](name, data, sha256)
    plan.messages = messages
    if len(plan.jobs) <= 1:
        return check_document(read_all(plan, data), limits)
    plan.seconds = time.perf_counter() - started
    return plan


def read_all(plan: Plan, data: bytes) -> Document:
    """A plan's jobs read here, one after the other, into its Document."""
    read: dict[int, Page] = {}
    messages = list(plan.messages)
    for job in plan.jobs:
        result = read_job(plan.reader, plan.path, plan.sha256, data, job)
        if result.page is None:
            raise error_of(plan.path, result)
        read[job.index] = result.page
        messages.extend(result.messages)
    return assembled(plan, read, messages)


def assembled(plan: Plan, read: dict[int, Page], messages: list[str]) -> Document:
    """The Document of a plan whose jobs are read, with one warning for what the libraries
    said while it was read (as `read_document` adds when it reads the file in one go)."""
    document = assemble(plan, read)
    if warning := summary(messages):
        document.warnings.append(warning)
    return document


def error_of(name: str, result: PageResult) -> DiariumError:
    """The exception a page's failure stands for (`DiariumError` subclasses by name)."""
    kinds = {kind.__name__: kind for kind in all_subclasses(DiariumError)}
    return kinds.get(result.error_type, InputError)(name, result.error or "failed")


def all_subclasses(kind: type) -> list[type]:
    subclasses: list[type] = kind.__subclasses__()
    return [kind] + [k for sub in subclasses for k in all_subclasses(sub)]


# --- page jobs ------------------------------------------------------------------------------

def read_job(reader: str, name: str, sha256: str, data: bytes, job: PageJob) -> PageResult:
    """One page job of a plan; never raises: a page that cannot be read says why. What the
    libraries say meanwhile comes back with the page, off the terminal."""
    started = time.perf_counter()
    page, error = None, None
    with library_messages() as messages:
        try:
            if reader == "pdf":
                with page_errors(name):
                    page = read_pdf_job(name, data, job)
            else:
                with frame_errors(name):
                    # A PIL image is one seek position: each job reads its own copy.
                    page = ocr_frame(open_image(name, data), data, job)
        except DiariumError as err:
            error = err
    seconds = time.perf_counter() - started
    if error is not None:
        return PageResult(job.index, None, error.reason, type(error).__name__, seconds,
                          messages=tuple(messages))
    return PageResult(job.index, page, seconds=seconds, messages=tuple(messages))


def read_pdf_job(name: str, data: bytes, job: PageJob) -> Page:
    """One page of a PDF, opened for it (2 ms for 600 pages: PDFium reads the page tree
    lazily) and closed again: a worker keeps no document open between jobs."""
    pdf = open_pdf(name, data)
    try:
        return ocr_page(pdf, job)
    finally:
        with PDFIUM:
            pdf.close()
