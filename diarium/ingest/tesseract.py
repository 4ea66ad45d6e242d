"""The Tesseract binary: is it installed with the language models we need, run it on one image
file, and read its TSV into a Page (lines → words with confidence 0–1 and pixel bbox).

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

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import pytesseract

from diarium.errors import InputError, MissingDependency
from diarium.schemas.document import Line, Page, Word

LANG = "swe"
DPI = 300
# Environment override for the tesseract binary (also how the tests simulate a missing one).
TESSERACT_ENV = "DIARIUM_TESSERACT"
# A "word" smaller than this (pixels² at 300 dpi) is a speck of dust read as "|" or "=";
# a lone full stop of 11 pt type is ~25 px², a list bullet ~130.
MIN_WORD_AREA = 12


def tesseract_cmd() -> str:
    return os.environ.get(TESSERACT_ENV) or pytesseract.pytesseract.tesseract_cmd


@contextmanager
def using_binary(cmd: str) -> Iterator[None]:
    """pytesseract has one global binary path: set it for one call, then put it back."""
    before = pytesseract.pytesseract.tesseract_cmd
    pytesseract.pytesseract.tesseract_cmd = cmd
    try:
        yield
    finally:
        pytesseract.pytesseract.tesseract_cmd = before


@lru_cache(maxsize=8)
def installed_languages(cmd: str, tessdata: str | None) -> frozenset[str]:
    # `tessdata` is only part of the cache key: another TESSDATA_PREFIX, other languages.
    try:
        with using_binary(cmd):
            return frozenset(pytesseract.get_languages(config=""))
    except pytesseract.TesseractNotFoundError:
        raise MissingDependency(None, f"tesseract not found ('{cmd}'): install tesseract-ocr "
                                      "(sudo apt-get install tesseract-ocr tesseract-ocr-swe)") from None
    except (pytesseract.TesseractError, OSError) as err:
        raise MissingDependency(None, f"tesseract ('{cmd}') does not run: {err}") from None


def require_tesseract(lang: str = LANG) -> None:
    """Raise MissingDependency unless the tesseract binary and every `lang` model are installed."""
    cmd = tesseract_cmd()
    if shutil.which(cmd) is None:
        raise MissingDependency(None, f"tesseract not found ('{cmd}'): install tesseract-ocr "
                                      "(sudo apt-get install tesseract-ocr tesseract-ocr-swe)")
    installed = installed_languages(cmd, os.environ.get("TESSDATA_PREFIX"))
    missing = [code for code in lang.split("+") if code not in installed]
    if missing:
        raise MissingDependency(None, f"tesseract language data '{'+'.join(missing)}' not "
                                      f"installed (sudo apt-get install tesseract-ocr-{missing[0]})")


def run_tesseract(image_path: str, lang: str = LANG, psm: int = 3, dpi: int = DPI) -> str:
    """Tesseract's TSV for one image file."""
    require_tesseract(lang)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        with using_binary(tesseract_cmd()):
            return pytesseract.image_to_data(image_path, lang=lang,
                                             config=f"--psm {psm} --dpi {dpi}")
    except pytesseract.TesseractNotFoundError:
        raise MissingDependency(None, "tesseract not found: install tesseract-ocr") from None
    except pytesseract.TesseractError as err:
        raise InputError(None, f"tesseract failed: {' '.join(str(err.message).split())}") from None


def word_box(row: list[str]) -> tuple[float, float, float, float]:
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
            line_boxes[key] = word_box(row)
        elif level == "5" and row[11].strip() and float(row[8]) * float(row[9]) >= MIN_WORD_AREA:
            conf = float(row[10])
            lines.setdefault(key, []).append(
                Word(text=row[11], conf=round(min(max(conf, 0.0), 100.0) / 100, 4)
                     if conf >= 0 else None, bbox=word_box(row)))
    return Page(number=number, source=source, width=width, height=height, lines=[
        Line(text=" ".join(w.text for w in words), words=words, bbox=line_boxes.get(key))
        for key, words in lines.items()])


def detect_rotation(image_path: str) -> int:
    """Degrees clockwise to turn the page upright (0, 90, 180, 270), from Tesseract OSD."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        with using_binary(tesseract_cmd()):
            osd = pytesseract.image_to_osd(image_path, config=f"--psm 0 --dpi {DPI}",
                                           output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return 0  # too little text for OSD to decide: keep the first reading
    return int(osd.get("rotate", 0)) % 360
