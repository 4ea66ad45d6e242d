"""Readers that need no OCR: PDF text layers, hOCR, ALTO, text files in legacy encodings."""
from __future__ import annotations

import unicodedata

import pypdfium2 as pdfium
import pytest
from PIL import Image

from diarium.errors import InputError
from diarium.ingest import load
from diarium.ingest import ocr
from diarium.ingest.pdf import OLD_OCR, layer_problem, layer_problems, layer_text

SEEDS = ["000", "001", "003", "004"]


@pytest.fixture
def no_ocr(monkeypatch):
    """Fail the test if anything calls Tesseract."""
    def refuse(*args, **kwargs):
        raise AssertionError("OCR was run")
    monkeypatch.setattr(ocr, "run_tesseract", refuse)


def gt_pages(path) -> list[list[str]]:
    return [[line for line in page.splitlines() if line.strip()]
            for page in path.read_text(encoding="utf-8").split("\f")]


@pytest.mark.parametrize("seed", SEEDS)
def test_born_digital_pdf_keeps_every_line_in_order(generated_dir, seed, no_ocr):
    doc = load(generated_dir / f"{seed}.pdf")
    assert doc.kind == "pdf-text"
    assert {page.source for page in doc.pages} == {"text-layer"}
    read = [[line.text.strip() for line in page.lines if line.text.strip()] for page in doc.pages]
    assert read == gt_pages(generated_dir / f"{seed}.gt.txt")


def test_hyphenated_line_end_keeps_hyphen_and_break(generated_dir, no_ocr):
    lines = load(generated_dir / "003.pdf").text.splitlines()
    assert "till socialnämnden få svar på ett antal frågor som rör ensamkomm-" in lines


def test_old_eng_ocr_layer_is_recognised_as_garbage(generated_dir):
    pdf = pdfium.PdfDocument(str(generated_dir / "001.sandwich.pdf"))
    layers = [layer_text(pdf[i]) for i in range(len(pdf))]
    assert all(layer.strip() for layer in layers)          # there is a layer...
    assert {layer_problem(layer) for layer in layers} == {  # ...and it lost å/ä/ö
        "Swedish text without å/ä/ö (old OCR layer)"}
    born_digital = pdfium.PdfDocument(str(generated_dir / "001.pdf"))
    assert all(layer_problem(layer_text(born_digital[i])) is None for i in range(2))


def test_short_old_ocr_layer_is_recognised_too(generated_dir):
    """A page of a few lines is too short for the running-text test: it is judged with the
    document's other pages, or alone by the words that lost their å/ä/ö."""
    old = pdfium.PdfDocument(str(generated_dir / "001.sandwich.pdf"))
    new = pdfium.PdfDocument(str(generated_dir / "001.pdf"))
    short_old = "\n".join(layer_text(old[0]).splitlines()[:4])   # "Verksamhet for ...", "star"
    short_new = "\n".join(layer_text(new[0]).splitlines()[:4])
    assert len(short_old.split()) < 40 and layer_problem(short_old) is None
    assert layer_problems([short_old]) == [OLD_OCR]
    assert layer_problems([short_old, layer_text(old[1])]) == [OLD_OCR, OLD_OCR]
    assert layer_problems([short_new]) == [None]
    assert layer_problems([short_new, layer_text(new[1])]) == [None, None]
    assert layer_problems(["Sida 2 av 4. Justerare: Anna Berg, Per Holm. Dnr SN 2023/145"]) == [None]


@pytest.mark.parametrize("layer", ["\ufffd\ufffd \ufffd\ufffd\ufffd Soc\ufffdaln\ufffdmnden " * 5,
                                   "xq7#@ 9z!k ;;:: ]]qp 0x0x0x |||| " * 5, "   \n 12 \n"])
def test_garbage_layers(layer):
    assert layer_problem(layer) is not None


@pytest.mark.parametrize("kind", ["hocr", "xml"])
def test_tesseract_markup_is_read_without_ocr(generated_dir, kind, no_ocr, char_error_rate):
    doc = load(generated_dir / f"004.p1.{kind}")
    assert doc.kind == {"hocr": "hocr", "xml": "alto"}[kind]
    with Image.open(generated_dir / "004.p1.png") as scanned:
        assert len(doc.pages) == 1 and (doc.pages[0].width, doc.pages[0].height) == scanned.size
    words = [w for line in doc.pages[0].lines for w in line.words]
    assert all(0 <= w.conf <= 1 and w.bbox[2] > w.bbox[0] for w in words)
    assert 0.8 < doc.mean_conf < 1
    truth = (generated_dir / "004.p1.gt.txt").read_text(encoding="utf-8")
    assert char_error_rate(truth, doc.text) < 0.02


def test_hocr_and_alto_of_one_page_agree(generated_dir, no_ocr):
    hocr, alto = load(generated_dir / "004.p1.hocr"), load(generated_dir / "004.p1.xml")
    assert hocr.text == alto.text
    hocr_words = [w for line in hocr.pages[0].lines for w in line.words]
    alto_words = [w for line in alto.pages[0].lines for w in line.words]
    assert [w.bbox for w in hocr_words] == [w.bbox for w in alto_words]
    assert [round(w.conf, 2) for w in hocr_words] == [round(w.conf, 2) for w in alto_words]


def test_xml_with_entity_declarations_is_refused(tmp_path):
    laughs = tmp_path / "lol.xml"
    laughs.write_text('<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY a "ha">'
                      '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><alto><Layout><Page>'
                      '<TextLine><String CONTENT="&b;"/></TextLine></Page></Layout></alto>')
    with pytest.raises(InputError, match="entit"):
        load(laughs)


SWEDISH = ("Socialnämnden beslutade den 14 mars att godkänna förvaltningens förslag.\n"
           "Ärendet gäller bistånd till äldre på Södermalm och Östermalm; "
           "överklagande sker till förvaltningsrätten.\n")


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                          ("utf-16", b""), ("utf-16-be", b"\xfe\xff"),
                                          ("cp1252", b""), ("iso-8859-1", b"")])
def test_text_encodings_round_trip_to_nfc(tmp_path, encoding, bom):
    path = tmp_path / "beslut.txt"
    path.write_bytes(bom + SWEDISH.encode(encoding))
    doc = load(path)
    assert doc.kind == "text"
    assert doc.text == SWEDISH
    assert unicodedata.is_normalized("NFC", doc.text)


def test_cp1252_dash_and_quotes_survive(tmp_path):
    text = "Förslag – ”beslut” enligt rapporten från Stadsrevisionen.\n" * 3
    path = tmp_path / "beslut.txt"
    path.write_bytes(text.encode("cp1252"))
    assert load(path).text == text


def test_decomposed_text_becomes_nfc(tmp_path):
    path = tmp_path / "beslut.txt"
    path.write_text(unicodedata.normalize("NFD", SWEDISH), encoding="utf-8")
    assert load(path).text == SWEDISH


def test_form_feeds_split_pages(tmp_path):
    path = tmp_path / "beslut.txt"
    path.write_text("Sida ett\fSida två\fSida tre", encoding="utf-8")
    assert [page.text for page in load(path).pages] == ["Sida ett", "Sida två", "Sida tre"]
