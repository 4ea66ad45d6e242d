"""`diarium run PATH...`: process files and folders into the database.

Argument parsing and telling the user only; the work is in `diarium.batch`. Progress and
log lines go to stderr, the closing summary to stdout.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import typer
from rich.console import Console

from diarium.batch import DEFAULT_EXCLUDE, LogReporter, Reporter, RichReporter, Summary
from diarium.batch import run as run_batch
from diarium.batch.sources import is_url
from diarium.batch.walk import walk
from diarium.commands.output import report
from diarium.errors import EXIT_INPUT_FAILED, EXIT_USAGE
from diarium.ingest.needs_ocr import missing_ocr
from diarium.limits import Limits
from diarium.redact import redact_text
from diarium.store import DEFAULT_DB, redact_store

DEFAULTS = Limits()

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


def masked(text: str) -> str:
    return redact_text(text)[0]


def summary_line(summary: Summary, db: str, not_documents: int = 0, unreadable: int = 0) -> str:
    rate = summary.pages / summary.seconds if summary.seconds else 0
    return (f"{summary.documents} documents, {summary.pages} pages, {summary.facts} facts stored; "
            f"{summary.failed} failed, {summary.skipped} skipped (already stored)"
            + (f", {not_documents} not document files" if not_documents else "")
            + (f", {unreadable} folders unreadable" if unreadable else "")
            + f"; {summary.seconds:.1f} s ({rate:.1f} pages/s) → {db}")


def run(
    paths: list[str] = typer.Argument(..., help="Files and folders to process, or URLs (s3://…, file://…) the workers read."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The SQLite database."),
    workers: int = typer.Option(None, "--workers", "-w", min=0,
                                help="Parallel worker processes (default: CPU count; 0: in this process; with --dask local: the cluster's)."),
    dask: str = typer.Option(None, "--dask",
                             help="Run on Dask: 'local' (a LocalCluster of --workers processes) or a scheduler address (tcp://host:8786); the workers get the files' bytes, never a path."),
    redact_personnummer: bool = typer.Option(
        False, "--redact-personnummer",
        help="Mask personnummer and samordningsnummer in everything stored, logged and "
             "reported, file names included; a database holding unmasked text is masked "
             "throughout first (its full-text index rebuilt, the file rewritten)."),
    exclude: list[str] = typer.Option(list(DEFAULT_EXCLUDE), "--exclude",
                                      help="File name patterns to leave out of folders (also: a .diariumignore file in a folder)."),
    pdf_dir: Path = typer.Option(None, "--pdf-dir",
                                 help="Also write each scanned input here as a searchable PDF/A (repaired text layer)."),
    max_pages: int = typer.Option(None, "--max-pages", min=0, show_default=False,
                                  help=f"Pages per document [default: {DEFAULTS.max_pages}; 0: no limit]."),
    max_text_mb: float = typer.Option(None, "--max-text-mb", min=0, show_default=False,
                                      help=f"MB of text per document [default: {DEFAULTS.max_text_mb:g}]."),
    max_file_mb: float = typer.Option(None, "--max-file-mb", min=0, show_default=False,
                                      help=f"MB per input file [default: {DEFAULTS.max_file_mb:g}]."),
    max_decompressed_mb: float = typer.Option(
        None, "--max-decompressed-mb", min=0, show_default=False,
        help=f"MB one compressed PDF stream may inflate to [default: {DEFAULTS.max_decompressed_mb:g}]."),
    max_seconds: float = typer.Option(None, "--max-seconds", min=0, show_default=False,
                                      help=f"Seconds per document [default: {DEFAULTS.max_seconds:g}]."),
    max_memory_mb: float = typer.Option(None, "--max-memory-mb", min=0, show_default=False,
                                        help=f"MB of memory per worker [default: {DEFAULTS.max_memory_mb:g}]."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print errors only."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="A line per document, also on a terminal."),
) -> None:
    """Process files and folders into the database: ingest → repair → extract → store.

    Resumable: documents already stored from the same bytes by the same pipeline version
    are skipped (whatever their path is called now), so rerunning after an interruption
    (Ctrl-C, kill) finishes the rest. A failed document is recorded with its reason (see
    `diarium failures`), the run goes on, and the exit code is 1. FIFOs, devices and sockets
    are left out with a one-line reason; a folder that cannot be read is reported and the
    exit code is 1. A folder's `.diariumignore` lists patterns (one a line, `dir/` for a
    folder) of files to leave out, e.g. copies of documents stored from another file.
    The pages of a scan are OCR'd by all workers at once.

    A document over a limit fails alone ("too large: 412 MB of text, limit 5 MB"); the
    DIARIUM_MAX_* environment variables set the same limits. A scan's pages count towards
    their document's --max-seconds, whichever workers read them.

    Progress goes to stderr (a bar on a terminal, else a line per document); the summary
    to stdout.

    Examples:

      diarium run samples/

      diarium run /archive/2021 /archive/2022 --db archive.db --workers 2

      diarium run scans/ --pdf-dir sökbara/          # plus a searchable PDF/A per scan

      diarium run scans/ --dask tcp://scheduler:8786 --redact-personnummer

      diarium run s3://arkiv/2021/ --dask tcp://scheduler:8786

      diarium run big-bundles/ --max-pages 20000 --max-seconds 7200
    """
    if quiet and verbose:
        report("--quiet and --verbose exclude each other")
        raise typer.Exit(EXIT_USAGE)
    if pdf_dir is not None and redact_personnummer:
        report(REDACT_WITH_PDF)
        raise typer.Exit(EXIT_USAGE)
    shown = masked if redact_personnummer else (lambda text: text)
    limits = Limits.from_env().with_overrides(
        max_pages=max_pages, max_text_mb=max_text_mb, max_file_mb=max_file_mb,
        max_decompressed_mb=max_decompressed_mb, max_seconds=max_seconds,
        max_memory_mb=max_memory_mb)
    os.environ.update(limits.to_env())  # the workers, forked or spawned, read them there
    # URLs (s3://…, file://…) are listed and read by the run (fsspec); paths are walked here.
    urls = [path for path in paths if is_url(path)]
    files = walk([path for path in paths if not is_url(path)], exclude)
    if problem := missing_ocr(list(files)):
        report(shown(problem))
        raise typer.Exit(EXIT_INPUT_FAILED)
    if redact_personnummer:
        switched = redact_store(db)
        if switched.documents:
            print(f"masked {switched.numbers} personnummer in {switched.documents} documents "
                  f"already stored; full-text index rebuilt → {shown(str(db))}", file=sys.stderr)
    for path, reason in files.skipped + files.unreadable:
        report(shown(reason), shown(path))
    reporter = reporter_for(quiet, verbose)
    try:
        # The files, not the folders: walked once, here, with the same patterns.
        summary = run_batch([*files, *urls], db, workers=workers, dask=dask,
                            redact=redact_personnummer, exclude=exclude, reporter=reporter,
                            pdf_dir=pdf_dir)
    except KeyboardInterrupt:
        report(interrupted_message(reporter.summary))
        raise typer.Exit(EXIT_INTERRUPTED) from None
    for path, reason in summary.failures:
        report(shown(reason), shown(path))
    if not quiet:
        print(summary_line(summary, shown(str(db)), len(files.skipped), len(files.unreadable)))
    if summary.failed or files.unreadable:
        raise typer.Exit(EXIT_INPUT_FAILED)
