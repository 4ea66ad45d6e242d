"""The files of a run: walking folders, leaving out what is not a document, hashing.

Each file is taken once, however many times and however it is named: `docs`, `$PWD/docs` and
`.` (run from `docs`) are one folder, a link is its target. What cannot be a document is left
out with a reason: a FIFO or a device named `.txt` would block or never end; a folder that
cannot be read is reported (and makes the run fail), never silently skipped.

>>> is_excluded(Path("scans/001.gt.txt"), DEFAULT_EXCLUDE)
True

A folder may hold a `.diariumignore` file: one pattern a line (`#` starts a comment line),
matched like `--exclude` against the names of the files and folders below it, or, when the
pattern holds a `/`, against their path relative to that folder; a trailing `/` matches
folders only. It lets an archive say which of its files are derived copies (a scan of a
document already there as text, ground truth, edited versions kept for `diarium diff`):

>>> ignore_patterns("# copies\\ngenerated/\\n\\n*.bak\\n")
['generated/', '*.bak']
>>> ignored("generated", ["generated/"], folder=True), ignored("generated", ["generated/"], folder=False)
(True, False)
>>> ignored("diff/001_v2.txt", ["diff/*"], folder=False)
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
IGNORE_FILE = ".diariumignore"


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


def ignore_patterns(text: str) -> list[str]:
    """The patterns of a `.diariumignore` file: its lines, without blanks and comments."""
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.strip().startswith("#")]


def ignored(relative: str, patterns: Iterable[str], *, folder: bool) -> bool:
    """Whether a file or folder at `relative` (to the ignore file's folder, '/'-separated)
    matches one of the patterns."""
    name = relative.rsplit("/", 1)[-1]
    for pattern in patterns:
        if pattern.endswith("/"):
            if not folder:
                continue
            pattern = pattern.rstrip("/")
        target = relative if "/" in pattern else name
        if fnmatch.fnmatch(target, pattern.lstrip("/")):
            return True
    return False


def read_ignore_file(folder: Path) -> list[str]:
    try:
        return ignore_patterns((folder / IGNORE_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return []


def walk(paths: Iterable[str | Path], exclude: Iterable[str] = DEFAULT_EXCLUDE) -> Walk:
    """Files to process: files named explicitly, and supported files found in folders
    (hidden files and folders, names matching `exclude` and what a `.diariumignore` in a
    walked folder lists left out), sorted, once each."""
    exclude = tuple(exclude)
    found = Walk()

    def unreadable(err: OSError) -> None:
        found.unreadable.append((str(err.filename), f"cannot read the folder: {err.strerror}"))

    for path in map(Path, paths):
        if not path.is_dir():
            found.take(path, explicit=True)
            continue
        rules: list[tuple[Path, list[str]]] = []   # (folder of the ignore file, its patterns)
        for root, dirs, files in os.walk(path, onerror=unreadable):
            here = Path(root)
            if patterns := read_ignore_file(here):
                rules.append((here, patterns))

            def left_out(candidate: Path, folder: bool) -> bool:
                return any(ignored(candidate.relative_to(base).as_posix(), patterns, folder=folder)
                           for base, patterns in rules if base in candidate.parents)

            dirs[:] = sorted(d for d in dirs
                             if not d.startswith(".") and not left_out(here / d, True))
            for name in sorted(files):
                candidate = here / name
                if (name.startswith(".") or candidate.suffix.lower() not in SUPPORTED
                        or is_excluded(candidate, exclude) or left_out(candidate, False)):
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


__all__ = ["DEFAULT_EXCLUDE", "IGNORE_FILE", "Walk", "file_sha256", "ignore_patterns", "ignored",
           "is_excluded", "walk"]
