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

from diarium.errors import DiariumError, one_line, printable


def report(error: DiariumError | str, path: str | None = None) -> None:
    """Print one error line on stderr: `diarium: <file>: <reason>`."""
    if isinstance(error, DiariumError):
        path, reason = error.path or path, error.reason
    else:
        reason = error
    reason = printable(one_line(reason))
    print(f"diarium: {printable(path)}: {reason}" if path else f"diarium: {reason}",
          file=sys.stderr)
