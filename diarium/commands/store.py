"""`diarium failures | search | facts | sql | export | serve`: questions to the store.

Argument parsing and printing only; the work is in `diarium.store`. Rows are printed by
`diarium.commands.rows` (a table on a terminal, TSV in a pipe, --csv/--tsv/--json/--nl);
`diarium run` is in `diarium.commands.run`.
"""
from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path

import typer

from diarium.commands.output import report
from diarium.commands.rows import (CSV_OPTION, JSON_OPTION, NL_OPTION, TSV_OPTION, output_format,
                                   print_rows)
from diarium.errors import EXIT_USAGE
from diarium.store import DEFAULT_DB, FORMATS, FactFilter, QueryError, open_readonly, run_sql
from diarium.store import export as export_store
from diarium.store import facts as query_facts
from diarium.store import failures as failed_documents
from diarium.store import search as search_store
from diarium.store.datasette import metadata, serve_arguments

DB_OPTION = typer.Option(DEFAULT_DB, "--db", help="The SQLite database.")


def readonly(db: Path) -> sqlite3.Connection:
    return open_readonly(db)


def failures(
    db: Path = DB_OPTION,
    json_out: bool = JSON_OPTION,
    nl: bool = NL_OPTION,
    csv_out: bool = CSV_OPTION,
    tsv: bool = TSV_OPTION,
) -> None:
    """List the documents that could not be processed, with the reason.

    Examples:

      diarium failures

      diarium failures --csv > failed.csv
    """
    rows = failed_documents(readonly(db))
    columns = ["path", "error", "sha256", "pipeline_version", "updated_at"]
    print_rows(columns, [tuple(r[c] for c in columns) for r in rows],
               output_format(json_out, nl, csv_out, tsv))


def search(
    text: str = typer.Argument(..., help="Words to find (all of them)."),
    db: Path = DB_OPTION,
    folded: bool = typer.Option(False, "--folded",
                                help="Fold å/ä/ö to a/o and search the unrepaired OCR text too."),
    limit: int = typer.Option(50, "--limit", min=1),
    json_out: bool = JSON_OPTION,
    nl: bool = NL_OPTION,
    csv_out: bool = CSV_OPTION,
    tsv: bool = TSV_OPTION,
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
               output_format(json_out, nl, csv_out, tsv))


def facts(
    db: Path = DB_OPTION,
    org: str = typer.Option(None, "--org", help="Organisation name, read as Swedish: stadsmissionen, Sthlms stadsmission, ek. för., AB; or an orgnr."),
    orgnr: str = typer.Option(None, "--orgnr", help="Organisationsnummer, e.g. 808649-4070."),
    during: str = typer.Option(None, "--during",
                               help="YYYY | YYYY-MM | YYYY-MM-DD | FROM..TO: a period overlapping it."),
    min_amount: int = typer.Option(None, "--min-amount", help="An amount of at least this (kr)."),
    doc_type: str = typer.Option(None, "--doc-type", help="tjänsteutlåtande, avtal, protokoll ..."),
    authority: str = typer.Option(None, "--authority", help="Authority (nämnd), substring."),
    json_out: bool = JSON_OPTION,
    nl: bool = NL_OPTION,
    csv_out: bool = CSV_OPTION,
    tsv: bool = TSV_OPTION,
) -> None:
    """Documents whose facts match every filter, with their parties, periods and amounts.

    Examples:

      diarium facts --orgnr 808649-4070 --during 2020

      diarium facts --org "Ekeby stadsmission" --during 2022-01-01..2023-06-30 --json

      diarium facts --doc-type tjänsteutlåtande --min-amount 1000000 --csv
    """
    fmt = output_format(json_out, nl, csv_out, tsv)
    found = query_facts(readonly(db), FactFilter(org=org, orgnr=orgnr, during=during,
                                                 min_amount=min_amount, doc_type=doc_type,
                                                 authority=authority))
    columns = ["path", "doc_type", "authority", "date", "parties", "periods", "amounts"]
    rows = [(f.path, f.doc_type, f.authority, f.date,
             "\n".join(p["name"] + (f" ({p['orgnr']})" if p["orgnr"] else "") for p in f.parties),
             "\n".join(f"{p['start']}..{p['end']} {p['kind'] or ''}".strip() for p in f.periods),
             "\n".join(f"{a['value']:,} kr".replace(",", " ") + (f" / {a['per']}" if a["per"] else "")
                        for a in f.amounts))
            for f in found]
    print_rows(columns, rows, fmt, records=[f.as_dict() for f in found])


def sql(
    query: str = typer.Argument(..., help="One SQL statement (read-only)."),
    db: Path = DB_OPTION,
    json_out: bool = JSON_OPTION,
    nl: bool = NL_OPTION,
    csv_out: bool = CSV_OPTION,
    tsv: bool = TSV_OPTION,
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
    print_rows(columns, rows, output_format(json_out, nl, csv_out, tsv))


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
