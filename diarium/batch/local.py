"""The local process pool of `diarium run`: its workers read the files themselves, OCR pages,
and write their own documents, each through its own SQLite connection (WAL lets them take
turns), sending the parent only an `Outcome`, a plan or a page: the parent, which shares the
cores, stays nearly idle."""
from __future__ import annotations

import concurrent.futures as cf
import ctypes
import multiprocessing
import os
import signal

from diarium.batch.schedule import BROKEN, FINISH, PAGE, Doc, Step
from diarium.batch.workers import (Outcome, Task, finish_document, read_page, start_document,
                                   store, warm_up)
from diarium.ingest.pages import PageJob, PageResult, Plan
from diarium.limits import Limits, limit_memory
from diarium.schemas.document import Document
from diarium.store import connect

# Steps submitted per worker ahead of the results: enough to keep workers busy, few enough
# that a huge archive does not sit in memory as pending results.
WINDOW_PER_WORKER = 4

# The worker's own connection to the database, opened once per pool process.
_worker_conn = None


def start_worker(db: str) -> None:
    """Pool initializer: leave Ctrl-C to the parent, die with it, cap its memory
    (`max_memory_mb`: a step over it fails its document with MemoryError), open this
    worker's connection."""
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


def start_and_store(task: Task) -> Outcome | Plan:
    """In a pool worker: the document done and written, or its plan."""
    result = start_document(task)
    return result if isinstance(result, Plan) else store(_worker_conn, result)


def finish_and_store(task: Task, document: Document, seconds: float) -> Outcome:
    return store(_worker_conn, finish_document(task, document, seconds))


def read_local_page(task: Task, reader: str, sha256: str, job: PageJob,
                    seconds_left: float) -> PageResult:
    return read_page(task, None, reader, sha256, job, seconds_left)


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


class PoolBackend:
    """Steps on the local pool; the workers read the files by their paths."""

    def __init__(self, pool: cf.ProcessPoolExecutor, workers: int, db: str):
        self.pool, self.workers, self.db = pool, workers, db

    def capacity(self) -> int:
        return self.workers * WINDOW_PER_WORKER

    def open(self, doc: Doc) -> None:
        pass

    def close(self, doc: Doc) -> None:
        pass

    def submit(self, step: Step) -> cf.Future:
        task = step.doc.task
        if step.kind == PAGE:
            assert step.doc.plan is not None and step.job is not None
            plan = step.doc.plan
            return self.pool.submit(read_local_page, task, plan.reader, plan.sha256, step.job,
                                    step.seconds_left)
        if step.kind == FINISH:
            assert step.document is not None
            return self.pool.submit(finish_and_store, task, step.document, step.doc.seconds)
        return self.pool.submit(start_and_store, task)

    def wait(self, futures: list) -> set:
        done, _ = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
        return done

    def lost(self, error: BaseException) -> str | None:
        return BROKEN if isinstance(error, cf.process.BrokenProcessPool) else None

    def restart(self) -> None:
        """A fresh pool in place of the dead one (spawned: this process holds a connection)."""
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = start_pool(self.workers, self.db, fresh=True)

    def shutdown(self, interrupted: bool) -> None:
        if interrupted:
            stop_now(self.pool)
        else:
            self.pool.shutdown(wait=True)


def stop_now(pool: cf.ProcessPoolExecutor) -> None:
    """Stop the pool without waiting for the steps in flight (their documents' transactions
    are not committed, so a rerun does them): after Ctrl-C the user is not kept waiting for
    an OCR."""
    for process_ in list((getattr(pool, "_processes", None) or {}).values()):
        process_.terminate()
    pool.shutdown(wait=False, cancel_futures=True)

