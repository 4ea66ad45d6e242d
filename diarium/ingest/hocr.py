"""hOCR (Tesseract's, OCRopus', ABBYY exports...) → Document, without OCR.

Pages are `ocr_page` elements, lines any `ocr_line`-like element (`ocr_line`, `ocr_header`,
`ocr_caption`, `ocr_textfloat`), words `ocrx_word` with `bbox` and `x_wconf` (0–100, kept
as 0–1) in their `title`.

>>> doc = parse_hocr('''<div class="ocr_page" title="bbox 0 0 2480 3508; ppageno 0">
...  <span class="ocr_line" title="bbox 300 400 800 440">
...   <span class="ocrx_word" title="bbox 300 400 560 440; x_wconf 96">Socialnämnden</span>
...   <span class="ocrx_word" title="bbox 580 400 800 440; x_wconf 91"><strong>beslutar</strong></span>
...  </span></div>''')
>>> doc[0].text, doc[0].lines[0].words[1].conf, doc[0].width
('Socialnämnden beslutar', 0.91, 2480.0)
"""
from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

from diarium.errors import InputError
from diarium.ingest.markup import decode_markup, line_of
from diarium.schemas.document import BBox, Document, Page, Word

LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
VOID_TAGS = {"br", "img", "meta", "link", "hr", "input"}
BBOX = re.compile(r"\bbbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)")
WCONF = re.compile(r"\bx_wconf\s+(-?[\d.]+)")


def _bbox(title: str) -> BBox | None:
    match = BBOX.search(title)
    if not match:
        return None
    left, top, right, bottom = (float(v) for v in match.groups())
    return (left, top, right, bottom)


class HocrParser(HTMLParser):
    """Collects pages → lines → words; tracks open elements to know where a word ends."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pages: list[Page] = []
        self.stack: list[str] = []          # the ocr class (or "") of each open element
        self.line_words: list[Word] = []
        self.line_bbox: BBox | None = None
        self.word: dict | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            return
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        title = attributes.get("title") or ""
        kind = ""
        if "ocr_page" in classes:
            kind = "page"
            self._end_line()  # words outside any line element stay on their own page
            box = _bbox(title)
            self.pages.append(Page(number=len(self.pages) + 1, source="hocr",
                                   width=box[2] if box else None, height=box[3] if box else None))
        elif classes & LINE_CLASSES:
            kind = "line"
            self._end_line()
            self.line_bbox = _bbox(title)
        elif "ocrx_word" in classes:
            kind = "word"
            conf = WCONF.search(title)
            self.word = {"text": "", "bbox": _bbox(title),
                         "conf": min(max(float(conf.group(1)) / 100, 0.0), 1.0) if conf else None}
        self.stack.append(kind)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS or not self.stack:
            return
        kind = self.stack.pop()
        if kind == "word" and self.word is not None:
            text = unicodedata.normalize("NFC", self.word["text"].strip())
            if text:
                self.line_words.append(Word(text=text, conf=self.word["conf"], bbox=self.word["bbox"]))
            self.word = None
        elif kind == "line":
            self._end_line()

    def handle_data(self, data: str) -> None:
        if self.word is not None:
            self.word["text"] += data

    def _end_line(self) -> None:
        if self.line_words:
            if not self.pages:
                self.pages.append(Page(number=1, source="hocr"))
            self.pages[-1].lines.append(line_of(self.line_words, self.line_bbox))
        self.line_words, self.line_bbox = [], None

    def close(self) -> None:
        super().close()
        self._end_line()


def parse_hocr(markup: str) -> list[Page]:
    parser = HocrParser()
    parser.feed(markup)
    parser.close()
    return parser.pages


def read_hocr(path: str, data: bytes, sha256: str) -> Document:
    pages = parse_hocr(decode_markup(path, data))
    if not pages or not any(page.lines for page in pages):
        raise InputError(path, "hOCR file without any recognised words")
    return Document(path=path, sha256=sha256, kind="hocr", pages=pages)
