"""`diarium timeline`: agreement periods per organisation and amounts per year, as one
self-contained HTML page. Argument parsing only; the work is in `diarium.timeline`."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from diarium.store import DEFAULT_DB, open_readonly
from diarium.timeline import TimelineFilter, timeline_html


def timeline(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The SQLite database."),
    output: Path = typer.Option(..., "--output", "-o", help="The HTML file to write."),
    org: str = typer.Option(None, "--org", help="Only organisations with this name (fuzzy)."),
    orgnr: str = typer.Option(None, "--orgnr", help="Only this organisationsnummer."),
) -> None:
    """Draw each organisation's agreement periods over time, and the amounts per year.

    The page is self-contained: the charts are drawn here as SVG (Vega-Lite, offline), so
    it opens in any browser without a network and can be mailed or archived as it is.

    Examples:

      diarium timeline -o tidslinje.html

      diarium timeline --db archive.db --org "stadsmissionen" -o stadsmissionen.html

      diarium timeline --orgnr 802003-1954 -o tidslinje.html
    """
    conn = open_readonly(db)
    try:
        html = timeline_html(conn, TimelineFilter(org=org, orgnr=orgnr))
    finally:
        conn.close()
    output.write_text(html, encoding="utf-8")
    print(output, file=sys.stderr)
