"""Blank pages, told from a small render before anything is OCR'd.

A bundle of scans holds many empty pages (the backs of one-sided sheets, separator sheets).
Tesseract spends half a second on each to find nothing, after a 300 dpi render; a 50 dpi
thumbnail costs 10–40 ms and is enough to see that there is no ink on the page.

Ink is a pixel that differs from the paper (the median grey) by more than INK_CONTRAST, and
that has at least MIN_INK_NEIGHBOURS ink pixels in its 3×3 neighbourhood: a glyph at 50 dpi
is a cluster of such pixels, a speck of dust is a lone one. The page is blank when no ink is
left, a margin of MARGIN of the page aside (scanner edge shadows). Measured on generated fair
scans (`samples/make_samples.py` degradations, grayscale and bilevel, three seeds): blank
pages with grain and 40–120 specks keep 0 ink pixels; a page whose only text is a page number
"3" keeps 14–19, "Sida 3" 71–83, one faint grey line (contrast 75) 125–169. A lone faint digit
(6) is the smallest thing kept. A page judged not blank is only OCR'd: erring that way costs
time, never text.

>>> from PIL import Image, ImageDraw
>>> paper = Image.new("L", (414, 585), 226)
>>> is_blank(paper)
True
>>> specks = paper.copy()
>>> for x, y in [(40, 60), (200, 300), (350, 500)]:
...     specks.putpixel((x, y), 60)
>>> is_blank(specks)
True
>>> page_number = paper.copy()
>>> ImageDraw.Draw(page_number).text((200, 540), "3", fill=40)
>>> is_blank(page_number)
False
>>> is_blank(Image.new("L", (414, 585), 20))  # a black page is blank too: nothing to read
True
"""
from __future__ import annotations

from PIL import Image, ImageFilter

THUMBNAIL_DPI = 50
INK_CONTRAST = 24
MIN_INK_NEIGHBOURS = 4     # of the 9 pixels of a 3×3 neighbourhood
MAX_INK_PIXELS = 3         # this few ink pixels are still a blank page
MARGIN = 0.02              # of the width, on every side
CLEARLY_INKED = 2000       # ink pixels (of ~220,000) no speckled blank page comes near


def paper_grey(histogram: list[int]) -> int:
    """The median grey of the page: the paper, on any page that is not mostly ink."""
    half, seen = sum(histogram) / 2, 0
    for grey, count in enumerate(histogram):
        seen += count
        if seen >= half:
            return grey
    return 255


def ink_pixels(thumbnail: Image.Image) -> int:
    """Pixels of clustered ink in a grayscale thumbnail, margins left out."""
    image = thumbnail.convert("L")
    width, height = image.size
    margin = int(MARGIN * width)
    if width > 2 * margin and height > 2 * margin:
        image = image.crop((margin, margin, width - margin, height - margin))
    paper = paper_grey(image.histogram())
    mask = image.point(lambda grey: 255 if abs(grey - paper) > INK_CONTRAST else 0)
    raw = mask.histogram()[255]
    if raw <= MAX_INK_PIXELS or raw > CLEARLY_INKED:  # no need to tell specks from glyphs
        return raw
    # The 3×3 mean is at least n/9 of 255 where n pixels of the window are ink (a box blur
    # is separable: many times faster than a rank filter).
    mean = mask.filter(ImageFilter.BoxBlur(1))
    threshold = (MIN_INK_NEIGHBOURS - 0.5) * 255 / 9
    return mean.point(lambda grey: 255 if grey >= threshold else 0).histogram()[255]


def is_blank(thumbnail: Image.Image) -> bool:
    """True for a page with nothing to read, from its THUMBNAIL_DPI render."""
    return ink_pixels(thumbnail) <= MAX_INK_PIXELS


def thumbnail_of(image: Image.Image, dpi: int) -> Image.Image:
    """A page image scanned at `dpi`, reduced to about THUMBNAIL_DPI (box filter: fast)."""
    factor = max(1, round(dpi / THUMBNAIL_DPI))
    gray = image if image.mode == "L" else image.convert("L")
    return gray.reduce(factor) if factor > 1 else gray
