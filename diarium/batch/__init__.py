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

Walking the paths and hashing the files is in `diarium.batch.walk`.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from diarium.batch.walk import DEFAULT_EXCLUDE, file_sha256, is_excluded, walk
from diarium.batch.progress import LogReporter, Reporter, RichReporter, Summary
from diarium.batch.workers import (WINDOW_PER_WORKER, Outcome, Task, dask_client, process_file,
                                   run_dask, run_in_process, run_pool, start_pool)
from diarium.store import connect, is_current

# --- the run --------------------------------------------------------------------------------

def pdf_outputs(files: list[Path], pdf_dir: str | Path | None) -> dict[Path, str | None]:
    """Where each input's searchable PDF goes: its path below the inputs' common folder,
    under `pdf_dir`, as .pdf (so two scans of the same name in different folders both fit).

    >>> pdf_outputs([Path("arkiv/2021/a.png"), Path("arkiv/2022/a.pdf")], "ut")
    {PosixPath('arkiv/2021/a.png'): 'ut/2021/a.pdf', PosixPath('arkiv/2022/a.pdf'): 'ut/2022/a.pdf'}
    """
    if pdf_dir is None or not files:
        return dict.fromkeys(files)
    absolute = [path.resolve() for path in files]
    common = Path(os.path.commonpath([path.parent for path in absolute]))
    return {path: str(Path(pdf_dir) / full.relative_to(common).with_suffix(".pdf"))
            for path, full in zip(files, absolute)}


def tasks_to_do(files: list[Path], conn, summary: Summary, reporter: Reporter,
                redact: bool, pdf_dir: str | Path | None = None) -> Iterator[Task]:
    """The files not yet stored as they are now; the others are counted as skipped, and so
    is a second file with the same bytes in this run (workers would otherwise process both
    at once, and one would replace the other's row). With `pdf_dir`, a stored scan whose
    PDF is missing is done again."""
    outputs = pdf_outputs(files, pdf_dir)
    queued: set[str] = set()
    for path in files:
        name = str(path)
        try:
            sha256 = file_sha256(path)
        except OSError:  # the worker fails on it the same way and records why
            sha256 = ""
        pdf_out = outputs[path]
        pdf_missing = bool(pdf_out and not Path(pdf_out).exists() and stored_scan(conn, name))
        if sha256 and (sha256 in queued or (is_current(conn, name, sha256, redact=redact)
                                            and not pdf_missing)):
            summary.skipped += 1
            reporter.skipped(summary, name)
            continue
        if sha256:
            queued.add(sha256)
        yield Task(name, sha256, redact, pdf_out)


def stored_scan(conn, path: str) -> bool:
    row = conn.execute("SELECT kind FROM documents WHERE path = ?", (path,)).fetchone()
    return bool(row) and row["kind"] in ("pdf-scan", "image")


def run(paths: Iterable[str | Path], db: str | Path = "diarium.db", *, workers: int | None = None,
        dask: str | None = None, redact: bool = False,
        exclude: Iterable[str] = DEFAULT_EXCLUDE, reporter: Reporter | None = None,
        pdf_dir: str | Path | None = None) -> Summary:
    """Process every document under `paths` into the database `db`; return what happened.
    With `pdf_dir`, each scanned input is also written there as a searchable PDF/A."""
    reporter = reporter or Reporter()
    if workers is None:
        workers = os.cpu_count() or 1
    files = walk(paths, exclude)
    summary = Summary(total=len(files))
    reporter.summary = summary        # also for a caller interrupted before the end
    connect(db).close()  # create or migrate the database before any worker opens it
    pool = start_pool(workers, str(db)) if workers and not dask else None
    conn = connect(db)
    reporter.start(summary)
    client = None
    try:
        tasks = tasks_to_do(files, conn, summary, reporter, redact, pdf_dir)
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


__all__ = ["DEFAULT_EXCLUDE", "LogReporter", "Outcome", "Reporter", "RichReporter", "Summary",
           "file_sha256", "process_file", "run", "walk"]
