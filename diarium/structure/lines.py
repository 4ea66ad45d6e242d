"""The repaired text as pages and lines with their offsets: what every structure finder reads.

>>> lines = text_lines("Rubrik\\nText.\\fSida 2 (2)")
>>> [(line.page, line.number, line.start, line.end, line.text) for line in lines]
[(1, 0, 0, 6, 'Rubrik'), (1, 1, 7, 12, 'Text.'), (2, 0, 13, 23, 'Sida 2 (2)')]
>>> [(p.number, p.start, p.end) for p in page_spans("Rubrik\\nText.\\fSida 2 (2)")]
[(1, 0, 12), (2, 13, 23)]
"""
from __future__ import annotations

from diarium.schemas.document import Document
from diarium.schemas.structure import PageSpan, TextLine


def page_spans(text: str) -> list[PageSpan]:
    """One span per page; pages are separated by form feeds."""
    spans, start = [], 0
    for number, page in enumerate(text.split("\f"), start=1):
        spans.append(PageSpan(number=number, start=start, end=start + len(page)))
        start += len(page) + 1
    return spans


def text_lines(text: str, document: Document | None = None) -> list[TextLine]:
    """Every line of every page, blank lines included (role 'blank').

    With the `document` the text was repaired from (repair keeps pages and lines), a line
    whose words have boxes gets its vertical position on the page (`top`, 0–1)."""
    lines: list[TextLine] = []
    for span in page_spans(text):
        offset = span.start
        page_text = text[span.start:span.end]
        for number, line in enumerate(page_text.split("\n")):
            lines.append(TextLine(page=span.number, number=number, start=offset,
                                  end=offset + len(line), text=line,
                                  role="body" if line.strip() else "blank",
                                  top=_top(document, span.number, number)))
            offset += len(line) + 1
    return lines


def _top(document: Document | None, page_number: int, line_number: int) -> float | None:
    if document is None or page_number > len(document.pages):
        return None
    page = document.pages[page_number - 1]
    if not page.height or line_number >= len(page.lines):
        return None
    box = page.lines[line_number].bbox
    return None if box is None else box[1] / page.height
