"""OCR paths, on few pages (each costs ~2 s): `§` recovery, OSD, multi-page TIFF, mixed PDF."""
from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont, ImageOps
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from diarium.ingest import load
from diarium.ingest.ocr import ocr_path, skew_degrees
from diarium.ingest.tesseract import page_from_tsv, run_tesseract
from diarium.ingest.sections import recover_section_signs, section_sign_counts

pytestmark = pytest.mark.slow

FONTS = ["/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"]
INSTALLED = [p for p in FONTS if Path(p).exists()]
# Tesseract turns `§` into a different shape in each font and size: every installed serif is
# read at 10 and at 12 pt, both on one page (one OCR per font).
SIZES = (10, 12)

# A protokoll page full of `§` in the shapes Swedish decisions use, and numbers that are not `§`.
PROTOKOLL = (Path(__file__).parent / "data" / "protokoll_paragrafer.txt").read_text(encoding="utf-8")


def font_path() -> str:
    return INSTALLED[0]


def font_id(font: str) -> str:
    return f"{Path(font).parent.name}-{Path(font).stem}"  # liberation and liberation2 share a stem


def render_pdf_page(lines: list[str], path, font: str, sizes: tuple[float, ...]) -> None:
    """One A4 page with the lines in `font`, once in each size."""
    name = f"TestSerif-{font_id(font)}"
    pdfmetrics.registerFont(TTFont(name, font))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for each in sizes:
        pdf.setFont(name, each)
        for line in lines:
            pdf.drawString(72, y, line)
            y -= each * 1.4
        y -= 2 * each
    pdf.showPage()
    pdf.save()


@pytest.fixture(scope="session", params=INSTALLED, ids=font_id)
def protokoll_page(request, tmp_path_factory):
    """The protokoll read by `swe` alone, and with `§` recovered; cropped to the text, which
    keeps OCR cost low."""
    tmp = tmp_path_factory.mktemp("protokoll")
    render_pdf_page(PROTOKOLL.splitlines(), tmp / "protokoll.pdf", font=request.param,
                    sizes=SIZES)
    pdf = pdfium.PdfDocument(str(tmp / "protokoll.pdf"))
    image = pdf[0].render(scale=300 / 72, grayscale=True).to_pil()
    x0, y0, x1, y1 = ImageOps.invert(image.convert("L")).getbbox()
    image.crop((x0 - 60, y0 - 60, x1 + 60, y1 + 60)).save(tmp / "protokoll.png", dpi=(300, 300))
    raw = page_from_tsv(run_tesseract(str(tmp / "protokoll.png")), number=1)
    return raw, recover_section_signs(raw, str(tmp / "protokoll.png"))


def test_swedish_model_alone_reads_no_section_sign(protokoll_page):
    raw, _ = protokoll_page
    assert "§" not in raw.text  # tesseract issue #2078: what the recovery is for


def test_section_signs_recovered_on_protokoll_page(protokoll_page):
    _, recovered = protokoll_page
    total, found, false = section_sign_counts(PROTOKOLL * len(SIZES), recovered.text)
    assert total == 31 * len(SIZES)  # counted by hand on PROTOKOLL: the alignment sees them all
    assert found >= 0.95 * total
    assert false == 0  # no `§` where the page has none ("8 kap.", "88 000 kr", "3 58 platser")


def test_numbers_near_section_signs_are_left_alone(protokoll_page):
    text = protokoll_page[1].text
    for kept in ("88 000 kr för 8 personer under 3 år", "sal 5 och 35 ledamöter deltog, se bilaga 3.",
                 "Sida 3 av 4", "Enligt 8 kap. 38 § gäller 3 500 kr för 5 personer och 8 000 kr",
                 "Lokal 3 58 platser, lokal 8 12 platser."):
        assert text.count(kept) == len(SIZES)


def test_upside_down_page_is_turned_and_read(generated_dir, char_error_rate):
    doc = load(generated_dir / "000.p1-rot180.png")
    truth = (generated_dir / "000.p1-rot180.gt.txt").read_text(encoding="utf-8")
    assert doc.kind == "image"
    assert char_error_rate(truth, doc.text) < 0.01


@pytest.fixture(scope="session")
def tiff_document(generated_dir):
    return load(generated_dir / "001.p1-2.tif")


def test_multipage_tiff_gives_one_page_per_frame(tiff_document, generated_dir, char_error_rate):
    truth = (generated_dir / "001.p1-2.gt.txt").read_text(encoding="utf-8").split("\f")
    assert tiff_document.kind == "image"
    assert [p.number for p in tiff_document.pages] == [1, 2]
    for page, page_truth in zip(tiff_document.pages, truth):
        assert page.source == "ocr"
        assert char_error_rate(page_truth, page.text) < 0.01


def test_list_bullets_survive_the_bilevel_scan(tiff_document, generated_dir):
    truth = (generated_dir / "001.p1-2.gt.txt").read_text(encoding="utf-8")
    bullets = [line.split()[1] for line in truth.splitlines() if line.startswith("• ")]
    read = [line.words[1].text for page in tiff_document.pages for line in page.lines
            if line.text.startswith("• ")]
    assert len(bullets) == 7 and read == bullets


def test_ocr_words_have_confidence_and_box_inside_the_page(tiff_document):
    page = tiff_document.pages[0]
    words = [w for line in page.lines for w in line.words]
    assert len(words) > 100
    assert all(0 <= w.conf <= 1 for w in words)
    assert 0.85 < page.mean_conf <= 1
    assert all(0 <= w.bbox[0] < w.bbox[2] <= page.width and 0 <= w.bbox[1] < w.bbox[3]
               <= page.height for w in words)
    assert all(line.bbox and line.text == " ".join(w.text for w in line.words)
               for line in page.lines)


def test_mixed_pdf_reads_text_layer_and_ocrs_the_scanned_page(tmp_path, char_error_rate):
    typed = ["Socialnämnden beslutar att godkänna rapporten.", "Ärendet är därmed avslutat."]
    scanned = ["Förvaltningen föreslår att nämnden överlämnar", "yttrandet till kommunstyrelsen."]
    image = Image.new("L", (2480, 700), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(font_path(), 46)  # 11 pt at 300 dpi
    for n, line in enumerate(scanned):
        draw.text((300, 250 + n * 64), line, font=font, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    path = tmp_path / "blandad.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdfmetrics.registerFont(TTFont("TestSerif", font_path()))
    pdf.setFont("TestSerif", 11)
    for n, line in enumerate(typed):
        pdf.drawString(72, 770 - n * 15, line)
    pdf.showPage()
    pdf.drawImage(ImageReader(buffer), 0, A4[1] - 168, width=A4[0], height=168)
    pdf.showPage()
    pdf.save()
    doc = load(path)
    assert [page.source for page in doc.pages] == ["text-layer", "ocr"]
    assert doc.kind == "pdf-text"  # one page of two was OCR'd: not a majority
    assert doc.pages[0].text == "\n".join(typed)
    assert char_error_rate("\n".join(scanned), doc.pages[1].text) < 0.02


def test_skew_is_measured_from_word_boxes(generated_dir):
    import math
    page = load(generated_dir / "004.p1.hocr").pages[0]  # no OCR: Tesseract's boxes, kept
    straight = skew_degrees(page)
    for angle in (3.0, -2.0):  # the page turned as PIL's rotate(angle) would turn it
        words = [w.model_copy(update={"bbox": _turned_box(w.bbox, math.radians(angle))})
                 for line in page.lines for w in line.words]
        lines, start = [], 0
        for line in page.lines:
            lines.append(line.model_copy(update={"words": words[start:start + len(line.words)]}))
            start += len(line.words)
        # skew_degrees is the turn that levels the lines again
        assert skew_degrees(page.model_copy(update={"lines": lines})) == pytest.approx(
            straight - angle, abs=0.2)


def _turned_box(box, radians):
    """The box moved with its centre as the page turns counter-clockwise (y points down)."""
    import math
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    x = cx * math.cos(radians) + cy * math.sin(radians)
    y = -cx * math.sin(radians) + cy * math.cos(radians)
    half_w, half_h = (box[2] - box[0]) / 2, (box[3] - box[1]) / 2
    return (x - half_w, y - half_h, x + half_w, y + half_h)


def test_skewed_scan_is_straightened_before_the_final_reading(generated_dir, tmp_path,
                                                               char_error_rate):
    with Image.open(generated_dir / "003.p1-skew3.png") as scan:
        top = scan.crop((0, 0, scan.width, scan.height * 2 // 5))
        top.save(tmp_path / "top.png", dpi=(300, 300))
    first = page_from_tsv(run_tesseract(str(tmp_path / "top.png")), number=1)
    assert skew_degrees(first) == pytest.approx(-3.0, abs=0.3)
    page = ocr_path(str(tmp_path / "top.png"))
    assert abs(skew_degrees(page)) < 0.3  # the boxes are those of the straightened image
    # the crop cuts through the last (sloping) line: compare the lines above it
    read = [line.text for line in page.lines][:-1]
    truth = [line for line in (generated_dir / "003.p1-skew3.gt.txt").read_text(
        encoding="utf-8").splitlines() if line.strip()][:len(read)]
    assert len(read) >= 8
    assert char_error_rate("\n".join(truth), "\n".join(read)) < 0.005
