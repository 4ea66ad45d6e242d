"""Learning the OCR channel from aligned (ground truth, OCR) text pairs.

Both texts are whitespace-normalised and aligned character by character (Levenshtein
opcodes); adjacent edits form one block ("m" read as "rn"). For each true sequence the
learner counts what the OCR made of it and stores −log P(OCR | truth) minus the cost of
reading the sequence right, with add-one smoothing so one odd sample does not become law.

    python -m diarium.corrections.learn CORPUS_DIR [--out diarium/corrections/data/confusions.json]

CORPUS_DIR holds NAME.gt.txt with NAME.ocr-eng.txt (pages that lose å/ä/ö: mode "lost")
and NAME.ocr-swe.txt (mode "kept"), as `../shared/ocrsynth` writes them.

>>> costs = learn_costs([("Socialnämnden för", "Socialndmnden for")] * 3)
>>> round(costs["ä"]["d"], 1) < round(costs["ä"].get("x", 99), 1)
True
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from diarium.corrections.tokens import neighbour, tokenize
from diarium.language.letters import fold

MAX_BLOCK = 3
MIN_COUNT = 2          # an edit block seen once is noise, not a habit of the engine


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


def learn_costs(pairs) -> dict[str, dict[str, float]]:
    edits: Counter = Counter()
    letters: Counter = Counter()
    for gt, ocr in pairs:
        count_blocks(gt, ocr, edits, letters)
    costs: dict[str, dict[str, float]] = defaultdict(dict)
    for (truth, ocr), n in edits.items():
        if n < MIN_COUNT or len(truth) > MAX_BLOCK or len(ocr) > MAX_BLOCK:
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


def learn_bigrams(texts) -> dict[str, int]:
    """Counts of adjacent word pairs in clean text with the neighbour diacritic-folded, so
    damaged neighbours still match: "ett|år" (a word after its left neighbour) and "år>per"
    (a word before its right neighbour), kept apart so "att|starka" never reads as
    "att" before a folded "stärka"."""
    counts: Counter = Counter()
    for text in texts:
        for line in text.split("\n"):
            words = [t.core.lower() for t in tokenize(line)]
            for left, right in zip(words, words[1:]):
                counts[f"{fold(neighbour(left))}|{right}"] += 1
                counts[f"{left}>{fold(neighbour(right))}"] += 1
    return {pair: n for pair, n in counts.items() if n >= 2}


def learn_model(folder: Path, names=None) -> dict:
    """The channel model (both modes) from the pairs in `folder`, optionally only `names`."""
    return {
        "source": "learned by diarium.corrections.learn from (ground truth, OCR) pairs",
        "documents": sorted(names) if names is not None else sorted(
            p.name[:-len(".gt.txt")] for p in folder.glob("*.gt.txt")),
        "generate_below": 7.0,
        "bigrams": learn_bigrams(gt for gt, _ in read_pairs(folder, "eng", names)),
        "costs": {
            "lost": learn_costs(read_pairs(folder, "eng", names)),
            "kept": learn_costs(read_pairs(folder, "swe", names)),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).parent / "data" / "confusions.json")
    parser.add_argument("--only", nargs="*", help="document names to learn from")
    args = parser.parse_args(argv)
    model = learn_model(args.corpus, set(args.only) if args.only else None)
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                        encoding="utf-8")
    print(f"{args.out}: {sum(len(r) for m in model['costs'].values() for r in m.values())} costs",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
