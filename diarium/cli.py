"""The `diarium` command line: argument parsing and printing only.

Each command lives in `diarium/commands/<name>.py`, registers itself on `app`, and calls the
Python API (ingest, corrections, extract, store, diff) that does the work. Errors in the
core are typed exceptions (`diarium.errors`); here they become one line on stderr,
`diarium: <file>: <reason>`, and an exit code: 0 ok, 1 some input failed, 2 usage error.
"""
from __future__ import annotations

import importlib
import sys

import typer

from diarium.errors import EXIT_INPUT_FAILED, EXIT_USAGE, DiariumError, UsageError, one_line

app = typer.Typer(
    name="diarium",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
    help="Read, repair, extract and compare Swedish public-archive documents.",
)

@app.callback()
def _root() -> None:
    """Read, repair, extract and compare Swedish public-archive documents."""


COMMAND_MODULES = ["ingest", "correct", "extract", "structure", "store", "diff"]


def report(error: DiariumError | str, path: str | None = None) -> None:
    """Print one error line on stderr."""
    if isinstance(error, DiariumError):
        path, reason = error.path or path, error.reason
    else:
        reason = error
    reason = one_line(reason)
    print(f"diarium: {path}: {reason}" if path else f"diarium: {reason}", file=sys.stderr)


def _register_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(f"diarium.commands.{name}")
        except ModuleNotFoundError as err:
            if err.name != f"diarium.commands.{name}":
                raise


def main() -> None:
    try:
        app()
    except DiariumError as err:
        report(err)
        sys.exit(EXIT_USAGE if isinstance(err, UsageError) else EXIT_INPUT_FAILED)
    except KeyboardInterrupt:
        print("diarium: interrupted", file=sys.stderr)
        sys.exit(130)


_register_commands()
