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
