"""Add born-digital pages of other meetings (same public source) as extra training text.

    /work/main/.venv/bin/python bench/ocrdata/extra.py RAW.md [RAW.md ...]
        [--out bench/data/extra] [--table bench/data/ocr/EXTRA.tsv]

RAW.md is a file of the source repository moggleif/kommunhandlingar as read (front matter and
`<!-- sida N -->` page markers), optionally cut short after any page; its first line must be

    <!-- source: data/kungsbacka/<organ>/<year>/<date>/<file>.md <commit> -->

so that the table records where each page came from. A page is kept only when

- the front matter's `kvalitet_per_sida` rates it `ok` (born-digital, not OCR or unconverted);
- the meeting (organ + date) is none that a corpus document comes from (MANIFEST.tsv);
- it shares no 12-word shingle with any test-split document of the corpus (the frozen
  SPLIT.tsv): no test sentence can reach a model trained on this text;
- it is a usable page after cleaning (`clean.usable_page`).

The kept pages, cleaned (`clean.clean_page`), are written as OUT/<doc>.txt (a form feed line
before each page, as in the corpus) and listed in TABLE (doc, source path, commit, pages,
organ, meeting date, kind, pages dropped and why). Documents are numbered X001, X002, … in
the order given; a source already in TABLE keeps its number and is rewritten.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean import clean_page, usable_page  # noqa: E402
from make_pairs import ROOT, SHARED, compress, read_tsv  # noqa: E402

SHINGLE = 12
SOURCE = re.compile(r"<!--\s*source:\s*(\S+)\s+([0-9a-f]{40})\s*-->")
PAGE = re.compile(r"^<!--\s*sida\s+(\d+)\s*-->\s*$", re.MULTILINE)
RATINGS = re.compile(r"^kvalitet_per_sida:\s*\[(.*)\]\s*$", re.MULTILINE)
PATH = re.compile(r"data/kungsbacka/([^/]+)/\d{4}/(\d{4}-\d{2}-\d{2})/([^/]+)\.md$")
FIELDS = ["doc", "source_path", "commit", "pages", "organ", "meeting_date", "kind", "dropped"]


def words(text: str) -> list[str]:
    """Lower-case word tokens, punctuation and layout ignored.

    >>> words("Ordförande finner, att det   finns (C) 2024-02-21.")
    ['ordförande', 'finner', 'att', 'det', 'finns', 'c', '2024', '02', '21']
    """
    return re.findall(r"\w+", text.lower())


def shingles(text: str, n: int = SHINGLE) -> set[tuple[str, ...]]:
    """Every run of n consecutive words.

    >>> len(shingles("ett två tre fyra fem", 3))
    3
    """
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def parse_raw(text: str) -> tuple[str, str, list[str], list[tuple[int, str]]]:
    """(source path, commit, page ratings, [(page number, raw page text)]) of a RAW.md."""
    source = SOURCE.search(text)
    ratings = RATINGS.search(text)
    if not source or not ratings:
        raise SystemExit("RAW.md needs a source line and the front matter's kvalitet_per_sida")
    marks = list(PAGE.finditer(text))
    pages = [(int(m.group(1)), text[m.end():marks[k + 1].start() if k + 1 < len(marks) else None])
             for k, m in enumerate(marks)]
    return (source.group(1), source.group(2),
            [r.strip() for r in ratings.group(1).split(",")], pages)


def corpus_meetings(manifest: Path) -> set[tuple[str, str]]:
    return {(r["organ"], r["meeting_date"]) for r in read_tsv(manifest)}


def test_shingles(corpus: Path, split: Path) -> set[tuple[str, ...]]:
    """The shingles of every test-split document (all its pages, OCR pages too)."""
    test = {r["doc"] for r in read_tsv(split) if r["split"] == "test"}
    out: set[tuple[str, ...]] = set()
    for doc in sorted(test):
        out |= shingles((corpus / f"{doc}.txt").read_text(encoding="utf-8"))
    return out


def select(pages, ratings, banned) -> tuple[list[tuple[int, str]], list[str]]:
    """The pages to keep (cleaned) and a note per dropped page."""
    kept, dropped = [], []
    for number, raw in pages:
        text = clean_page(raw)
        rating = ratings[number - 1] if number <= len(ratings) else "?"
        if rating != "ok":
            dropped.append(f"{number}:{rating}")
        elif shingles(text) & banned:
            dropped.append(f"{number}:test-shingle")
        elif not usable_page(text):
            dropped.append(f"{number}:unusable")
        else:
            kept.append((number, text))
    return sorted(kept), dropped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("raw", nargs="+", type=Path)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--split", type=Path, default=ROOT / "bench" / "gold" / "real" / "SPLIT.tsv")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "data" / "extra")
    ap.add_argument("--table", type=Path, default=ROOT / "bench" / "data" / "ocr" / "EXTRA.tsv")
    args = ap.parse_args(argv)
    corpus = args.shared / "corpus" / "kungsbacka"
    meetings = corpus_meetings(corpus / "MANIFEST.tsv")
    banned = test_shingles(corpus, args.split)
    rows = {r["source_path"]: r for r in read_tsv(args.table)} if args.table.exists() else {}
    args.out.mkdir(parents=True, exist_ok=True)
    for raw in args.raw:
        path, commit, ratings, pages = parse_raw(raw.read_text(encoding="utf-8"))
        found = PATH.search(path)
        if not found:
            raise SystemExit(f"{raw}: not a data/kungsbacka/<organ>/<year>/<date>/ file: {path}")
        organ, date, stem = found.groups()
        if (organ, date) in meetings:
            raise SystemExit(f"{raw}: meeting {organ} {date} is a corpus document's; not used")
        kept, dropped = select(pages, ratings, banned)
        doc = rows[path]["doc"] if path in rows else f"X{len(rows) + 1:03d}"
        rows[path] = {"doc": doc, "source_path": path, "commit": commit,
                      "pages": compress([n for n, _t in kept]), "organ": organ,
                      "meeting_date": date, "kind": stem.split("-")[0],
                      "dropped": ",".join(dropped)}
        text = "".join(f"\f\n{page}\n" for _n, page in kept)
        (args.out / f"{doc}.txt").write_text(text, encoding="utf-8")
        print(f"{doc} {path}: kept {len(kept)} pages, dropped {dropped or 'none'}", file=sys.stderr)
    args.table.parent.mkdir(parents=True, exist_ok=True)
    with args.table.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        for row in sorted(rows.values(), key=lambda r: r["doc"]):
            writer.writerow(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
