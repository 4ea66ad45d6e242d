"""Typed errors. Raised in the core, turned into one-line messages and exit codes in the CLI."""
from __future__ import annotations

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2


def one_line(reason: object) -> str:
    """A reason as one line: messages from libraries (PDFium, SQLite) may span several."""
    return " ".join(str(reason).split())


class DiariumError(Exception):
    """Base class: something about one input that the user must be told in one line."""

    def __init__(self, path: str | None, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)


class UsageError(DiariumError):
    """The command was given an argument it cannot use (exit code 2, like a bad option)."""


class InputError(DiariumError):
    """The file cannot be read as any supported document (empty, corrupt, encrypted...)."""


class UnsupportedFormat(InputError):
    """The file's type is not one diarium reads."""


class StoreError(DiariumError):
    """The database cannot be opened or read (no such file, a folder, not a diarium store)."""


class MissingDependency(DiariumError):
    """A required external program (e.g. tesseract) or data file is not installed."""
