"""The `diarium` command line: argument parsing and printing only.

Each command is a function in `diarium/commands/<name>.py` that calls the Python API; this
module builds the typer app and registers every command explicitly, in the order `--help`
lists them. Errors in the core are typed exceptions (`diarium.errors`); here they become one
line on stderr, `diarium: <file>: <reason>`, and an exit code: 0 ok, 1 some input failed,
2 usage error.
"""
from __future__ import annotations

import sys

import typer

from diarium.commands import (correct, diff, extract, ingest, pdf, run, store, structure,
                              timeline)
from diarium.commands.output import report
from diarium.errors import EXIT_INPUT_FAILED, EXIT_USAGE, DiariumError, UsageError
from diarium.version import PIPELINE_VERSION, __version__

app = typer.Typer(
    name="diarium",
    no_args_is_help=True,
    add_completion=True,          # --install-completion / --show-completion (bash, zsh, fish)
    rich_markup_mode="markdown",
    help="Read, repair, extract and compare Swedish public-archive documents.",
)


def print_version(value: bool) -> None:
    if value:
        print(f"diarium {__version__} (pipeline {PIPELINE_VERSION})")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=print_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Read, repair, extract and compare Swedish public-archive documents.

    Data goes to stdout, progress and messages to stderr. Commands that print rows draw a
    table on a terminal and write TSV in a pipe; --csv, --tsv, --json and --nl choose.
    """


# --- the commands, in the order of the stages ----------------------------------------------
app.command()(ingest.ingest)
app.command()(correct.correct)
app.command()(structure.structure)
app.command()(extract.extract)
app.command()(extract.schema)
app.command()(run.run)
app.command()(store.failures)
app.command()(store.search)
app.command()(store.facts)
app.command()(store.sql)
app.command()(store.export)
app.command()(store.serve)
app.command()(timeline.timeline)
app.command()(diff.diff)
app.command()(pdf.pdf)


def main() -> None:
    try:
        app(prog_name="diarium")
    except DiariumError as err:
        report(err)
        sys.exit(EXIT_USAGE if isinstance(err, UsageError) else EXIT_INPUT_FAILED)
    except KeyboardInterrupt:
        print("diarium: interrupted", file=sys.stderr)
        sys.exit(130)


__all__ = ["app", "main", "report"]
