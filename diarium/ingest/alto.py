"""ALTO XML (v2–v4, any namespace) → Document, without OCR.

`Page` (WIDTH, HEIGHT) → `TextLine` (HPOS, VPOS, WIDTH, HEIGHT) → `String` (CONTENT, WC 0–1).

>>> pages = parse_alto('''<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout>
...  <Page WIDTH="2480" HEIGHT="3508"><PrintSpace><TextBlock><TextLine HPOS="300" VPOS="400"
...  WIDTH="500" HEIGHT="40"><String CONTENT="Socialnämnden" HPOS="300" VPOS="400" WIDTH="260"
...  HEIGHT="40" WC="0.96"/><SP/><String CONTENT="beslutar" WC="0.91"/></TextLine>
...  </TextBlock></PrintSpace></Page></Layout></alto>''')
>>> pages[0].text, pages[0].lines[0].words[0].conf, pages[0].lines[0].bbox
('Socialnämnden beslutar', 0.96, (300.0, 400.0, 800.0, 440.0))
"""
from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET

from diarium.errors import InputError
from diarium.ingest.markup import decode_markup, line_of
from diarium.schemas.document import BBox, Document, Page, Word


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _number(element: ET.Element, name: str) -> float | None:
    try:
        return float(element.get(name, ""))
    except ValueError:
        return None


def _bbox(element: ET.Element) -> BBox | None:
    x, y, w, h = (_number(element, k) for k in ("HPOS", "VPOS", "WIDTH", "HEIGHT"))
    if x is None or y is None or w is None or h is None:
        return None
    return (x, y, x + w, y + h)


def _word(string: ET.Element) -> Word | None:
    text = unicodedata.normalize("NFC", (string.get("CONTENT") or "").strip())
    if not text:
        return None
    conf = _number(string, "WC")
    return Word(text=text, conf=min(max(conf, 0.0), 1.0) if conf is not None else None,
                bbox=_bbox(string))


def parse_alto(markup: str) -> list[Page]:
    root = ET.fromstring(markup)
    pages: list[Page] = []
    for element in root.iter():
        if _local(element.tag) != "Page":
            continue
        page = Page(number=len(pages) + 1, source="alto", width=_number(element, "WIDTH"),
                    height=_number(element, "HEIGHT"))
        for line in element.iter():
            if _local(line.tag) == "TextLine":
                words = [w for s in line if _local(s.tag) == "String" and (w := _word(s))]
                if words:
                    page.lines.append(line_of(words, _bbox(line)))
        pages.append(page)
    return pages


def read_alto(path: str, data: bytes, sha256: str) -> Document:
    markup = decode_markup(path, data)
    try:
        pages = parse_alto(markup)
    except ET.ParseError as err:
        raise InputError(path, f"malformed ALTO XML ({err})") from None
    if not any(page.lines for page in pages):
        raise InputError(path, "ALTO file without any recognised words")
    return Document(path=path, sha256=sha256, kind="alto", pages=pages)
