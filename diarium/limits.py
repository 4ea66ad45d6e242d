"""What one document may cost before it is refused: pages, text, bytes, seconds, memory.

A folder from the outside world holds files made to hurt: a PDF whose stream inflates to
gigabytes, a text of hundreds of megabytes, a FIFO or a link to /dev/zero named `.txt`. Each
limit is checked as early as it can be, before the work it protects is done, and a document
over one fails alone with one line that says by how much:

>>> Limits(max_text_mb=50).text_too_large(412_000_000)
'too large: 412 MB of text, limit 50 MB'

The defaults (`diarium run --max-…`, or the environment variables of `ENV`; 0 turns a limit
off) are far above what real archive documents need — a 600-page kommunstyrelse bundle has
about 2 MB of text — and low enough that one worker stays within about 2 GB:

| limit                 | default | checked                                                  |
|-----------------------|---------|----------------------------------------------------------|
| `max_pages`           | 5000    | PDF and TIFF page count, before any page is read        |
| `max_text_mb`         | 5       | a text file's size before it is read (hOCR/ALTO: 10×);  |
|                       |         | every document's text once read                          |
| `max_file_mb`         | 1024    | any file's size, before it is read                       |
| `max_decompressed_mb` | 256     | each compressed PDF stream, inflated and counted first  |
| `max_seconds`         | 1800    | the whole pipeline of one document (a timer)             |
| `max_memory_mb`       | 2048    | the address space a worker process may allocate          |

Text is counted in megabytes as stored (a UTF-16 file counts twice its characters), 10⁶ bytes.
"""
from __future__ import annotations

import os
import resource
import signal
import stat
import threading
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields, replace

import pypdfium2 as pdfium

from diarium.errors import InputError

MB = 1_000_000
MARKUP_PER_TEXT = 10          # hOCR and ALTO files carry about ten bytes of markup per letter
ENV = {
    "max_pages": "DIARIUM_MAX_PAGES",
    "max_text_mb": "DIARIUM_MAX_TEXT_MB",
    "max_file_mb": "DIARIUM_MAX_FILE_MB",
    "max_decompressed_mb": "DIARIUM_MAX_DECOMPRESSED_MB",
    "max_seconds": "DIARIUM_MAX_SECONDS",
    "max_memory_mb": "DIARIUM_MAX_MEMORY_MB",
}


class TooLarge(InputError):
    """A document over one of its limits."""


@dataclass(frozen=True)
class Limits:
    max_pages: int = 5000
    max_text_mb: float = 5
    max_file_mb: float = 1024
    max_decompressed_mb: float = 256
    max_seconds: float = 1800
    max_memory_mb: float = 2048

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Limits":
        """The defaults, overridden by DIARIUM_MAX_… variables (how workers inherit a run's)."""
        env = os.environ if env is None else env
        given: dict[str, float] = {}
        for name, variable in ENV.items():
            if env.get(variable):
                try:
                    given[name] = float(env[variable])
                except ValueError:
                    raise InputError(None, f"{variable}={env[variable]!r} is not a number") from None
        pages = {"max_pages": int(given.pop("max_pages"))} if "max_pages" in given else {}
        return replace(cls(), **given, **pages)  # type: ignore[arg-type]

    def to_env(self) -> dict[str, str]:
        return {ENV[name]: f"{value:g}" for name, value in asdict(self).items()}

    def with_overrides(self, **values: float | None) -> "Limits":
        """These limits with every value that is not None replaced."""
        known = {f.name for f in fields(self)}
        chosen = {k: v for k, v in values.items() if v is not None and k in known}
        return replace(self, **chosen)  # type: ignore[arg-type]

    # --- the messages -----------------------------------------------------------------------

    def over(self, value: float, limit: float) -> bool:
        return bool(limit) and value > limit

    def text_too_large(self, size: int) -> str | None:
        if self.over(size, self.max_text_mb * MB):
            return f"too large: {megabytes(size)} of text, limit {self.max_text_mb:g} MB"
        return None

    def markup_too_large(self, size: int) -> str | None:
        limit = self.max_text_mb * MARKUP_PER_TEXT
        if self.over(size, limit * MB):
            return f"too large: {megabytes(size)} of markup, limit {limit:g} MB"
        return None

    def file_too_large(self, size: int) -> str | None:
        if self.over(size, self.max_file_mb * MB):
            return f"too large: {megabytes(size)} file, limit {self.max_file_mb:g} MB"
        return None

    def too_many_pages(self, pages: int) -> str | None:
        if self.over(pages, self.max_pages):
            return f"too large: {pages} pages, limit {self.max_pages}"
        return None


def megabytes(size: float) -> str:
    """>>> megabytes(412_345_678), megabytes(2_500_000_000), megabytes(300)
    ('412 MB', '2.5 GB', '0.0003 MB')
    """
    if size >= 1000 * MB:
        return f"{size / (1000 * MB):.3g} GB"
    return f"{size / MB:.3g} MB" if size >= MB else f"{size / MB:.1g} MB"


# --- files that are no files ------------------------------------------------------------------

def special_kind(mode: int) -> str | None:
    """What a path is when it is not a regular file, in the words of the message."""
    for test, kind in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return kind
    return None if stat.S_ISREG(mode) else "not a regular file"


def open_regular(path: str) -> tuple[int, os.stat_result]:
    """Open a file for reading without ever blocking (a FIFO, a device), and check that it is
    a regular file; return the descriptor and its stat. Raises InputError (one line)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from None
    info = os.fstat(fd)
    kind = special_kind(info.st_mode)
    if kind:
        os.close(fd)
        raise InputError(path, f"skipped: {kind}, not a document file")
    return fd, info


def read_exactly(fd: int, size: int) -> bytes:
    """Up to `size` bytes from the start of the file: a file that grows meanwhile is cut."""
    chunks, read = [], 0
    while read < size:
        chunk = os.pread(fd, min(1 << 24, size - read), read)
        if not chunk:
            break
        chunks.append(chunk)
        read += len(chunk)
    return b"".join(chunks)


# --- PDF streams that inflate without end -----------------------------------------------------

ZLIB_MAX_RATIO = 1100         # deflate cannot inflate more than ~1032 bytes per byte


PIECE = 1 << 16               # compressed bytes fed at a time
OUTPUT = 1 << 20              # inflated bytes taken at a time


def inflated_size(data: bytes, start: int, end: int, layers: int, budget: int) -> int:
    """How many bytes the Flate stream data[start:end] inflates to (through `layers` Flate
    filters), counting piece by piece and stopping once over `budget`: bounded memory.

    >>> bomb = zlib.compress(b" " * 50_000_000)
    >>> len(bomb) < 60_000, inflated_size(bomb, 0, len(bomb), 1, 10_000_000) > 10_000_000
    (True, True)
    >>> inflated_size(zlib.compress(zlib.compress(b"x" * 1000)), 0, 40, 2, 10_000)
    1000
    """
    inflaters = [zlib.decompressobj() for _ in range(layers)]
    total = 0

    def feed(level: int, piece: bytes) -> bool:
        """Inflate `piece` at this layer and pass it on; False once over the budget."""
        nonlocal total
        inflater = inflaters[level]
        while True:
            out = inflater.decompress(piece, OUTPUT)
            piece = inflater.unconsumed_tail
            if level + 1 < layers:
                if out and not feed(level + 1, out):
                    return False
            else:
                total += len(out)
                if total > budget:
                    return False
            if not piece and (len(out) < OUTPUT or inflater.eof):
                return True

    try:
        for position in range(start, end, PIECE):
            if not feed(0, data[position:min(end, position + PIECE)]) or inflaters[0].eof:
                break
    except zlib.error:
        pass  # corrupt: PDFium reports it, or reads what it can
    return total


def flate_streams(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(start, end, Flate layers) of every stream whose dictionary names FlateDecode."""
    position = 0
    while (found := data.find(b"stream", position)) >= 0:
        position = found + 6
        if data[found - 3:found] == b"end":
            continue
        body = found + 6 + (2 if data[found + 6:found + 8] == b"\r\n" else 1)
        if data[found + 6:found + 7] not in (b"\r", b"\n"):
            continue
        head = data[max(0, found - 2048):found]
        dictionary = head[head.rfind(b"obj") + 3:] if b"obj" in head else head
        layers = dictionary.count(b"/FlateDecode") + dictionary.count(b"/Fl ") \
            + dictionary.count(b"/Fl]") + dictionary.count(b"/Fl/")
        if not layers:
            continue
        end = data.find(b"endstream", body)
        yield body, end if end >= 0 else len(data), layers


def pdf_problem(data: bytes, limits: Limits) -> str | None:
    """Why this PDF must not be opened: a stream that inflates past the limit, or too many
    pages. None when it may be read (also when PDFium cannot open it: it says why later)."""
    budget = int(limits.max_decompressed_mb * MB)
    if budget:
        for start, end, layers in flate_streams(data):
            if layers == 1 and (end - start) * ZLIB_MAX_RATIO <= budget:
                continue  # too small to inflate past the budget: no need to try
            size = inflated_size(data, start, end, layers, budget)
            if size > budget:
                return (f"too large: a compressed stream inflates to more than "
                        f"{megabytes(budget)}, limit {limits.max_decompressed_mb:g} MB "
                        "(a decompression bomb?)")
    if limits.max_pages:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            return None
        try:
            return limits.too_many_pages(len(pdf))
        finally:
            pdf.close()
    return None


# --- seconds and memory -----------------------------------------------------------------------

class TooSlow(TooLarge):
    """A document that took longer than its time limit."""


@contextmanager
def deadline(seconds: float, path: str | None = None) -> Iterator[None]:
    """Raise TooSlow in this (main) thread when the block runs longer than `seconds`. Outside
    the main thread, or with 0, there is no timer (signals reach the main thread only)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TooSlow(path, f"too slow: over {seconds:g} s, limit {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def limit_memory(limits: Limits) -> None:
    """Cap this process's data segment (heap and private mappings): a document that needs more
    fails with MemoryError in this process instead of taking the machine's memory. For worker
    processes only; Tesseract, started from them, inherits the cap."""
    if not limits.max_memory_mb:
        return
    cap = int(limits.max_memory_mb * (1 << 20))
    soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))


def failure_reason(error: BaseException, limits: Limits) -> str | None:
    """The one-line reason for an error a limit caused, or None for any other error."""
    if isinstance(error, MemoryError):
        return f"too large: ran out of memory (limit {limits.max_memory_mb:g} MB)"
    return None


__all__ = ["ENV", "Limits", "TooLarge", "TooSlow", "deadline", "failure_reason",
           "limit_memory", "megabytes", "open_regular", "pdf_problem", "read_exactly",
           "special_kind"]
