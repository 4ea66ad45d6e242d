"""`diarium structure FILE... [--json]`: the layout the later stages read, made visible.

Runs ingest and OCR repair like `diarium extract`, then the structure stage, and prints an
outline — pages, furniture lines and why, the section tree with the first words of each
paragraph, attendance rows, signature blocks and tables — or the whole `Structure` as JSON.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from diarium.commands.output import report
from diarium.errors import EXIT_INPUT_FAILED, DiariumError
from diarium.pipeline import process
from diarium.structure.outline import outline


def structure(
    files: list[Path] = typer.Argument(..., help="Documents to read (any input `diarium ingest` reads)."),
    json_out: bool = typer.Option(False, "--json", help="Print the Structure as JSON (spans into the repaired text)."),
    no_repair: bool = typer.Option(False, "--no-repair", help="Skip OCR repair even for OCR text."),
) -> None:
    """Show a document's layout: page furniture (with why), headings and sections with their
    paragraphs, attendance lists, signature blocks and tables.

    Examples:

      diarium structure protokoll.pdf

      diarium structure --json scan.pdf | jq '.furniture[].text'
    """
    failed = 0
    for path in files:
        try:
            processed = process(path, repair=False if no_repair else None, extract=False)
        except DiariumError as err:
            report(err, str(path))
            failed += 1
            continue
        result = processed.structure
        assert result is not None       # process runs the structure stage unless told not to
        if json_out:
            data = result.model_dump(mode="json")
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=None if len(files) > 1 else 2) + "\n")
        else:
            if len(files) > 1:
                typer.echo(f"== {path}")
            typer.echo("\n".join(outline(result)))
    if failed:
        raise typer.Exit(EXIT_INPUT_FAILED)
