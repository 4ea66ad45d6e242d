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

Tesseract runs single-threaded (`OMP_THREAD_LIMIT=1` unless already set): on a shared machine
parallel pages beat threads inside one page.

>>> tsv = "\\n".join([
...     "level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext",
...     "1\\t1\\t0\\t0\\t0\\t0\\t0\\t0\\t2480\\t3508\\t-1\\t",
...     "4\\t1\\t1\\t1\\t1\\t0\\t300\\t400\\t500\\t40\\t-1\\t",
...     "5\\t1\\t1\\t1\\t1\\t1\\t300\\t400\\t260\\t40\\t96.5\\tSocialnämnden",
...     "5\\t1\\t1\\t1\\t1\\t2\\t580\\t400\\t220\\t40\\t91\\tbeslutar"])
>>> page = page_from_tsv(tsv, number=1)
>>> page.text, page.width, page.lines[0].words[0].conf
('Socialnämnden beslutar', 2480.0, 0.965)
>>> page.lines[0].bbox
(300.0, 400.0, 800.0, 440.0)
"""
from __future__ import annotations

import math
import os
import re
import shutil
import tempfile
from contextlib import ExitStack, contextmanager
from functools import lru_cache
from pathlib import Path
from statistics import fmean, median
from typing import Iterator

import pytesseract
from PIL import Image

from diarium.errors import InputError, MissingDependency
from diarium.schemas.document import Line, Page, Word

LANG = "swe"
DPI = 300
# Environment override for the tesseract binary (also how the tests simulate a missing one).
TESSERACT_ENV = "DIARIUM_TESSERACT"
# Tesseract reads these directly; anything else (or a multi-frame TIFF) is re-written as PGM.
DIRECT_FORMATS = {"PNG", "JPEG", "TIFF", "PPM", "BMP"}
# A first reading below either limit is what upside-down or sideways text looks like.
UPRIGHT_MIN_CONF = 0.55
UPRIGHT_MIN_WORDFRAC = 0.6
# A "word" smaller than this (pixels² at 300 dpi) is a speck of dust read as "|" or "=";
# a lone full stop of 11 pt type is ~25 px², a list bullet ~130.
MIN_WORD_AREA = 12
# Straighten (and read again) only pages whose lines slope more than this: below it Tesseract's
# own layout analysis copes (bench/ingest.py, "deskew"). Needs this many lines to judge.
DESKEW_MIN_DEGREES = 1.5
MIN_SKEW_LINES = 5
WORDLIKE = re.compile(r"^[\w§åäöÅÄÖéÉ.,:;()\-–/%\"'”’]+$")


def tesseract_cmd() -> str:
    return os.environ.get(TESSERACT_ENV) or pytesseract.pytesseract.tesseract_cmd


@contextmanager
def _using(cmd: str) -> Iterator[None]:
    """pytesseract has one global binary path: set it for one call, then put it back."""
    before = pytesseract.pytesseract.tesseract_cmd
    pytesseract.pytesseract.tesseract_cmd = cmd
    try:
        yield
    finally:
        pytesseract.pytesseract.tesseract_cmd = before


@lru_cache(maxsize=8)
def _languages(cmd: str, tessdata: str | None) -> frozenset[str]:
    # `tessdata` is only part of the cache key: another TESSDATA_PREFIX, other languages.
    try:
        with _using(cmd):
            return frozenset(pytesseract.get_languages(config=""))
    except pytesseract.TesseractNotFoundError:
        raise MissingDependency(None, f"tesseract not found ('{cmd}'): install tesseract-ocr "
                                      "(apt-get install tesseract-ocr tesseract-ocr-swe)") from None
    except (pytesseract.TesseractError, OSError) as err:
        raise MissingDependency(None, f"tesseract ('{cmd}') does not run: {err}") from None


def require_tesseract(lang: str = LANG) -> None:
    """Raise MissingDependency unless the tesseract binary and every `lang` model are installed."""
    cmd = tesseract_cmd()
    if shutil.which(cmd) is None:
        raise MissingDependency(None, f"tesseract not found ('{cmd}'): install tesseract-ocr "
                                      "(apt-get install tesseract-ocr tesseract-ocr-swe)")
    installed = _languages(cmd, os.environ.get("TESSDATA_PREFIX"))
    missing = [code for code in lang.split("+") if code not in installed]
    if missing:
        raise MissingDependency(None, f"tesseract language data '{'+'.join(missing)}' not "
                                      f"installed (apt-get install tesseract-ocr-{missing[0]})")


def run_tesseract(image_path: str, lang: str = LANG, psm: int = 3, dpi: int = DPI) -> str:
    """Tesseract's TSV for one image file."""
    require_tesseract(lang)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        with _using(tesseract_cmd()):
            return pytesseract.image_to_data(image_path, lang=lang,
                                             config=f"--psm {psm} --dpi {dpi}")
    except pytesseract.TesseractNotFoundError:
        raise MissingDependency(None, "tesseract not found: install tesseract-ocr") from None
    except pytesseract.TesseractError as err:
        raise InputError(None, f"tesseract failed: {' '.join(str(err.message).split())}") from None


def _box(row: list[str]) -> tuple[float, float, float, float]:
    left, top, width, height = (float(v) for v in row[6:10])
    return (left, top, left + width, top + height)


def page_from_tsv(tsv: str, number: int, source: str = "ocr") -> Page:
    """Group Tesseract TSV word rows into lines (block, paragraph, line), in reading order,
    leaving out specks."""
    lines: dict[tuple[str, str, str], list[Word]] = {}
    line_boxes: dict[tuple[str, str, str], tuple[float, float, float, float]] = {}
    width = height = None
    for raw in tsv.splitlines()[1:]:
        row = raw.split("\t")
        if len(row) < 12:
            continue
        level, key = row[0], (row[2], row[3], row[4])
        if level == "1":
            width, height = float(row[8]), float(row[9])
        elif level == "4":
            line_boxes[key] = _box(row)
        elif level == "5" and row[11].strip() and float(row[8]) * float(row[9]) >= MIN_WORD_AREA:
            conf = float(row[10])
            lines.setdefault(key, []).append(
                Word(text=row[11], conf=round(min(max(conf, 0.0), 100.0) / 100, 4)
                     if conf >= 0 else None, bbox=_box(row)))
    return Page(number=number, source=source, width=width, height=height, lines=[
        Line(text=" ".join(w.text for w in words), words=words, bbox=line_boxes.get(key))
        for key, words in lines.items()])


def looks_unreadable(page: Page) -> bool:
    """True for a reading that is mostly noise: the sign of a page not upright."""
    words = [w for line in page.lines for w in line.words]
    if len(words) < 5:
        return False
    wordlike = sum(bool(WORDLIKE.match(w.text)) and len(w.text) > 1 for w in words) / len(words)
    conf = page.mean_conf or 0.0
    return conf < UPRIGHT_MIN_CONF or wordlike < UPRIGHT_MIN_WORDFRAC


def detect_rotation(image_path: str) -> int:
    """Degrees clockwise to turn the page upright (0, 90, 180, 270), from Tesseract OSD."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        with _using(tesseract_cmd()):
            osd = pytesseract.image_to_osd(image_path, config=f"--psm 0 --dpi {DPI}",
                                           output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return 0  # too little text for OSD to decide: keep the first reading
    return int(osd.get("rotate", 0)) % 360


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
    from diarium.ingest.bullets import restore_bullets
    from diarium.ingest.sections import recover_section_signs
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
    with Image.open(image_path) as image:
        image = image.convert("L") if image.mode not in ("L", "RGB") else image.copy()
    quarter = degrees % 90 == 0
    fill = 255 if image.mode == "L" else (255, 255, 255)
    turned = image.rotate(degrees, expand=quarter, fillcolor=fill,
                          resample=Image.NEAREST if quarter else Image.BICUBIC)
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


def ocr_image(image: Image.Image, number: int = 1, lang: str = LANG,
              path: str | Path | None = None) -> Page:
    """OCR one in-memory page. If `path` is the file this single-frame image came from, it is
    handed to Tesseract directly instead of being written again."""
    dpi = scan_dpi(image)
    if path is not None and image.format in DIRECT_FORMATS and getattr(image, "n_frames", 1) == 1:
        return ocr_path(str(path), number, lang, dpi)
    with image_file(image) as name:
        return ocr_path(name, number, lang, dpi)
