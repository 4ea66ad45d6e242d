#!/usr/bin/env python3
"""Make the generated samples from the four clean seeds (deterministic; run from anywhere).

    python samples/make_samples.py [--out samples/generated] [--seed 2078]

For each clean seed NNN (000, 001, 003, 004), in samples/generated/:
  NNN.pdf            born-digital A4 PDF, Liberation/DejaVu Serif 11 pt, seed lines wrapped to the page
  NNN.scan.pdf       the same pages "scanned" at 300 dpi, image-only, fair quality: slight skew,
                     blur, uneven paper, grain, specks; 000 in grayscale (JPEG), the others
                     bilevel (CCITT G4) like most archive scanners' output
  NNN.gt.txt, NNN.scan.gt.txt   the text as laid out (lines; pages separated by form feeds),
                     the ground truth of both PDFs
plus a few page images and OCR files, each with its own NAME.gt.txt beside it:
  001.p1-2.tif       pages 1–2 of 001 as a two-page bilevel (CCITT G4) TIFF
  004.p1.png         page 1 of 004, upright, 1-bit PNG
  000.p1-rot180.png  page 1 of 000 scanned upside down (Tesseract OSD must turn it)
  003.p1-skew3.png   page 1 of 003 skewed by 3° (for the deskew measurement)
  004.p1.hocr / 004.p1.xml   Tesseract `swe` hOCR and ALTO of 004.p1.png
  001.sandwich.pdf   pages 1–2 of 001's scan with an invisible text layer from Tesseract `eng`
                     (the old archive OCR that lost å/ä/ö: diarium must OCR it again)
"""
from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import tempfile
import time
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SEEDS = ["000", "001", "003", "004"]
GRAY_SCAN = "000"
FIXED_DATE = time.strptime("2026-01-01", "%Y-%m-%d")  # in every PDF: reproducible bytes
DPI = 300
FONTS = ["/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"]
# Characters without a glyph in ordinary fonts: the Symbol-font bullet of seeds 003/004.
GLYPHLESS = {"\uf0b7": "\u2022"}
SIZE, LEADING = 11.0, 1.25
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 25 * mm, 20 * mm, 25 * mm, 22 * mm


def seed_lines(seed: str) -> list[str]:
    source = next(HERE.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    for char, replacement in GLYPHLESS.items():
        source = source.replace(char, replacement)
    lines = [line.strip() for line in source.replace("\f", "\n").splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def font_name() -> str:
    path = next(p for p in FONTS if Path(p).exists())
    pdfmetrics.registerFont(TTFont("Serif", path))
    return "Serif"


def paginate(lines: list[str], font: str, size: float = 11.0) -> list[list[str]]:
    """The lines of each page: a seed line wider than the page wraps at spaces; blank lines
    stay (as vertical space) except at the top of a page."""
    width = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
    per_page = int((A4[1] - MARGIN_TOP - MARGIN_BOTTOM) // (size * LEADING))
    pages: list[list[str]] = [[]]
    for line in lines:
        for part in simpleSplit(line, font, size, width) or [""]:
            if len(pages[-1]) == per_page:
                pages.append([])
            if part or pages[-1]:
                pages[-1].append(part)
    return pages


def born_digital_pdf(pages: list[list[str]], font: str, size: float, out: Path) -> None:
    pdf = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    for lines in pages:
        y = A4[1] - MARGIN_TOP
        for line in lines:
            y -= size * LEADING
            if line:
                pdf.setFont(font, size)
                pdf.drawString(MARGIN_LEFT, y, line)
        pdf.showPage()
    pdf.save()


def render(pdf_path: Path) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    images = [pdf[i].render(scale=DPI / 72, grayscale=True).to_pil() for i in range(len(pdf))]
    pdf.close()
    return images


def degrade(page: Image.Image, rng: np.random.Generator, angle: float | None = None,
            grain: float = 2.5) -> Image.Image:
    """A fair office scan: slight skew, soft focus, grey ink on uneven paper, grain."""
    angle = rng.uniform(0.3, 0.8) * rng.choice([-1, 1]) if angle is None else angle
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 0.9)))
    ink, paper = rng.uniform(35, 55), rng.uniform(220, 235)
    pixels = np.asarray(page, dtype=np.float32) / 255.0
    height, width = pixels.shape
    shade = np.linspace(0, rng.uniform(6, 14), width)[None, :] + np.linspace(
        0, rng.uniform(0, 8), height)[:, None]
    pixels = ink + pixels * (paper - ink) - shade + rng.normal(0, grain, pixels.shape)
    for _ in range(int(rng.integers(40, 120))):  # dust specks
        y, x = int(rng.integers(0, height - 4)), int(rng.integers(0, width - 4))
        pixels[y:y + int(rng.integers(1, 4)), x:x + int(rng.integers(1, 4))] = ink + 30
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def jpeg_bytes(page: Image.Image, quality: int = 40) -> bytes:
    buffer = io.BytesIO()
    page.save(buffer, format="JPEG", quality=quality, optimize=True, dpi=(DPI, DPI))
    return buffer.getvalue()


def bilevel(page: Image.Image) -> Image.Image:
    return page.point(lambda v: 255 if v > 150 else 0).convert("1")


def scanned_pdf(pages: list[Image.Image], out: Path) -> None:
    """Image-only PDF: grayscale pages embedded as the JPEG they are, bilevel ones as CCITT G4."""
    if pages[0].mode == "1":
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=DPI,
                      creationDate=FIXED_DATE, modDate=FIXED_DATE)
        return
    pdf = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    for page in pages:
        pdf.drawImage(ImageReader(io.BytesIO(jpeg_bytes(page))), 0, 0, width=A4[0], height=A4[1])
        pdf.showPage()
    pdf.save()


def write_gt(pages: list[list[str]], out: Path) -> None:
    out.write_text("\f".join("\n".join(lines) + "\n" for lines in pages), encoding="utf-8")


def tesseract(image: Path, base: Path, lang: str, *configs: str) -> None:
    """Run in the image's folder, on its bare name: hOCR and ALTO record the path they read."""
    subprocess.run(["tesseract", image.name, str(base.resolve()), "-l", lang, "--dpi", str(DPI),
                    *configs], check=True, capture_output=True, cwd=image.parent,
                   env={**os.environ, "OMP_THREAD_LIMIT": "1"})


def fix_pdf_dates(path: Path) -> None:
    """Tesseract stamps its PDF with the time; the same-length fixed date keeps offsets valid."""
    path.write_bytes(re.sub(rb"\(D:\d{14}", b"(D:" + time.strftime("%Y%m%d%H%M%S", FIXED_DATE).encode(),
                            path.read_bytes()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "generated")
    parser.add_argument("--seed", type=int, default=2078)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    font = font_name()
    scans: dict[str, list[Image.Image]] = {}
    layouts: dict[str, list[list[str]]] = {}
    for seed in SEEDS:
        pages = paginate(seed_lines(seed), font, SIZE)
        layouts[seed] = pages
        born_digital_pdf(pages, font, SIZE, args.out / f"{seed}.pdf")
        write_gt(pages, args.out / f"{seed}.gt.txt")
        write_gt(pages, args.out / f"{seed}.scan.gt.txt")
        scans[seed] = []
        for number, page in enumerate(render(args.out / f"{seed}.pdf"), start=1):
            rng = np.random.default_rng([args.seed, zlib.crc32(seed.encode()), number])
            scans[seed].append(degrade(page, rng))
        # 000 is scanned in grayscale (JPEG), the others as a bilevel archive scanner would:
        # both kinds occur, and 1-bit pages keep the committed samples small.
        scanned_pdf(scans[seed] if seed == GRAY_SCAN else [bilevel(p) for p in scans[seed]],
                    args.out / f"{seed}.scan.pdf")

    tiff = [bilevel(p) for p in scans["001"][:2]]
    tiff[0].save(args.out / "001.p1-2.tif", save_all=True, append_images=tiff[1:],
                 compression="group4", dpi=(DPI, DPI))
    write_gt(layouts["001"][:2], args.out / "001.p1-2.gt.txt")
    bilevel(scans["004"][0]).save(args.out / "004.p1.png", optimize=True, dpi=(DPI, DPI))
    write_gt(layouts["004"][:1], args.out / "004.p1.gt.txt")
    bilevel(scans["000"][0]).rotate(180).save(args.out / "000.p1-rot180.png", optimize=True,
                                              dpi=(DPI, DPI))
    write_gt(layouts["000"][:1], args.out / "000.p1-rot180.gt.txt")
    rng = np.random.default_rng([args.seed, 3])
    clean = render(args.out / "003.pdf")[0]
    bilevel(degrade(clean, rng, angle=3.0)).save(args.out / "003.p1-skew3.png", optimize=True,
                                                  dpi=(DPI, DPI))
    write_gt(layouts["003"][:1], args.out / "003.p1-skew3.gt.txt")

    tesseract(args.out / "004.p1.png", args.out / "004.p1", "swe", "hocr")
    tesseract(args.out / "004.p1.png", args.out / "004.p1", "swe", "alto")
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "pages.txt"
        names = []
        for number, page in enumerate(scans["001"][:2], start=1):
            name = Path(tmp) / f"p{number}.png"
            bilevel(page).save(name, dpi=(DPI, DPI))
            names.append(str(name))
        listing.write_text("\n".join(names) + "\n")
        tesseract(listing, args.out / "001.sandwich", "eng", "pdf")
    fix_pdf_dates(args.out / "001.sandwich.pdf")
    write_gt(layouts["001"][:2], args.out / "001.sandwich.gt.txt")


if __name__ == "__main__":
    main()
