"""`diarium run | failures | search | facts | sql | export | serve`: the archive and its store.

Argument parsing and printing only; the work is in `diarium.batch` and `diarium.store`.
"""
from __future__ import annotations

import csv
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from diarium.batch import DEFAULT_EXCLUDE, LogReporter, Reporter, RichReporter
from diarium.batch import run as run_batch
from diarium.batch.sources import is_url
from diarium.batch.walk import walk
from diarium.commands.output import printable, report
from diarium.errors import EXIT_INPUT_FAILED, EXIT_USAGE
from diarium.limits import Limits
from diarium.redact import redact_text
from diarium.store import (DEFAULT_DB, FORMATS, FactFilter, QueryError, open_readonly,
                           redact_store, run_sql)
from diarium.store import export as export_store
from diarium.store import facts as query_facts
from diarium.store import failures as failed_documents
from diarium.store import search as search_store
from diarium.store.datasette import metadata, serve_arguments

DB_OPTION = typer.Option(DEFAULT_DB, "--db", help="The SQLite database.")


def console() -> Console:
    return Console(width=max(120, Console().width))


def print_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    """Rows as a table (terminal), JSON (one array) or CSV, for the next tool in a pipe."""
    if fmt == "json":
        json.dump([dict(zip(columns, row)) for row in rows], sys.stdout, ensure_ascii=False,
                  indent=1)
        sys.stdout.write("\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        table = Table(show_lines=True)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            # Text, not markup: a snippet's "[gymnasielagen]" is not a Rich style tag; and no
            # control characters: a file name must not move the cursor or paint the screen.
            table.add_row(*(Text("" if v is None else printable(str(v), keep_newlines=c != "path"))
                            for c, v in zip(columns, row)))
        console().print(table)


def output_format(json_out: bool, csv_out: bool) -> str:
    if json_out and csv_out:
        report("--json and --csv exclude each other")
        raise typer.Exit(EXIT_USAGE)
    return "json" if json_out else "csv" if csv_out else "table"


def readonly(db: Path) -> sqlite3.Connection:
    return open_readonly(db)


DEFAULTS = Limits()


def run(
    paths: list[str] = typer.Argument(..., help="Files and folders to process, or URLs (s3://…, file://…) the workers read."),
    db: Path = DB_OPTION,
    workers: int = typer.Option(None, "--workers", "-w", min=0,
                                help="Parallel worker processes (default: CPU count; 0: in this process; with --dask local: the cluster's)."),
    dask: str = typer.Option(None, "--dask",
                             help="Run on Dask: 'local' (a LocalCluster of --workers processes) or a scheduler address (tcp://host:8786); the workers get the files' bytes, never a path."),
    redact_personnummer: bool = typer.Option(
        False, "--redact-personnummer",
        help="Mask personnummer and samordningsnummer in everything stored, logged and "
             "reported, file names included; a database holding unmasked text is masked "
             "throughout first (its full-text index rebuilt, the file rewritten)."),
    exclude: list[str] = typer.Option(list(DEFAULT_EXCLUDE), "--exclude", help="File name patterns to leave out of folders."),
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
) -> None:
    """Process files and folders into the database: ingest → repair → extract → store.

    Resumable: documents already stored from the same bytes by the same pipeline version
    are skipped (whatever their path is called now), so rerunning after an interruption
    finishes the rest. A failed document is recorded with its reason (see `diarium
    failures`), the run goes on, and the exit code is 1. FIFOs, devices and sockets are left
    out with a one-line reason; a folder that cannot be read is reported and the exit code is 1.
    The pages of a scan are OCR'd by all workers at once.

    A document over a limit fails alone ("too large: 412 MB of text, limit 5 MB"); the
    DIARIUM_MAX_* environment variables set the same limits. A scan's pages count towards
    their document's --max-seconds, whichever workers read them.

    Examples:

      diarium run samples/

      diarium run /archive/2021 /archive/2022 --db archive.db --workers 2

      diarium run scans/ --dask local --workers 4 --redact-personnummer

      diarium run scans/ --dask tcp://scheduler:8786

      diarium run s3://arkiv/2021/ --dask tcp://scheduler:8786

      diarium run big-bundles/ --max-pages 20000 --max-seconds 7200
    """
    shown = masked if redact_personnummer else (lambda text: text)
    limits = Limits.from_env().with_overrides(
        max_pages=max_pages, max_text_mb=max_text_mb, max_file_mb=max_file_mb,
        max_decompressed_mb=max_decompressed_mb, max_seconds=max_seconds,
        max_memory_mb=max_memory_mb)
    os.environ.update(limits.to_env())  # the workers, forked or spawned, read them there
    if redact_personnummer:
        switched = redact_store(db)
        if switched.documents:
            print(f"masked {switched.numbers} personnummer in {switched.documents} documents "
                  f"already stored; full-text index rebuilt → {shown(str(db))}", file=sys.stderr)
    # URLs (s3://…, file://…) are listed and read by the run (fsspec); paths are walked here.
    urls = [path for path in paths if is_url(path)]
    files = walk([path for path in paths if not is_url(path)], exclude)
    for path, reason in files.skipped + files.unreadable:
        report(shown(reason), shown(path))
    reporter: Reporter = RichReporter() if sys.stdout.isatty() else LogReporter()
    summary = run_batch([*files, *urls], db, workers=workers, dask=dask,
                        redact=redact_personnummer, exclude=exclude, reporter=reporter)
    for path, reason in summary.failures:
        report(shown(reason), shown(path))
    print(f"{summary.documents} documents, {summary.pages} pages, {summary.facts} facts stored; "
          f"{summary.failed} failed, {summary.skipped} skipped (already stored)"
          + (f", {len(files.skipped)} not document files" if files.skipped else "")
          + (f", {len(files.unreadable)} folders unreadable" if files.unreadable else "")
          + f"; {summary.seconds:.1f} s ({summary.pages / summary.seconds if summary.seconds else 0:.1f} pages/s) → {shown(str(db))}")
    if summary.failed or files.unreadable:
        raise typer.Exit(EXIT_INPUT_FAILED)


def masked(text: str) -> str:
    return redact_text(text)[0]


def failures(
    db: Path = DB_OPTION,
    json_out: bool = typer.Option(False, "--json", help="JSON output."),
    csv_out: bool = typer.Option(False, "--csv", help="CSV output."),
) -> None:
    """List the documents that could not be processed, with the reason.

    Examples:

      diarium failures

      diarium failures --csv > failed.csv
    """
    rows = failed_documents(readonly(db))
    columns = ["path", "error", "sha256", "pipeline_version", "updated_at"]
    print_rows(columns, [tuple(r[c] for c in columns) for r in rows],
               output_format(json_out, csv_out))


def search(
    text: str = typer.Argument(..., help="Words to find (all of them)."),
    db: Path = DB_OPTION,
    folded: bool = typer.Option(False, "--folded",
                                help="Fold å/ä/ö to a/o and search the unrepaired OCR text too."),
    limit: int = typer.Option(50, "--limit", min=1),
    json_out: bool = typer.Option(False, "--json", help="JSON output."),
    csv_out: bool = typer.Option(False, "--csv", help="CSV output."),
) -> None:
    """Full-text search of the repaired text, with snippets and document/page references.

    å, ä and ö are letters of their own: "år" does not find "ar". With --folded they are
    folded, and the text as read (before OCR repair) is searched too.

    Examples:

      diarium search gymnasielagen

      diarium search "idéburet partnerskap" --json

      diarium search "ensamkommande" --folded
    """
    hits = search_store(readonly(db), text, folded=folded, limit=limit)
    columns = ["doc_id", "page", "snippet", "path"]
    print_rows(columns, [(h.doc_id, h.page, " ".join(h.snippet.split()), h.path) for h in hits],
               output_format(json_out, csv_out))


def facts(
    db: Path = DB_OPTION,
    org: str = typer.Option(None, "--org", help="Organisation name (fuzzy)."),
    orgnr: str = typer.Option(None, "--orgnr", help="Organisationsnummer, e.g. 802003-1954."),
    during: str = typer.Option(None, "--during",
                               help="YYYY | YYYY-MM | YYYY-MM-DD | FROM..TO: a period overlapping it."),
    min_amount: int = typer.Option(None, "--min-amount", help="An amount of at least this (kr)."),
    doc_type: str = typer.Option(None, "--doc-type", help="tjänsteutlåtande, avtal, protokoll ..."),
    authority: str = typer.Option(None, "--authority", help="Authority (nämnd), substring."),
    json_out: bool = typer.Option(False, "--json", help="JSON output (nested facts)."),
    csv_out: bool = typer.Option(False, "--csv", help="CSV output."),
) -> None:
    """Documents whose facts match every filter, with their parties, periods and amounts.

    Examples:

      diarium facts --orgnr 802003-1954 --during 2020

      diarium facts --org "Stockholms stadsmission" --during 2022-01-01..2023-06-30 --json

      diarium facts --doc-type tjänsteutlåtande --min-amount 1000000 --csv
    """
    fmt = output_format(json_out, csv_out)
    found = query_facts(readonly(db), FactFilter(org=org, orgnr=orgnr, during=during,
                                                 min_amount=min_amount, doc_type=doc_type,
                                                 authority=authority))
    if fmt == "json":
        json.dump([f.as_dict() for f in found], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    columns = ["path", "doc_type", "authority", "date", "parties", "periods", "amounts"]
    rows = [(f.path, f.doc_type, f.authority, f.date,
             "\n".join(p["name"] + (f" ({p['orgnr']})" if p["orgnr"] else "") for p in f.parties),
             "\n".join(f"{p['start']}..{p['end']} {p['kind'] or ''}".strip() for p in f.periods),
             "\n".join(f"{a['value']:,} kr".replace(",", " ") + (f" / {a['per']}" if a["per"] else "")
                        for a in f.amounts))
            for f in found]
    print_rows(columns, rows, fmt)


def sql(
    query: str = typer.Argument(..., help="One SQL statement (read-only)."),
    db: Path = DB_OPTION,
    json_out: bool = typer.Option(False, "--json", help="JSON output."),
    csv_out: bool = typer.Option(False, "--csv", help="CSV output."),
) -> None:
    """Run a read-only SQL query on the database (SQLite refuses any write).

    Tables: documents, pages, corrections, parties, orgnrs, periods, amounts, decisions, dnr,
    persons, legal_refs; full text in pages_fts (and pages_folded_fts).

    Examples:

      diarium sql "SELECT doc_type, count(*) FROM documents GROUP BY doc_type"

      diarium sql "SELECT orgnr, count(DISTINCT document_id) n FROM parties GROUP BY orgnr" --csv
    """
    try:
        columns, rows = run_sql(readonly(db), query)
    except QueryError as err:  # the statement failed on this database: name it
        raise QueryError(str(db), err.reason) from None
    print_rows(columns, rows, output_format(json_out, csv_out))


def export(
    db: Path = DB_OPTION,
    fmt: str = typer.Option("csv", "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder to write one file per table to "
                                                      "(documents.csv, pages.csv …)."),
) -> None:
    """Write every table to a folder as CSV, JSON lines or Parquet.

    Examples:

      diarium export --format parquet --out export/

      diarium export --format jsonl --out export/ --db archive.db
    """
    if fmt not in FORMATS:
        report(f"unknown format '{fmt}' (use {', '.join(FORMATS)})")
        raise typer.Exit(EXIT_USAGE)
    for path in export_store(readonly(db), out, fmt):
        print(path)


def serve(
    db: Path = DB_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8001, "--port", "-p", help="Port (0: any free port)."),
) -> None:
    """Browse the database in Datasette, read-only, with facets, canned queries and a timeline.

    Safe while `diarium run` is writing the same database: every page shows the documents
    committed when it was asked for. Nothing can be written through the server.

    Examples:

      diarium serve

      diarium serve --db archive.db --port 8080      # then open /-/tidslinje for the timeline
    """
    from datasette.cli import cli as datasette_cli    # heavy: only when serving

    from diarium.store import datasette_plugin          # imports Datasette
    readonly(db).close()  # the same checks and messages as the other query commands
    datasette_plugin.install()
    with tempfile.TemporaryDirectory(prefix="diarium-serve-") as tmp:
        metadata_file = Path(tmp) / "metadata.json"
        metadata_file.write_text(json.dumps(metadata(db.stem), ensure_ascii=False), "utf-8")
        # In this process, so stopping `diarium serve` stops the server with it.
        datasette_cli.main(serve_arguments(db, metadata_file, host, port), standalone_mode=False)
