"""`diarium run --dask` on a real cluster that shares no disk with the client.

A `dask scheduler` and two `dask worker` processes are started on 127.0.0.1, the workers in
folders of their own and (when the suite runs as root) in their own mount namespace, where
the client's folder is covered by an empty tmpfs: they cannot read the input even by its
absolute path. The input is given as a relative path. The store must come out the same as a
run of the local pool; a worker killed mid-step is retried, and killed again it fails the
document; a client killed with -9 resumes. Every process started here is stopped here.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from diarium.batch import run
from diarium.batch.workers import WORKER_DIED
from test_batch import DIARIUM, GENERATED, SAMPLES, STORE_TABLES, stored_count, table_rows
from test_batch_pages import bundle, same_store

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DASK = Path(sys.executable).with_name("dask")
TEXTS = 8
# A step is given up after this many of its workers died running it (then KilledWorker).
ALLOWED_FAILURES = 1


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def can_hide_folders() -> bool:
    """Root with mount namespaces: a worker can have the client's folder covered."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


class Cluster:
    """A scheduler and two single-threaded workers, each a process group of its own."""

    def __init__(self, base: Path, hidden: Path):
        self.base, self.hidden = base, hidden
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.processes: list[subprocess.Popen] = []
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1",
                    "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": str(ALLOWED_FAILURES)}

    def start(self) -> None:
        port = self.address.rsplit(":", 1)[1]
        self.spawn([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", port,
                    "--no-dashboard"], self.base / "scheduler")
        for name in ("w1", "w2"):
            command = [str(DASK), "worker", self.address, "--name", name, "--nthreads", "1",
                       "--nworkers", "1", "--no-dashboard", "--death-timeout", "60",
                       "--local-directory", str(self.base / name)]
            if can_hide_folders():
                command = ["unshare", "-m", "sh", "-c",
                           'mount -t tmpfs -o size=1m hidden "$0" && exec "$@"',
                           str(self.hidden), *command]
            self.spawn(command, self.base / name)

    def spawn(self, command: list[str], cwd: Path) -> None:
        cwd.mkdir(parents=True, exist_ok=True)
        log = (cwd / "log.txt").open("w")
        self.processes.append(subprocess.Popen(command, cwd=cwd, env=self.env, stdout=log,
                                               stderr=subprocess.STDOUT,
                                               start_new_session=True))

    def stop(self) -> None:
        for process in reversed(self.processes):
            with_signal(process, signal.SIGTERM)
        deadline = time.monotonic() + 10
        for process in reversed(self.processes):
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with_signal(process, signal.SIGKILL)
                process.wait()


def with_signal(process: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(process.pid, sig)  # the nanny and its worker, or the scheduler
    except (ProcessLookupError, PermissionError):
        pass


@pytest.fixture(scope="module")
def client_dir(tmp_path_factory) -> Path:
    """The client's working folder with the archive, `arkiv/`, to be given relatively."""
    client = tmp_path_factory.mktemp("client")
    archive = client / "arkiv"
    archive.mkdir()
    texts = sorted(SAMPLES.glob("00[0-4]_*.txt"))
    for i in range(TEXTS):
        text = texts[i % len(texts)].read_text("utf-8") + f"\nKopia {i}.\n"
        (archive / f"a{i:02d}.txt").write_text(text, "utf-8")
    (archive / "b-sida.png").write_bytes((GENERATED / "004.p1.png").read_bytes())
    bundle(archive / "c-bunt.pdf")
    return client


@pytest.fixture(scope="module")
def cluster(tmp_path_factory, client_dir):
    if not DASK.exists():
        pytest.skip(f"no dask command next to {sys.executable}")
    cluster = Cluster(tmp_path_factory.mktemp("cluster"), hidden=client_dir)
    try:
        cluster.start()
        with distributed.Client(cluster.address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="module")
def local_store(client_dir, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.db"
    here = os.getcwd()
    os.chdir(client_dir)
    try:
        summary = run(["arkiv"], db, workers=2)
    finally:
        os.chdir(here)
    assert (summary.documents, summary.failed) == (TEXTS + 2, 0), summary.failures
    return db


def diarium_run(client_dir: Path, db: Path, address: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([*DIARIUM, "run", "arkiv", "--db", str(db), "--dask", address],
                            cwd=client_dir, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def test_workers_that_cannot_see_the_input_give_the_local_store(cluster, client_dir,
                                                                local_store, tmp_path):
    with distributed.Client(cluster.address) as client:
        sees = client.run(lambda path: os.path.exists(path), str(client_dir / "arkiv"))
        relative = client.run(lambda: os.path.exists("arkiv"))
        assert not any(relative.values())
        if can_hide_folders():
            assert not any(sees.values()), sees
        client_workers = list(client.scheduler_info()["workers"])
        client.get_task_stream()  # start recording which worker runs what
        started = time.time()
        db = tmp_path / "dask.db"
        process = diarium_run(client_dir, db, cluster.address)
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0, out + err
        stream = client.get_task_stream(start=started)
    same_store(db, local_store)
    page_workers = {task["worker"] for task in stream if "read_page" in str(task["key"])}
    # The scan's pages ran as page steps on the cluster. Which worker takes which of its two
    # pages depends on timing (a worker busy with a text may leave both to the other), so
    # the spread over workers is measured by bench/scale.py, not asserted here.
    assert page_workers and page_workers <= set(client_workers), page_workers


def processing(client, prefix: str, dead: set[str]) -> tuple[str, str] | None:
    """(worker address, key) of a step of this kind running now on a live worker, if any."""
    for worker, keys in client.processing().items():
        for key in keys:
            if str(key).startswith(prefix) and worker not in dead:
                return worker, str(key)
    return None


KILLED: set[str] = set()  # worker addresses killed (the scheduler may not know it yet)


def kill_worker_running(client, prefix: str, timeout: float = 120) -> str:
    """kill -9 the worker process (not its nanny) running a step; the step's key."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = processing(client, prefix, KILLED)
        if found:
            worker, running = found
            pid = client.run(os.getpid, workers=[worker])[worker]
            os.kill(pid, signal.SIGKILL)
            KILLED.add(worker)
            return running
        time.sleep(0.02)
    raise AssertionError(f"no {prefix} step ran within {timeout} s")


def run_killing(address: str, db: Path, document: str, kill) -> object:
    """`run` of one document on the cluster while `kill(client)` kills its workers."""
    result: dict = {}
    with distributed.Client(address) as client:
        client.wait_for_workers(2, timeout=60)
        thread = threading.Thread(target=lambda: result.update(
            summary=run([document], db, dask=address)))
        thread.start()
        try:
            kill(client)
        finally:
            thread.join(240)
    return result["summary"]


def rows_of(db: Path, table: str, path: str) -> list:
    """The rows of one document; the store keeps a file's path resolved (a URL as it is)."""
    key = path if "://" in path else os.path.realpath(path)
    return [row for row in table_rows(db, table) if ("path", key) in row
            or ("doc_path", key) in row]


def test_a_killed_worker_is_replaced_and_a_step_that_kills_twice_fails(
        cluster, client_dir, local_store, tmp_path, monkeypatch):
    monkeypatch.chdir(client_dir)
    db = tmp_path / "killed.db"
    scan = "arkiv/c-bunt.pdf"
    summary = run_killing(cluster.address, db, scan,
                          lambda client: kill_worker_running(client, "read_page"))
    assert (summary.documents, summary.failed) == (1, 0), summary.failures
    assert rows_of(db, "pages", scan)
    for table in STORE_TABLES:
        assert rows_of(db, table, scan) == rows_of(local_store, table, scan), table

    def twice(client) -> None:
        first = kill_worker_running(client, "start_document")
        # Its bytes died with the worker: the client sends them again, with the step again.
        assert kill_worker_running(client, "start_document") != first

    summary = run_killing(cluster.address, db, "arkiv/b-sida.png", twice)
    assert summary.failed == 1 and WORKER_DIED in summary.failures[0][1], summary.failures


def test_a_client_killed_with_9_resumes_where_it_stopped(cluster, client_dir, local_store,
                                                         tmp_path):
    db = tmp_path / "resumed.db"
    process = diarium_run(client_dir, db, cluster.address, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while process.poll() is None and time.monotonic() < deadline:
            if db.exists() and stored_count(db) >= 3:
                break
            time.sleep(0.01)
    finally:
        with_signal(process, signal.SIGKILL)
        process.wait()
    interrupted = stored_count(db)
    assert 3 <= interrupted < TEXTS + 2, interrupted
    again = diarium_run(client_dir, db, cluster.address)
    out, err = again.communicate(timeout=240)
    assert again.returncode == 0, out + err
    assert f"{interrupted} skipped" in out
    same_store(db, local_store)


def test_documents_given_as_urls_are_read_by_the_workers(cluster, client_dir, local_store,
                                                         tmp_path_factory, monkeypatch):
    """A folder the workers can read (object storage, here a folder outside the hidden one)
    given as a URL: the workers read it themselves; a second run skips what is stored."""
    bucket = tmp_path_factory.mktemp("bucket")
    names = ["a00.txt", "a01.txt", "b-sida.png"]
    for name in names:
        (bucket / name).write_bytes((client_dir / "arkiv" / name).read_bytes())
    (bucket / ".dold.txt").write_text("dold", "utf-8")
    monkeypatch.chdir(client_dir)
    db = tmp_path_factory.mktemp("urls") / "urls.db"
    summary = run([f"file://{bucket}"], db, dask=cluster.address)
    assert (summary.documents, summary.failed) == (3, 0), summary.failures
    for name in names:
        url = f"file://{bucket / name}"
        local = f"arkiv/{name}"
        assert rows_of(db, "pages", url)
        for table in ("pages", "corrections", "parties", "amounts"):
            assert [drop_path(r) for r in rows_of(db, table, url)] == \
                [drop_path(r) for r in rows_of(local_store, table, local)], (name, table)
    again = run([f"file://{bucket}"], db, dask=cluster.address)
    assert (again.documents, again.skipped) == (0, 3)


def drop_path(row: tuple) -> tuple:
    return tuple((k, v) for k, v in row if k not in ("path", "doc_path"))
