"""Which inputs will need Tesseract, found before a run starts, so that a missing Tesseract
is reported once, up front, instead of once per scanned file in the middle of a batch.

>>> needs_ocr(Path("samples/004_f6c9172673e2488b.txt")), needs_ocr(Path("skanning.PNG"))
(False, True)
"""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from diarium.errors import DiariumError, MissingDependency
from diarium.ingest import IMAGE_SUFFIXES
from diarium.ingest.pdf import layer_problems, layer_text
from diarium.ingest.tesseract import require_tesseract

INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-swe"


def pdf_needs_ocr(path: Path) -> bool:
    """A PDF with a page that has no usable text layer (or an old OCR layer to redo)."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError):
        return False      # the run records why it cannot be read
    try:
        return any(layer_problems([layer_text(pdf[i]) for i in range(len(pdf))]))
    except (pdfium.PdfiumError, DiariumError):
        return False
    finally:
        pdf.close()


def needs_ocr(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return True
    return suffix == ".pdf" and pdf_needs_ocr(path)


def missing_ocr(files: list[Path]) -> str | None:
    """None when Tesseract can read what `files` need; else one line saying what is missing,
    for how many inputs, and the command that installs it."""
    try:
        require_tesseract()
        return None
    except MissingDependency as err:
        problem = err.reason
    scans = [path for path in files if needs_ocr(path)]
    if not scans:
        return None
    return (f"{len(scans)} of {len(files)} inputs need OCR (e.g. {scans[0]}), but {problem.split(':')[0]}"
            f"; install it with: {INSTALL}")


__all__ = ["INSTALL", "missing_ocr", "needs_ocr", "pdf_needs_ocr"]
