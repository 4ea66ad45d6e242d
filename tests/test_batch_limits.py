"""The limits of a hostile archive (issue 13) on the documents that are read page by page
(issue 12): a scan over its page limit fails before a page is read, a scan's pages count
towards its document's time, pool workers run under the memory cap, and URLs pass the CLI's
walk next to paths (the same bytes under both: stored once)."""
from __future__ import annotations

import resource
import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path

import pytest

from diarium.batch import run
from diarium.batch.local import start_pool
from diarium.batch.schedule import PAGE, START, Scheduler, Step
from diarium.batch.workers import Task
from diarium.ingest.pages import PageJob, PageResult, Plan
from diarium.limits import Limits
from diarium.schemas.document import Line, Page
from diarium.store import connect
from test_batch import DIARIUM, SAMPLES
from test_batch_pages import PagesSeen, bundle

ROOT = Path(__file__).resolve().parents[1]


class Here:
    """A backend that runs no worker: a document's plan has four pages, each page step takes
    `page_seconds`; one step at a time (one worker)."""

    def __init__(self, page_seconds: float):
        self.page_seconds = page_seconds
        self.steps: list[Step] = []

    def capacity(self) -> int:
        return 1

    def open(self, doc) -> None: ...
    def close(self, doc) -> None: ...
    def restart(self) -> None: ...

    def lost(self, error: BaseException) -> str | None:
        return None

    def wait(self, futures: list) -> set:
        return set(futures)

    def submit(self, step: Step) -> Future:
        self.steps.append(step)
        future: Future = Future()
        if step.kind == START:
            future.set_result(Plan(path=step.doc.task.path, sha256="0" * 64, reader="pdf",
                                   pages=[None] * 4, jobs=[PageJob(i) for i in range(4)],
                                   seconds=0.1))
        else:
            assert step.kind == PAGE and step.job is not None
            page = Page(number=step.job.number, source="ocr",
                        lines=[Line.from_text("Protokoll fört vid sammanträde")])
            future.set_result(PageResult(step.job.index, page, seconds=self.page_seconds))
        return future


def test_the_pages_of_a_scan_count_towards_its_documents_time(tmp_path):
    backend = Here(page_seconds=0.6)
    task = Task("bunt.pdf", "0" * 64, limits=Limits(max_seconds=1.5))
    outcomes = list(Scheduler(iter([task]), backend, connect(tmp_path / "tid.db")).run())
    assert [(o.ok, o.error) for o in outcomes] == [(False, "too slow: over 1.5 s, limit 1.5 s")]
    pages = [step for step in backend.steps if step.kind == PAGE]
    # 0.1 s planning, then 0.6 s a page: the third page ends over the limit, the fourth is
    # never read; each page is sent with what is left of the document's time.
    assert [round(step.seconds_left, 2) for step in pages] == [1.4, 0.8, 0.2]


def test_a_scan_over_its_page_limit_fails_before_a_page_is_read(tmp_path, monkeypatch):
    scan = bundle(tmp_path / "bunt.pdf")
    monkeypatch.setenv("DIARIUM_MAX_PAGES", "3")
    seen = PagesSeen()
    summary = run([scan], tmp_path / "sidor.db", workers=2, reporter=seen)
    assert summary.failures == [(str(scan), "too large: 4 pages, limit 3")]
    assert summary.pages_read == 0 and not seen.workers


def test_pool_workers_run_under_the_memory_cap(tmp_path, monkeypatch):
    monkeypatch.setenv("DIARIUM_MAX_MEMORY_MB", "1500")
    pool = start_pool(1, str(tmp_path / "cap.db"))
    try:
        soft, _ = pool.submit(resource.getrlimit, resource.RLIMIT_DATA).result()
    finally:
        pool.shutdown()
    assert soft == 1500 << 20


@pytest.mark.parametrize("workers", ["0", "2"])
def test_the_cli_takes_urls_next_to_paths_and_stores_the_same_bytes_once(tmp_path, workers):
    text = next(SAMPLES.glob("000_*.txt")).read_bytes()
    local, bucket = tmp_path / "arkiv", tmp_path / "bucket"
    local.mkdir()
    bucket.mkdir()
    (local / "kallelse.txt").write_bytes(text)
    (bucket / "kallelse-kopia.txt").write_bytes(text)        # the same bytes, as a URL
    (bucket / "annan.txt").write_bytes(text + "\nBilaga 2.\n".encode())
    db = tmp_path / "url.db"
    done = subprocess.run([*DIARIUM, "run", str(local), f"file://{bucket}", "--db", str(db),
                           "--workers", workers], capture_output=True, text=True, cwd=tmp_path,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 documents" in done.stdout and "1 skipped" in done.stdout, done.stdout
    conn = connect(db)
    paths = sorted(r[0] for r in conn.execute("SELECT path FROM documents"))
    conn.close()
    assert paths == sorted([f"file://{bucket}/annan.txt", str((local / "kallelse.txt").resolve())])


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))
