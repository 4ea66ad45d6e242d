"""Library chatter kept off the terminal: one document, one line.

Image and PDF libraries report damaged data on their own: Pillow as Python warnings, libtiff
and others by writing straight to the process's standard error ("Fax4Decode: Bad code word at
line 128 of strip 1", once per bad line, sometimes twice over). Reading a corrupt TIFF then
printed three to fourteen lines before diarium's own. While a file is read, both are caught:
a file that fails has only diarium's one-line reason; one that is read despite them keeps one
warning that says how many there were and what the first said.

>>> import warnings
>>> with library_messages() as messages:
...     warnings.warn("Corrupt EXIF data.  Expecting to read 2 bytes but only got 0. ")
>>> summary(messages)
'the file reader warned 1 time: Corrupt EXIF data. Expecting to read 2 bytes but only got 0.'
"""
from __future__ import annotations

import os
import sys
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from diarium.errors import one_line

KEPT_BYTES = 1 << 16        # of what libraries write, enough to count and quote


@contextmanager
def library_messages() -> Iterator[list[str]]:
    """Collect the warnings and standard-error output of the block into a list of lines.

    Standard error is redirected at the descriptor (C libraries write there directly), so it
    is process-wide while the block runs: a document is read by one thread at a time here."""
    messages: list[str] = []
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                yield messages
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            messages.extend(one_line(w.message) for w in caught)
            sink.seek(0)
            written = sink.read(KEPT_BYTES).decode("utf-8", errors="replace")
            messages.extend(line.strip() for line in written.splitlines() if line.strip())


def summary(messages: list[str]) -> str | None:
    """One warning for them all, or None when there were none."""
    if not messages:
        return None
    times = f"{len(messages)} time" + ("s" if len(messages) > 1 else "")
    return f"the file reader warned {times}: {one_line(messages[0])}"


__all__ = ["library_messages", "summary"]
