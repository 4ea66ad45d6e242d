"""`diarium timeline`: agreement periods per organisation and amounts per year, as one
self-contained HTML page, or as rows (--csv, --tsv, --json, --nl). Argument parsing only;
the work is in `diarium.timeline`."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from diarium.commands.output import report
from diarium.commands.rows import (CSV_OPTION, JSON_OPTION, NL_OPTION, TSV_OPTION, output_format,
                                   print_rows)
from diarium.errors import EXIT_USAGE
from diarium.store import DEFAULT_DB, open_readonly
from diarium.timeline import Timeline, TimelineFilter, timeline as timeline_data, timeline_html

BAR_COLUMNS = ["organisation", "orgnr", "start", "end", "kind", "documents"]


def bar_rows(data: Timeline) -> list[tuple]:
    """One row per agreement period: who, when, what kind, and the documents naming it."""
    return [(bar.organisation, bar.orgnr, bar.start, bar.end, bar.kind,
             "\n".join(source.label for source in bar.sources)) for bar in data.bars]


def timeline(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The SQLite database."),
    output: Path = typer.Option(None, "--output", "-o", help="The HTML file to write."),
    org: str = typer.Option(None, "--org", help="Only organisations with this name (read as Swedish: 'stadsmissionen')."),
    orgnr: str = typer.Option(None, "--orgnr", help="Only this organisationsnummer (any spacing)."),
    json_out: bool = JSON_OPTION,
    nl: bool = NL_OPTION,
    csv_out: bool = CSV_OPTION,
    tsv: bool = TSV_OPTION,
) -> None:
    """Draw each organisation's agreement periods over time, and the amounts per year.

    The page is self-contained: the charts are drawn here as SVG (Vega-Lite, offline), so
    it opens in any browser without a network and can be mailed or archived as it is.
    With --csv, --tsv, --json or --nl the periods are printed as rows instead (or as well,
    with -o).

    Examples:

      diarium timeline -o tidslinje.html

      diarium timeline --db archive.db --org "stadsmissionen" -o stadsmissionen.html

      diarium timeline --orgnr 808649-4070 --csv
    """
    as_rows = json_out or nl or csv_out or tsv
    if output is None and not as_rows:
        report("say where to write the page (-o tidslinje.html) or ask for rows (--csv, --tsv, --json, --nl)")
        raise typer.Exit(EXIT_USAGE)
    fmt = output_format(json_out, nl, csv_out, tsv) if as_rows else None
    where = TimelineFilter(org=org, orgnr=orgnr)
    conn = open_readonly(db)
    try:
        if output is not None:
            output.write_text(timeline_html(conn, where), encoding="utf-8")
            print(output, file=sys.stderr)
        if fmt is not None:
            print_rows(BAR_COLUMNS, bar_rows(timeline_data(conn, where)), fmt)
    finally:
        conn.close()
