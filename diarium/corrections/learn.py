"""Learning the OCR channel from aligned (ground truth, OCR) text pairs.

Both texts are whitespace-normalised and aligned character by character (Levenshtein
opcodes); adjacent edits form one block ("m" read as "rn"). For each true sequence the
learner counts what the OCR made of it and stores −log P(OCR | truth) minus the cost of
reading the sequence right, with add-one smoothing so one odd sample does not become law.
Only character statistics are kept: no word and no word pair of a ground-truth text.

The shipped model (`data/confusions.json`) is built from the train split of the real-text
pairs, and nothing else (the dev and frozen test documents never reach it):

    python -m diarium.corrections.learn bench/data/ocr --split train

CORPUS_DIR holds NAME.gt.txt with NAME.ocr-eng.txt (pages that lose å/ä/ö: mode "lost")
and NAME.ocr-swe.txt (mode "kept"), as `../shared/ocrsynth` writes them, and PAIRS.tsv
(`bench/ocrdata/make_pairs.py`) naming each pair's split; `--only NAME ...` picks pairs by
name instead. An edit block counts when seen `--min-count` times (default 8, for the
~70 train pairs: fewer make the rare slips of poor pages into candidates everywhere).

>>> costs = learn_costs([("Socialnämnden för", "Socialndmnden for")] * 3, min_count=2)
>>> round(costs["ä"]["d"], 1) < round(costs["ä"].get("x", 99), 1)
True
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz.distance import Levenshtein


MAX_BLOCK = 3
MIN_COUNT = 8          # an edit block seen rarely is noise, not a habit of the engine


def normalise(text: str) -> str:
    return " ".join(text.split())


def count_blocks(gt: str, ocr: str, edits: Counter, letters: Counter) -> None:
    gt, ocr = normalise(gt), normalise(ocr)
    letters.update(gt)
    for i in range(len(gt) - 1):
        letters[gt[i:i + 2]] += 1
    pending = None
    for op in Levenshtein.opcodes(gt, ocr):
        if op.tag == "equal":
            if pending:
                edits[pending[:2]] += 1
                pending = None
            continue
        t, o = gt[op.src_start:op.src_end], ocr[op.dest_start:op.dest_end]
        if pending:
            t, o = pending[0] + t, pending[1] + o
        pending = (t, o)
    if pending:
        edits[pending[:2]] += 1


def learn_costs(pairs, min_count: int = MIN_COUNT) -> dict[str, dict[str, float]]:
    edits: Counter = Counter()
    letters: Counter = Counter()
    for gt, ocr in pairs:
        count_blocks(gt, ocr, edits, letters)
    costs: dict[str, dict[str, float]] = defaultdict(dict)
    for (truth, ocr), n in edits.items():
        if n < min_count or len(truth) > MAX_BLOCK or len(ocr) > MAX_BLOCK:
            continue
        if " " in truth or " " in ocr:
            continue   # word splits and joins are handled at the token level
        if not truth:  # an inserted character: condition on nothing, count per letter
            total = sum(letters[c] for c in "abcdefghijklmnopqrstuvwxyz") + 1
        else:
            total = letters[truth] + 1
        costs[truth][ocr] = round(-math.log(n / total), 3)
    return dict(costs)


def read_pairs(folder: Path, engine: str, names=None):
    pairs = []
    for gt_path in sorted(folder.glob("*.gt.txt")):
        name = gt_path.name[:-len(".gt.txt")]
        if names is not None and name not in names:
            continue
        ocr_path = folder / f"{name}.ocr-{engine}.txt"
        if ocr_path.exists():
            pairs.append((gt_path.read_text(encoding="utf-8"), ocr_path.read_text(encoding="utf-8")))
    return pairs


def split_names(folder: Path, split: str) -> set[str]:
    """The pairs of one split, as PAIRS.tsv in `folder` assigns them."""
    with (folder / "PAIRS.tsv").open(encoding="utf-8") as table:
        return {row["name"] for row in csv.DictReader(table, delimiter="\t")
                if row["split"] == split}


def learn_model(folder: Path, names=None, min_count: int = MIN_COUNT) -> dict:
    """The channel model (both modes) from the pairs in `folder`, optionally only `names`."""
    return {
        "source": "learned by diarium.corrections.learn from (ground truth, OCR) pairs; "
                  f"edit blocks seen at least {min_count} times",
        "documents": sorted(names) if names is not None else sorted(
            p.name[:-len(".gt.txt")] for p in folder.glob("*.gt.txt")),
        "generate_below": 7.0,
        "costs": {
            "lost": learn_costs(read_pairs(folder, "eng", names), min_count),
            "kept": learn_costs(read_pairs(folder, "swe", names), min_count),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).parent / "data" / "confusions.json")
    parser.add_argument("--only", nargs="*", help="pair names to learn from")
    parser.add_argument("--split", help="learn from the pairs PAIRS.tsv puts in this split")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = parser.parse_args(argv)
    if args.split and {"dev", "test"} & set(args.split.split(",")):
        parser.error("the channel learns from train documents only")
    names = set(args.only) if args.only else (
        split_names(args.corpus, args.split) if args.split else None)
    model = learn_model(args.corpus, names, args.min_count)
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                        encoding="utf-8")
    print(f"{args.out}: {sum(len(r) for m in model['costs'].values() for r in m.values())} costs",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
