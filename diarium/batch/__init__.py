"""`diarium run`: process whole archives into the store, in parallel, resumably.

The parent process walks the paths, hashes each file, skips those already stored from the
same bytes by the same pipeline version, and hands the rest to workers. Every document is
written in one transaction, so a run killed at any moment loses at most the documents in
flight, which the next run redoes.

A document is handed out in steps (`diarium.batch.schedule`): most are done in one, but the
pages of a scan are OCR'd by all the workers at once and put back together in order, so one
600-page bundle keeps every core busy. Who writes depends on where the work runs:

- a local process pool (`diarium.batch.local`): each worker writes its own documents through
  its own connection and sends the parent only an outcome;
- in-process (`workers=0`): one document after another, each read whole, written here;
- Dask (`diarium.batch.cluster`): the workers get bytes or URLs, never a path of this
  machine, and send the rows back; this process writes them.

Walking the paths and hashing the files is in `diarium.batch.walk`; URLs (`s3://…`) are
listed and read with fsspec (`diarium.batch.sources`).
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from diarium.batch.walk import DEFAULT_EXCLUDE, file_sha256, is_excluded, walk
from diarium.batch.cluster import DaskBackend, dask_client
from diarium.batch.local import PoolBackend, start_pool
from diarium.batch.progress import LogReporter, Reporter, RichReporter, Summary
from diarium.batch.schedule import Scheduler
from diarium.batch.sources import expand_urls, is_url, source_sha256
from diarium.batch.workers import Outcome, Task, process_file, store
from diarium.ingest.pages import PageResult
from diarium.limits import Limits
from diarium.store import connect, is_current
from diarium.store.rows import resolved

# --- the run --------------------------------------------------------------------------------

def documents(paths: Iterable[str | Path], exclude: Iterable[str]) -> list[str]:
    """The documents to process: files under the paths, then documents under the URLs."""
    names = [str(p) for p in paths]
    urls = [name for name in names if is_url(name)]
    local = [name for name in names if not is_url(name)]
    found = [str(path) for path in walk(local, exclude)] if local else []
    return found + (expand_urls(urls, exclude) if urls else [])


def pdf_outputs(names: list[str], pdf_dir: str | Path | None) -> dict[str, str | None]:
    """Where each input's searchable PDF goes: its path below the local inputs' common folder,
    under `pdf_dir`, as .pdf (so two scans of the same name in different folders both fit);
    a URL's under its host and path. Two inputs that would meet there (a.png and a.pdf in one
    folder) keep their suffix in the name.

    >>> pdf_outputs(["arkiv/2021/a.png", "arkiv/2022/a.pdf", "s3://arkiv/2023/b.tif"], "ut")
    {'arkiv/2021/a.png': 'ut/2021/a.pdf', 'arkiv/2022/a.pdf': 'ut/2022/a.pdf', 's3://arkiv/2023/b.tif': 'ut/arkiv/2023/b.pdf'}
    >>> pdf_outputs(["arkiv/a.pdf", "arkiv/a.tif"], "ut")
    {'arkiv/a.pdf': 'ut/a.pdf.pdf', 'arkiv/a.tif': 'ut/a.tif.pdf'}
    """
    if pdf_dir is None or not names:
        return dict.fromkeys(names)
    local = [name for name in names if not is_url(name)]
    absolute = {name: Path(name).resolve() for name in local}
    common = (Path(os.path.commonpath([path.parent for path in absolute.values()]))
              if absolute else Path("/"))

    def below(name: str) -> Path:
        return Path(name.split("://", 1)[1]) if is_url(name) else absolute[name].relative_to(common)
    outputs = {name: below(name).with_suffix(".pdf") for name in names}
    taken = Counter(outputs.values())
    return {name: str(Path(pdf_dir) / (out if taken[out] == 1
                                       else out.with_name(below(name).name + ".pdf")))
            for name, out in outputs.items()}


def stored_scan(conn, sha256: str) -> bool:
    """Whether the document stored from these bytes is a scan (the store keys by content)."""
    row = conn.execute("SELECT kind FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    return bool(row) and row["kind"] in ("pdf-scan", "image")


def tasks_to_do(names: list[str], conn, summary: Summary, reporter: Reporter,
                redact: bool, pdf_dir: str | Path | None = None) -> Iterator[Task]:
    """The documents not yet stored as they are now; the others are counted as skipped, and so
    is a second document with the same bytes in this run (workers would otherwise process
    both at once, and one would replace the other's row). Each task carries the run's limits
    and the path resolved here, where the file was found. With `pdf_dir`, a stored scan whose
    PDF is missing is done again."""
    outputs = pdf_outputs(names, pdf_dir)
    queued: set[str] = set()
    limits = Limits.from_env()
    for name in names:
        try:
            sha256 = source_sha256(name)
        except (OSError, ValueError, ImportError):  # the worker fails on it the same way, says why
            sha256 = ""
        pdf_out = outputs[name]
        pdf_missing = bool(pdf_out and not Path(pdf_out).exists() and stored_scan(conn, sha256))
        if sha256 and (sha256 in queued or (is_current(conn, name, sha256, redact=redact)
                                            and not pdf_missing)):
            summary.skipped += 1
            reporter.skipped(summary, name)
            continue
        if sha256:
            queued.add(sha256)
        yield Task(name, sha256, redact, limits, resolved(name), pdf_out)


def run_in_process(tasks: Iterator[Task], conn) -> Iterator[Outcome]:
    """One document after another, each read whole, here."""
    for task in tasks:
        yield store(conn, process_file(task.path, task.sha256, task.redact,
                                       pdf_out=task.pdf_out))


def run(paths: Iterable[str | Path], db: str | Path = "diarium.db", *, workers: int | None = None,
        dask: str | None = None, redact: bool = False,
        exclude: Iterable[str] = DEFAULT_EXCLUDE, reporter: Reporter | None = None,
        pdf_dir: str | Path | None = None) -> Summary:
    """Process every document under `paths` (files, folders, URLs) into the database `db`.
    With `pdf_dir`, each scanned input is also written there as a searchable PDF/A."""
    reporter = reporter or Reporter()
    if workers is None:
        workers = os.cpu_count() or 1
    names = documents(paths, exclude)
    summary = Summary(total=len(names))
    reporter.summary = summary        # also for a caller interrupted before the end
    connect(db).close()  # create or migrate the database before any worker opens it
    backend = None
    if workers and not dask:
        # Started before this process connects: see start_pool.
        backend = PoolBackend(start_pool(workers, str(db)), workers, str(db))
    conn = connect(db)
    reporter.start(summary)
    client = None
    interrupted = True

    def page_read(task: Task, result: PageResult) -> None:
        summary.pages_read += 1
        reporter.page_read(summary, task, result)

    try:
        tasks = tasks_to_do(names, conn, summary, reporter, redact, pdf_dir)
        if dask:
            client = dask_client(dask, workers)
            outcomes = Scheduler(tasks, DaskBackend(client), conn, page_read).run()
        elif backend is not None:
            outcomes = Scheduler(tasks, backend, conn, page_read).run()
        else:
            outcomes = run_in_process(tasks, conn)
        for outcome in outcomes:
            summary.add(outcome)
            reporter.stored(summary, outcome)
        interrupted = False
    finally:
        summary.seconds = summary.elapsed
        if backend is not None:
            backend.shutdown(interrupted)
        if client is not None:
            close_client(client)
        conn.close()
        reporter.finish(summary)
    return summary


def close_client(client) -> None:
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()


__all__ = ["DEFAULT_EXCLUDE", "LogReporter", "Outcome", "Reporter", "RichReporter", "Summary",
           "file_sha256", "is_excluded", "process_file", "run", "walk"]
