"""How the commands that print rows (`facts`, `search`, `sql`, `failures`, `timeline`) print
them: a table on a terminal, tab-separated lines in a pipe or file, or the format asked for.

The conventions of sqlite-utils: `--csv`, `--tsv`, `--json` (one array) and `--nl` (one JSON
object a line). A cell that holds several values (a document's parties) is one line each in a
table and joined with "; " in CSV and TSV; tabs and line breaks never break a TSV row:

>>> import sys
>>> print_rows(["namn", "orgnr"], [("Ekeby stadsmission", "808649-4070"),
...                                ("Värna Barnen\\nSvenska Gröna Bandet", None)], "tsv")
namn	orgnr
Ekeby stadsmission	808649-4070
Värna Barnen; Svenska Gröna Bandet
>>> print_rows(["namn", "belopp"], [("Navigatus", 1200000)], "nl")
{"namn": "Navigatus", "belopp": 1200000}
"""
from __future__ import annotations

import csv
import json
import sys
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from diarium.commands.output import report
from diarium.errors import EXIT_USAGE

JSON_OPTION = typer.Option(False, "--json", help="One JSON array of objects.")
NL_OPTION = typer.Option(False, "--nl", help="Newline-delimited JSON: one object a line.")
CSV_OPTION = typer.Option(False, "--csv", help="CSV with a header row.")
TSV_OPTION = typer.Option(False, "--tsv",
                          help="Tab-separated with a header row (the default when not a terminal).")


def output_format(json_out: bool = False, nl: bool = False, csv_out: bool = False,
                  tsv: bool = False) -> str:
    """The format chosen by the flags; without one, a table on a terminal, else TSV."""
    chosen = [name for name, on in (("json", json_out), ("nl", nl), ("csv", csv_out),
                                    ("tsv", tsv)) if on]
    if len(chosen) > 1:
        report(f"--{chosen[0]} and --{chosen[1]} exclude each other")
        raise typer.Exit(EXIT_USAGE)
    if chosen:
        return chosen[0]
    return "table" if sys.stdout.isatty() else "tsv"


def flat(value: Any) -> str:
    """One cell of CSV/TSV: several values joined by '; ', no tabs or line breaks."""
    if value is None:
        return ""
    return "; ".join(str(value).splitlines()).replace("\t", " ")


def print_rows(columns: list[str], rows: list[tuple], fmt: str,
               records: list[dict] | None = None) -> None:
    """Print rows in `fmt`; `records`, when given, are what JSON shows (nested facts)."""
    if fmt in ("json", "nl"):
        objects = records if records is not None else [dict(zip(columns, row)) for row in rows]
        if fmt == "nl":
            for obj in objects:
                sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            json.dump(objects, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
    elif fmt == "tsv":
        for row in [columns, *rows]:
            sys.stdout.write("\t".join(flat(v) for v in row) + "\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([flat(v) for v in row] for row in rows)
    else:
        table = Table(show_lines=True)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            # Text, not markup: a snippet's "[gymnasielagen]" is not a Rich style tag.
            table.add_row(*(Text("" if v is None else str(v)) for v in row))
        Console(width=max(120, Console().width)).print(table)


__all__ = ["CSV_OPTION", "JSON_OPTION", "NL_OPTION", "TSV_OPTION", "flat", "output_format",
           "print_rows"]
