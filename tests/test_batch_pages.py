"""`diarium run` on scans page by page: the pages of one document shared by all workers, put
back in order, the same store as one worker reading it whole; blank pages not OCR'd; a
worker killed in the middle of a scan."""
from __future__ import annotations

import os
import signal
import sys
import tempfile
from pathlib import Path

import numpy as np
import psutil
import pypdfium2 as pdfium
import pytest
from PIL import Image

from diarium.batch import Reporter, run
from diarium.ingest.progress import observing
from diarium.store import connect
from test_batch import GENERATED, SAMPLES, STORE_TABLES, table_rows

sys.path.insert(0, str(SAMPLES))
import make_samples  # noqa: E402  (the samples' own scan simulation)

pytestmark = pytest.mark.slow
A4_PIXELS = (2480, 3508)
NO_TESSERACT = "/nonexistent/tesseract"


# --- inputs -----------------------------------------------------------------------------------

def scanned_page(lines: list[str], seed: int) -> Image.Image:
    """A page of these lines (none: a blank page) as a fair office scan (grain, specks,
    slight skew) at 300 dpi, as the samples' scans are made."""
    page = Image.new("L", A4_PIXELS, 255)
    if lines:
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "page.pdf"
            make_samples.born_digital_pdf([lines], make_samples.font_name(), 11.0, pdf)
            page = make_samples.render(pdf)[0]
    return make_samples.degrade(page, np.random.default_rng(seed))


def scan_pdf(pages: list[Image.Image], out: Path, bilevel: bool = True) -> Path:
    make_samples.scanned_pdf([make_samples.bilevel(p) for p in pages] if bilevel else pages, out)
    return out


def bundle(out: Path) -> Path:
    """A mixed bundle: a scanned page, a scanned blank page, a page with a text layer, and
    another scanned page: three pages to read apart, one of them not to OCR."""
    blank = Path(out.parent / "blank-page.pdf")
    scan_pdf([scanned_page([], seed=7)], blank)
    pdf = pdfium.PdfDocument.new()
    pdf.import_pages(pdfium.PdfDocument(GENERATED / "004.scan.pdf"), [0])
    pdf.import_pages(pdfium.PdfDocument(blank))
    pdf.import_pages(pdfium.PdfDocument(GENERATED / "004.pdf"), [3])
    pdf.import_pages(pdfium.PdfDocument(GENERATED / "004.scan.pdf"), [1])
    pdf.save(out)
    blank.unlink()
    return out


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("arkiv")
    bundle(root / "bunt.pdf")
    (root / "sidor.tif").write_bytes((GENERATED / "001.p1-2.tif").read_bytes())
    (root / "kallelse.txt").write_bytes(next(SAMPLES.glob("000_*.txt")).read_bytes())
    return root


@pytest.fixture(scope="module")
def one_pass(archive, tmp_path_factory) -> Path:
    """The reference: every document read whole, one after the other, in this process."""
    db = tmp_path_factory.mktemp("ref") / "one-pass.db"
    summary = run([archive], db, workers=0)
    assert (summary.documents, summary.failed) == (3, 0), summary.failures
    return db


class PagesSeen(Reporter):
    """Which worker read each page, as the run reports them."""

    def __init__(self):
        self.workers: dict[str, set[str]] = {}

    def page_read(self, summary, task, result) -> None:
        self.workers.setdefault(Path(task.path).name, set()).add(result.worker)


def same_store(db: Path, reference: Path) -> None:
    for table in STORE_TABLES:
        assert table_rows(db, table) == table_rows(reference, table), table


# --- tests ------------------------------------------------------------------------------------

def test_the_pages_of_one_scan_are_read_by_every_worker_and_stored_as_one_pass(
        archive, one_pass, tmp_path):
    seen = PagesSeen()
    db = tmp_path / "pages.db"
    summary = run([archive], db, workers=2, reporter=seen)
    assert (summary.documents, summary.failed) == (3, 0), summary.failures
    assert summary.pages_read == 3 + 2          # the bundle's non-text pages, the TIFF's frames
    assert len(seen.workers["bunt.pdf"]) == 2   # one document, both workers
    same_store(db, one_pass)

    conn = connect(db)
    pages = conn.execute("SELECT p.number, p.source, p.raw_text FROM pages p JOIN documents d "
                         "ON d.id = p.document_id WHERE d.path LIKE '%bunt.pdf' ORDER BY p.number"
                         ).fetchall()
    assert [(n, source) for n, source, _ in pages] == [
        (1, "ocr"), (2, "ocr"), (3, "text-layer"), (4, "ocr")]
    assert pages[1]["raw_text"] == ""           # the blank page: read as blank, not OCR'd
    assert all(text.strip() for n, _, text in pages if n != 2)
    conn.close()


def test_a_worker_killed_in_the_middle_of_a_scan_is_replaced_and_nothing_changes(
        archive, one_pass, tmp_path):
    class KillOnFirstPage(Reporter):
        killed: list[int] = []

        def page_read(self, summary, task, result) -> None:
            if not self.killed:
                workers = [p for p in psutil.Process().children()
                           if "resource_tracker" not in " ".join(p.cmdline())]
                self.killed.append(workers[0].pid)
                os.kill(workers[0].pid, signal.SIGKILL)

    db = tmp_path / "killed.db"
    reporter = KillOnFirstPage()
    summary = run([archive], db, workers=2, reporter=reporter)
    assert reporter.killed, "no worker was killed"
    assert (summary.documents, summary.failed) == (3, 0), summary.failures
    same_store(db, one_pass)


def test_blank_pages_are_never_ocrd_and_a_page_number_alone_is(tmp_path, monkeypatch):
    """Without Tesseract, a scan of blank pages still reads (nothing was OCR'd), while a page
    that holds only its number fails for want of Tesseract, as in one pass."""
    blank = scanned_page([], seed=11)
    scan_pdf([blank] * 30, tmp_path / "tomma-bilevel.pdf")
    scan_pdf([blank] * 30, tmp_path / "tomma-gra.pdf", bilevel=False)
    numbered = tmp_path / "sidnummer"
    numbered.mkdir()
    scan_pdf([blank, scanned_page([""] * 50 + ["3"], seed=12), blank], numbered / "sida.pdf")
    monkeypatch.setenv("DIARIUM_TESSERACT", NO_TESSERACT)

    summary = run([tmp_path / "tomma-bilevel.pdf", tmp_path / "tomma-gra.pdf"],
                  tmp_path / "blank.db", workers=2)
    assert (summary.documents, summary.pages, summary.failed) == (2, 60, 0), summary.failures
    conn = connect(tmp_path / "blank.db")
    assert conn.execute("SELECT count(*) FROM pages WHERE raw_text = '' AND source = 'ocr'"
                        ).fetchone()[0] == 60
    assert {r[0] for r in conn.execute("SELECT kind FROM documents")} == {"pdf-scan"}
    conn.close()

    reasons = {}
    for workers in (0, 2):
        summary = run([numbered], tmp_path / f"numbered-{workers}.db", workers=workers)
        assert summary.failed == 1
        reasons[workers] = summary.failures[0][1]
    assert "tesseract not found" in reasons[0] and reasons[2] == reasons[0]


def test_a_scan_read_by_every_worker_gets_its_searchable_pdf_and_page_progress(archive, tmp_path):
    """--pdf-dir and a page observer on the page steps: the PDF of a two-page TIFF is made
    from the pages the workers read, and the observer sees every page come back."""
    seen: list[tuple[str, int, int]] = []
    with observing(lambda path, number, total: seen.append((Path(path).name, number, total))):
        summary = run([archive / "sidor.tif"], tmp_path / "a.db", workers=2,
                      pdf_dir=tmp_path / "ut")
    assert (summary.documents, summary.failed) == (1, 0), summary.failures
    assert seen == [("sidor.tif", 0, 2), ("sidor.tif", 1, 2), ("sidor.tif", 2, 2)]
    pdf = pdfium.PdfDocument(tmp_path / "ut" / "sidor.pdf")
    layers = [pdf[i].get_textpage().get_text_bounded().split() for i in range(len(pdf))]
    with connect(tmp_path / "a.db") as conn:
        stored = [row["text"].split() for row in
                  conn.execute("SELECT repaired_text AS text FROM pages ORDER BY number")]
    assert len(layers) == len(stored) == 2
    for layer, words in zip(layers, stored):   # the layer is the stored (repaired) text
        assert layer and set(layer) <= set(words)
