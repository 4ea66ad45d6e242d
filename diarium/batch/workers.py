"""The work of `diarium run` on documents, as it runs in a worker (a local process, a Dask
worker or this process), and the writing of its results.

A document is one task (`process_file`), or, when it has pages to OCR, three kinds of step
that may each run in a different worker: `start_document` reads what is cheap and plans the
pages to OCR (`diarium.ingest.split`), `read_page` OCRs one page, and `finish_document` runs
the document stages (repair, structure, extract) on the reassembled Document and builds the
rows to store. Every step gets the file's bytes (`data`) or reads them itself from
`task.path`, which is then a path on this machine or a URL; none of them raises: a failure is
a result (a failed row, a page that says why).

The document's limits (`diarium.limits`) travel in its Task, so a Dask worker on another
machine keeps the run's. Its time limit is the document's, not each step's: every step runs
under a timer set to what is left of `max_seconds` once the seconds of its finished steps
are counted (the scheduler counts a page step's seconds towards its document and fails the
document once they are over), so a scan fails or passes alike on one worker or on many. The
timer is a signal in the process's main thread: a local pool worker has it, a Dask worker's
threads do not (as before the page steps). A MemoryError (a pool worker runs under the
`max_memory_mb` cap, `diarium.batch.local.start_worker`) fails the document, not the run.
"""
from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass, field

from diarium.batch.searchable import write_searchable
from diarium.batch.sources import KEPT_FILES, read_source
from diarium.errors import DiariumError, one_line
from diarium.ingest import check_document
from diarium.ingest.pages import PageJob, PageResult, Plan
from diarium.ingest.split import load_bytes, plan_document, read_job
from diarium.limits import Limits, deadline, failure_reason
from diarium.pipeline import process
from diarium.schemas.document import Document
from diarium.store import failed_document, stored_document, write
from diarium.store.rows import StoredDocument, resolved

WORKER_DIED = "worker process died (crash or out of memory)"


@dataclass(frozen=True)
class Task:
    """A document to process: its path as the user gave it (or its URL), the sha256 its bytes
    had when it was found to need processing, whether to redact personnummer, the run's
    limits, the path resolved where it was found (`full`: a worker elsewhere resolves
    nothing; empty: resolve here), and where its searchable PDF goes (`--pdf-dir`), if anywhere."""
    path: str
    sha256: str
    redact: bool = False
    limits: Limits = field(default_factory=Limits.from_env)
    full: str = ""
    pdf_out: str | None = None

    @property
    def full_path(self) -> str:
        return self.full or resolved(self.path)

    def seconds_left(self, spent: float) -> float | None:
        """The document's seconds still to spend (0: no timer), None when none are left."""
        if not self.limits.max_seconds:
            return 0.0
        left = self.limits.max_seconds - spent
        return left if left > 0 else None

    def too_slow(self) -> str:
        seconds = self.limits.max_seconds
        return f"too slow: over {seconds:g} s, limit {seconds:g} s"


@dataclass(frozen=True)
class Outcome:
    """What the parent needs to know of a written document: small, cheap to send back."""
    path: str
    ok: bool
    page_count: int
    fact_count: int
    error: str | None

    @classmethod
    def of(cls, stored: StoredDocument) -> "Outcome":
        return cls(stored.path, stored.ok, stored.page_count, stored.fact_count,
                   stored.document["error"])


def failure(err: BaseException, limits: Limits | None = None) -> str:
    """The one-line reason recorded for a step that raised."""
    if isinstance(err, DiariumError):
        return one_line(err.reason)
    if isinstance(err, MemoryError):  # over the worker's cap: this document fails, not the run
        return failure_reason(err, limits or Limits.from_env()) or "out of memory"
    return one_line(f"internal error: {type(err).__name__}: {err}")  # a bug: not the archive's


def one_core() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per worker, also for Tesseract


def failed(task: Task, err: BaseException, seconds: float) -> StoredDocument:
    return failed_document(task.path, task.sha256, failure(err, task.limits), redact=task.redact,
                           seconds=seconds, full_path=task.full_path)


def rows_of(task: Task, document: Document, seconds: float,
            data: bytes | None = None) -> StoredDocument:
    """The document stages on a read Document, and its rows, within what is left of the
    document's time, and its searchable PDF (from `data`, else the file) if the task asks for
    one; a failure is a failed row."""
    started = time.perf_counter()
    try:
        left = task.seconds_left(seconds)
        if left is None:
            return failed_document(task.path, task.sha256, task.too_slow(), redact=task.redact,
                                   seconds=seconds, full_path=task.full_path)
        with deadline(left, task.path, limit=task.limits.max_seconds):
            result = process(check_document(document, task.limits))
        assert result.record is not None      # process extracts by default
        if task.pdf_out:
            write_searchable(task.path, task.pdf_out, result, data, task.limits)
        return stored_document(result.document, result.repaired, result.changes, result.record,
                               redact=task.redact,
                               seconds=seconds + time.perf_counter() - started,
                               full_path=task.full_path)
    except Exception as err:  # a bug (or a MemoryError) on one document must not stop the archive
        return failed(task, err, seconds + time.perf_counter() - started)


def process_file(path: str, sha256: str, redact: bool = False, data: bytes | None = None,
                 pdf_out: str | None = None) -> StoredDocument:
    """Run the pipeline on one file, all its pages here, within its limits (the run's, from
    the environment); never raises: a failure is a row."""
    one_core()
    task, started = Task(path, sha256, redact, pdf_out=pdf_out), time.perf_counter()
    try:
        with deadline(task.limits.max_seconds, path):
            document = load_bytes(path, read_source(path, task.limits) if data is None else data,
                                  task.limits)
    except Exception as err:
        return failed(task, err, time.perf_counter() - started)
    return rows_of(task, document, time.perf_counter() - started, data)


def start_document(task: Task, data: bytes | None = None) -> StoredDocument | Plan:
    """The document's rows, or, if it has pages to OCR, the plan of its page jobs."""
    one_core()
    started = time.perf_counter()
    try:
        with deadline(task.limits.max_seconds, task.path):
            read = read_source(task.path, task.limits) if data is None else data
            planned = plan_document(task.path, read, task.limits)
    except Exception as err:
        return failed(task, err, time.perf_counter() - started)
    if isinstance(planned, Plan):
        if data is None:  # this worker's page steps need not read the file again
            KEPT_FILES.keep(task.path, planned.sha256, read)
        planned.seconds = time.perf_counter() - started
        return planned
    return rows_of(task, planned, time.perf_counter() - started, data)


def read_page(task: Task, data: bytes | None, reader: str, sha256: str,
              job: PageJob, seconds_left: float = 0.0) -> PageResult:
    """OCR one page of a planned document (`sha256`: of the bytes planned), within the
    seconds left of its document's time (0: no timer)."""
    one_core()
    started = time.perf_counter()
    try:
        with deadline(seconds_left, task.path, limit=task.limits.max_seconds):
            data = KEPT_FILES.read(task.path, sha256, task.limits) if data is None else data
            return read_job(reader, task.path, sha256, data, job)
    except Exception as err:
        kind = type(err).__name__ if isinstance(err, DiariumError) else "InputError"
        return PageResult(job.index, None, failure(err, task.limits), kind,
                          time.perf_counter() - started)


def finish_document(task: Task, document: Document, seconds: float,
                    data: bytes | None = None) -> StoredDocument:
    """The document stages on the reassembled Document, and its rows (`seconds`: spent on
    the document so far, counted towards its time limit; `data`: the file's bytes, for its
    searchable PDF, where the worker cannot read the file)."""
    one_core()
    return rows_of(task, document, seconds, data)


def store(conn, stored: StoredDocument) -> Outcome:
    """Write one document; a document the store refuses is recorded as failed instead."""
    try:
        write(conn, stored)
    except sqlite3.Error as err:
        stored = failed_document(stored.path, stored.sha256,
                                 one_line(f"store: {type(err).__name__}: {err}"),
                                 redact=bool(stored.document.get("redacted")))
        write(conn, stored)
    return Outcome.of(stored)


def warm_up() -> None:
    """Load the pipeline's models and word lists once, here, before the workers fork: they
    then start ready, sharing that memory, instead of each loading it again."""
    process("Socialnämnden beslutar att godkänna avtalet för år 2024.")
