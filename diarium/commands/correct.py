"""`diarium correct FILE|-`: print the repaired text, line for line; optionally log changes."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from diarium.api import load, repair
from diarium.commands.output import report
from diarium.errors import EXIT_INPUT_FAILED, EXIT_USAGE, DiariumError
from diarium.schemas import Document


def correct(
    file: str = typer.Argument(..., help="A file `diarium ingest` reads, or - for stdin text."),
    changes_out: Path | None = typer.Option(
        None, "--changes", help="Write every change (applied or not) as JSON lines here."),
    min_confidence: float = typer.Option(
        0.5, "--min-confidence", min=0.0, max=1.0,
        help="Apply only changes at least this confident; the rest are logged only."),
    no_join: bool = typer.Option(
        False, "--keep-hyphens", help="Do not join words hyphenated at a line end."),
) -> None:
    """Repair Swedish OCR damage (lost å/ä/ö, 1 for i, rn for m ...), keeping every line.

    Line i of the output is the repair of line i of the input; pages stay separated by form
    feeds.

    Examples:

      diarium correct samples/002_51e60d0a71557411.txt

      diarium ingest scan.pdf | diarium correct - --changes changes.jsonl

      diarium correct old.txt --min-confidence 0.8 > repaired.txt
    """
    try:
        source: Document | str = sys.stdin.read() if file == "-" else load(file)
    except DiariumError as err:
        report(err, file)
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    text, changes = repair(source, min_confidence=min_confidence, join_hyphenation=not no_join)
    sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))
    if changes_out is not None:
        try:
            with changes_out.open("w", encoding="utf-8") as out:
                for change in changes:
                    out.write(change.model_dump_json() + "\n")
        except OSError as err:
            report(f"cannot write {changes_out}: {err.strerror or err}")
            raise typer.Exit(EXIT_USAGE) from None
