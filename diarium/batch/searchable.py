"""`diarium run --pdf-dir`: a searchable PDF/A of each scanned input, written by the worker
that finishes the document, from that run's OCR and repaired text (nothing is read twice).

OCRmyPDF needs the scan as a file: a local pool worker (or this process) passes the file at
its path; a Dask worker, which has the document's bytes (or reads its URL) but none of the
client's paths, writes them to a temporary file first. The PDF is written where `pdf_out`
says, on the machine of the worker (for `--dask local`, this one).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from diarium.batch.sources import is_url, read_source
from diarium.limits import Limits
from diarium.output.pdf import searchable_pdf
from diarium.pipeline import Processed
from diarium.schemas.document import Document


def scanned(document: Document) -> bool:
    """A document read from page images by our OCR: one a searchable PDF can be made of.

    >>> from diarium.schemas.document import Page
    >>> layer, ocr = Page(number=1, source="text-layer"), Page(number=2, source="ocr")
    >>> scanned(Document(path="beslut.pdf", sha256="0" * 64, kind="pdf-text", pages=[layer]))
    False
    >>> scanned(Document(path="beslut.pdf", sha256="0" * 64, kind="pdf-text", pages=[layer, ocr]))
    True
    """
    return document.kind in ("pdf-scan", "image") or (
        document.kind == "pdf-text" and any(page.source == "ocr" for page in document.pages))


def write_searchable(path: str, pdf_out: str, result: Processed, data: bytes | None,
                     limits: Limits) -> None:
    """The searchable PDF of the scan `path` (its bytes `data`, when the worker has them and
    not the file), if the document was scanned; raises as `searchable_pdf` does."""
    if not scanned(result.document):
        return
    if data is None and not is_url(path):
        searchable_pdf(Path(path), Path(pdf_out), document=result.document,
                       repaired=result.repaired, jobs=1)
        return
    data = read_source(path, limits) if data is None else data
    with tempfile.TemporaryDirectory(prefix="diarium-scan-") as tmp:
        source = Path(tmp) / ("scan" + Path(path).suffix.lower())
        source.write_bytes(data)
        searchable_pdf(source, Path(pdf_out), document=result.document,
                       repaired=result.repaired, jobs=1)


__all__ = ["scanned", "write_searchable"]
