"""A document read page by page: the plan of the pages still to OCR, and its reassembly.

A scanned PDF or a multi-page TIFF is read in two steps so that its pages can be OCR'd by
many workers at once: `plan_pdf`/`plan_image` do the cheap part (open the file, read the text
layers, decide which pages need OCR) and return a `Plan`; each `PageJob` of the plan is then
read on its own (`diarium.ingest.split.read_job`, any worker, any order) and `assemble` puts
the pages back in order. Reading a file in one process (`read_pdf`, `read_image`) is the same
three steps one after the other, so a document reads the same whoever reads its pages.

>>> from diarium.schemas.document import Line, Page
>>> plan = Plan(path="protokoll.pdf", sha256="0" * 64, reader="pdf",
...             pages=[Page(number=1, source="text-layer",
...                         lines=[Line.from_text("Protokoll fört vid sammanträde")]), None],
...             jobs=[PageJob(index=1, problem="no text layer")])
>>> scanned = Page(number=2, source="ocr", lines=[Line.from_text("§ 12 Val av justerare")])
>>> document = assemble(plan, {1: scanned})
>>> document.kind, [page.number for page in document.pages], document.warnings
('pdf-text', [1, 2], [])
"""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field

from diarium.schemas.document import Document, Page

# Why a text layer was not used, said in a warning unless the page simply has none.
NO_LAYER = "no text layer"


@dataclass(frozen=True)
class PageJob:
    """One page to OCR: its 0-based index in the file, and why its text layer was not used."""
    index: int
    problem: str | None = None

    @property
    def number(self) -> int:
        return self.index + 1


@dataclass
class Plan:
    """A document whose pages are read apart: the pages read already (None where a job is
    still to do), the jobs, and the reader ('pdf' or 'image') that reads them."""
    path: str
    sha256: str
    reader: str
    pages: list[Page | None]
    jobs: list[PageJob]
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0        # spent planning
    messages: list[str] = field(default_factory=list)  # what the libraries said meanwhile


def this_process() -> str:
    """'host:pid', to tell which worker read a page."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class PageResult:
    """A job done: the page, or why it could not be read; the time it took, and where."""
    index: int
    page: Page | None
    error: str | None = None
    error_type: str = "InputError"
    seconds: float = 0.0
    worker: str = field(default_factory=this_process)
    messages: tuple[str, ...] = ()   # what the libraries said while the page was read


def assemble(plan: Plan, read: dict[int, Page]) -> Document:
    """The Document of a plan whose jobs are all read (`read`: page index → page)."""
    pages = [read[index] if page is None else page for index, page in enumerate(plan.pages)]
    warnings = list(plan.warnings)
    for job in plan.jobs:  # in page order, as a reading in one pass gives them
        if job.problem and job.problem != NO_LAYER:
            warnings.append(f"page {job.number}: {job.problem}: OCR'd instead")
    if plan.reader == "image":
        kind = "image"
    else:
        scanned = sum(page.source == "ocr" for page in pages)
        kind = "pdf-scan" if 2 * scanned > len(pages) else "pdf-text"
    return Document(path=plan.path, sha256=plan.sha256, kind=kind, pages=pages,
                    warnings=warnings)
