"""Benchmark `diarium diff`: accuracy on planted version pairs and speed on a 30-page pair.

    .venv/bin/python bench/diff.py [--only K019] [--pages 30] [--repeat 3] [--json OUT]

Accuracy, by the rule of `diarium.diff.evaluate` (a planted change is found when exactly one
substantive entry matches it; every other substantive entry is "cosmetic reported as
substantive" when only page furniture, wrapping or glyphs differ, else "other substantive"):

* seeds — samples/diff/<seed>_<v>.txt (planted changes in <seed>_<v>.changes.json) against the
  clean seed (clean–clean) and OCR'd scans of the seed (*-fair_scan_{eng,swe}.txt; *-poor_* are
  a stress test). v2 pairs are for tuning, v3 pairs are held out.
* corpus — bench/data/diff/<name>/ (bench/diffpairs/make_pairs.py): new.txt against old.txt and
  its fair scans old.scan-fair-{eng,swe}.txt; planted.json says "set": tuning, dev (development
  pairs of kinds the tuning pairs lack, bench/diffpairs/pairs_dev.py) or held-out.

What a tuning or dev pair missed or reported extra is listed; a held-out pair's only with
--held-out-errors (once development is over).

Speed: OLD is seed text concatenated to the requested number of pages (3 000 characters a
page, form feeds between pages), NEW the same with the planted versions of 001 and 004 in
place of the seeds. Timed, wall clock and CPU (the machine may be shared): the diff with HTML
on the two structures; the structure stage of both versions plus the diff; and, for
reference, the whole `compare_files` pipeline (ingest, OCR repair, structure, extraction, diff).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from diarium.diff import compare_files, compare_texts  # noqa: E402
from diarium.diff.evaluate import load, score  # noqa: E402
from diarium.diff.render_html import render_html  # noqa: E402
from diarium.structure import analyse  # noqa: E402

SEEDS = {"001": "001_c1e99815419374d5.txt", "004": "004_f6c9172673e2488b.txt",
         "000": "000_a75b3216a1652f4c.txt", "003": "003_38f18a4fab5f5635.txt"}
PAGE_CHARS = 3000


def seed_cases(pairs: Path) -> list[dict]:
    """NEW versions of the seeds (samples/diff/<seed>_<v>.txt) against the clean seed and its scans."""
    cases = []
    for new in sorted(pairs.glob("*_v*.txt")):
        seed, version = new.stem.split("_")
        olds = [("clean", ROOT / "samples" / SEEDS[seed])]
        olds += [(f"scan-{quality}-{engine}", pairs / f"{seed}-{quality}_scan_{engine}.txt")
                 for quality in ("fair", "poor") for engine in ("eng", "swe")]
        for label, old in olds:
            if old.exists():
                cases.append({"source": "seeds", "pair": new.stem, "old_kind": label, "old": old,
                              "new": new, "set": "tuning" if version == "v2" else "held-out",
                              "planted": new.with_suffix(".changes.json")})
    return cases


def corpus_cases(folder: Path) -> list[dict]:
    """bench/data/diff/<name>/: new.txt against old.txt and its fair scans (eng, swe)."""
    cases = []
    for pair in sorted(p for p in folder.iterdir() if (p / "planted.json").exists()):
        planted = load(pair / "planted.json")
        olds = [("clean", pair / "old.txt")] + [
            (f"scan-fair-{engine}", pair / f"old.scan-fair-{engine}.txt") for engine in ("eng", "swe")]
        for label, old in olds:
            if old.exists():
                cases.append({"source": "corpus", "pair": pair.name, "old_kind": label, "old": old,
                              "new": pair / "new.txt", "set": planted.meta.get("set", "tuning"),
                              "planted": pair / "planted.json"})
    return cases


def accuracy(cases: list[dict]) -> list[dict]:
    rows = []
    for case in cases:
        planted = load(case["planted"])
        result = score(compare_files(case["old"], case["new"]).report.changes, planted.changes,
                       planted.cosmetic)
        rows.append({**{k: v for k, v in case.items() if k not in ("old", "new", "planted")},
                     "old": case["old"].name, "planted": result.planted, "found": len(result.found),
                     "cosmetic": len(result.cosmetic), "other": len(result.other),
                     "missed": [describe_planted(m) for m in result.missed],
                     "extra": [describe_entry(c) for c in result.cosmetic + result.other]})
    return rows


def describe_planted(planted: dict) -> str:
    return f"{planted['kind']} {planted.get('section') or '*'} {planted.get('new') or planted.get('old') or ''}"[:90]


def describe_entry(change) -> str:
    return f"{change.kind} {change.section}: {change.reason}"[:140]


def long_pair(pairs: Path, pages: int) -> tuple[str, str]:
    """OLD and NEW of about `pages` pages built from the seeds and the planted versions."""
    order = ["001", "004", "000", "003"]
    old_parts, new_parts = [], []
    while sum(map(len, old_parts)) < pages * PAGE_CHARS:
        for seed in order:
            text = (ROOT / "samples" / SEEDS[seed]).read_text(encoding="utf-8")
            planted = pairs / f"{seed}_v2.txt"
            old_parts.append(text)
            new_parts.append(planted.read_text(encoding="utf-8") if planted.exists() else text)
    return paginate("\n\n".join(old_parts), pages), paginate("\n\n".join(new_parts), pages)


def paginate(text: str, pages: int) -> str:
    text = text[:pages * PAGE_CHARS]
    lines, out, size = text.split("\n"), [], 0
    for line in lines:
        out.append(line)
        size += len(line) + 1
        if size >= PAGE_CHARS:
            out.append("\f")
            size = 0
    return "\n".join(out).replace("\n\f\n", "\f")


def timed(function, repeat: int) -> tuple[float, float]:
    """(best wall-clock seconds, best CPU seconds) over `repeat` runs: the machine may be shared."""
    wall, cpu = float("inf"), float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        wall, cpu = min(wall, time.perf_counter() - start), min(cpu, time.process_time() - start_cpu)
    return round(wall, 3), round(cpu, 3)


def speed(pairs: Path, pages: int, repeat: int) -> dict:
    old, new = long_pair(pairs, pages)
    compare_texts(old, new)                       # imports, the lexicon and caches out of the timing
    old_structure, new_structure = analyse(old), analyse(new)
    diff = timed(lambda: render_html(compare_texts(old, new, old_structure=old_structure,
                                                   new_structure=new_structure)), repeat)
    with_structure = timed(lambda: render_html(compare_texts(old, new)), repeat)
    comparison = compare_texts(old, new)
    with tempfile.TemporaryDirectory() as folder:
        old_path, new_path = Path(folder) / "old.txt", Path(folder) / "new.txt"
        old_path.write_text(old, encoding="utf-8")
        new_path.write_text(new, encoding="utf-8")
        pipeline = timed(lambda: compare_files(old_path, new_path), 1)
    return {"pages": old.count("\f") + 1, "old_chars": len(old), "new_chars": len(new),
            "diff_seconds": diff[0], "diff_cpu_seconds": diff[1],
            "structure_and_diff_seconds": with_structure[0], "structure_and_diff_cpu_seconds": with_structure[1],
            "pipeline_seconds": pipeline[0], "pipeline_cpu_seconds": pipeline[1],
            "changes": len(comparison.report.changes), "substantive": len(comparison.report.substantive)}


def print_rows(rows: list[dict], details: bool) -> None:
    """Per pair, then per set; what was missed or reported extra only for tuning pairs (and for
    held-out pairs with --held-out-errors, at the very end of the work)."""
    print(f"{'set':9} {'source':7} {'pair':8} {'old':16} {'recall':>7} {'cosm.':>6} {'other':>6}")
    for row in rows:
        print(f"{row['set']:9} {row['source']:7} {row['pair']:8} {row['old_kind']:16} "
              f"{row['found']:>3}/{row['planted']:<3} {row['cosmetic']:>6} {row['other']:>6}")
        if details or row["set"] != "held-out":
            for missed in row["missed"]:
                print(f"{'':44}missed: {missed}")
            for extra in row["extra"]:
                print(f"{'':44}extra:  {extra}")
    print()
    for group in ("tuning", "dev", "held-out"):
        for kind in ("clean", "scan-fair-eng", "scan-fair-swe", "scan-poor"):
            chosen = [r for r in rows if r["set"] == group and r["old_kind"].startswith(kind)]
            if not chosen:
                continue
            found, planted = sum(r["found"] for r in chosen), sum(r["planted"] for r in chosen)
            print(f"TOTAL {group:9} {kind:14} recall {found}/{planted} = {found / planted:.0%}, "
                  f"cosmetic as substantive {sum(r['cosmetic'] for r in chosen)}, other substantive "
                  f"{sum(r['other'] for r in chosen)} (max {max(r['other'] for r in chosen)} per "
                  f"comparison; {len(chosen)} comparisons)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=ROOT / "samples" / "diff")
    parser.add_argument("--corpus-pairs", type=Path, default=ROOT / "bench" / "data" / "diff")
    parser.add_argument("--only", help="only pairs whose name contains this (e.g. K019, 001_v2)")
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-accuracy", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--held-out-errors", action="store_true",
                        help="also list the held-out pairs' misses (only once development is over)")
    args = parser.parse_args(argv)
    cases = seed_cases(args.pairs) + corpus_cases(args.corpus_pairs)
    cases = [c for c in cases if not args.only or args.only in c["pair"]]
    rows = [] if args.no_accuracy else accuracy(cases)
    if rows:
        print_rows(rows, args.held_out_errors)
    timing = {} if args.no_speed else speed(args.pairs, args.pages, args.repeat)
    if timing:
        print(f"speed: {timing['pages']} pages ({timing['old_chars']} / {timing['new_chars']} chars), "
              f"wall (CPU) seconds: diff on the two structures + HTML {timing['diff_seconds']} "
              f"({timing['diff_cpu_seconds']}); structure stage of both + diff + HTML "
              f"{timing['structure_and_diff_seconds']} ({timing['structure_and_diff_cpu_seconds']}) "
              f"[target well under 2 s]; whole pipeline with repair and extraction "
              f"{timing['pipeline_seconds']} ({timing['pipeline_cpu_seconds']}); "
              f"{timing['substantive']} substantive of {timing['changes']} entries")
    if args.json:
        for row in rows:
            if row["set"] == "held-out" and not args.held_out_errors:
                row["missed"], row["extra"] = len(row["missed"]), len(row["extra"])
        args.json.write_text(json.dumps({"accuracy": rows, "speed": timing}, ensure_ascii=False,
                                        indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
