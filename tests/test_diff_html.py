"""The HTML diff report rendered in headless Chromium, on screen and printed: summary table first,
one row per edit with deletions and insertions highlighted, page references, A4 print."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

import pypdfium2 as pdfium

from diarium.diff import compare_files
from diarium.diff.render_html import DEL_BG, HEAD_BG, INS_BG, render_html

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "data" / "diff" / "K024_v1"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
WIDTH, HEIGHT = 1280, 2000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (Debian package "
                                                "'chromium'; `make test` installs it)"),
]


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def screenshot(html: Path, png: Path, profile: Path) -> Image.Image:
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={WIDTH},{HEIGHT}",
         html.as_uri()],
        check=True, capture_output=True, timeout=120)
    return Image.open(png).convert("RGB")


def rows_with(image: Image.Image, colour: str, tolerance: int = 6) -> list[int]:
    """The y of every pixel row holding at least 20 pixels of the colour."""
    target = rgb(colour)
    pixels = image.load()
    rows = []
    for y in range(0, image.height, 2):
        hits = sum(1 for x in range(0, image.width, 2)
                   if all(abs(a - b) <= tolerance for a, b in zip(pixels[x, y], target)))
        if hits >= 10:
            rows.append(y)
    return rows


def report_page(tmp_path: Path) -> Path:
    comparison = compare_files(CORPUS / "old.scan-fair-swe.txt", CORPUS / "new.txt")
    page = tmp_path / "rapport.html"
    page.write_text(render_html(comparison), encoding="utf-8")
    return page


def test_report_shows_summary_table_and_highlights(tmp_path: Path) -> None:
    page = report_page(tmp_path)
    html = page.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert "Sammanfattning" in html and "Belopp ändrat" in html and "före s. 2 · efter s. 4" in html
    image = screenshot(page, tmp_path / "shot.png", tmp_path / "profile")
    assert image.size == (WIDTH, HEIGHT)
    head_rows = rows_with(image, HEAD_BG)
    assert head_rows and head_rows[0] < HEIGHT // 4, "summary table header near the top"
    deleted, inserted = rows_with(image, DEL_BG, 8), rows_with(image, INS_BG, 8)
    assert deleted and inserted, "red deletions and green insertions are visible"
    assert min(inserted) > head_rows[0], "highlights come after the summary"


def test_report_prints_on_a4_with_the_table_header_repeated(tmp_path: Path) -> None:
    page = report_page(tmp_path)
    pdf = tmp_path / "rapport.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, timeout=120)
    document = pdfium.PdfDocument(str(pdf))
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (595, 842), "A4 in points"
    texts = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    assert len(texts) >= 2 and "Sammanfattning" in texts[0]
    assert all("Före" in text and "Efter" in text for text in texts[1:]), "the edits table header on every page"
