"""`diarium ingest FILE...`: read files, print their text, JSON or a summary table."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from diarium.api import load
from diarium.commands.output import report
from diarium.commands.progress import progress_bars
from diarium.commands.rows import output_format, print_rows
from diarium.errors import EXIT_INPUT_FAILED, DiariumError


def ingest(
    files: list[Path] = typer.Argument(..., help="Files to read (PDF, image, text, hOCR, ALTO)."),
    json_out: bool = typer.Option(False, "--json", help="Print the Document model as JSON."),
    summary: bool = typer.Option(False, "--summary", help="Print a summary table even for one file."),
) -> None:
    """Read documents into diarium's page/line/word model.

    One file prints its plain text (pages separated by form feeds); several files print a
    summary table (file, kind, pages, characters, mean OCR confidence). On a terminal, a
    progress bar with an ETA (files, and the pages of each PDF) is drawn on stderr.

    Examples:

      diarium ingest samples/000_a75b3216a1652f4c.txt

      diarium ingest --json scan.pdf | jq '.pages[0].lines[0]'

      diarium ingest samples/*
    """
    failed = 0
    rows = []
    with progress_bars(len(files)) as bars:
        for path in files:
            try:
                doc = load(path)
            except DiariumError as err:
                report(err, str(path))
                failed += 1
                continue
            finally:
                if bars is not None:
                    bars.file_done()
            if json_out:
                sys.stdout.write(doc.model_dump_json() + "\n")
            elif len(files) == 1 and not summary:
                sys.stdout.write(doc.text + ("\n" if not doc.text.endswith("\n") else ""))
            else:
                conf = doc.mean_conf
                rows.append((str(path), doc.kind, len(doc.pages), len(doc.text),
                             f"{conf:.3f}" if conf is not None else "-"))
    if rows:
        print_rows(["file", "kind", "pages", "characters", "mean OCR conf"], rows,
                   output_format())
    if failed:
        raise typer.Exit(EXIT_INPUT_FAILED)
