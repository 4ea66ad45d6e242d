"""`diarium run`: process whole archives into the store, in parallel, resumably.

The parent process walks the paths, hashes each file, skips those already stored from the
same bytes by the same pipeline version, hands the rest to workers (a local process pool or
a Dask cluster), and writes each result in one transaction as it arrives. Workers never
touch the database, so SQLite has one writer, and a run killed at any moment loses at most
the documents in flight, which the next run redoes.

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
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from diarium.errors import DiariumError, one_line
from diarium.ingest import SUPPORTED
from diarium.store import connect, failed_document, is_current, stored_document, write
from diarium.store.rows import StoredDocument

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


def warm_up() -> None:
    """Load the pipeline's models and word lists once, here, before the workers fork: they
    then start ready, sharing that memory, instead of each loading it again."""
    from diarium.pipeline import process
    process("Socialnämnden beslutar att godkänna avtalet för år 2024.")


def ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool and exits cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@dataclass(frozen=True)
class Task:
    path: str
    sha256: str
    redact: bool


def run_local(tasks: Iterator[Task], workers: int) -> Iterator[StoredDocument]:
    """Process tasks in a pool of `workers` processes (0: in this process), as completed."""
    if workers == 0:
        for task in tasks:
            yield process_file(task.path, task.sha256, task.redact)
        return
    if multiprocessing.get_start_method() == "fork":
        warm_up()
    pool = cf.ProcessPoolExecutor(max_workers=workers, initializer=ignore_interrupts)
    pending: dict[cf.Future, Task] = {}
    try:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < workers * WINDOW_PER_WORKER:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                pending[pool.submit(process_file, task.path, task.sha256, task.redact)] = task
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
                    yield failed_document(task.path, task.sha256,
                                          "worker process died (crash or out of memory)",
                                          redact=task.redact)
            if broken:  # every document in the dead pool fails the same way; start afresh
                for future, task in list(pending.items()):
                    yield failed_document(task.path, task.sha256,
                                          "worker process died (crash or out of memory)",
                                          redact=task.redact)
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = cf.ProcessPoolExecutor(max_workers=workers, initializer=ignore_interrupts)
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


def run_dask(tasks: Iterator[Task], client, window: int) -> Iterator[StoredDocument]:
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
            yield future.result()
        except Exception as err:  # the worker died or could not run the task
            yield failed_document(task.path, task.sha256,
                                  f"dask: {type(err).__name__}: {err}", redact=task.redact)
        submit_next()


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

    def add(self, stored: StoredDocument) -> None:
        if stored.ok:
            self.documents += 1
            self.pages += stored.page_count
            self.facts += stored.fact_count
        else:
            self.failed += 1
            self.failures.append((stored.path, stored.document["error"]))

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
    def stored(self, summary: Summary, stored: StoredDocument) -> None: ...
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
    conn = connect(db)
    reporter.start(summary)
    client = None
    try:
        tasks = tasks_to_do(files, conn, summary, reporter, redact)
        if dask:
            client = dask_client(dask, workers)
            results = run_dask(tasks, client, max(workers, 1) * WINDOW_PER_WORKER)
        else:
            results = run_local(tasks, workers)
        for stored in results:
            write(conn, stored)
            summary.add(stored)
            reporter.stored(summary, stored)
    finally:
        summary.seconds = summary.elapsed
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

    def stored(self, summary: Summary, stored: StoredDocument) -> None:
        what = (f"ok {stored.page_count} pages, {stored.fact_count} facts" if stored.ok
                else f"FAILED: {stored.document['error']}")
        print(f"[{summary.done}/{summary.total}] {stored.path}: {what} "
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

    def stored(self, summary: Summary, stored: StoredDocument) -> None:
        if not stored.ok:
            from rich.markup import escape
            self.progress.console.print(f"[red]failed[/red] {escape(stored.path)}: "
                                        f"{escape(stored.document['error'])}", highlight=False)
        self.update(summary)

    def skipped(self, summary: Summary, path: str) -> None:
        self.update(summary)

    def finish(self, summary: Summary) -> None:
        self.update(summary)
        self.progress.stop()
