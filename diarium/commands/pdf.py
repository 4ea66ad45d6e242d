"""`diarium pdf IN OUT`: a searchable PDF/A of a scan, its text layer the repaired OCR text.

Argument parsing and printing only; the work is in `diarium.output.pdf`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from diarium.api import load
from diarium.commands.output import report
from diarium.commands.progress import progress_bars
from diarium.errors import EXIT_USAGE
from diarium.output.pdf import searchable_pdf

# Masking the text layer alone would be a false promise: the page images under it still show
# every number. So the option exists only to say so, and nothing is written.
NO_REDACTION = ("--redact-personnummer: diarium pdf cannot redact; the page images show every "
                "personnummer, and only the invisible text would be masked. Nothing written.")


def pdf(
    source: Path = typer.Argument(..., metavar="IN", help="A scanned PDF or a page image."),
    output: Path = typer.Argument(..., metavar="OUT", help="The PDF/A to write."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Pages rendered in parallel."),
    redact_personnummer: bool = typer.Option(
        False, "--redact-personnummer",
        help="Refused (exit 2): the page images would still show the numbers."),
) -> None:
    """Write a searchable PDF/A-2b whose invisible text is the *repaired* OCR text.

    There is no redaction: the output keeps the scan's page images, which show every
    personnummer, so `--redact-personnummer` is refused rather than half done.

    The scan is read (Tesseract `swe` where a page has no usable text layer), its OCR damage
    repaired, and every repaired word placed where the word is printed. OCRmyPDF renders the
    text layer, grafts it onto the unchanged page images and writes PDF/A. Pages with a good
    born-digital text layer keep it; an old OCR layer on a re-read page is replaced.

    Examples:

      diarium pdf samples/generated/004.scan.pdf 004.sökbar.pdf

      diarium pdf samples/generated/001.sandwich.pdf 001.pdf    # old layer → repaired layer
    """
    if redact_personnummer:
        report(NO_REDACTION)
        raise typer.Exit(EXIT_USAGE)
    with progress_bars():      # the OCR, page by page; OCRmyPDF draws its own bars after it
        document = load(source)
    result = searchable_pdf(source, output, document=document, jobs=jobs,
                            progress=sys.stderr.isatty())
    print(f"{result.path}: {result.pages} pages, {result.words} words of repaired text on "
          f"{len(result.layer_pages)} pages, PDF/A-{result.pdfa or '?'}", file=sys.stderr)
