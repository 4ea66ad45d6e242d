"""`diarium pdf`: a PDF/A whose invisible text layer is the repaired OCR text, at the words'
positions. The layer is read back with PDFium and compared with what repair produced."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont

from diarium.errors import UsageError
from diarium.ingest import load
from diarium.ingest.pdf import layer_text
from diarium.output.pdf import repaired_text, searchable_pdf

pytest.importorskip("ocrmypdf")
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
# A typewritten page as an English-model OCR left it: å/ä/ö printed as d/a/o, "i" as "1",
# a word broken over a line end.
DAMAGED = ["Socialndmnden beslutar att godkdnna forslaget om",
           "ett idéburet offentligt partnerskap med foreningen",
           "for perioden 1 januari 2021 till 31 december 2023 och",
           "Forvaltningen far 1 uppdrag att teckna avtalet om stod",
           "till verksamheten for ensamkomm-",
           "ande barn och unga."]


def scan_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page 300 dpi scan (an image-only PDF) of `lines`."""
    font = ImageFont.truetype(FONT, 42)
    image = Image.new("L", (2480, 1100), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((250, 200 + i * 80), line, font=font, fill=0)
    image.save(path, "PDF", resolution=300)
    return path


def layer_words(path: Path) -> list[list[str]]:
    """The text layer's words, page by page, read the way diarium reads a text layer."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [layer_text(document[i]).split() for i in range(len(document))]
    finally:
        document.close()


def text_in_box(page: pdfium.PdfPage, box: tuple[float, float, float, float]) -> str:
    """The layer's text inside a box given as fractions of the page (top-left origin)."""
    width, height = page.get_size()
    x0, y0, x1, y1 = box
    pad = 1.0
    textpage = page.get_textpage()
    try:
        return textpage.get_text_bounded(left=x0 * width - pad, bottom=(1 - y1) * height - pad,
                                         right=x1 * width + pad, top=(1 - y0) * height + pad)
    finally:
        textpage.close()


@pytest.fixture(scope="module")
def damaged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pdf")
    source = scan_pdf(tmp / "damaged.pdf", DAMAGED)
    document = load(source)
    repaired = repaired_text(document)
    out = tmp / "damaged.pdfa.pdf"
    result = searchable_pdf(source, out, document=document, repaired=repaired)
    return document, repaired, result


def test_layer_holds_the_repaired_text_not_the_ocr(damaged):
    document, repaired, result = damaged
    assert "Socialndmnden" in document.text          # what OCR read ...
    assert "Socialnämnden" in repaired                # ... and what repair made of it
    words = layer_words(result.path)
    assert words == [page.split() for page in repaired.split("\f")]
    flat = set(words[0])
    assert {"Socialnämnden", "godkänna", "förslaget", "föreningen", "Förvaltningen"} <= flat
    assert not {"Socialndmnden", "godkdnna", "forslaget"} & flat
    assert result.layer_pages == [1] and result.words == len(words[0])


def test_each_word_lies_where_it_is_printed(damaged):
    document, _repaired, result = damaged
    pdf = pdfium.PdfDocument(str(result.path))
    try:
        page = pdf[0]
        layer = [(text, box) for line in result_layer(document, result) for text, box in line]
        misplaced = [text for text, box in layer if text not in text_in_box(page, box)]
    finally:
        pdf.close()
    assert layer and not misplaced


def result_layer(document, result):
    from diarium.output.layer import text_layer
    return [line.words for line in text_layer(document, "\f".join(result.text)).pop().lines]


def test_output_is_valid_pdfa(damaged):
    _document, _repaired, result = damaged
    pikepdf = pytest.importorskip("pikepdf")
    from pikepdf.pdfa import validate_written
    assert result.pdfa == "2b"
    report = validate_written(result.path, "2b")
    assert report.passed, report.summary()
    with pikepdf.open(result.path) as pdf:
        assert pdf.open_metadata().get("pdfaid:part") == "2"


def test_old_ocr_layer_is_replaced(tmp_path):
    """The sandwich sample carries an old OCR layer without å/ä/ö: the output's layer is the
    re-read, repaired text instead, once (no second copy of the old words)."""
    source = ROOT / "samples" / "generated" / "001.sandwich.pdf"
    old = [w for page in layer_words(source) for w in page]
    assert not any(ch in "".join(old) for ch in "åäö")
    result = searchable_pdf(source, tmp_path / "out.pdf")
    new = layer_words(result.path)
    assert new == [page.split() for page in result.text]
    assert any("ä" in w for page in new for w in page)
    assert sum(map(len, new)) <= len(old) + 10


def test_text_input_is_refused(tmp_path):
    text = tmp_path / "beslut.txt"
    text.write_text("Socialnämnden beslutar att godkänna förslaget.\n", "utf-8")
    with pytest.raises(UsageError, match="needs a scan"):
        searchable_pdf(text, tmp_path / "out.pdf")


# `diarium pdf` as the CLI runs it (registered here when cli.py does not yet), in a process
# of its own.
COMMAND = ("from diarium import cli; from diarium.commands.pdf import pdf; "
           "names = [c.name or c.callback.__name__ for c in cli.app.registered_commands]; "
           "'pdf' in names or cli.app.command()(pdf); cli.main()")


def test_command_writes_the_pdf(tmp_path):
    source = scan_pdf(tmp_path / "in.pdf", DAMAGED[:2])
    out = tmp_path / "sökbar.pdf"
    done = subprocess.run([sys.executable, "-c", COMMAND, "pdf", str(source), str(out)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""                       # a report, not data: stderr only
    assert "PDF/A-2b" in done.stderr and "Traceback" not in done.stderr
    assert "Socialnämnden" in layer_words(out)[0]
