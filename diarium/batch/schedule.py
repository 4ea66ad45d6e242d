"""Documents through the workers, step by step, so that one huge scan keeps every worker busy.

Each document starts as one step (`start_document`): most documents are done in it. A
document with pages to OCR comes back as a plan; its pages become steps of their own, spread
over all workers, and when the last page is in, the Document is put together here, in page
order, and finished in one more step (repair, structure, extract). Steps are handed out in
this order: a document to finish, then the pages of the documents already started (oldest
first), then a new document; no more than the backend's capacity is in flight, so memory stays
bounded by the documents under way, whatever the size of the archive.

Where the steps run is the backend's (`diarium.batch.local`: a process pool whose workers
write their own documents; `diarium.batch.cluster`: Dask, whose results are written here).
When a pool worker dies, the whole pool goes with every step in flight: each of them runs
again, alone, so that a document that kills its worker again is told apart from those that
were there with it, and a second death fails it. On Dask a death costs only the worker's own
step, which the cluster runs again by itself (`KilledWorker` when it gives up: the document
fails); a step whose bytes died with the worker is sent again, with its bytes, once.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from diarium.batch.workers import WORKER_DIED, Outcome, Task, failure, store
from diarium.errors import DiariumError, one_line
from diarium.ingest.pages import PageJob, PageResult, Plan
from diarium.ingest.progress import page_read
from diarium.ingest.split import assembled
from diarium.schemas.document import Document, Page
from diarium.redact import Redactor
from diarium.store import failed_document, is_current
from diarium.store.rows import StoredDocument

START, PAGE, FINISH = "start", "page", "finish"
# What a backend makes of a step that raised instead of returning.
BROKEN = "broken"   # the pool died: every step in flight is lost
KILLED = "killed"   # the cluster ran the step on dying workers, retried, and gave up
LOST = "lost"       # the step (or the data it needed) was lost: run it again


@dataclass(eq=False)
class Doc:
    """A document under way."""
    task: Task
    handle: Any = None                  # the backend's hold on its bytes (a Dask future)
    plan: Plan | None = None
    todo: deque[PageJob] = field(default_factory=deque)
    read: dict[int, Page] = field(default_factory=dict)
    errors: list[PageResult] = field(default_factory=list)
    messages: dict[int, tuple[str, ...]] = field(default_factory=dict)  # the libraries', by page
    pages_running: int = 0
    seconds: float = 0.0
    done: bool = False


@dataclass(eq=False)
class Step:
    kind: str
    doc: Doc
    job: PageJob | None = None
    document: Document | None = None
    retried: bool = False
    seconds_left: float = 0.0           # of the document's time limit, when sent (0: none)


class Backend(Protocol):
    def capacity(self) -> int: ...
    def open(self, doc: Doc) -> None: ...
    def close(self, doc: Doc) -> None: ...
    def submit(self, step: Step) -> Any: ...
    def wait(self, futures: list) -> set: ...
    def lost(self, error: BaseException) -> str | None: ...
    def restart(self) -> None: ...


PageListener = Callable[[Task, PageResult], None]


class Scheduler:
    def __init__(self, tasks: Iterator[Task], backend: Backend, conn,
                 on_page: PageListener | None = None):
        self.tasks, self.backend, self.conn = tasks, backend, conn
        self.on_page = on_page
        self.running: dict[Any, Step] = {}
        self.finishing: deque[Step] = deque()
        self.paging: deque[Doc] = deque()
        self.again: deque[Step] = deque()     # steps lost with their worker, to run again
        self.suspects: deque[Step] = deque()  # steps lost with their pool, each to run alone
        self.alone = False                    # a step that ran when a worker died is running
        self.outcomes: list[Outcome] = []
        self.exhausted = False

    def run(self) -> Iterator[Outcome]:
        while True:
            self.fill()
            yield from self.flush()
            if not self.running:
                if self.exhausted and not (self.finishing or self.paging or self.again
                                           or self.suspects):
                    return
                continue
            done = self.backend.wait(list(self.running))
            if BROKEN in [self.handle(future) for future in done]:
                self.pool_broke()
            yield from self.flush()

    def flush(self) -> Iterator[Outcome]:
        outcomes, self.outcomes = self.outcomes, []
        yield from outcomes

    # --- handing out steps ----------------------------------------------------------------

    def fill(self) -> None:
        while not self.alone and len(self.running) < self.backend.capacity():
            step = self.next_step()
            if step is None:
                return
            self.running[self.backend.submit(step)] = step

    def next_step(self) -> Step | None:
        if self.suspects:
            if self.running:
                return None
            self.alone = True
            return self.suspects.popleft()
        if self.again:
            return self.again.popleft()
        if self.finishing:
            return self.finishing.popleft()
        while self.paging:
            doc = self.paging[0]
            if doc.done or not doc.todo:
                self.paging.popleft()
                continue
            left = doc.task.seconds_left(doc.seconds)
            if left is None:
                self.fail(doc, doc.task.too_slow())
                continue
            doc.pages_running += 1
            return Step(PAGE, doc, job=doc.todo.popleft(), seconds_left=left)
        while not self.exhausted:
            task = next(self.tasks, None)
            if task is None:
                self.exhausted = True
                break
            doc = Doc(task)
            try:
                self.backend.open(doc)
            except DiariumError as err:
                self.fail(doc, one_line(err.reason))
                continue
            return Step(START, doc)
        return None

    # --- taking results in ------------------------------------------------------------------

    def handle(self, future) -> str | None:
        """Take one finished step in; what was lost if it raised."""
        step = self.running.pop(future)
        self.alone = False
        try:
            value = future.result()
        except Exception as err:
            kind = self.backend.lost(err)
            if kind == BROKEN:
                self.running[future] = step  # taken with the others in flight
            elif kind == KILLED:
                self.fail(step.doc, f"{WORKER_DIED}, on every retry of the cluster")
            elif kind == LOST:
                self.run_again(step)
            else:
                self.fail(step.doc, failure(err))
            return kind
        if not step.doc.done:
            self.took(step, value)
        return None

    def took(self, step: Step, value: Any) -> None:
        doc = step.doc
        if step.kind == PAGE:
            self.page_read(doc, value)
        elif isinstance(value, Plan):
            doc.plan, doc.todo, doc.seconds = value, deque(value.jobs), value.seconds
            self.paging.append(doc)
            page_read(doc.task.path, len(value.pages) - len(value.jobs), len(value.pages))
        else:
            self.complete(doc, value)

    def page_read(self, doc: Doc, result: PageResult) -> None:
        doc.pages_running -= 1
        doc.seconds += result.seconds
        if self.on_page is not None:
            self.on_page(doc.task, result)
        if doc.plan is not None:  # a page observer here sees the pages as one reader says them
            total = len(doc.plan.pages)
            page_read(doc.task.path, total - len(doc.todo) - doc.pages_running, total)
        if result.page is None:
            doc.errors.append(result)
        else:
            doc.read[result.index] = result.page
            doc.messages[result.index] = result.messages
        if doc.task.seconds_left(doc.seconds) is None:  # its pages' time is the document's
            self.fail(doc, doc.task.too_slow())
            return
        if doc.todo or doc.pages_running:
            return
        if doc.errors:  # the first page that failed, as reading them in order would say
            self.fail(doc, min(doc.errors, key=lambda e: e.index).error or "failed")
            return
        assert doc.plan is not None
        messages = list(doc.plan.messages)
        for index in sorted(doc.messages):  # in page order, as one reading says them
            messages.extend(doc.messages[index])
        document = assembled(doc.plan, doc.read, messages)
        doc.read, doc.messages = {}, {}
        self.finishing.append(Step(FINISH, doc, document=document))

    def complete(self, doc: Doc, value: StoredDocument | Outcome) -> None:
        self.outcomes.append(value if isinstance(value, Outcome) else store(self.conn, value))
        doc.done = True
        self.backend.close(doc)

    def fail(self, doc: Doc, reason: str) -> None:
        if not doc.done:
            task = doc.task
            self.complete(doc, failed_document(task.path, task.sha256, reason,
                                               redact=task.redact, seconds=doc.seconds,
                                               full_path=task.full_path))

    # --- dead workers -----------------------------------------------------------------------

    def pool_broke(self) -> None:
        """The pool died: every step in flight is lost; each runs again, alone."""
        steps = list(self.running.values())
        self.running.clear()
        self.alone = False
        self.backend.restart()
        for step in steps:
            self.run_again(step, alone=True)

    def run_again(self, step: Step, alone: bool = False) -> None:
        """A step lost with its worker runs again (alone, to tell whether it killed it);
        lost a second time, its document fails."""
        doc = step.doc
        if doc.done:
            return
        if step.kind != PAGE and self.committed(doc):  # written just before the worker died
            return
        if step.retried:
            self.fail(doc, WORKER_DIED)
            return
        step.retried = True
        try:
            self.backend.open(doc)
        except DiariumError as err:
            self.fail(doc, one_line(err.reason))
            return
        (self.suspects if alone else self.again).append(step)

    def committed(self, doc: Doc) -> bool:
        task = doc.task
        if not (task.sha256 and is_current(self.conn, task.path, task.sha256,
                                           redact=task.redact)):
            return False
        # The store keeps a document under its content (and its resolved, maybe masked, path).
        row = self.conn.execute("SELECT pages, facts FROM documents WHERE sha256 = ?",
                                (task.sha256,)).fetchone()
        shown = Redactor().text(task.path) if task.redact else task.path
        self.outcomes.append(Outcome(shown, True, row["pages"], row["facts"], None))
        doc.done = True
        self.backend.close(doc)
        return True
