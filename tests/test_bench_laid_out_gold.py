"""bench/extract.py's real-ocr gold: a fact printed only on pages that ocrsynth did not lay out
(a document's scanned pages) is not asked of the laid-out text.

The three-page document is written for this test (an arrendeavtal's cover letter, then two
scanned pages of the agreement).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load(path: Path):
    spec = importlib.util.spec_from_file_location("bench_extract", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_extract"] = module
    spec.loader.exec_module(module)
    return module


bench = load(ROOT / "bench" / "extract.py")

PAGES = ["\fNorrby IF ansöker om förlängt arrende för klubbhuset.\nInvesteringen beräknas till 1 250 000 kr.\n"
         "Lena Holm\nOrdförande\n",
         "\fARRENDEAVTAL\nUpplåtare: Ekby kommun, 212000-0000\nArrendator: Norrby IF, 802400-1111\n",
         "\fArrendeavgiften är 125 000 kr per år från 2026-01-01 till 2035-12-31.\n"]
GOLD = {"doc_type": "skrivelse", "dnr": [],
        "parties": [{"name": "Ekby kommun", "orgnr": "212000-0000"}, {"name": "Norrby IF", "orgnr": "802400-1111"}],
        "periods": [{"start": "2026-01-01", "end": "2035-12-31"}],
        "amounts": [{"value": 1250000}, {"value": 125000, "per": "år"}],
        "decisions": [], "persons": [{"name": "Lena Holm"}], "legal_refs": []}


def laid_out(tmp_path: Path, pages: set[int]) -> dict:
    (tmp_path / "MANIFEST.tsv").write_text("file\tpages\nK900.txt\t12-14\n", encoding="utf-8")
    source = tmp_path / "K900.txt"
    source.write_text("".join(PAGES), encoding="utf-8")
    return bench.laid_out_gold(GOLD, source, pages)


def test_facts_of_pages_not_laid_out_are_dropped(tmp_path):
    gold = laid_out(tmp_path, {12})
    assert gold["persons"] == GOLD["persons"]
    assert gold["amounts"] == [{"value": 1250000}]      # 125 000 is on page 14 only, though inside 1 250 000
    assert gold["periods"] == [] and gold["parties"] == []


def test_a_party_clause_laid_out_keeps_both_parties(tmp_path):
    gold = laid_out(tmp_path, {12, 13})
    assert gold["parties"] == GOLD["parties"] and gold["periods"] == []
    assert laid_out(tmp_path, {12, 13, 14}) == GOLD


def test_a_party_whose_counterparty_was_not_laid_out_goes_with_it(tmp_path):
    # Norrby IF's name is printed on page 12, but only as the applicant: its agreement is on page 13
    assert laid_out(tmp_path, {12, 14})["parties"] == []


def test_page_sets():
    assert bench.page_set("1-2,4,7-8") == {1, 2, 4, 7, 8}
