"""How every command tells the user about a failed input: one line on stderr.

>>> from diarium.errors import InputError
>>> import sys; sys.stderr = sys.stdout
>>> report(InputError("scan.pdf", "encrypted PDF\\n(a password is needed)"))
diarium: scan.pdf: encrypted PDF (a password is needed)
>>> report("--json and --csv exclude each other")
diarium: --json and --csv exclude each other
>>> report("empty file", "akt\\n\\x1b[31mröd.txt")
diarium: akt\\n\\x1b[31mröd.txt: empty file
>>> sys.stderr = sys.__stderr__
"""
from __future__ import annotations

import sys
import unicodedata

from diarium.errors import DiariumError, one_line


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


def report(error: DiariumError | str, path: str | None = None) -> None:
    """Print one error line on stderr: `diarium: <file>: <reason>`."""
    if isinstance(error, DiariumError):
        path, reason = error.path or path, error.reason
    else:
        reason = error
    reason = printable(one_line(reason))
    print(f"diarium: {printable(path)}: {reason}" if path else f"diarium: {reason}",
          file=sys.stderr)
