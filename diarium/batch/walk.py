"""The files of a run: walking folders, leaving out what is not a document, hashing.

Each file is taken once, however many times and however it is named: `docs`, `$PWD/docs` and
`.` (run from `docs`) are one folder, a link is its target. What cannot be a document is left
out with a reason: a FIFO or a device named `.txt` would block or never end; a folder that
cannot be read is reported (and makes the run fail), never silently skipped.

>>> is_excluded(Path("scans/001.gt.txt"), DEFAULT_EXCLUDE)
True
"""
from __future__ import annotations

import fnmatch
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from diarium.ingest import SUPPORTED
from diarium.limits import special_kind

# Ground-truth transcripts and scan metadata lie next to the documents they describe.
DEFAULT_EXCLUDE = ("*.gt.txt", "*.meta.json")


class Walk(list):
    """The files to process (a list of paths), and what was left out and why."""

    def __init__(self) -> None:
        super().__init__()
        self.skipped: list[tuple[str, str]] = []     # not a document file: (path, reason)
        self.unreadable: list[tuple[str, str]] = []  # folders that could not be listed
        self.seen: set[tuple[int, int] | str] = set()

    def take(self, path: Path, explicit: bool = False) -> None:
        """Add `path` unless it is a file already taken or no regular file."""
        try:
            info = path.stat()
        except FileNotFoundError:
            if path.is_symlink():
                self.skipped.append((str(path), "skipped: a link to nothing"))
            elif explicit:  # named but missing: its failure is reported like any other
                self._add(path, os.path.abspath(path))
            return
        except OSError as err:
            self.skipped.append((str(path), f"skipped: cannot read ({err.strerror or err})"))
            return
        kind = special_kind(info.st_mode)
        if kind:
            self.skipped.append((str(path), f"skipped: {kind}, not a document file"))
            return
        self._add(path, (info.st_dev, info.st_ino))

    def _add(self, path: Path, identity: tuple[int, int] | str) -> None:
        if identity not in self.seen:
            self.seen.add(identity)
            self.append(path)


# --- walking --------------------------------------------------------------------------------

def is_excluded(path: Path, exclude: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(path.name, pattern) for pattern in exclude)


def walk(paths: Iterable[str | Path], exclude: Iterable[str] = DEFAULT_EXCLUDE) -> Walk:
    """Files to process: files named explicitly, and supported files found in folders
    (hidden files and folders, and names matching `exclude`, left out), sorted, once each."""
    exclude = tuple(exclude)
    found = Walk()

    def unreadable(err: OSError) -> None:
        found.unreadable.append((str(err.filename), f"cannot read the folder: {err.strerror}"))

    for path in map(Path, paths):
        if not path.is_dir():
            found.take(path, explicit=True)
            continue
        for root, dirs, files in os.walk(path, onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                candidate = Path(root) / name
                if (name.startswith(".") or candidate.suffix.lower() not in SUPPORTED
                        or is_excluded(candidate, exclude)):
                    continue
                found.take(candidate)
    return found


def file_sha256(path: Path) -> str:
    """The SHA-256 of a regular file's bytes. OSError for anything else: opening is
    non-blocking, so a FIFO or a device cannot make the run wait forever."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    with os.fdopen(fd, "rb") as f:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind:
            raise OSError(f"{path}: {kind}, not a document file")
        digest = hashlib.sha256()
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


__all__ = ["DEFAULT_EXCLUDE", "Walk", "file_sha256", "is_excluded", "walk"]
