"""Building the twin model (`twins.py`) from the ground truths of a split of the OCR pairs.

    python -m diarium.corrections.learn_twins bench/data/ocr --split train

reads `bench/data/ocr/PAIRS.tsv` and the ground truth (`NAME.gt.txt`) of each document of the
split once (its fair and poor pairs share it), and writes `data/twins.json` with the list of
documents it read. Only the train split may be used: the dev and frozen test documents must
never reach a shipped model.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from diarium.corrections.twins import MODEL_PATH, build
from diarium.language.lexicon import load


def train_documents(corpus_dir: Path, splits: set[str]) -> list[tuple[str, list[str]]]:
    """The ground truths of the pairs in the splits, one per document (fair and poor share
    their ground truth)."""
    with (corpus_dir / "PAIRS.tsv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["split"] in splits]
    seen, out = set(), []
    for row in rows:
        if row["doc"] in seen:
            continue
        seen.add(row["doc"])
        text = (corpus_dir / f"{row['name']}.gt.txt").read_text(encoding="utf-8")
        out.append((row["doc"], text.split("\n")))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--split", default="train")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    if {"dev", "test"} & set(args.split.split(",")):
        parser.error("the model learns from train documents only")
    lex = load()
    docs = train_documents(args.corpus_dir, set(args.split.split(",")))
    data = build((lines for _doc, lines in docs), lex.by_key, lex.zipf)
    data["source"] = {"corpus_dir": str(args.corpus_dir), "split": args.split,
                      "documents": [doc for doc, _lines in docs]}
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"{args.out}: {len(data['words'])} twins, {len(data['left'])} left and "
          f"{len(data['right'])} right pairs from {len(docs)} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
