"""An optional observer of long reads: told each time a page of a PDF has been read (OCR'd
or taken from its text layer), so that a command line can draw a progress bar with an ETA.

The readers stay pure of any output: without an observer `page_read` does nothing.

>>> seen = []
>>> with observing(lambda path, number, total: seen.append((path, number, total))):
...     page_read("skanning.pdf", 1, 2)
>>> page_read("skanning.pdf", 2, 2)          # no observer any more
>>> seen
[('skanning.pdf', 1, 2)]
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

PageObserver = Callable[[str, int, int], None]      # (path, page number, pages in the file)
_observer: ContextVar[PageObserver | None] = ContextVar("page_observer", default=None)


@contextmanager
def observing(callback: PageObserver) -> Iterator[None]:
    token = _observer.set(callback)
    try:
        yield
    finally:
        _observer.reset(token)


def page_read(path: str, number: int, total: int) -> None:
    callback = _observer.get()
    if callback is not None:
        callback(path, number, total)


__all__ = ["PageObserver", "observing", "page_read"]
