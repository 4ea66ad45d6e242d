"""`diarium run`: process whole archives into the store, in parallel, resumably.

The parent process walks the paths, hashes each file, skips those already stored from the
same bytes by the same pipeline version, and hands the rest to workers. Every document is
written in one transaction, so a run killed at any moment loses at most the documents in
flight, which the next run redoes. Who writes depends on where the work runs:

- a local process pool: each worker writes its own documents through its own connection
  (WAL lets the writers take turns; `BEGIN IMMEDIATE` waits for the lock) and sends the
  parent only an `Outcome`, so the parent, which shares the cores, stays nearly idle;
- in-process (`workers=0`) and Dask: the results come back and this process writes them
  (Dask workers may run on machines that cannot see the database).

>>> is_excluded(Path("scans/001.gt.txt"), DEFAULT_EXCLUDE)
True
"""
from __future__ import annotations

import concurrent.futures as cf
import fnmatch
import hashlib
import multiprocessing
import os
import signal
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from diarium.errors import DiariumError, one_line
from diarium.ingest import SUPPORTED
from diarium.store import connect, failed_document, is_current, stored_document, write
from diarium.store.rows import StoredDocument

WORKER_DIED = "worker process died (crash or out of memory)"

# Ground-truth transcripts and scan metadata lie next to the documents they describe.
DEFAULT_EXCLUDE = ("*.gt.txt", "*.meta.json")
# Documents submitted per worker ahead of the results: enough to keep workers busy, few
# enough that a huge archive does not sit in memory as pending results.
WINDOW_PER_WORKER = 4


# --- walking --------------------------------------------------------------------------------

def is_excluded(path: Path, exclude: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(path.name, pattern) for pattern in exclude)


def walk(paths: Iterable[str | Path], exclude: Iterable[str] = DEFAULT_EXCLUDE) -> list[Path]:
    """Files to process: files named explicitly, and supported files found in folders
    (hidden files and folders, and names matching `exclude`, left out), sorted, once each."""
    exclude = tuple(exclude)
    found: dict[Path, None] = {}
    for path in map(Path, paths):
        if not path.is_dir():
            found[path] = None
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                candidate = Path(root) / name
                if (name.startswith(".") or candidate.suffix.lower() not in SUPPORTED
                        or is_excluded(candidate, exclude)):
                    continue
                found[candidate] = None
    return list(found)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# --- the work of one document (runs in a worker) --------------------------------------------

def process_file(path: str, sha256: str, redact: bool = False) -> StoredDocument:
    """Run the pipeline on one file and return its rows; never raises: a failure is a row."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per worker, also for Tesseract
    from diarium.pipeline import process
    started = time.perf_counter()
    try:
        result = process(Path(path))
        return stored_document(result.document, result.repaired, result.changes, result.record,
                               redact=redact, seconds=time.perf_counter() - started)
    except DiariumError as err:
        reason = err.reason
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
    """Pool initializer: leave Ctrl-C to the parent, die with it, open this worker's connection."""
    global _worker_conn
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    _worker_conn = connect(db)


def die_with_parent() -> None:
    """After a `kill -9` of the parent its workers must not live on, writing (Linux only)."""
    try:
        import ctypes
        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def process_and_store(path: str, sha256: str, redact: bool = False) -> Outcome:
    """In a pool worker: run the pipeline on one file and write it in one transaction."""
    return store(_worker_conn, process_file(path, sha256, redact))


def warm_up() -> None:
    """Load the pipeline's models and word lists once, here, before the workers fork: they
    then start ready, sharing that memory, instead of each loading it again."""
    from diarium.pipeline import process
    process("Socialnämnden beslutar att godkänna avtalet för år 2024.")


@dataclass(frozen=True)
class Task:
    path: str
    sha256: str
    redact: bool


def run_in_process(tasks: Iterator[Task], conn) -> Iterator[Outcome]:
    for task in tasks:
        yield store(conn, process_file(task.path, task.sha256, task.redact))


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
                                    task.redact)] = task
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
    except BaseException:  # interrupted: leave at once, the workers are told to stop
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


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
        future = client.submit(process_file, task.path, task.sha256, task.redact, pure=False)
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


# --- the run --------------------------------------------------------------------------------

@dataclass
class Summary:
    total: int = 0
    documents: int = 0
    pages: int = 0
    facts: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    def add(self, outcome: Outcome) -> None:
        if outcome.ok:
            self.documents += 1
            self.pages += outcome.page_count
            self.facts += outcome.fact_count
        else:
            self.failed += 1
            self.failures.append((outcome.path, outcome.error))

    @property
    def done(self) -> int:
        return self.documents + self.failed + self.skipped

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.elapsed if self.elapsed > 0 else 0.0


class Reporter:
    """Told about every document as it finishes; the default says nothing."""

    def start(self, summary: Summary) -> None: ...
    def stored(self, summary: Summary, outcome: Outcome) -> None: ...
    def skipped(self, summary: Summary, path: str) -> None: ...
    def finish(self, summary: Summary) -> None: ...


def tasks_to_do(files: list[Path], conn, summary: Summary, reporter: Reporter,
                redact: bool) -> Iterator[Task]:
    """The files not yet stored as they are now; the others are counted as skipped."""
    for path in files:
        name = str(path)
        try:
            sha256 = file_sha256(path)
        except OSError:  # the worker fails on it the same way and records why
            sha256 = ""
        if sha256 and is_current(conn, name, sha256, redact=redact):
            summary.skipped += 1
            reporter.skipped(summary, name)
            continue
        yield Task(name, sha256, redact)


def run(paths: Iterable[str | Path], db: str | Path = "diarium.db", *, workers: int | None = None,
        dask: str | None = None, redact: bool = False,
        exclude: Iterable[str] = DEFAULT_EXCLUDE, reporter: Reporter | None = None) -> Summary:
    """Process every document under `paths` into the database `db`; return what happened."""
    reporter = reporter or Reporter()
    if workers is None:
        workers = os.cpu_count() or 1
    files = walk(paths, exclude)
    summary = Summary(total=len(files))
    connect(db).close()  # create or migrate the database before any worker opens it
    pool = start_pool(workers, str(db)) if workers and not dask else None
    conn = connect(db)
    reporter.start(summary)
    client = None
    try:
        tasks = tasks_to_do(files, conn, summary, reporter, redact)
        if dask:
            client = dask_client(dask, workers)
            outcomes = run_dask(tasks, client, max(workers, 1) * WINDOW_PER_WORKER, conn)
        elif pool is not None:
            outcomes = run_pool(tasks, pool, workers, conn, str(db))
        else:
            outcomes = run_in_process(tasks, conn)
        for outcome in outcomes:
            summary.add(outcome)
            reporter.stored(summary, outcome)
    finally:
        summary.seconds = summary.elapsed
        if pool is not None:  # normally shut down already; not if we never got to use it
            pool.shutdown(wait=False, cancel_futures=True)
        if client is not None:
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()
        conn.close()
        reporter.finish(summary)
    return summary


# --- progress -------------------------------------------------------------------------------

def eta(summary: Summary) -> str:
    worked = summary.documents + summary.failed
    remaining = summary.total - summary.done
    if not worked or summary.elapsed <= 0:
        return "?"
    seconds = int(remaining * summary.elapsed / worked)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class LogReporter(Reporter):
    """One plain line per processed document, for logs and pipes (stdout not a terminal)."""

    def __init__(self, out=None):
        self.out = out or sys.stdout

    def stored(self, summary: Summary, outcome: Outcome) -> None:
        what = (f"ok {outcome.page_count} pages, {outcome.fact_count} facts" if outcome.ok
                else f"FAILED: {outcome.error}")
        print(f"[{summary.done}/{summary.total}] {outcome.path}: {what} "
              f"({summary.pages_per_second:.1f} pages/s, ETA {eta(summary)})",
              file=self.out, flush=True)


class RichReporter(Reporter):
    """A progress bar with documents, pages, pages/s and ETA."""

    def __init__(self, console=None):
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        self.progress = Progress(
            TextColumn("[bold]diarium run"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[pages]} pages · {task.fields[rate]:.1f} pages/s · "
                       "{task.fields[failed]} failed"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=console, transient=False)
        self.task = None

    def start(self, summary: Summary) -> None:
        self.progress.start()
        self.task = self.progress.add_task("run", total=summary.total, pages=0, rate=0.0,
                                           failed=0)

    def update(self, summary: Summary) -> None:
        self.progress.update(self.task, completed=summary.done, pages=summary.pages,
                             rate=summary.pages_per_second, failed=summary.failed)

    def stored(self, summary: Summary, outcome: Outcome) -> None:
        if not outcome.ok:
            from rich.markup import escape
            self.progress.console.print(f"[red]failed[/red] {escape(outcome.path)}: "
                                        f"{escape(outcome.error)}", highlight=False)
        self.update(summary)

    def skipped(self, summary: Summary, path: str) -> None:
        self.update(summary)

    def finish(self, summary: Summary) -> None:
        self.update(summary)
        self.progress.stop()
