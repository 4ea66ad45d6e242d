"""A searchable PDF/A of a scan whose invisible text is diarium's *repaired* OCR text.

`searchable_pdf(source, out)` reads the scan (or takes the Document a batch already has),
repairs its OCR text, places the repaired words at the OCR words' positions (`layer.py`) and
lets OCRmyPDF do the PDF work through an OCR-engine plugin that returns those words
(`ocrmypdf_engine.py`): rasterising for the page size, rendering the invisible text (fpdf2),
grafting it onto the original page, PDF/A-2b conversion and validation. Only the pages
diarium OCR'd get the layer; pages with a usable text layer are left as they are, and an
old, worse OCR layer on a re-read page is replaced (OCRmyPDF's redo mode).

    from diarium.output.pdf import searchable_pdf
    result = searchable_pdf(Path("scan.pdf"), Path("scan.pdfa.pdf"))
    # in a batch that already holds the Document and its repaired text:
    searchable_pdf(Path(doc.path), out, document=doc, repaired=text)
"""
from __future__ import annotations

import json
import logging
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from diarium.errors import InputError, MissingDependency, UsageError, one_line
from diarium.ingest import load
from diarium.ingest.image import open_image
from diarium.ingest.ocr import scan_dpi
from diarium.output.layer import LAYER_SOURCES, LayerPage, text_layer
from diarium.pipeline import needs_repair, repaired
from diarium.schemas.document import Document

PLUGIN = "diarium.output.ocrmypdf_engine"
SCAN_KINDS = frozenset({"pdf-scan", "pdf-text", "image"})
OUTPUT_TYPE = "pdfa-2"


@dataclass
class PdfResult:
    path: Path
    pages: int                       # pages in the output
    layer_pages: list[int]           # 1-based numbers of the pages given the repaired text
    words: int                       # words written to the text layer
    text: list[str]                  # the layer's text per page ("" where no layer was added)
    pdfa: str                        # the PDF/A part OCRmyPDF reports producing, e.g. "2b"


def repaired_text(document: Document) -> str:
    """The repaired text, lines as in the document (what `diarium run` stores)."""
    return repaired(document)[0] if needs_repair(document) else document.text


def check_source(document: Document) -> None:
    if document.kind not in SCAN_KINDS:
        raise UsageError(document.path, f"a searchable PDF needs a scan (PDF or page image); "
                                        f"this is {document.kind}, with no page image")


def pages_with_text(source: Path) -> bool:
    """Whether any page already holds text, as OCRmyPDF judges it."""
    from ocrmypdf.pdfinfo import PdfInfo
    return any(page is not None and page.has_text for page in PdfInfo(source).pages)


def ocrmypdf_options(document: Document, layer_file: Path, layer: list[LayerPage],
                     jobs: int | None, progress: bool, has_text: bool) -> dict:
    """The keyword arguments of `ocrmypdf.ocr` for this document and its layer."""
    ocr_pages = [p.number for p in layer if document.pages[p.number - 1].source in LAYER_SOURCES]
    options: dict = {
        "plugins": [PLUGIN], "ocr_engine": "diarium", "diarium_layer": str(layer_file),
        "language": ["swe"], "output_type": OUTPUT_TYPE, "progress_bar": progress,
        "jobs": jobs or 1, "use_threads": True,
        "title": Path(document.path).stem,
    }
    if document.kind == "image":
        with open_image(document.path, Path(document.path).read_bytes()) as image:
            options["image_dpi"] = scan_dpi(image)
    elif not has_text:
        options["pages"] = ",".join(map(str, ocr_pages))
    else:
        # Only the pages diarium OCR'd, an old invisible layer on them replaced; a
        # born-digital PDF keeps its text. Ghostscript 10.0-10.02 corrupts PDFs with text,
        # so PDF/A is made by OCRmyPDF's own (pikepdf) backend.
        options |= {"mode": "redo" if ocr_pages else "skip", "pdfa_backend": "internal"}
        if ocr_pages:
            options["pages"] = ",".join(map(str, ocr_pages))
    return options


def run_ocrmypdf(source: Path, out: Path, options: dict) -> None:
    try:
        import ocrmypdf
        from ocrmypdf.exceptions import ExitCodeException
    except ImportError:
        raise MissingDependency(str(source), "ocrmypdf is not installed "
                                             "(pip install ocrmypdf)") from None
    # OCRmyPDF logs each step at INFO; a user of `diarium pdf` needs its warnings only.
    logging.getLogger("ocrmypdf").setLevel(logging.WARNING)
    # OCRmyPDF's (disabled) Rich progress bars swap sys.stderr for a buffer and do not always
    # put it back: whatever the caller prints afterwards would vanish.
    streams = sys.stdout, sys.stderr
    try:
        code = ocrmypdf.ocr(source, out, **options)
    except ExitCodeException as err:
        raise InputError(str(source), f"OCRmyPDF: {one_line(err) or type(err).__name__}") from None
    finally:
        sys.stdout, sys.stderr = streams
    if int(code) != 0:
        raise InputError(str(source), f"OCRmyPDF exited with {code!r}")


def pdfa_part(out: Path) -> str:
    """The PDF/A part and conformance the file declares in its XMP metadata ('' if none)."""
    import pikepdf
    with pikepdf.open(out) as pdf:
        meta = pdf.open_metadata()
        part, conformance = meta.get("pdfaid:part", ""), meta.get("pdfaid:conformance", "")
        return f"{part}{conformance.lower()}"


def searchable_pdf(source: Path, out: Path, *, document: Document | None = None,
                   repaired: str | None = None, jobs: int | None = None,
                   progress: bool = False) -> PdfResult:
    """Write `out`, a PDF/A-2b of the scan `source` with the repaired text as its text layer.

    `document` (diarium.load(source)) and `repaired` (its repaired text, pages separated by
    form feeds) are read and computed when not given; a batch passes both, so nothing is
    OCR'd or repaired twice. Raises UsageError for input without a page image (text, hOCR,
    ALTO), InputError when OCRmyPDF fails, MissingDependency without OCRmyPDF.
    """
    if document is None:
        document = load(source)
    check_source(document)
    if repaired is None:
        repaired = repaired_text(document)
    layer = text_layer(document, repaired)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="diarium-pdf-") as tmp:
        layer_file = Path(tmp) / "layer.json"
        layer_file.write_text(json.dumps([page.as_json() for page in layer],
                                         ensure_ascii=False), "utf-8")
        has_text = document.kind != "image" and pages_with_text(source)
        run_ocrmypdf(source, out, ocrmypdf_options(document, layer_file, layer, jobs, progress,
                                                   has_text))
    with_text = [page for page in layer if any(line.words for line in page.lines)]
    return PdfResult(path=out, pages=len(document.pages),
                     layer_pages=[page.number for page in with_text],
                     words=sum(len(line.words) for page in layer for line in page.lines),
                     text=[page.text for page in layer], pdfa=pdfa_part(out))
