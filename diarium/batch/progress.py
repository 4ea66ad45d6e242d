"""What `diarium run` has done so far, and how it tells the user: nothing, a log line per
document, or a progress bar (which also counts the pages of a long scan as they are read)."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)

from diarium.batch.workers import Outcome, Task
from diarium.errors import printable
from diarium.ingest.pages import PageResult


@dataclass
class Summary:
    total: int = 0
    documents: int = 0
    pages: int = 0
    facts: int = 0
    failed: int = 0
    skipped: int = 0
    pages_read: int = 0         # pages OCR'd apart (of scans read page by page)
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
            self.failures.append((outcome.path, outcome.error or "failed"))

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

    summary: Summary | None = None      # the run's, set when it starts

    def start(self, summary: Summary) -> None: ...
    def page_read(self, summary: Summary, task: Task, result: PageResult) -> None: ...
    def stored(self, summary: Summary, outcome: Outcome) -> None: ...
    def skipped(self, summary: Summary, path: str) -> None: ...
    def finish(self, summary: Summary) -> None: ...


def eta(summary: Summary) -> str:
    worked = summary.documents + summary.failed
    remaining = summary.total - summary.done
    if not worked or summary.elapsed <= 0:
        return "?"
    seconds = int(remaining * summary.elapsed / worked)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class LogReporter(Reporter):
    """One plain line per processed document, on stderr: for logs, or with -v."""

    def __init__(self, out: TextIO | None = None):
        self.out = out or sys.stderr

    def stored(self, summary: Summary, outcome: Outcome) -> None:
        what = (f"ok {outcome.page_count} pages, {outcome.fact_count} facts" if outcome.ok
                else f"FAILED: {printable(outcome.error or '')}")
        # A file name may hold a newline or an ANSI escape: written as escapes, one line each.
        print(f"[{summary.done}/{summary.total}] {printable(outcome.path)}: {what} "
              f"({summary.pages_per_second:.1f} pages/s, ETA {eta(summary)})",
              file=self.out, flush=True)


class RichReporter(Reporter):
    """A progress bar with documents, pages, pages/s and ETA."""

    def __init__(self, console: Console | None = None):
        self.progress = Progress(
            TextColumn("[bold]diarium run"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[pages]} pages · {task.fields[rate]:.1f} pages/s · "
                       "{task.fields[read]} scanned pages read · {task.fields[failed]} failed"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=console, transient=False)
        self.task: TaskID | None = None

    def start(self, summary: Summary) -> None:
        self.progress.start()
        self.task = self.progress.add_task("run", total=summary.total, pages=0, rate=0.0,
                                           read=0, failed=0)

    def update(self, summary: Summary) -> None:
        if self.task is None:               # not started
            return
        self.progress.update(self.task, completed=summary.done, pages=summary.pages,
                             rate=summary.pages_per_second, read=summary.pages_read,
                             failed=summary.failed)

    def stored(self, summary: Summary, outcome: Outcome) -> None:
        if not outcome.ok:
            self.progress.console.print(f"[red]failed[/red] {escape(printable(outcome.path))}: "
                                        f"{escape(printable(outcome.error or ''))}",
                                        highlight=False)
        self.update(summary)

    def skipped(self, summary: Summary, path: str) -> None:
        self.update(summary)

    def page_read(self, summary: Summary, task: Task, result: PageResult) -> None:
        self.update(summary)

    def finish(self, summary: Summary) -> None:
        self.update(summary)
        self.progress.stop()
