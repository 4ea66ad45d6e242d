"""Check that a speed change leaves OCR repair byte-identical: texts and change logs.

    PYTHONPATH=$PWD .venv/bin/python bench/repair_identity.py save BEFORE.json   # on the old code
    PYTHONPATH=$PWD .venv/bin/python bench/repair_identity.py check BEFORE.json  # on the new code

Repairs every train and dev pair of bench/data/ocr (both engines) and every real-OCR page of
bench/data/realocr that is not in the test split, twice: with a fresh repairer and hyphen joining
off (`bench/correct.py`'s cold protocol), and with one repairer shared by all texts and the
defaults (caches that carry over between documents). The test split is never read.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from diarium.corrections import Repairer, repair
from diarium.corrections.tokens import tokenize

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "bench" / "data" / "ocr"
REALOCR = ROOT / "bench" / "data" / "realocr"


def texts() -> dict[str, str]:
    """Name → OCR text of the train and dev pairs and the non-test real-OCR pages."""
    with (PAIRS / "PAIRS.tsv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["split"] in ("train", "dev")]
    out = {f"{r['name']}.{engine}": (PAIRS / f"{r['name']}.ocr-{engine}.txt").read_text(
        encoding="utf-8") for r in rows for engine in ("eng", "swe")}
    with (REALOCR / "INDEX.tsv").open(encoding="utf-8") as f:
        split = {r["page"]: r["split"] for r in csv.DictReader(f, delimiter="\t")}
    for path in sorted(REALOCR.glob("*.ocr.txt")):
        page = path.name[:-len(".ocr.txt")]
        if split.get(page) != "test":
            out[f"real.{page}"] = path.read_text(encoding="utf-8")
    return out


def outputs() -> dict[str, list]:
    shared = Repairer()
    out = {}
    for name, text in sorted(texts().items()):
        tokenize.cache_clear()
        cold, cold_log = repair(text, join_hyphenation=False, repairer=Repairer())
        warm, warm_log = repair(text, repairer=shared)
        out[name] = [cold, [repr(c) for c in cold_log], warm, [repr(c) for c in warm_log]]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "check"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    path = Path(argv[1])
    found = outputs()
    if argv[0] == "save":
        path.write_text(json.dumps(found, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"{len(found)} texts saved to {path}")
        return 0
    before = json.loads(path.read_text(encoding="utf-8"))
    differ = sorted(name for name in before.keys() | found.keys()
                    if before.get(name) != found.get(name))
    print(f"{len(found)} texts, each repaired cold and with a shared repairer: "
          f"{len(differ)} differ{': ' + ', '.join(differ[:10]) if differ else ''}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
