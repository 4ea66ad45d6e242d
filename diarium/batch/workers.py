"""The work of `diarium run` on documents: one document in a worker, a pool of local worker
processes that write their own documents, or a Dask cluster whose results are written here."""
from __future__ import annotations

import concurrent.futures as cf
import ctypes
import multiprocessing
import os
import signal
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from diarium.errors import DiariumError, one_line
from diarium.limits import Limits, deadline, failure_reason, limit_memory
from diarium.output.pdf import searchable_pdf
from diarium.pipeline import process
from diarium.schemas import Document
from diarium.store import connect, failed_document, is_current, stored_document, write
from diarium.store.rows import StoredDocument

WORKER_DIED = "worker process died (crash or out of memory)"
# Documents submitted per worker ahead of the results: enough to keep workers busy, few
# enough that a huge archive does not sit in memory as pending results.
WINDOW_PER_WORKER = 4


# --- the work of one document (runs in a worker) --------------------------------------------

def scanned(document: Document) -> bool:
    """A document read from page images by our OCR: one a searchable PDF can be made of."""
    return document.kind in ("pdf-scan", "image") or (
        document.kind == "pdf-text" and any(page.source == "ocr" for page in document.pages))


def process_file(path: str, sha256: str, redact: bool = False,
                 pdf_out: str | None = None) -> StoredDocument:
    """Run the pipeline on one file and return its rows; never raises: a failure is a row.
    With `pdf_out`, a scanned input is also written there as a searchable PDF/A whose text
    layer is the repaired text (from this run's OCR: nothing is read twice).
    The document's time is bounded here (`max_seconds`, a timer in this process's main
    thread; a Dask worker's threads have none); its memory by the worker's cap."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per worker, also for Tesseract
    started = time.perf_counter()
    limits = Limits.from_env()
    try:
        with deadline(limits.max_seconds, path):
            result = process(Path(path))
        assert result.record is not None      # process extracts by default
        if pdf_out and scanned(result.document):
            searchable_pdf(Path(path), Path(pdf_out), document=result.document,
                           repaired=result.repaired, jobs=1)
        return stored_document(result.document, result.repaired, result.changes, result.record,
                               redact=redact, seconds=time.perf_counter() - started)
    except DiariumError as err:
        reason = err.reason
    except MemoryError as err:    # over the worker's cap: this document fails, the run goes on
        reason = failure_reason(err, limits) or "out of memory"
    except Exception as err:  # a bug on one document must not stop the archive
        reason = f"internal error: {type(err).__name__}: {err}"
    return failed_document(path, sha256, one_line(reason), redact=redact,
                           seconds=time.perf_counter() - started)


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


# The worker's own connection to the database, opened once per pool process.
_worker_conn = None


def start_worker(db: str) -> None:
    """Pool initializer: leave Ctrl-C to the parent, die with it, cap its memory
    (`max_memory_mb`), open this worker's connection."""
    global _worker_conn
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    limit_memory(Limits.from_env())
    _worker_conn = connect(db)


def die_with_parent() -> None:
    """After a `kill -9` of the parent its workers must not live on, writing (Linux only)."""
    try:
        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def process_and_store(path: str, sha256: str, redact: bool = False,
                      pdf_out: str | None = None) -> Outcome:
    """In a pool worker: run the pipeline on one file and write it in one transaction."""
    return store(_worker_conn, process_file(path, sha256, redact, pdf_out))


def warm_up() -> None:
    """Load the pipeline's models and word lists once, here, before the workers fork: they
    then start ready, sharing that memory, instead of each loading it again."""
    process("Socialnämnden beslutar att godkänna avtalet för år 2024.")


@dataclass(frozen=True)
class Task:
    path: str
    sha256: str
    redact: bool
    pdf_out: str | None = None


def run_in_process(tasks: Iterator[Task], conn) -> Iterator[Outcome]:
    for task in tasks:
        yield store(conn, process_file(task.path, task.sha256, task.redact, task.pdf_out))


def start_pool(workers: int, db: str, fresh: bool = False) -> cf.ProcessPoolExecutor:
    """A pool of `workers` processes, each with its own connection to `db`, already started.

    Call it while this process holds no SQLite connection: a child forked from a process with
    one open inherits SQLite's lock bookkeeping for the file, which would then lie. `fresh`
    (after a crash, when this process is connected) spawns clean interpreters instead.
    """
    if fresh:
        context = multiprocessing.get_context("spawn")
    else:
        context = None
        if multiprocessing.get_start_method() == "fork":
            warm_up()
    pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                  initializer=start_worker, initargs=(db,))
    cf.wait([pool.submit(os.getpid) for _ in range(workers)])  # forks every worker now
    return pool


def run_pool(tasks: Iterator[Task], pool: cf.ProcessPoolExecutor, workers: int, conn,
             db: str) -> Iterator[Outcome]:
    """Process and store tasks in the pool (the workers write), yielding outcomes as completed."""
    def died(task: Task) -> Outcome:
        # The worker may have committed the document just before it died: keep that.
        if task.sha256 and is_current(conn, task.path, task.sha256, redact=task.redact):
            row = conn.execute("SELECT pages, facts FROM documents WHERE path = ?",
                               (task.path,)).fetchone()
            return Outcome(task.path, True, row["pages"], row["facts"], None)
        return store(conn, failed_document(task.path, task.sha256, WORKER_DIED,
                                           redact=task.redact))

    pending: dict[cf.Future, Task] = {}
    try:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < workers * WINDOW_PER_WORKER:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                pending[pool.submit(process_and_store, task.path, task.sha256,
                                    task.redact, task.pdf_out)] = task
            if not pending:
                break
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            broken = False
            for future in done:
                task = pending.pop(future)
                try:
                    yield future.result()
                except cf.process.BrokenProcessPool:
                    broken = True
                    yield died(task)
            if broken:  # every document in the dead pool fails the same way; start afresh
                pool.shutdown(wait=False, cancel_futures=True)
                for task in list(pending.values()):
                    yield died(task)
                pending.clear()
                pool = start_pool(workers, db, fresh=True)
    except BaseException:  # interrupted: leave at once, and the workers too
        stop_now(pool)
        raise
    pool.shutdown(wait=True)


def stop_now(pool: cf.ProcessPoolExecutor) -> None:
    """Stop the pool without waiting for the documents in flight (their transactions are not
    committed, so a rerun does them): after Ctrl-C the user is not kept waiting for an OCR."""
    for process_ in list((getattr(pool, "_processes", None) or {}).values()):
        process_.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def dask_client(scheduler: str, workers: int):
    """A Dask client: 'local' starts a LocalCluster of `workers` processes, else an address."""
    from dask.distributed import Client, LocalCluster
    if scheduler == "local":
        cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    return Client(scheduler)


def run_dask(tasks: Iterator[Task], client, window: int, conn) -> Iterator[Outcome]:
    """Process tasks on a Dask cluster; results come back here, the client, to be written."""
    from dask.distributed import as_completed
    completed = as_completed()
    tasks_of: dict = {}

    def submit_next() -> bool:
        task = next(tasks, None)
        if task is None:
            return False
        future = client.submit(process_file, task.path, task.sha256, task.redact, task.pdf_out,
                               pure=False)
        tasks_of[future.key] = task
        completed.add(future)
        return True

    for _ in range(window):
        if not submit_next():
            break
    for future in completed:
        task = tasks_of.pop(future.key)
        try:
            stored = future.result()
        except Exception as err:  # the worker died or could not run the task
            stored = failed_document(task.path, task.sha256,
                                     f"dask: {type(err).__name__}: {err}", redact=task.redact)
        submit_next()  # keep the cluster busy while this document is written
        yield store(conn, stored)
