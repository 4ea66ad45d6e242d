"""Make (ground truth, OCR) pairs from real Swedish municipal text, split by document.

    /work/main/.venv/bin/python bench/ocrdata/make_pairs.py [--shared ../shared]
        [--out bench/data/ocr] [--work /tmp/ocrdata-work] [--jobs 2] [--only K001,X003]
        [--force]

Sources (see bench/ocrdata/README.md):
- every document of shared/corpus/kungsbacka (MANIFEST.tsv): its born-digital pages only
  (the pages in `ocr_pages` are real OCR of scans and stay out), split as in the frozen
  bench/gold/real/SPLIT.tsv;
- every document of bench/data/extra (EXTRA.tsv beside the pairs): born-digital pages of
  other meetings from the same public source, all split `train`.

Each document's pages are cleaned (`clean.clean_page`), joined with a blank line, laid out by
shared/ocrsynth/make_scans.py at quality `fair` and `poor` (fixed seeds, below) and OCR'd by
shared/ocrsynth/run_ocr.py with Tesseract `eng` and `swe`. Only the text files are kept in
OUT: NAME.gt.txt, NAME.ocr-eng.txt, NAME.ocr-swe.txt with NAME = <doc>-<quality>, and
PAIRS.tsv (one row a pair: split, origin, source pages, laid-out pages, size, OCR seconds).
The PDFs, page images and hOCR stay in WORK. A pair whose ground truth is already in OUT,
byte-identical to what would be laid out now, is not made again unless --force.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean import clean_page, usable_page  # noqa: E402  (a script beside its helper)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = {"fair": 2026, "poor": 2027}
ENGINES = ("eng", "swe")
# shared/ lies beside the checkout (../shared); a worktree one level deeper finds it further up.
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared")
PAIR_FIELDS = ["name", "doc", "quality", "split", "origin", "seed", "source_pages",
               "scan_pages", "gt_lines", "gt_chars", "gt_words", "ocr_eng_s", "ocr_swe_s"]


@dataclass
class Doc:
    doc: str
    split: str
    origin: str            # "corpus" or "extra"
    pages: list[tuple[int, str]]   # (source page number, cleaned text)

    def text(self) -> str:
        return "\n\n".join(text for _n, text in self.pages) + "\n"

    def page_list(self) -> str:
        return compress([n for n, _t in self.pages])


def compress(numbers: list[int]) -> str:
    """'5-8,10' for [5, 6, 7, 8, 10].

    >>> compress([5, 6, 7, 8, 10]), compress([])
    ('5-8,10', '')
    """
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ",".join(f"{a}-{b}" if a != b else str(a) for a, b in runs)


def expand(spec: str) -> set[int]:
    """{447, 448, 451, 452} for '447-448,451-452'.

    >>> sorted(expand("440-442,446"))
    [440, 441, 442, 446]
    """
    out: set[int] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        lo, _, hi = part.partition("-")
        out.update(range(int(lo), int(hi or lo) + 1))
    return out


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))


def split_pages(text: str, first: int) -> list[tuple[int, str]]:
    """(page number, raw text) of a corpus file: page `first` follows the first form feed."""
    return [(first + i, page) for i, page in enumerate(text.split("\f")[1:])]


def born_digital(pages: list[tuple[int, str]], ocr: set[int]) -> list[tuple[int, str]]:
    kept = []
    for number, raw in pages:
        if number in ocr:
            continue
        text = clean_page(raw)
        if usable_page(text):
            kept.append((number, text))
    return kept


def corpus_docs(corpus: Path, split_of: dict[str, str]) -> list[Doc]:
    docs = []
    for row in read_tsv(corpus / "MANIFEST.tsv"):
        doc = row["file"].removesuffix(".txt")
        first = int(row["pages"].split("-")[0])
        pages = split_pages((corpus / row["file"]).read_text(encoding="utf-8"), first)
        kept = born_digital(pages, expand(row["ocr_pages"]))
        if kept:
            docs.append(Doc(doc, split_of[doc], "corpus", kept))
    return docs


def extra_docs(extra_dir: Path, table: Path) -> list[Doc]:
    """The extra documents: cleaned already, pages after form feeds as in the corpus."""
    if not table.exists():
        return []
    docs = []
    for row in read_tsv(table):
        text = (extra_dir / f"{row['doc']}.txt").read_text(encoding="utf-8")
        numbers = sorted(expand(row["pages"]))
        raw = text.split("\f")[1:]
        if len(raw) != len(numbers):
            raise SystemExit(f"{row['doc']}: {len(raw)} pages in the text, "
                             f"{len(numbers)} in EXTRA.tsv")
        pages = [(n, clean_page(t)) for n, t in zip(numbers, raw)]
        docs.append(Doc(row["doc"], "train", "extra", [p for p in pages if usable_page(p[1])]))
    return docs


def load_module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Maker:
    def __init__(self, ocrsynth: Path, out: Path, work: Path, force: bool):
        self.ocrsynth, self.out, self.work, self.force = ocrsynth, out, work, force
        self.read_lines = load_module(ocrsynth / "make_scans.py").read_lines

    def up_to_date(self, src: Path, name: str) -> bool:
        gt = self.out / f"{name}.gt.txt"
        expected = "\n".join(self.read_lines(str(src))) + "\n"
        return (not self.force and gt.exists() and gt.read_text(encoding="utf-8") == expected
                and all((self.out / f"{name}.ocr-{e}.txt").exists() for e in ENGINES))

    def make(self, doc: Doc, quality: str, old: dict[str, str] | None) -> dict[str, str]:
        name = f"{doc.doc}-{quality}"
        src = self.work / "src" / f"{doc.doc}.txt"
        row = {"name": name, "doc": doc.doc, "quality": quality, "split": doc.split,
               "origin": doc.origin, "seed": str(SEEDS[quality]),
               "source_pages": doc.page_list()}
        if old and self.up_to_date(src, name):
            return {**old, **row}
        scans = self.work / "scans"
        run([sys.executable, str(self.ocrsynth / "make_scans.py"), str(src), str(scans),
             "--seed", str(SEEDS[quality]), "--quality", quality, "--name", name, "--no-png"])
        run([sys.executable, str(self.ocrsynth / "run_ocr.py"), str(scans / f"{name}.scan.pdf"),
             "--langs", ",".join(ENGINES)])
        for suffix in (".gt.txt", *(f".ocr-{e}.txt" for e in ENGINES)):
            shutil.copyfile(scans / f"{name}{suffix}", self.out / f"{name}{suffix}")
        meta = json.loads((scans / f"{name}.meta.json").read_text(encoding="utf-8"))
        timing = json.loads((scans / f"{name}.ocr-timing.json").read_text(encoding="utf-8"))
        gt = (self.out / f"{name}.gt.txt").read_text(encoding="utf-8")
        row.update(scan_pages=str(meta["layout"]["pages"]), gt_lines=str(gt.count("\n")),
                   gt_chars=str(len(" ".join(gt.split()))), gt_words=str(len(gt.split())))
        for engine in ENGINES:
            row[f"ocr_{engine}_s"] = str(timing["langs"][engine]["total_s"])
        return row


def run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--split", type=Path, default=ROOT / "bench" / "gold" / "real" / "SPLIT.tsv")
    ap.add_argument("--extra", type=Path, default=ROOT / "bench" / "data" / "extra")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "data" / "ocr")
    ap.add_argument("--work", type=Path, default=Path("/tmp/ocrdata-work"))
    ap.add_argument("--jobs", type=int, default=2, help="pairs made at once (default 2)")
    ap.add_argument("--only", default="", help="comma-separated documents (default all)")
    ap.add_argument("--force", action="store_true", help="remake pairs that are up to date")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    split_of = {r["doc"]: r["split"] for r in read_tsv(args.split)}
    docs = corpus_docs(args.shared / "corpus" / "kungsbacka", split_of)
    docs += extra_docs(args.extra, args.out / "EXTRA.tsv")
    only = set(filter(None, args.only.split(",")))
    for d in (args.out, args.work / "src", args.work / "scans"):
        d.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        (args.work / "src" / f"{doc.doc}.txt").write_text(doc.text(), encoding="utf-8")
    index = args.out / "PAIRS.tsv"
    old = {r["name"]: r for r in read_tsv(index)} if index.exists() else {}
    maker = Maker(args.shared / "ocrsynth", args.out, args.work, args.force)
    jobs = [(doc, q) for doc in docs for q in SEEDS if not only or doc.doc in only]

    def one(job: tuple[Doc, str]) -> dict[str, str]:
        doc, quality = job
        row = maker.make(doc, quality, old.get(f"{doc.doc}-{quality}"))
        print(f"{row['name']:12} {row['split']:5} pages {row['source_pages']:>12} -> "
              f"{row['scan_pages']:>3} laid out", file=sys.stderr, flush=True)
        return row

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        made = {row["name"]: row for row in pool.map(one, jobs)}
    rows = {**old, **made}
    wanted = {f"{d.doc}-{q}" for d in docs for q in SEEDS}
    with index.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, PAIR_FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        for name in sorted(n for n in rows if n in wanted):
            writer.writerow({k: rows[name].get(k, "") for k in PAIR_FIELDS})
    print(f"{len(made)} pairs in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
