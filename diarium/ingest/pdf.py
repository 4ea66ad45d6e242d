"""PDF → Document, page by page: the text layer where it holds real text, OCR where it does not.

The text layer is read with pypdfium2, not pdfplumber: on our 41 born-digital sample pages it
reads 830–1100 pages/s against pdfplumber's 12–24 (`bench/ingest.py`, several runs on a shared
machine; pdfplumber rebuilds lines from single characters in Python), and both give exactly
the laid-out lines in reading order (once `layer_text` undoes PDFium's joining of hyphenated
line ends).

A page is rendered at 300 dpi and OCR'd with Tesseract `swe` when its layer is missing or
clearly garbage: almost no characters, many replacement/control characters, mostly non-words,
or Swedish running text without a single å/ä/ö — the invisible layer of an old English-model
OCR, where "för" became "for" and "på" "pa". That last test needs running text: a page too
short to judge alone is judged with the document's other pages that lack å/ä/ö (an old OCR
layer covers the whole file), and when all of them together are still short, by the Swedish
lexicon: words whose form with å/ä/ö is the more frequent one ("for", "pa", "beslutar att
ga") mark the old layer. The Document is `pdf-scan` when most pages were OCR'd, `pdf-text`
otherwise.

Reading is planned first (`plan_pdf`: open, read every text layer, judge it; cheap) and the
pages to OCR are then read one by one (`ocr_page`), so that they can be shared among workers
(`diarium.ingest.pages`); `read_pdf` does both in one process. Each page is rendered on its
own and dropped once read, so memory does not grow with the page count; a page whose 50 dpi
thumbnail shows no ink (`diarium.ingest.blank`) is not rendered at 300 dpi nor OCR'd.

>>> layer_problem("Socialnämnden beslutar att godkänna rapporten och lägga den till handlingarna.")
>>> layer_problem("")
'no text layer'
>>> layer_problem("Socialnamnden beslutar att godkanna rapporten och lagga den till " * 5)
'Swedish text without å/ä/ö (old OCR layer)'
>>> layer_problems(["Protokoll fort vid sammantrade med socialnamnden den 14 mars",
...                 "Socialnamnden beslutar att godkanna rapporten och lagga den till " * 2])
['Swedish text without å/ä/ö (old OCR layer)', 'Swedish text without å/ä/ö (old OCR layer)']
>>> layer_problems(["Protokoll fört vid sammanträde med socialnämnden den 14 mars",
...                 "Bilaga 1. Rapport om hemtjänst, mars 2023"])
[None, None]
"""
from __future__ import annotations

import contextlib
import math
import re
import threading
from collections.abc import Iterator

import pypdfium2 as pdfium
from PIL import Image

from diarium.language.lexicon import load as load_lexicon
from diarium.errors import DiariumError, InputError, MissingDependency
from diarium.ingest.blank import THUMBNAIL_DPI, is_blank
from diarium.ingest.ocr import DPI, ocr_image
from diarium.ingest.pages import PageJob, Plan, assemble
from diarium.ingest.progress import page_read
from diarium.ingest.text import text_to_pages
from diarium.language import words
from diarium.language.letters import SWEDISH_LETTERS
from diarium.schemas.document import Document, Page

MIN_CHARS = 25            # fewer visible characters than this: no real text on the page
MAX_BAD_FRACTION = 0.05   # replacement, private-use and control characters
MIN_WORD_FRACTION = 0.6   # tokens that look like words (letters, at most one digit run)
SWEDISH_MIN_WORDS = 40    # enough running text to expect å/ä/ö
SWEDISH_MIN_SHARE = 0.08  # of tokens that are Swedish function words
LOST_DIACRITICS_MIN = 2   # words read without their å/ä/ö that mark a short old OCR layer
OLD_OCR = "Swedish text without å/ä/ö (old OCR layer)"
FUNCTION_WORDS = words("function_words")
WORD = re.compile(r"^[^\W\d_]{2,}$|^\d+([.,:/–-]\d+)*$")
TOKEN_TRIM = re.compile(r"^[\W_]+|[\W_]+$")
# PDFium is not thread-safe: every call into it from this process holds this lock.
PDFIUM = threading.RLock()


def _is_bad_char(char: str) -> bool:
    code = ord(char)
    return char == "\ufffd" or 0xE000 <= code <= 0xF8FF or (code < 32 and char not in "\t\n\r\f")


def _tokens(text: str) -> list[str]:
    return [t for t in (TOKEN_TRIM.sub("", t) for t in text.split()) if t]


def layer_problem(text: str) -> str | None:
    """Why this text layer is not worth keeping, or None if it is real text."""
    visible = "".join(text.split())
    if len(visible) < MIN_CHARS:
        return "no text layer"
    if sum(map(_is_bad_char, visible)) > MAX_BAD_FRACTION * len(visible):
        return "text layer of replacement/control characters"
    tokens = _tokens(text)
    if not tokens or sum(bool(WORD.match(t)) for t in tokens) < MIN_WORD_FRACTION * len(tokens):
        return "text layer of non-words"
    if len(tokens) >= SWEDISH_MIN_WORDS and _swedish_without_diacritics(tokens):
        return OLD_OCR
    return None


def _swedish_without_diacritics(tokens: list[str]) -> bool:
    swedish = sum(t.lower() in FUNCTION_WORDS for t in tokens)
    return (swedish >= SWEDISH_MIN_SHARE * len(tokens)
            and not any(SWEDISH_LETTERS.intersection(t) for t in tokens))


def _lost_diacritics(tokens: list[str]) -> int:
    """How many words read as "for", "godkanna" are far more often "för", "godkänna"."""
    try:
        lexicon = load_lexicon()
    except MissingDependency:
        return 0
    lost = 0
    for token in {t.lower() for t in tokens if t.isalpha() and len(t) > 1}:
        forms = [f for f in lexicon.by_key(token) if SWEDISH_LETTERS.intersection(f)]
        if any(lexicon.zipf(f) > lexicon.zipf(token) for f in forms):
            lost += 1
        elif not lexicon.known(token):  # "sammantradesprotokoll": a compound with its å/ä/ö lost
            lost += any(SWEDISH_LETTERS.intersection(f)
                        for f in lexicon.compound_by_key(token, limit=2))
    return lost


def layer_problems(texts: list[str]) -> list[str | None]:
    """`layer_problem` of each page of one document, the short pages judged together: the
    pages without å/ä/ö are one old OCR layer if, pooled, they read as Swedish without them."""
    problems = [layer_problem(text) for text in texts]
    pool = [n for n, (text, problem) in enumerate(zip(texts, problems))
            if problem is None and not SWEDISH_LETTERS.intersection(text)]
    tokens = [t for n in pool for t in _tokens(texts[n])]
    if not tokens:
        return problems
    if OLD_OCR in problems:  # one old OCR layer covers the whole file
        old = True
    elif len(tokens) >= SWEDISH_MIN_WORDS:
        old = _swedish_without_diacritics(tokens)
    else:
        old = _lost_diacritics(tokens) >= LOST_DIACRITICS_MIN
    return [OLD_OCR if old and n in pool else problem for n, problem in enumerate(problems)]


def layer_text(page: pdfium.PdfPage) -> str:
    """The page's text layer with its line breaks. PDFium joins a line ending in a hyphen to
    the next and marks the spot with U+0002; that is the hyphen and the line break put back."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_bounded()
    finally:
        textpage.close()
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-\n")


def text_page(page: pdfium.PdfPage, number: int, text: str) -> Page:
    """The page from its text layer."""
    read = text_to_pages(text.replace("\f", "\n"), source="text-layer")[0]
    width, height = page.get_size()
    return read.model_copy(update={"number": number, "width": width, "height": height})


def scan_image(page: pdfium.PdfPage) -> Image.Image | None:
    """The page rendered at OCR resolution, or None when its thumbnail shows a blank page.
    Held under PDFIUM: PDFium is not thread-safe, and a Dask worker may run threads."""
    with PDFIUM:
        thumbnail = page.render(scale=THUMBNAIL_DPI / 72, grayscale=True).to_pil()
        if is_blank(thumbnail):
            return None
        return page.render(scale=DPI / 72, grayscale=True).to_pil()


def blank_page(page: pdfium.PdfPage, number: int) -> Page:
    """What OCR reads on a blank page: nothing, on a page of the size it would have rendered."""
    width, height = page.get_size()
    return Page(number=number, source="ocr", width=math.ceil(width * DPI / 72),
                height=math.ceil(height * DPI / 72))


def ocr_page(pdf: pdfium.PdfDocument, job: PageJob) -> Page:
    """One page of the plan read by OCR (a blank page is not: it has nothing to read)."""
    with PDFIUM:
        page = pdf[job.index]
    try:
        image = scan_image(page)
        return blank_page(page, job.number) if image is None else ocr_image(image, job.number)
    finally:
        with PDFIUM:
            page.close()


def open_pdf(path: str, data: bytes) -> pdfium.PdfDocument:
    try:
        with PDFIUM:
            pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        message = str(err).lower()
        if "password" in message or "security" in message:
            raise InputError(path, "encrypted PDF (a password is needed to open it)") from None
        raise InputError(path, f"corrupt or truncated PDF ({str(err).strip()})") from None
    if len(pdf) == 0:
        raise InputError(path, "PDF has no pages (corrupt or truncated)")
    return pdf


@contextlib.contextmanager
def page_errors(path: str) -> Iterator[None]:
    """A failure while reading the pages, said with the file's name."""
    try:
        yield
    except DiariumError as err:
        raise type(err)(path, err.reason) from None
    except pdfium.PdfiumError as err:
        raise InputError(path, f"corrupt PDF page ({str(err).strip()})") from None


def plan_pdf(path: str, data: bytes, sha256: str) -> Plan:
    """Read the text layers; the pages whose layer is missing or garbage are jobs for OCR."""
    pdf = open_pdf(path, data)
    try:
        with page_errors(path), PDFIUM:
            pages_of = [pdf[index] for index in range(len(pdf))]
            texts = [layer_text(page) for page in pages_of]
            pages: list[Page | None] = []
            jobs = []
            for index, problem in enumerate(layer_problems(texts)):
                if problem is None:
                    pages.append(text_page(pages_of[index], index + 1, texts[index]))
                else:
                    pages.append(None)
                    jobs.append(PageJob(index, problem))
                pages_of[index].close()
    finally:
        with PDFIUM:
            pdf.close()
    return Plan(path=path, sha256=sha256, reader="pdf", pages=pages, jobs=jobs)


def read_pdf(path: str, data: bytes, sha256: str) -> Document:
    """The whole PDF in this process: its plan, then its OCR jobs one after the other."""
    plan = plan_pdf(path, data, sha256)
    total = len(plan.pages)
    done = total - len(plan.jobs)       # the pages of a text layer are read with the plan
    page_read(path, done, total)
    if not plan.jobs:
        return assemble(plan, {})
    pdf = open_pdf(path, data)
    try:
        with page_errors(path):
            read: dict[int, Page] = {}
            for job in plan.jobs:
                read[job.index] = ocr_page(pdf, job)
                done += 1
                page_read(path, done, total)
            return assemble(plan, read)
    finally:
        with PDFIUM:
            pdf.close()
