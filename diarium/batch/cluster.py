"""`diarium run --dask`: the steps on a Dask cluster that shares no disk with this client.

The client reads each document's bytes and scatters them to one worker (Dask moves them to
any other worker that runs one of the document's pages); a document given as a URL
(`s3://…`, `file://…`) is read by the workers themselves. No worker is ever handed a path of
this machine. The results (plans, pages, rows) come back here, and this process writes the
store, so the workers need no access to the database either.

A worker that dies takes its step with it: the scheduler runs the step on another worker, and
after `distributed.scheduler.allowed-failures` deaths gives up (`KilledWorker`): the document
is recorded as failed. Data lost with a worker (the bytes scattered to it) are sent again.

The run's limits travel with each task; the client reads a local file within them before it
sends the bytes. A Dask worker's steps run in its threads, where no timer can interrupt them:
`max_seconds` is counted (a document whose steps took longer fails when they come back) but
not enforced mid-step; memory is the cluster's to bound (`dask worker --memory-limit`), and a
MemoryError in a step fails its document.
"""
from __future__ import annotations

import time
from concurrent.futures import CancelledError
from typing import Any

from diarium.batch.schedule import FINISH, KILLED, LOST, PAGE, Doc, Step
from diarium.batch.sources import is_url, read_source
from diarium.batch.workers import finish_document, read_page, start_document

# Steps in flight per worker thread: its next step is waiting there when it finishes one.
WINDOW_PER_THREAD = 2
# How long the cluster's size (threads) is taken as known: workers may come and go.
SIZE_SECONDS = 2.0
# Steps that free memory first: finishing a document, then its pages, then a new one.
PRIORITY = {FINISH: 2, PAGE: 1}


def dask_client(scheduler: str, workers: int):
    """A Dask client: 'local' starts a LocalCluster of `workers` processes, else an address."""
    from dask.distributed import Client, LocalCluster
    if scheduler == "local":
        cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    return Client(scheduler)


class DaskBackend:
    def __init__(self, client):
        self.client = client
        self.threads, self.checked = 1, 0.0

    def capacity(self) -> int:
        if time.monotonic() - self.checked > SIZE_SECONDS:
            self.threads = max(1, sum(self.client.nthreads().values()))
            self.checked = time.monotonic()
        return self.threads * WINDOW_PER_THREAD

    def open(self, doc: Doc) -> None:
        """The document's bytes onto the cluster (again, after a loss); a URL stays a URL."""
        self.close(doc)
        if not is_url(doc.task.path):
            doc.handle = self.client.scatter(read_source(doc.task.path, doc.task.limits),
                                             hash=False)

    def close(self, doc: Doc) -> None:
        if doc.handle is not None:
            doc.handle.release()
            doc.handle = None

    def submit(self, step: Step) -> Any:
        doc, task = step.doc, step.doc.task
        priority = PRIORITY.get(step.kind, 0)
        if step.kind == PAGE:
            assert doc.plan is not None
            return self.client.submit(read_page, task, doc.handle, doc.plan.reader,
                                      doc.plan.sha256, step.job, step.seconds_left, pure=False,
                                      priority=priority)
        if step.kind == FINISH:
            # Scattered, not put in the task: the scheduler would carry the whole Document.
            document = self.client.scatter(step.document, hash=False)
            # The bytes go along only for a searchable PDF (`--pdf-dir`) of a scan.
            data = doc.handle if task.pdf_out else None
            return self.client.submit(finish_document, task, document, doc.seconds, data,
                                      pure=False, priority=priority)
        return self.client.submit(start_document, task, doc.handle, pure=False,
                                  priority=priority)

    def wait(self, futures: list) -> set:
        from dask.distributed import wait
        try:
            return wait(futures, return_when="FIRST_COMPLETED").done
        except CancelledError:  # some were lost with a worker: they are done too (and raise)
            return {future for future in futures if future.status != "pending"}

    def lost(self, error: BaseException) -> str | None:
        from dask.distributed import KilledWorker
        if isinstance(error, KilledWorker):
            return KILLED
        if isinstance(error, (CancelledError, OSError, TimeoutError)):
            return LOST
        return None

    def restart(self) -> None:
        pass
