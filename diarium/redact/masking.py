"""Masking what `diarium.redact.numbers` finds: in a text, a document, a dumped model."""
from __future__ import annotations

from typing import Any

from diarium.redact.numbers import FRAGMENT_DIGITS, OCR_DIGITS, WORD_CHAR, find, regions
from diarium.schemas.document import Document, Line

MASK = "X"


def mask_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """Every digit and digit-like letter inside the spans → X; separators stay."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i].isdigit() or chars[i] in OCR_DIGITS:
                chars[i] = MASK
    return "".join(chars)


def redact_text(text: str) -> tuple[str, int]:
    """Mask every personnummer in text; return (text, how many were masked)."""
    found = find(text)
    return mask_spans(text, [(f.start, f.end) for f in found]), len(found)


class Redactor:
    """Masks the personnummer of one document everywhere: its texts in full, and in the
    pieces cut from them (an evidence snippet or a repair that ends in the middle of a
    number) whatever of a number already masked is long enough to identify a birth date.

    >>> r = Redactor()
    >>> r.text("Beslut för Anna Berg, 19121212-1212.")
    'Beslut för Anna Berg, XXXXXXXX-XXXX.'
    >>> r.text("…Anna Berg, 19121212-"), r.count, r.masked
    ('…Anna Berg, XXXXXXXX-', 1, 1)
    >>> r.text("Ärendet gäller perioden 2020-01-01 – 2020-12-31")
    'Ärendet gäller perioden 2020-01-01 – 2020-12-31'
    """

    # Values under these keys are no text: a content hash may hold ten digits that check.
    KEEP = frozenset({"sha256"})

    def __init__(self) -> None:
        self.known: set[str] = set()
        self.count = 0      # distinct numbers seen
        self.masked = 0     # whole numbers masked, every occurrence

    def text(self, text: str) -> str:
        found = find(text)
        self.masked += len(found)
        for f in found:
            if f.digits not in self.known:
                self.known.add(f.digits)
                self.count += 1
        spans = [(f.start, f.end) for f in found]
        if self.known:
            spans += self.fragments(text, spans)
        return mask_spans(text, spans)

    def fragments(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Pieces of known numbers cut off at the start or the end of `text`."""
        forms = self.known | {century + d for d in self.known for century in ("18", "19", "20")}
        spans = []
        for chars in regions(text):
            first, last = chars[0].offset, chars[-1].offset + 1
            at_edge = not WORD_CHAR.search(text[:first]) or not WORD_CHAR.search(text[last:])
            digits = "".join(c.digit for c in chars)
            if (at_edge and len(digits) >= FRAGMENT_DIGITS
                    and not any(s <= first < e for s, e in taken)
                    and any(digits in form for form in forms)):
                spans.append((first, last))
        return spans

    def value(self, value: Any) -> Any:
        """Every string inside nested dicts and lists (a dumped model, a row) masked."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.value(v) for v in value)
        if isinstance(value, dict):
            return {k: v if k in self.KEEP else self.value(v) for k, v in value.items()}
        return value


def redact_line(redactor: Redactor, line: Line) -> Line:
    """The line masked, and its words masked where the line's text was (a number split into
    words "931224", "-", "1236" is masked in every piece)."""
    text = redactor.text(line.text)
    if text == line.text:
        return line
    words, offset = [], 0
    for word in line.words:
        at = line.text.find(word.text, offset)
        if at < 0:  # the words do not spell the line: mask each on its own
            words.append(word.model_copy(update={"text": redactor.text(word.text)}))
            continue
        offset = at + len(word.text)
        words.append(word.model_copy(update={"text": text[at:offset]}))
    return line.model_copy(update={"text": text, "words": words})


def redact_document(document: Document) -> tuple[Document, Redactor]:
    """The document with every personnummer masked in its text, words and path, before any
    stage reads it; and the redactor, which knows the numbers, to mask what the stages make.

    >>> from diarium.ingest.text import document_from_string
    >>> doc, redactor = redact_document(document_from_string(
    ...     "Beslut för 19121212-1212\\nom bistånd", path="akt 121212-1212.txt"))
    >>> doc.text, doc.path, redactor.count
    ('Beslut för XXXXXXXX-XXXX\\nom bistånd', 'akt XXXXXX-XXXX.txt', 1)
    """
    redactor = Redactor()
    pages = [page.model_copy(update={"lines": [redact_line(redactor, line) for line in page.lines]})
             for page in document.pages]
    return document.model_copy(update={
        "pages": pages, "path": redactor.text(document.path),
        "warnings": [redactor.text(w) for w in document.warnings]}), redactor


def redact_value(value: Any) -> tuple[Any, int]:
    """Redact every string inside nested dicts/lists; return (value, numbers masked)."""
    redactor = Redactor()
    return redactor.value(value), redactor.count

