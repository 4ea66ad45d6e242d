"""Typed errors. Raised in the core, turned into one-line messages and exit codes in the CLI."""
from __future__ import annotations

import unicodedata

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2


def one_line(reason: object) -> str:
    """A reason as one line: messages from libraries (PDFium, SQLite) may span several."""
    return " ".join(str(reason).split())


def printable(text: str, keep_newlines: bool = False) -> str:
    r"""A name safe on a terminal: control and formatting characters (newline, ANSI escape,
    right-to-left override) written as escapes, so a file name cannot break a line or paint
    the screen; letters of every script kept.

    >>> printable("Protokoll\u202eexe.pdf"), printable("år\tmål.txt")
    ('Protokoll\\u202eexe.pdf', 'år\\tmål.txt')
    """
    if text.isprintable():
        return text
    kept = " \n" if keep_newlines else " "
    return "".join(c if c.isprintable() or c in kept else escape(c) for c in text)


def escape(char: str) -> str:
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if char in named:
        return named[char]
    code = ord(char)
    if unicodedata.category(char) == "Cs":  # a file name's undecodable byte, kept by Python
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


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
