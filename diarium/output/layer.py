"""The repaired words at the printed words' positions: the text layer of a searchable PDF.

OCR gives each word a box on the page image; repair changes a line's words but keeps the
line ("Socialndmnden" → "Socialnämnden", "forslaget 1" → "förslaget i", a word split across
a line end joined on the first line). Each line's repaired words are aligned with its OCR
words (difflib on the word sequences): a word that replaced one word takes its box; words
that replaced several, or several that replaced one, share the boxes' union in proportion to
their length; a word joined away from the line start leaves its box empty.

Boxes are returned as fractions of the page (0–1, top-left origin), so the layer fits a page
image of any resolution: the one OCR'd at 300 dpi, or the one OCRmyPDF renders.

>>> place_words([("Socialndmnden", (0, 0, 130, 20)), ("beslutar", (140, 0, 220, 20))],
...             "Socialnämnden beslutar")
[('Socialnämnden', (0, 0, 130, 20)), ('beslutar', (140, 0, 220, 20))]
>>> place_words([("ochatt", (0, 0, 70, 20))], "och att")
[('och', (0.0, 0, 30.0, 20)), ('att', (40.0, 0, 70.0, 20))]
>>> place_words([("ande", (0, 0, 40, 20)), ("barn", (50, 0, 90, 20))], "barn")
[('barn', (50, 0, 90, 20))]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import zip_longest

from diarium.schemas.document import BBox, Document, Page

# Pages whose words came from our own OCR of the page image; text-layer pages keep their text.
LAYER_SOURCES = frozenset({"ocr"})


@dataclass
class LayerLine:
    words: list[tuple[str, BBox]]          # (text, box as fractions of the page)

    @property
    def text(self) -> str:
        return " ".join(text for text, _ in self.words)


@dataclass
class LayerPage:
    number: int                            # 1-based
    lines: list[LayerLine] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines if line.words)

    def as_json(self) -> dict:
        return {"number": self.number,
                "lines": [[[text, *box] for text, box in line.words] for line in self.lines]}


def split_box(box: BBox, words: list[str]) -> list[BBox]:
    """`box` cut left to right into one box per word, widths in proportion to the words'
    lengths, with a space's width between them.

    >>> split_box((0, 0, 70, 10), ["ett", "två"])
    [(0.0, 0, 30.0, 10), (40.0, 0, 70.0, 10)]
    """
    x0, y0, x1, y1 = box
    units = sum(len(w) for w in words) + len(words) - 1
    unit = (x1 - x0) / units if units else 0.0
    boxes, x = [], float(x0)
    for word in words:
        boxes.append((x, y0, x + unit * len(word), y1))
        x += unit * (len(word) + 1)
    return boxes


def union(boxes: list[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def aligned_groups(old: list[str], new: list[str]) -> list[tuple[range, range]]:
    """(old words, new words) index ranges that correspond; new words with no old word of
    their own (an insertion) join the group before them, or the one after at the start."""
    groups: list[tuple[range, range]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            groups.extend((range(i1 + k, i1 + k + 1), range(j1 + k, j1 + k + 1))
                          for k in range(i2 - i1))
        elif tag == "replace" and i2 - i1 == j2 - j1:
            groups.extend((range(i1 + k, i1 + k + 1), range(j1 + k, j1 + k + 1))
                          for k in range(i2 - i1))
        else:
            groups.append((range(i1, i2), range(j1, j2)))
    merged: list[tuple[range, range]] = []
    pending: range | None = None
    for olds, news in groups:
        if not olds:   # inserted words: no box of their own
            if merged:
                last_old, last_new = merged[-1]
                merged[-1] = (last_old, range(last_new.start, news.stop))
            else:
                pending = news
            continue
        if pending is not None:
            news, pending = range(pending.start, news.stop), None
        merged.append((olds, news))
    return merged


def place_words(words: list[tuple[str, BBox]], repaired_line: str) -> list[tuple[str, BBox]]:
    """The repaired line's words, each with a box taken from the OCR words it replaced."""
    new = repaired_line.split()
    if not words:
        return []
    placed: list[tuple[str, BBox]] = []
    for olds, news in aligned_groups([text for text, _ in words], new):
        if not news:
            continue
        box = union([words[i][1] for i in olds])
        texts = [new[j] for j in news]
        if len(olds) == 1 and len(texts) == 1:
            placed.append((texts[0], box))
        else:
            placed.extend(zip(texts, split_box(box, texts)))
    return placed


def without_overlaps(words: list[tuple[str, BBox]]) -> list[tuple[str, BBox]]:
    """Neighbouring boxes that overlap (OCR boxes of italics and tight kerning do) cut at
    the middle of the overlap: text extractors read a word drawn over the end of the one
    before as glued to the next ("ingår i partnerskapet" → "ingår ipartnerskapet").

    >>> without_overlaps([("ingår", (1108, 0, 1224, 40)), ("i", (1212, 0, 1226, 40))])
    [('ingår', (1108, 0, 1218.0, 40)), ('i', (1218.0, 0, 1226, 40))]
    """
    fixed = list(words)
    for i in range(1, len(fixed)):
        (prev_text, (px0, py0, px1, py1)), (text, (x0, y0, x1, y1)) = fixed[i - 1], fixed[i]
        if px0 < x0 < px1 < x1:
            middle = (x0 + px1) / 2
            fixed[i - 1] = (prev_text, (px0, py0, middle, py1))
            fixed[i] = (text, (middle, y0, x1, y1))
    return fixed


def fraction(box: BBox, width: float, height: float) -> BBox:
    return (box[0] / width, box[1] / height, box[2] / width, box[3] / height)


def layer_page(page: Page, repaired_page: str) -> LayerPage:
    """One page's layer: its OCR lines' boxes carrying the repaired page's lines."""
    layer = LayerPage(page.number)
    if page.source not in LAYER_SOURCES or not page.width or not page.height:
        return layer
    width, height = page.width, page.height
    repaired_lines = repaired_page.split("\n")
    for line, repaired in zip_longest(page.lines, repaired_lines[:len(page.lines)]):
        words = [(w.text, w.bbox) for w in line.words if w.bbox is not None]
        text = repaired if repaired is not None else line.text
        placed = without_overlaps(place_words(words, text))
        layer.lines.append(LayerLine([(t, fraction(b, width, height)) for t, b in placed]))
    return layer


def text_layer(document: Document, repaired: str) -> list[LayerPage]:
    """Every page's layer from the document and its repaired text (pages split by form feeds,
    lines as in the document, as `diarium.repair` returns it)."""
    pages = repaired.split("\f")
    return [layer_page(page, pages[i] if i < len(pages) else page.text)
            for i, page in enumerate(document.pages)]
