"""The files of a run: walking folders, leaving out what is not a document, hashing.

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

# Ground-truth transcripts and scan metadata lie next to the documents they describe.
DEFAULT_EXCLUDE = ("*.gt.txt", "*.meta.json")
IGNORE_FILE = ".diariumignore"


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


def walk(paths: Iterable[str | Path], exclude: Iterable[str] = DEFAULT_EXCLUDE) -> list[Path]:
    """Files to process: files named explicitly, and supported files found in folders
    (hidden files and folders, names matching `exclude` and what a `.diariumignore` in a
    walked folder lists left out), sorted, once each."""
    exclude = tuple(exclude)
    found: dict[Path, None] = {}
    for path in map(Path, paths):
        if not path.is_dir():
            found[path] = None
            continue
        rules: list[tuple[Path, list[str]]] = []   # (folder of the ignore file, its patterns)
        for root, dirs, files in os.walk(path):
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
                found[candidate] = None
    return list(found)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


__all__ = ["DEFAULT_EXCLUDE", "IGNORE_FILE", "file_sha256", "ignore_patterns", "ignored",
           "is_excluded", "walk"]
