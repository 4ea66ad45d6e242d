"""`diarium diff OLD NEW`: what changed between two versions of an agreement."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from diarium.commands.output import report
from diarium.commands.progress import progress_bars
from diarium.diff import Comparison, compare_files, compare_prepared, prepare
from diarium.diff.render_html import render_html
from diarium.diff.render_md import render_markdown
from diarium.errors import EXIT_INPUT_FAILED, EXIT_USAGE, DiariumError
from diarium.ingest import load
from diarium.redact import Redactor, redact_document, redact_text

FORMATS = ("html", "md", "json")
EXIT_CHANGED = 3  # with --exit-code: substantive changes found (1 and 2 keep their meaning)


def pick_format(requested: str | None, out: Path | None) -> str:
    """--format wins; else the output file's suffix; else Markdown on stdout."""
    if requested:
        return requested
    if out is not None:
        suffix = out.suffix.lower().lstrip(".")
        return {"htm": "html", "markdown": "md"}.get(suffix, suffix) if suffix in (
            *FORMATS, "htm", "markdown") else "html"
    return "md"


def rendered(comparison: Comparison, fmt: str, cosmetic: bool) -> str:
    if fmt == "json":
        return comparison.report.model_dump_json(indent=2) + "\n"
    if fmt == "html":
        return render_html(comparison, cosmetic=cosmetic)
    return render_markdown(comparison, cosmetic=cosmetic)


def redacted_comparison(old: Path, new: Path) -> tuple[Comparison, Redactor]:
    """Both versions read with every personnummer masked before any stage sees them; the
    redactor, knowing the numbers of both, masks the report again once rendered."""
    redactor = Redactor()
    prepared = []
    for path in (old, new):
        document, seen = redact_document(load(path))
        redactor.known |= seen.known
        prepared.append(prepare(document))
    return compare_prepared(*prepared), redactor


def masked_report(text: str, fmt: str, redactor: Redactor) -> str:
    """The rendered report masked again: JSON value by value (a line break inside a string
    is an escape there), Markdown and HTML as text."""
    if fmt == "json":
        return json.dumps(redactor.value(json.loads(text)), ensure_ascii=False, indent=2) + "\n"
    return redactor.text(text)


def diff(
    old: Path = typer.Argument(..., help="The earlier version (PDF, scan, image, text, hOCR, ALTO)."),
    new: Path = typer.Argument(..., help="The later version."),
    fmt: str = typer.Option(None, "--format", "-f",
                            help="html, md or json. Default: from -o's suffix, else md."),
    out: Path = typer.Option(None, "--output", "-o", help="Write the report here instead of stdout."),
    show_all: bool = typer.Option(False, "--all", help="Also show cosmetic differences (OCR noise)."),
    exit_code: bool = typer.Option(False, "--exit-code",
                                   help=f"Exit {EXIT_CHANGED} when substantive changes are found."),
    redact_personnummer: bool = typer.Option(False, "--redact-personnummer",
                                             help="Mask personnummer and samordningsnummer in "
                                                  "the report, file names included."),
) -> None:
    """Compare two versions of an agreement: parties, orgnr, period, money, clauses.

    Both files go through OCR repair and the structure stage first: page
    headers and footers, page numbers, signature blocks, rotated margin text,
    re-pagination, line wrapping, hyphenation and OCR noise do not show up as
    changes. Each edit is one entry: the fact it changes (party, orgnr,
    period, amount — compared as whole values) with the clause around it,
    its section and its page in both versions. A new orgnr with a wrong check
    digit is flagged. The report is in Swedish.

    Without -o: Markdown on stdout, for an e-mail.

    With -o report.html: one self-contained, printable HTML page (A4 print
    stylesheet): a summary table, then one row per edit.

    JSON: every entry (kind, label, section, pages, old/new clause, old/new
    fact and value, substantive, reason, warnings) and both records.

    Exits 0 with or without changes; --exit-code exits 3 on substantive changes.

    Examples:

      diarium diff avtal-2022.pdf avtal-2024.pdf -o jämförelse.html

      diarium diff old.txt new.txt | mail -s "Ändringar" registrator@example.se

      diarium diff --format json old.pdf new.pdf | jq '.changes[] | select(.substantive)'

      diarium diff --redact-personnummer beslut-v1.pdf beslut-v2.pdf -o ändringar.html
    """
    chosen = pick_format(fmt, out)
    if chosen not in FORMATS:
        report(f"unknown format '{chosen}' (choose html, md or json)")
        raise typer.Exit(EXIT_USAGE)
    redactor = None
    try:
        with progress_bars(2):      # the pages of a scan being OCR'd, on a terminal
            if redact_personnummer:
                comparison, redactor = redacted_comparison(old, new)
            else:
                comparison = compare_files(old, new)
    except DiariumError as err:
        if redact_personnummer:
            report(redact_text(err.reason)[0], redact_text(err.path or "")[0] or None)
        else:
            report(err)
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    text = rendered(comparison, chosen, show_all)
    if redactor is not None:
        text = masked_report(text, chosen, redactor)
    if out is None:
        sys.stdout.write(text)
    else:
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as err:
            report(f"cannot write: {err.strerror or err}", str(out))
            raise typer.Exit(EXIT_INPUT_FAILED) from None
        substantive = len(comparison.report.substantive)
        print(f"{out}: {substantive} substantive edits, "
              f"{len(comparison.report.changes) - substantive} cosmetic differences", file=sys.stderr)
    if exit_code and comparison.report.substantive:
        raise typer.Exit(EXIT_CHANGED)
