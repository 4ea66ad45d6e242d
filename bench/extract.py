"""Speed of `extract_text` on text input: pages per second on one core.

    .venv/bin/python bench/extract.py [FILES...] [--seconds 10]

Without FILES it uses samples/*.txt and, when present, the OCR'd scans in
../shared/ocrsynth/corpus/*.ocr-*.txt. A page is one form-feed page, or 2500 characters
of a text without form feeds (the size of an A4 page of a tjänsteutlåtande).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_NUM_THREADS", "1")

from diarium.extract import extract_text  # noqa: E402

PAGE_CHARS = 2500


def pages_in(text: str) -> float:
    return max(text.count("\f") + 1, len(text) / PAGE_CHARS)


def default_files() -> list[Path]:
    files = sorted((ROOT / "samples").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "ocrsynth" / "corpus"
    if corpus.is_dir():
        files += sorted(corpus.glob("*.ocr-*.txt"))
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--seconds", type=float, default=10.0, help="minimum run time")
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in (args.files or default_files())]
    if not texts:
        print("no input files", file=sys.stderr)
        return 2
    pages = sum(pages_in(t) for t in texts)
    chars = sum(len(t) for t in texts)
    for text in texts:                       # warm-up: regex compilation, lazy data files
        extract_text(text)
    rounds, started = 0, time.process_time()
    while True:
        for text in texts:
            extract_text(text)
        rounds += 1
        elapsed = time.process_time() - started
        if elapsed >= args.seconds:
            break
    print(f"{len(texts)} documents, {pages:.1f} pages, {chars} characters, {rounds} rounds")
    print(f"extract_text: {rounds * pages / elapsed:.1f} pages/s, {rounds * chars / elapsed / 1000:.0f} k chars/s "
          f"(CPU time, one core; target >= 100 pages/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
