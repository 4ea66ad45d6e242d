"""`diarium run PATH...`: process files and folders into the database.

Argument parsing and telling the user only; the work is in `diarium.batch`. Progress and
log lines go to stderr, the closing summary to stdout.
"""
from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from diarium.batch import DEFAULT_EXCLUDE, LogReporter, Reporter, RichReporter, Summary, walk
from diarium.batch import run as run_batch
from diarium.commands.output import report
from diarium.errors import EXIT_INPUT_FAILED, EXIT_USAGE
from diarium.ingest.needs_ocr import missing_ocr
from diarium.store import DEFAULT_DB

EXIT_INTERRUPTED = 130    # 128 + SIGINT, as shells report it
REDACT_WITH_PDF = ("--pdf-dir cannot be combined with --redact-personnummer: the page images "
                   "in the PDF would still show the personnummer")


def reporter_for(quiet: bool, verbose: bool) -> Reporter:
    """-q: nothing; -v or stderr not a terminal: a line per document; else a progress bar."""
    if quiet:
        return Reporter()
    if verbose or not sys.stderr.isatty():
        return LogReporter(sys.stderr)
    return RichReporter(Console(stderr=True))


def interrupted_message(summary: Summary | None) -> str:
    if summary is None:
        return "interrupted before any document was processed"
    left = summary.total - summary.done
    return (f"interrupted: {summary.documents} documents stored in this run"
            f" ({summary.skipped} were already stored, {summary.failed} failed); "
            f"{left} not done yet: run the same command again to finish them")


def summary_line(summary: Summary, db: Path) -> str:
    rate = summary.pages / summary.seconds if summary.seconds else 0
    return (f"{summary.documents} documents, {summary.pages} pages, {summary.facts} facts stored; "
            f"{summary.failed} failed, {summary.skipped} skipped (already stored); "
            f"{summary.seconds:.1f} s ({rate:.1f} pages/s) → {db}")


def run(
    paths: list[Path] = typer.Argument(..., help="Files and folders to process."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The SQLite database."),
    workers: int = typer.Option(None, "--workers", "-w", min=0,
                                help="Parallel worker processes (default: CPU count; 0: in this process)."),
    dask: str = typer.Option(None, "--dask",
                             help="Run on Dask: 'local' (a LocalCluster of --workers processes) or a scheduler address."),
    redact_personnummer: bool = typer.Option(False, "--redact-personnummer",
                                             help="Mask valid personnummer in stored text and facts."),
    exclude: list[str] = typer.Option(list(DEFAULT_EXCLUDE), "--exclude",
                                      help="File name patterns to leave out of folders (also: a .diariumignore file in a folder)."),
    pdf_dir: Path = typer.Option(None, "--pdf-dir",
                                 help="Also write each scanned input here as a searchable PDF/A (repaired text layer)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print errors only."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="A line per document, also on a terminal."),
) -> None:
    """Process files and folders into the database: ingest → repair → extract → store.

    Resumable: documents already stored from the same bytes by the same pipeline version
    are skipped, so rerunning after an interruption (Ctrl-C, kill) finishes the rest. A
    failed document is recorded with its reason (see `diarium failures`), the run goes on,
    and the exit code is 1. A folder's `.diariumignore` lists patterns (one a line, `dir/`
    for a folder) of files to leave out, e.g. copies of documents stored from another file.

    Progress goes to stderr (a bar on a terminal, else a line per document); the summary
    to stdout.

    Examples:

      diarium run samples/

      diarium run /archive/2021 /archive/2022 --db archive.db --workers 2

      diarium run scans/ --pdf-dir sökbara/          # plus a searchable PDF/A per scan

      diarium run scans/ --dask tcp://scheduler:8786 --redact-personnummer
    """
    if quiet and verbose:
        report("--quiet and --verbose exclude each other")
        raise typer.Exit(EXIT_USAGE)
    if pdf_dir is not None and redact_personnummer:
        report(REDACT_WITH_PDF)
        raise typer.Exit(EXIT_USAGE)
    files = walk(paths, exclude)
    if problem := missing_ocr(files):
        report(problem)
        raise typer.Exit(EXIT_INPUT_FAILED)
    reporter = reporter_for(quiet, verbose)
    try:
        # The files, not the folders: walked once, here, with the same patterns.
        summary = run_batch(files, db, workers=workers, dask=dask, redact=redact_personnummer,
                            exclude=exclude, reporter=reporter, pdf_dir=pdf_dir)
    except KeyboardInterrupt:
        report(interrupted_message(reporter.summary))
        raise typer.Exit(EXIT_INTERRUPTED) from None
    for path, reason in summary.failures:
        report(reason, path)
    if not quiet:
        print(summary_line(summary, db))
    if summary.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)
