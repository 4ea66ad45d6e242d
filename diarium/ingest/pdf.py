"""PDF → Document, page by page: the text layer where it holds real text, OCR where it does not.

The text layer is read with pypdfium2, not pdfplumber: on our 41 born-digital sample pages it
reads 830–1100 pages/s against pdfplumber's 12–24 (`bench/ingest.py`, several runs on a shared
machine; pdfplumber rebuilds lines from single characters in Python), and both give exactly
the laid-out lines in reading order (once `layer_text` undoes PDFium's joining of hyphenated
line ends).

A page is rendered at 300 dpi and OCR'd with Tesseract `swe` when its layer is missing or
clearly garbage: almost no characters, many replacement/control characters, mostly non-words,
or Swedish running text without a single å/ä/ö — the invisible layer of an old English-model
OCR, where "för" became "for" and "på" "pa". The Document is `pdf-scan` when most pages were
OCR'd, `pdf-text` otherwise.

>>> layer_problem("Socialnämnden beslutar att godkänna rapporten och lägga den till handlingarna.")
>>> layer_problem("")
'no text layer'
>>> layer_problem("Socialnamnden beslutar att godkanna rapporten och lagga den till " * 5)
'Swedish text without å/ä/ö (old OCR layer)'
"""
from __future__ import annotations

import re

import pypdfium2 as pdfium

from diarium.errors import DiariumError, InputError
from diarium.ingest.ocr import DPI, ocr_image
from diarium.ingest.text import text_to_pages
from diarium.schemas.document import Document, Page

MIN_CHARS = 25            # fewer visible characters than this: no real text on the page
MAX_BAD_FRACTION = 0.05   # replacement, private-use and control characters
MIN_WORD_FRACTION = 0.6   # tokens that look like words (letters, at most one digit run)
SWEDISH_MIN_WORDS = 40    # enough running text to expect å/ä/ö
FUNCTION_WORDS = {"och", "att", "som", "det", "med", "av", "till", "den", "har", "en", "ett",
                  "om", "inte", "vi", "de", "kan", "ska", "eller", "under", "samt"}
WORD = re.compile(r"^[^\W\d_]{2,}$|^\d+([.,:/–-]\d+)*$")
TOKEN_TRIM = re.compile(r"^[\W_]+|[\W_]+$")


def _is_bad_char(char: str) -> bool:
    code = ord(char)
    return char == "\ufffd" or 0xE000 <= code <= 0xF8FF or (code < 32 and char not in "\t\n\r\f")


def layer_problem(text: str) -> str | None:
    """Why this text layer is not worth keeping, or None if it is real text."""
    visible = "".join(text.split())
    if len(visible) < MIN_CHARS:
        return "no text layer"
    if sum(map(_is_bad_char, visible)) > MAX_BAD_FRACTION * len(visible):
        return "text layer of replacement/control characters"
    tokens = [TOKEN_TRIM.sub("", t) for t in text.split()]
    tokens = [t for t in tokens if t]
    if not tokens or sum(bool(WORD.match(t)) for t in tokens) < MIN_WORD_FRACTION * len(tokens):
        return "text layer of non-words"
    lowered = [t.lower() for t in tokens]
    swedish = sum(t in FUNCTION_WORDS for t in lowered)
    if (len(tokens) >= SWEDISH_MIN_WORDS and swedish >= 0.08 * len(tokens)
            and not any(c in "åäöÅÄÖ" for c in visible)):
        return "Swedish text without å/ä/ö (old OCR layer)"
    return None


def layer_text(page: pdfium.PdfPage) -> str:
    """The page's text layer with its line breaks. PDFium joins a line ending in a hyphen to
    the next and marks the spot with U+0002; that is the hyphen and the line break put back."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_bounded()
    finally:
        textpage.close()
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-\n")


def read_page(page: pdfium.PdfPage, number: int) -> tuple[Page, str | None]:
    """The page from its text layer, or OCR'd; and why the layer was not used."""
    text = layer_text(page)
    problem = layer_problem(text)
    if problem is None:
        read = text_to_pages(text.replace("\f", "\n"), source="text-layer")[0]
        width, height = page.get_size()
        return read.model_copy(update={"number": number, "width": width, "height": height}), None
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    image = bitmap.to_pil()
    return ocr_image(image, number=number), problem


def open_pdf(path: str, data: bytes) -> pdfium.PdfDocument:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        message = str(err).lower()
        if "password" in message or "security" in message:
            raise InputError(path, "encrypted PDF (a password is needed to open it)") from None
        raise InputError(path, f"corrupt or truncated PDF ({str(err).strip()})") from None
    if len(pdf) == 0:
        raise InputError(path, "PDF has no pages (corrupt or truncated)")
    return pdf


def read_pdf(path: str, data: bytes, sha256: str) -> Document:
    pdf = open_pdf(path, data)
    pages, warnings = [], []
    try:
        for index in range(len(pdf)):
            page, problem = read_page(pdf[index], index + 1)
            pages.append(page)
            if problem and problem != "no text layer":
                warnings.append(f"page {index + 1}: {problem}: OCR'd instead")
    except DiariumError as err:
        raise type(err)(path, err.reason) from None
    except pdfium.PdfiumError as err:
        raise InputError(path, f"corrupt PDF page ({str(err).strip()})") from None
    finally:
        pdf.close()
    scanned = sum(page.source == "ocr" for page in pages)
    return Document(path=path, sha256=sha256, kind="pdf-scan" if 2 * scanned > len(pages)
                    else "pdf-text", pages=pages, warnings=warnings)
