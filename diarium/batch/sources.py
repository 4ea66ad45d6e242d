"""Where a document's bytes come from: a path on this machine, or a URL any machine can read.

A path is only good on the machine that walked it (and, relative, only in its working
directory), so a cluster worker is never handed one: the client sends the bytes. A URL
(`file:///archive/x.pdf`, `s3://bucket/x.pdf`, anything fsspec opens) is read by the worker
itself, so the client does not carry the bytes of an archive in object storage.

>>> is_url("s3://arkiv/2021/protokoll.pdf"), is_url("arkiv/2021/protokoll.pdf")
(True, False)
>>> is_url("C:/arkiv/protokoll.pdf")
False
"""
from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from diarium.batch.walk import file_sha256, is_excluded
from diarium.errors import InputError
from diarium.ingest import SUPPORTED, read_file
from diarium.limits import Limits

URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+://")
CHUNK = 1 << 20
# Files kept in memory per process for the page jobs of the documents being read.
KEPT = 2


def is_url(name: str) -> bool:
    return bool(URL.match(name))


def read_source(name: str, limits: Limits | None = None) -> bytes:
    """The whole file; InputError (one line, like `diarium.ingest.load`) if it cannot be read.
    A local file is read as `diarium.ingest.read_file` reads it: never blocking on a FIFO or a
    device, refused before it is read when over its size limit. A URL's size is judged once
    read (`diarium.ingest.reader_for`)."""
    if is_url(name):
        return read_url(name)
    return read_file(name, limits)


def fsspec():
    """fsspec (a dependency of dask), imported when a URL is given."""
    import fsspec as module  # type: ignore[import-untyped]
    return module


def read_url(url: str) -> bytes:
    try:
        with fsspec().open(url, "rb") as file:
            return file.read()
    except FileNotFoundError:
        raise InputError(url, "no such file") from None
    except (OSError, ValueError, ImportError) as err:
        raise InputError(url, f"cannot read: {' '.join(str(err).split())}") from None


def source_sha256(name: str) -> str:
    """The sha256 of a file or URL, read in chunks (any size, little memory)."""
    if not is_url(name):
        return file_sha256(Path(name))  # opened without blocking: a FIFO cannot stop the run
    digest = hashlib.sha256()
    with fsspec().open(name, "rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def expand_urls(urls: Iterable[str], exclude: Iterable[str]) -> list[str]:
    """The documents under URLs: a URL of a folder (prefix) gives its supported files, hidden
    ones and names matching `exclude` left out, sorted; a URL of a file is taken as it is."""
    exclude = tuple(exclude)
    found: dict[str, None] = {}
    for url in urls:
        fs, root = fsspec().core.url_to_fs(url)
        if not fs.isdir(root):
            found[url] = None
            continue
        for path in sorted(fs.find(root)):
            relative = PurePosixPath(path).relative_to(PurePosixPath(root).as_posix())
            if (any(part.startswith(".") for part in relative.parts)
                    or relative.suffix.lower() not in SUPPORTED
                    or is_excluded(Path(relative.name), exclude)):
                continue
            found[fs.unstrip_protocol(path)] = None
    return list(found)


class KeptFiles:
    """The bytes of the last few files this process read for page jobs, so that the jobs of
    one document read its file once; a file whose bytes changed since it was planned fails."""

    def __init__(self, size: int = KEPT):
        self.size = size
        self.kept: OrderedDict[tuple[str, str], bytes] = OrderedDict()
        self.lock = threading.Lock()

    def read(self, name: str, sha256: str, limits: Limits | None = None) -> bytes:
        key = (name, sha256)
        with self.lock:
            if key in self.kept:
                self.kept.move_to_end(key)
                return self.kept[key]
        data = read_source(name, limits)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise InputError(name, "file changed while it was being read; run again")
        self.keep(name, sha256, data)
        return data

    def keep(self, name: str, sha256: str, data: bytes) -> None:
        """Keep bytes read already (by the step that planned the document)."""
        with self.lock:
            self.kept[(name, sha256)] = data
            while len(self.kept) > self.size:
                self.kept.popitem(last=False)


KEPT_FILES = KeptFiles()
