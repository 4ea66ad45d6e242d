"""Bad input: one line `diarium: <file>: <reason>` on stderr, exit 1, the other files still read."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from diarium.errors import InputError, MissingDependency, UnsupportedFormat
from diarium.ingest import load

GOOD_TEXT = "Socialnämnden beslutar att godkänna rapporten.\n"


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def make_bomb_png(path: Path) -> Path:
    """A valid PNG header declaring 100 000 × 100 000 pixels, in a few hundred bytes."""
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
                     + _png_chunk(b"IDAT", zlib.compress(b"\0" * 4096)) + _png_chunk(b"IEND", b""))
    return path


def make_encrypted_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("hemligt", "ägare",
                                                                         strength=128))
    pdf.drawString(72, 720, "Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen")
    pdf.save()
    return path


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory, generated_dir) -> dict[str, tuple[Path, str]]:
    """Each bad input, and a phrase its one-line reason must contain."""
    tmp = tmp_path_factory.mktemp("bad")
    born_digital = (generated_dir / "000.pdf").read_bytes()
    files = {
        "empty": ("tom.txt", b"", "empty file"),
        "truncated pdf": ("avbruten.pdf", born_digital[:len(born_digital) // 3], "PDF"),
        "corrupt pdf": ("trasig.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8, "PDF"),
        "binary .txt": ("protokoll.txt", bytes(range(256)) * 16, "binary"),
        "unsupported": ("beslut.docx", b"PK\x03\x04 not really a docx", "unsupported"),
        "corrupt png": ("sida.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image"),
    }
    made = {name: (tmp / file, reason) for name, (file, data, reason) in files.items()}
    for name, (file, data, _) in files.items():
        (tmp / file).write_bytes(data)
    made["encrypted pdf"] = (make_encrypted_pdf(tmp / "krypterad.pdf"), "encrypted")
    made["bomb"] = (make_bomb_png(tmp / "bomb.png"), "decompression bomb")
    return made


@pytest.mark.parametrize("case", ["empty", "truncated pdf", "corrupt pdf", "binary .txt",
                                  "unsupported", "corrupt png", "encrypted pdf", "bomb"])
def test_bad_input_raises_one_line_input_error(bad_files, case):
    path, phrase = bad_files[case]
    with pytest.raises(InputError) as caught:
        load(path)
    assert caught.value.path == str(path)
    assert phrase.lower() in caught.value.reason.lower()
    assert "\n" not in caught.value.reason


def test_unsupported_extension_is_its_own_error(bad_files):
    with pytest.raises(UnsupportedFormat):
        load(bad_files["unsupported"][0])


def test_cli_reports_each_bad_file_in_one_line_and_reads_the_rest(bad_files, tmp_path, run_diarium):
    good = tmp_path / "beslut.txt"
    good.write_text(GOOD_TEXT, encoding="cp1252")
    bad = [path for path, _ in bad_files.values()]
    result = run_diarium("ingest", bad[0], good, *bad[1:])
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == len(bad)
    for (path, phrase), line in zip([bad_files[k] for k in bad_files], lines):
        assert line.startswith(f"diarium: {path}: ")
        assert phrase.lower() in line.lower()
    assert str(good) in result.stdout and "text" in result.stdout


def test_cli_single_bad_file_exits_1_with_one_line(bad_files, run_diarium):
    path, _ = bad_files["encrypted pdf"]
    result = run_diarium("ingest", path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"diarium: {path}: encrypted PDF (a password is needed to open it)\n"


def test_missing_tesseract_binary_is_one_line_and_text_files_still_read(generated_dir, tmp_path,
                                                                         run_diarium):
    good = tmp_path / "beslut.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    image = generated_dir / "004.p1.png"
    result = run_diarium("ingest", image, good, env={"DIARIUM_TESSERACT": "/nonexistent/tesseract"})
    assert result.returncode == 1
    assert result.stderr.startswith(f"diarium: {image}: tesseract not found")
    assert len(result.stderr.splitlines()) == 1
    assert str(good) in result.stdout


def test_missing_tesseract_binary_raises_missing_dependency(generated_dir, monkeypatch):
    import pytesseract
    monkeypatch.delenv("DIARIUM_TESSERACT", raising=False)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(MissingDependency) as caught:
        load(generated_dir / "004.p1.png")
    assert caught.value.path == str(generated_dir / "004.p1.png")
    assert "tesseract not found" in caught.value.reason


def test_missing_swedish_model_is_named(generated_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))  # a tessdata folder without swe
    with pytest.raises(MissingDependency) as caught:
        load(generated_dir / "004.p1.png")
    assert "'swe' not installed" in caught.value.reason


# --- encodings that hide things, and libraries that talk --------------------------------------

def test_utf16_without_a_byte_order_mark_is_read_as_text(tmp_path):
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(GOOD_TEXT.encode(encoding))
        document = load(path)
        assert (document.text.strip(), document.encoding) == (GOOD_TEXT.strip(), encoding)
    # Letters of ASCII only: every byte pair is also valid UTF-8 (with NULs), yet it is UTF-16.
    ascii_only = "Beslut om bidrag till foreningen, dnr KS 2024/17.\n"
    (tmp_path / "ascii.txt").write_bytes(ascii_only.encode("utf-16-le"))
    document = load(tmp_path / "ascii.txt")
    assert (document.text.strip(), document.encoding) == (ascii_only.strip(), "utf-16-le")


def test_binary_with_every_other_byte_zero_is_still_binary(tmp_path):
    path = tmp_path / "c.txt"
    path.write_bytes(b"\x00\xff\x00\xfe" * 100)
    with pytest.raises(InputError, match="binary"):
        load(path)


ALTO_WITH_ENTITIES = """<?xml version="1.0"?>
<!DOCTYPE alto [<!ENTITY a "Socialnämnden Socialnämnden Socialnämnden">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="100" HEIGHT="100">
<PrintSpace><TextBlock><TextLine><String CONTENT="&b;"/></TextLine></TextBlock></PrintSpace>
</Page></Layout></alto>"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("ascii_only", [False, True])
def test_an_entity_declaration_is_refused_in_any_encoding(tmp_path, encoding, ascii_only):
    path = tmp_path / "sida.xml"
    alto = ALTO_WITH_ENTITIES.replace("ä", "a") if ascii_only else ALTO_WITH_ENTITIES
    path.write_bytes(alto.encode(encoding))
    with pytest.raises(InputError, match="XML declares entities"):
        load(path)


def test_utf16_hocr_is_read_as_hocr(generated_dir, tmp_path):
    hocr = (generated_dir / "004.p1.hocr").read_text("utf-8")
    path = tmp_path / "sida.hocr"
    path.write_bytes(hocr.encode("utf-16"))
    document = load(path)
    assert document.kind == "hocr" and document.text == load(generated_dir / "004.p1.hocr").text


def test_a_corrupt_tiff_gives_one_line(generated_dir, tmp_path, run_diarium):
    data = (generated_dir / "001.p1-2.tif").read_bytes()
    path = tmp_path / "avbruten.tif"
    path.write_bytes(data[:len(data) // 3])   # Pillow warns of corrupt EXIF, then fails
    result = run_diarium("ingest", path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"diarium: {path}: not a readable image (corrupt or unknown format)"]


def test_what_libraries_write_to_stderr_while_reading_becomes_one_warning(tmp_path, capfd):
    import os
    import warnings

    from diarium.ingest.quiet import library_messages, summary
    with library_messages() as messages:
        os.write(2, b"Fax4Decode: Bad code word at line 128 of strip 1 (x 2480).\n" * 9)
        warnings.warn("Possibly corrupt EXIF data.")
    assert capfd.readouterr().err == ""
    assert len(messages) == 10
    assert summary(messages) == "the file reader warned 10 times: Possibly corrupt EXIF data."
    assert summary([]) is None
