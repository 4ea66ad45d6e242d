"""Tesseract OCR of one page image → Page (lines → words with confidence 0–1 and pixel bbox).

The image goes to Tesseract as a file: a file already on disk (PNG, JPEG, one-frame TIFF) is
passed as is, anything else is written once as an uncompressed PGM, so the only cost on top
of a bare `tesseract IMG - -l swe` is parsing its TSV (measured by `bench/ingest.py`).

Orientation costs nothing on a normal page: only when the first reading looks like noise
(few real words, low confidence; what an upside-down or sideways page gives) is Tesseract's
OSD asked for the rotation and the page read again turned upright. Skew is measured for free
from the first reading's word boxes; only a page whose lines slope by 1.5° or more is
straightened and read again. On our 3°-skewed sample that takes CER from 0.14% to 0.00%;
the 0.3–0.8° of the fair scans cost nothing measurable and are left to Tesseract
(`bench/ingest.py`, "deskew").

Tesseract itself (is it installed, run it, read its TSV) is `tesseract.py`; the characters
its `swe` model misses are put back by `sections.py` (`§`) and `bullets.py` (list bullets).
"""
from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from statistics import fmean, median

from PIL import Image

from diarium.ingest.bullets import restore_bullets
from diarium.ingest.sections import recover_section_signs
from diarium.ingest.tesseract import DPI, LANG, detect_rotation, page_from_tsv, run_tesseract
from diarium.schemas.document import Page

# Tesseract reads these directly; anything else (or a multi-frame TIFF) is re-written as PGM.
DIRECT_FORMATS = {"PNG", "JPEG", "TIFF", "PPM", "BMP"}
# A first reading below either limit is what upside-down or sideways text looks like.
UPRIGHT_MIN_CONF = 0.55
UPRIGHT_MIN_WORDFRAC = 0.6
# Straighten (and read again) only pages whose lines slope more than this: below it Tesseract's
# own layout analysis copes (bench/ingest.py, "deskew"). Needs this many lines to judge.
DESKEW_MIN_DEGREES = 1.5
MIN_SKEW_LINES = 5
# A page with fewer dark pixels than this share has nothing to read (a blank sheet, a PDF page
# without content): one dot of a full stop at 300 dpi is about 1/100 000 of an A4 page.
BLANK_INK_SHARE = 1e-5
INK_LEVEL = 128                     # grey levels below this are ink
WORDLIKE = re.compile(r"^[\w§åäöÅÄÖéÉ.,:;()\-–/%\"'”’]+$")

def looks_unreadable(page: Page) -> bool:
    """True for a reading that is mostly noise: the sign of a page not upright."""
    words = [w for line in page.lines for w in line.words]
    if len(words) < 5:
        return False
    wordlike = sum(bool(WORDLIKE.match(w.text)) and len(w.text) > 1 for w in words) / len(words)
    conf = page.mean_conf or 0.0
    return conf < UPRIGHT_MIN_CONF or wordlike < UPRIGHT_MIN_WORDFRAC


@contextmanager
def image_file(image: Image.Image) -> Iterator[str]:
    """The image as a temporary file Tesseract reads fast (uncompressed PGM/PPM)."""
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB" if image.mode in ("RGBA", "P", "CMYK", "LA") else "L")
    handle, name = tempfile.mkstemp(prefix="diarium-", suffix=".pnm")
    os.close(handle)
    try:
        image.save(name, format="PPM")
        yield name
    finally:
        os.unlink(name)


def repair_glyphs(page: Page, image_path: str, lang: str) -> Page:
    """Characters the `swe` model misses: `§` (sections.py) and list bullets (bullets.py)."""
    return restore_bullets(recover_section_signs(page, image_path, lang))


def scan_dpi(image: Image.Image) -> int:
    """The resolution the image says it was scanned at, if plausible; else 300."""
    try:
        dpi = round(float(image.info.get("dpi", (DPI, DPI))[0]))
    except (TypeError, ValueError, IndexError):
        return DPI
    return dpi if 100 <= dpi <= 1200 else DPI


def skew_degrees(page: Page) -> float:
    """The turn (degrees, counter-clockwise like PIL's `rotate`) that levels the text lines,
    from a reading's word boxes: the median slope of word centres along the longer lines."""
    slopes = []
    for line in page.lines:
        centres = [((w.bbox[0] + w.bbox[2]) / 2, (w.bbox[1] + w.bbox[3]) / 2)
                   for w in line.words if w.bbox]
        if len(centres) < 4:
            continue
        mean_x, mean_y = fmean(x for x, _ in centres), fmean(y for _, y in centres)
        spread = sum((x - mean_x) ** 2 for x, _ in centres)
        if spread > 0:
            slopes.append(sum((x - mean_x) * (y - mean_y) for x, y in centres) / spread)
    return math.degrees(math.atan(median(slopes))) if len(slopes) >= MIN_SKEW_LINES else 0.0


@contextmanager
def turned_copy(image_path: str, degrees: float) -> Iterator[str]:
    """A temporary copy of the image turned counter-clockwise by `degrees`, on white."""
    with Image.open(image_path) as opened:
        image = opened.convert("L") if opened.mode not in ("L", "RGB") else opened.copy()
    quarter = degrees % 90 == 0
    fill: int | tuple[int, int, int] = 255 if image.mode == "L" else (255, 255, 255)
    turned = image.rotate(degrees, expand=quarter, fillcolor=fill,
                          resample=Image.Resampling.NEAREST if quarter else Image.Resampling.BICUBIC)
    with image_file(turned) as name:
        yield name


def ocr_path(image_path: str, number: int = 1, lang: str = LANG, dpi: int = DPI) -> Page:
    """OCR one page image file. A page that reads as noise is turned upright (OSD) and read
    again; a page whose lines slope by more than DESKEW_MIN_DEGREES is straightened and read
    again. A straight, upright page costs one Tesseract call."""
    with ExitStack() as temporary:
        page = page_from_tsv(run_tesseract(image_path, lang, dpi=dpi), number)
        if looks_unreadable(page):
            rotation = detect_rotation(image_path)
            if rotation:
                upright = temporary.enter_context(turned_copy(image_path, -rotation))
                turned = page_from_tsv(run_tesseract(upright, lang, dpi=dpi), number)
                if (turned.mean_conf or 0) > (page.mean_conf or 0):
                    page, image_path = turned, upright
        skew = skew_degrees(page)
        if abs(skew) >= DESKEW_MIN_DEGREES:
            straight = temporary.enter_context(turned_copy(image_path, skew))
            page, image_path = page_from_tsv(run_tesseract(straight, lang, dpi=dpi), number), straight
        return repair_glyphs(page, image_path, lang)


def is_blank(image: Image.Image) -> bool:
    """No ink on the page: nothing for Tesseract to read (it would take a second or more to
    say so, and a PDF of 300 empty pages would take minutes).

    >>> is_blank(Image.new("L", (2480, 3508), 255))
    True
    >>> page = Image.new("L", (2480, 3508), 255); page.paste(0, (100, 100, 112, 112))
    >>> is_blank(page)
    False
    """
    histogram = image.convert("L").histogram()
    return sum(histogram[:INK_LEVEL]) < BLANK_INK_SHARE * image.width * image.height


def ocr_image(image: Image.Image, number: int = 1, lang: str = LANG,
              path: str | Path | None = None) -> Page:
    """OCR one in-memory page. If `path` is the file this single-frame image came from, it is
    handed to Tesseract directly instead of being written again. A blank page is not read."""
    if is_blank(image):
        return Page(number=number, source="ocr", width=image.width, height=image.height)
    dpi = scan_dpi(image)
    if path is not None and image.format in DIRECT_FORMATS and getattr(image, "n_frames", 1) == 1:
        return ocr_path(str(path), number, lang, dpi)
    with image_file(image) as name:
        return ocr_path(name, number, lang, dpi)
