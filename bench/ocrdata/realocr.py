"""Score a corrector on real Tesseract-swe OCR of scanned corpus pages against hand-corrected gold.

bench/data/realocr holds, for scanned pages of the corpus, PAGE.ocr.txt (the archive's own OCR,
copied as it is) and, for some, PAGE.gt.txt: the same number of lines, each line what the scan
intends, `<illegible>` for a line with no recoverable meaning (such lines are not scored).
INDEX.tsv gives each gold page's document and split.

Per line, the OCR words and the corrected words are aligned with the gold words; a word is an
*error* when the OCR's aligned word differs from the gold, *fixed* when the corrector makes it
equal, *made wrong* when the OCR had it right and the corrector changed it. The issue's target:
no word made wrong, at least half of the errors fixed.

>>> line_counts("Kommunstyrelsens arbetsutskott 2022-12-06, § 397",
...             "Kommunstyrelsens arbetsutskott 2022-12-06, $ 397",
...             "Kommunstyrelsens arbetsutskott 2022-12-06, § 397")
(5, 1, 1, 0)
"""
from __future__ import annotations

import csv
import difflib
from pathlib import Path

ILLEGIBLE = "<illegible>"


def aligned(gold: list[str], other: list[str]) -> dict[int, str]:
    """Gold word index → the word of `other` aligned to it (equal or one-to-one replaced)."""
    out = {}
    matcher = difflib.SequenceMatcher(None, gold, other, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            out.update({i1 + k: other[j1 + k] for k in range(i2 - i1)})
    return out


def line_counts(gold: str, ocr: str, hyp: str) -> tuple[int, int, int, int]:
    """(gold words, OCR errors, errors fixed, words made wrong) of one line."""
    gw = gold.split()
    ocr_at, hyp_at = aligned(gw, ocr.split()), aligned(gw, hyp.split())
    errors = fixed = broken = 0
    for i, word in enumerate(gw):
        was, now = ocr_at.get(i), hyp_at.get(i)
        if was != word:
            errors += 1
            fixed += now == word
        elif now != word:
            broken += 1
    return len(gw), errors, fixed, broken


def gold_pages(directory: Path, splits: set[str]) -> list[tuple[str, str, str]]:
    """(page, gold text, OCR text) of the gold pages in the wanted splits."""
    index = directory / "INDEX.tsv"
    if not index.exists():
        return []
    with index.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["split"] in splits]
    return [(r["page"], (directory / f"{r['page']}.gt.txt").read_text(encoding="utf-8"),
             (directory / f"{r['page']}.ocr.txt").read_text(encoding="utf-8")) for r in rows]


def score(pages: list[tuple[str, str, str]], correct) -> dict:
    """Totals over pages for a corrector `correct(text) -> text` that keeps the lines."""
    words = errors = fixed = broken = lines = 0
    for _page, gold, ocr in pages:
        hyp = correct(ocr)
        triples = zip(gold.split("\n"), ocr.split("\n"), hyp.split("\n"))
        for g, o, h in triples:
            if g.strip() == ILLEGIBLE or not g.strip():
                continue
            lines += 1
            n, e, f, b = line_counts(g, o, h)
            words, errors, fixed, broken = words + n, errors + e, fixed + f, broken + b
    return {"pages": len(pages), "lines": lines, "words": words, "errors": errors,
            "fixed": fixed, "made_wrong": broken,
            "fixed_share": fixed / errors if errors else None}
