"""Progress bars for the commands that can take long on scans (`ingest`, `diff`): on stderr,
only when stderr is a terminal, gone when the work is done (stdout carries the data)."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)

from diarium.ingest.progress import observing


class PageBars:
    """One bar for the files (when there are several) and one per PDF being read."""

    def __init__(self, files: int):
        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True,
            redirect_stdout=False)    # the data stays on stdout, whatever stderr is
        self.files: TaskID | None = (self.progress.add_task("files", total=files)
                                     if files > 1 else None)
        self.pages: dict[str, TaskID] = {}

    def page_read(self, path: str, number: int, total: int) -> None:
        if path not in self.pages:
            self.pages[path] = self.progress.add_task(f"{Path(path).name}: pages", total=total)
        self.progress.update(self.pages[path], completed=number)

    def file_done(self) -> None:
        if self.files is not None:
            self.progress.advance(self.files)


@contextmanager
def progress_bars(files: int = 1, enabled: bool | None = None) -> Iterator[PageBars | None]:
    """Bars on stderr while the block runs (if stderr is a terminal); yields them or None."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield None
        return
    bars = PageBars(files)
    with bars.progress, observing(bars.page_read):
        yield bars


__all__ = ["PageBars", "progress_bars"]
