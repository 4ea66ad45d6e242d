"""The OCR-pair tools in bench/ocrdata and the scoring of bench/correct.py, on real text.

The excerpt in tests/data/ocrdata is three pages of a public Kungsbacka handling as the source
repository converted it (front matter rating line, `<!-- sida N -->` markers, a Markdown table
and its `[Tabell …](….csv)` link). Its rating of page 8 is changed from `ok` to `ocr` here so
that the rating filter has a page to drop.
"""
from __future__ import annotations

import doctest
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OCRDATA = ROOT / "bench" / "ocrdata"
EXCERPT = Path(__file__).parent / "data" / "ocrdata" / "bygg-au-excerpt.md"


def load(path: Path):
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(path.parent))


clean = load(OCRDATA / "clean.py")
make_pairs = load(OCRDATA / "make_pairs.py")
extra = load(OCRDATA / "extra.py")
realocr = load(OCRDATA / "realocr.py")
correct = load(ROOT / "bench" / "correct.py")


@pytest.mark.parametrize("module", [clean, make_pairs, extra, realocr])
def test_doctests(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


def test_table_page_is_laid_out_as_paper_shows_it():
    _path, _commit, _ratings, pages = extra.parse_raw(EXCERPT.read_text(encoding="utf-8"))
    page8 = dict(pages)[8]
    text = clean.clean_page(page8)
    assert "[Tabell" in page8 and "|" in page8 and "<br>" in page8
    assert "[Tabell" not in text and "<br>" not in text and "| ---" not in text
    assert not any(line.startswith("|") for line in text.split("\n"))
    assert "Malung-Sälen   7   100   7   10 000 (80 000)   2023 (senaste)" in text
    assert max(len(line) for line in text.split("\n")) <= clean.MAX_LINE
    assert "1993:387" not in text and "Lag (1995:1393)" in text


def test_selection_drops_ocr_rated_and_test_shingle_pages():
    path, commit, ratings, pages = extra.parse_raw(EXCERPT.read_text(encoding="utf-8"))
    assert path.endswith("2024-08-29/handlingar.md") and len(commit) == 40
    page9 = clean.clean_page(dict(pages)[9])
    banned = set(list(extra.shingles(page9))[:1])      # one 12-word run of page 9 is "test text"
    kept, dropped = extra.select(pages, ratings, banned)
    assert [n for n, _t in kept] == [1]
    assert dropped == ["8:ocr", "9:test-shingle"]


def test_corpus_pages_skip_ocr_pages_and_keep_page_numbers():
    raw = EXCERPT.read_text(encoding="utf-8").split("<!-- sida 1 -->", 1)[1]
    corpus_like = "\f" + raw.replace("<!-- sida 8 -->", "\f").replace("<!-- sida 9 -->", "\f")
    pages = make_pairs.split_pages(corpus_like, 7)
    kept = make_pairs.born_digital(pages, make_pairs.expand("8"))
    assert [n for n, _t in kept] == [7, 9]


def test_false_corrections_count_right_words_made_wrong():
    gt = "Nämnden beslutar att godkänna förslaget"
    ocr = "Namnden beslutar att godkanna forslaget"
    hyp = "Nämnden beslutat att godkänna förslaget"     # fixes three, breaks one right word
    cer = load(Path(__file__).parent / "data" / "ocrdata" / "cer_stub.py")
    row = correct.evaluate("K000", gt, ocr, hyp, 0.0, cer)
    assert (row.right_n, row.false_n) == (2, 1)
    assert correct.changed_positions(ocr, hyp) == {0, 1, 3, 4}


def test_symspell_peer_keeps_case_and_punctuation():
    assert correct.match_case("Forslaget", "förslaget") == "Förslaget"
    assert correct.match_case("KS", "ks") == "KS"
