"""Fact extraction: micro-F1 and per-field F1 on every gold set, and pages per second.

    .venv/bin/python bench/extract.py [--sets seeds,own,real-dev,real-test,real-ocr]
        [--per-doc] [--errors DOC] [--json OUT] [--seconds 10] [--no-speed]

Sets (each document goes through the whole pipeline as `diarium extract --json FILE` does):
  seeds      the seeds' development gold (tests/gold/000, 001, 004 ↔ samples/00N_*.txt)
  own        documents written for this project in the style of other kommuner (tests/gold)
  real-dev   ../shared/corpus/kungsbacka, train and dev splits (bench/gold/real/SPLIT.tsv)
  extra      unseen real documents collected later, gold written before the code saw them
             (bench/gold/extra: more of the same kommun's meetings, and other bodies)
  real-test  the same corpus, frozen test split: totals only, never tuned on; scored only when
             asked for (blind first score in bench/gold/real/BASELINE.md)
  real-ocr   train/dev documents' born-digital pages laid out as fair scans and OCR'd with
             Tesseract eng and swe (bench/data/ocr): the clean layout text, the eng and the swe
             OCR each scored against the same gold, so only the differences mean anything. The
             gold is the document's, less the facts printed only on pages that were not laid out
             (its scanned pages: PAIRS.tsv source_pages) and a party left without the other
             side of its agreement; doc_type, authority and date stay the document's
Scoring is ../shared/eval/score_facts.py (loaded from its path; sets that need ../shared are
skipped when it is missing). Speed: `extract_text` plus the structure stage on the seeds' text,
CPU time on one core (repair excluded; see bench/correct.py).
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import re
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from diarium.api import extract  # noqa: E402
from diarium.extract import extract_text  # noqa: E402
from diarium.structure import analyse  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD_REAL = ROOT / "bench" / "gold" / "real"
OCR_PAIRS = ROOT / "bench" / "data" / "ocr"
SEEDS = ("000", "001", "004")
PAGE_CHARS = 2500
ALL_SETS = ("seeds", "own", "extra", "real-dev", "real-test", "real-ocr")
GOLD_EXTRA = ROOT / "bench" / "gold" / "extra"


def load_scorer(path: Path) -> ModuleType | None:
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("score_facts", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_facts"] = module
    spec.loader.exec_module(module)
    return module


def splits() -> dict[str, str]:
    with (GOLD_REAL / "SPLIT.tsv").open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {row["doc"]: row["split"] for row in rows}


def gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def cases(name: str, corpus: Path) -> list[tuple[str, Path, dict[str, Any]]]:
    """(doc id, input file, gold record) of one set."""
    tests = ROOT / "tests" / "gold"
    if name == "seeds":
        return [(s, next((ROOT / "samples").glob(f"{s}_*.txt")), gold(tests / f"{s}.json")) for s in SEEDS]
    if name == "own":
        return [(p.stem, p, gold(p.with_suffix(".json"))) for p in sorted(tests.glob("*.txt"))
                if p.stem not in SEEDS and p.with_suffix(".json").exists()]
    if name == "extra":
        return [(p.stem, p, gold(p.with_suffix(".json"))) for p in sorted(GOLD_EXTRA.glob("X*.txt"))]
    split_of = splits()
    wanted = {"real-dev": ("train", "dev"), "real-test": ("test",)}.get(name)
    if wanted:
        return [(doc, corpus / f"{doc}.txt", gold(GOLD_REAL / f"{doc}.json"))
                for doc, split in sorted(split_of.items()) if split in wanted and (corpus / f"{doc}.txt").exists()]
    found = []
    pages_of = laid_out_pages()
    for doc, split in sorted(split_of.items()):
        if split == "test" or doc not in pages_of:
            continue
        doc_gold = laid_out_gold(gold(GOLD_REAL / f"{doc}.json"), corpus / f"{doc}.txt", pages_of[doc])
        for kind in ("gt", "ocr-eng", "ocr-swe"):
            path = OCR_PAIRS / f"{doc}-fair.{kind}.txt"
            if path.exists():
                found.append((f"{doc}.{kind}", path, doc_gold))
    return found


def page_set(ranges: str) -> set[int]:
    """'1-2,4' -> {1, 2, 4}"""
    pages: set[int] = set()
    for part in filter(None, ranges.split(",")):
        first, _, last = part.partition("-")
        pages.update(range(int(first), int(last or first) + 1))
    return pages


def laid_out_pages() -> dict[str, set[int]]:
    """The source pages of each corpus document that ocrsynth laid out (its born-digital pages)."""
    with (OCR_PAIRS / "PAIRS.tsv").open(encoding="utf-8") as f:
        return {row["doc"]: page_set(row["source_pages"]) for row in csv.DictReader(f, delimiter="\t")
                if row["quality"] == "fair"}


def first_pages(corpus: Path) -> dict[str, str]:
    """Each corpus document's source page range (MANIFEST.tsv): its first page follows the first form feed."""
    manifest = corpus / "MANIFEST.tsv"
    if not manifest.exists():
        return {}
    with manifest.open(encoding="utf-8") as f:
        return {row["file"].removesuffix(".txt"): row["pages"] for row in csv.DictReader(f, delimiter="\t")}


def squeezed(text: str) -> str:
    """Letters and digits only, so line breaks and table cells do not matter; each whole number
    (thousands groups joined) keeps a space either side, so 1463850 is not found in 14638500."""
    text = re.sub(r"(?<=\d)[ \u00a0.](?=\d{3}(?!\d))", "", text.replace("<br>", " ").lower())
    return "".join(f" {run} " if run[0].isdigit() else run for run in re.findall(r"\d+|[^\W\d_]+", text))


GOLD_KEYS = {"dnr": lambda f: [f if isinstance(f, str) else f.get("dnr")],
             "parties": lambda f: [f.get("orgnr"), f.get("name")],  # scored on the name when one lacks orgnr
             "periods": lambda f: [f.get("start"), f.get("end")], "amounts": lambda f: [str(f.get("value"))],
             "decisions": lambda f: [(f.get("text") or "")[:80]], "persons": lambda f: [f.get("name")],
             "legal_refs": lambda f: [f.get("text")]}


def only_in(skipped: str, kept: str, keys: list[str]) -> bool:
    return any(k in skipped for k in keys) and not any(k in kept for k in keys)


def laid_out_gold(record: dict[str, Any], source: Path, laid_out: set[int]) -> dict[str, Any]:
    """The gold a laid-out text can hold: facts printed only on pages that were not laid out
    (the scanned pages ocrsynth skips) are dropped; a fact found on no page is kept."""
    if not source.exists():
        return record
    first = min(page_set(first_pages(source.parent).get(source.stem, "")) or laid_out)
    pages = source.read_text(encoding="utf-8").split("\f")[1:]
    kept = squeezed(" ".join(p for i, p in enumerate(pages) if first + i in laid_out))
    skipped = squeezed(" ".join(p for i, p in enumerate(pages) if first + i not in laid_out))
    if not skipped:
        return record
    out = dict(record)
    for field, keys in GOLD_KEYS.items():
        facts = record.get(field) or []
        out[field] = [f for f in facts if not only_in(skipped, kept, [squeezed(k) for k in keys(f) if k])]
    alone = out["parties"][0] if len(out["parties"]) == 1 < len(record["parties"]) else None
    if alone is not None and not (alone.get("orgnr") and squeezed(alone["orgnr"]) in kept):
        out["parties"] = []  # the agreement's other side was not laid out: the one left was its co-signer
    return out


def predict(path: Path) -> dict[str, Any]:
    return extract(path).model_dump(mode="json")


def score(scorer: ModuleType, items: list[tuple[str, dict, dict]]) -> dict[str, Any]:
    """The scorer's totals over (doc, gold, prediction) triples, as score_dirs computes them."""
    warn = scorer.Warner()
    per_doc = {doc: scorer.score_doc(g, p, doc, warn) for doc, g, p in items}
    fields, tot = {}, {"tp": 0, "fp": 0, "fn": 0}
    for field in scorer.LIST_FIELDS:
        counts = {k: sum(d["fields"][field][k] for d in per_doc.values()) for k in tot}
        fields[field] = scorer.prf(**counts)
        for k in tot:
            tot[k] += counts[k]
    scalars = {f: sum(d["scalars"][f]["correct"] for d in per_doc.values()) for f in scorer.SCALAR_FIELDS}
    docs = {doc: scorer.prf(**{k: sum(d["fields"][f][k] for f in scorer.LIST_FIELDS) for k in tot})["f1"]
            for doc, d in per_doc.items()}
    return {"n": len(per_doc), "micro": scorer.prf(**tot), "fields": fields, "scalars": scalars,
            "per_doc_f1": docs, "per_doc": per_doc}


def print_result(name: str, result: dict[str, Any], per_doc: bool) -> None:
    fields = " ".join(f"{f} {m['f1']:.3f}" for f, m in result["fields"].items())
    scalars = " ".join(f"{f} {c}/{result['n']}" for f, c in result["scalars"].items())
    micro = result["micro"]
    print(f"{name:<14} n={result['n']:<3} micro-F1 {micro['f1']:.3f} (P {micro['precision']:.3f} "
          f"R {micro['recall']:.3f})  {fields}  {scalars}")
    if per_doc:
        for doc, f1 in result["per_doc_f1"].items():
            print(f"    {doc:<22} {f1:.3f}")


def show_errors(scorer: ModuleType, doc: str, g: dict, p: dict) -> None:
    """What a document's prediction got wrong, field by field (never for test documents)."""
    for field in scorer.LIST_FIELDS:
        gold_items = scorer.extract_list(g, field, scorer.Warner(), "gold")
        pred_items = scorer.extract_list(p, field, scorer.Warner(), "pred")
        matched = scorer.greedy_match(gold_items, pred_items, scorer.SCORE[field])
        gold_hit = {match[0] for match in matched}
        pred_hit = {match[1] for match in matched}
        for i, item in enumerate(gold_items):
            if i not in gold_hit:
                print(f"  {field} missed: {item}")
        for i, item in enumerate(pred_items):
            if i not in pred_hit:
                print(f"  {field} extra:  {item}")
    for field in scorer.SCALAR_FIELDS:
        if g.get(field) != p.get(field):
            print(f"  {field}: gold {g.get(field)!r}, got {p.get(field)!r}")


EXTRA_BATCHES = {"XA-XD": ("XA", "XB", "XC", "XD"),
                 **{batch: (batch,) for batch in ("XE", "XF", "XG", "XH", "XI", "XJ", "XK", "XL", "XM", "XN", "XO", "XQ", "XR", "XS", "XT")}}


def print_batches(scorer: ModuleType, items: list[tuple[str, dict, dict]], report: dict[str, Any]) -> None:
    """The extra set apart by batch: the older batches, and each later held-out one."""
    for batch, prefixes in EXTRA_BATCHES.items():
        subset = [(d, g, p) for d, g, p in items if d[:2] in prefixes]
        if subset:
            report[f"extra-{batch}"] = score(scorer, subset)
            print_result(f"  {batch}", report[f"extra-{batch}"], False)


def speed(seconds: float) -> dict[str, float]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold").glob("*.txt"))]
    pages = sum(max(t.count("\f") + 1, len(t) / PAGE_CHARS) for t in texts)
    for text in texts:
        extract_text(text, structure=analyse(text))
    rounds, started = 0, time.process_time()
    while rounds == 0 or time.process_time() - started < seconds:
        for text in texts:
            extract_text(text, structure=analyse(text))
        rounds += 1
    elapsed = time.process_time() - started
    return {"documents": len(texts), "pages": pages, "pages_per_s": rounds * pages / elapsed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="seeds,own,extra,real-dev,real-ocr",
                        help=f"comma-separated, from {', '.join(ALL_SETS)} (real-test only when asked for)")
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "kungsbacka")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score_facts.py")
    parser.add_argument("--per-doc", action="store_true")
    parser.add_argument("--errors", metavar="DOC", action="append", default=[],
                        help="list the misses and extras of a document (not for the test split)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.scorer)
    test_docs = {doc for doc, split in splits().items() if split == "test"}
    report: dict[str, Any] = {}
    for name in args.sets.split(","):
        if scorer is None or (name in ("real-dev", "real-test") and not args.corpus.is_dir()):
            print(f"{name:<14} skipped ({args.scorer} or {args.corpus} missing)")
            continue
        items = []
        for doc, path, g in cases(name, args.corpus):
            p = predict(path)
            items.append((doc, g, p))
            if doc.split(".")[0] in args.errors and doc.split(".")[0] not in test_docs:
                print(f"== {doc}")
                show_errors(scorer, doc, g, p)
        if name == "real-ocr":
            for kind in ("gt", "ocr-eng", "ocr-swe"):
                subset = [(d, g, p) for d, g, p in items if d.endswith(kind)]
                if subset:
                    report[f"{name}-{kind}"] = score(scorer, subset)
                    print_result(f"{name}-{kind}", report[f"{name}-{kind}"], args.per_doc)
            continue
        report[name] = score(scorer, items)
        print_result(name, report[name], args.per_doc and name != "real-test")
        if name == "extra":
            print_batches(scorer, items, report)
    if not args.no_speed:
        report["speed"] = speed(args.seconds)
        print(f"speed: {report['speed']['pages_per_s']:.1f} pages/s (structure + extraction, CPU time, "
              f"one core, {report['speed']['documents']} documents; target >= 100)")
    if args.json:
        for result in report.values():
            result.pop("per_doc", None)
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
