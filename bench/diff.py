"""Benchmark `diarium diff`: accuracy on the planted version pairs and speed on a 30-page pair.

    .venv/bin/python bench/diff.py [--pairs samples/diff] [--pages 30] [--repeat 3] [--json OUT]

Accuracy: every NEW version samples/diff/<seed>_<v>.txt (planted changes in
<seed>_<v>.changes.json) against its OLD versions: the clean seed (clean–clean) and OCR'd
scans of the seed (scan–clean: *-fair_scan_{swe,eng}.txt; *-poor_* are a stress test).
v2 pairs were used while developing, v3 pairs are held out. Reported: recall of the planted
(substantive) changes and the number of substantive changes no planted change explains.

Speed: OLD is seed text concatenated to the requested number of pages (3 000 characters a
page, form feeds between pages), NEW the same with the planted versions of 001 and 004 in
place of the seeds. Timed: the diff itself on the two texts (normalise, sections, alignment,
classification, change list, HTML) — no OCR, repair or extraction — and, for reference, the
whole `compare_files` pipeline on the same pair (ingest, OCR repair, fact extraction, diff).
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
from diarium.diff.evaluate import score  # noqa: E402
from diarium.diff.render_html import render_html  # noqa: E402

SEEDS = {"001": "001_c1e99815419374d5.txt", "004": "004_f6c9172673e2488b.txt",
         "000": "000_a75b3216a1652f4c.txt", "003": "003_38f18a4fab5f5635.txt"}
PAGE_CHARS = 3000


def old_versions(pairs: Path, seed: str) -> list[tuple[str, Path]]:
    found = [("clean", ROOT / "samples" / SEEDS[seed])]
    for quality in ("fair", "poor"):
        for engine in ("swe", "eng"):
            path = pairs / f"{seed}-{quality}_scan_{engine}.txt"
            if path.exists():
                found.append((f"scan-{quality}-{engine}", path))
    return found


def accuracy(pairs: Path) -> list[dict]:
    rows = []
    for new in sorted(pairs.glob("*_v*.txt")):
        seed, version = new.stem.split("_")
        planted = json.loads(new.with_suffix(".changes.json").read_text(encoding="utf-8"))
        for label, old in old_versions(pairs, seed):
            result = score(compare_files(old, new).report.changes, planted)
            rows.append({"new": new.name, "old": old.name, "pair": label,
                         "set": "tuning" if version == "v2" else "held-out",
                         "planted": result.planted, "found": len(result.found),
                         "false_substantive": len(result.false_substantive),
                         "missed": [m["kind"] + " " + (m.get("section") or "") for m in result.missed]})
    return rows


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


def timed(function, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def speed(pairs: Path, pages: int, repeat: int) -> dict:
    old, new = long_pair(pairs, pages)
    compare_texts(old[:5000], new[:5000])  # imports and caches out of the timing
    core = timed(lambda: render_html(compare_texts(old, new)), repeat)
    comparison = compare_texts(old, new)
    with tempfile.TemporaryDirectory() as folder:
        old_path, new_path = Path(folder) / "old.txt", Path(folder) / "new.txt"
        old_path.write_text(old, encoding="utf-8")
        new_path.write_text(new, encoding="utf-8")
        pipeline = timed(lambda: compare_files(old_path, new_path), 1)
    return {"pages": old.count("\f") + 1, "old_chars": len(old), "new_chars": len(new),
            "diff_seconds": round(core, 3), "pipeline_seconds": round(pipeline, 3),
            "changes": len(comparison.report.changes),
            "substantive": len(comparison.report.substantive)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, default=ROOT / "samples" / "diff")
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-accuracy", action="store_true")
    args = parser.parse_args(argv)
    if not args.pairs.exists():
        print(f"no version pairs in {args.pairs}", file=sys.stderr)
        return 1
    rows = [] if args.no_accuracy else accuracy(args.pairs)
    print(f"{'set':9} {'pair':16} {'new':8} {'old':28} {'recall':>8} {'false subst.':>12}")
    for row in rows:
        print(f"{row['set']:9} {row['pair']:16} {row['new'][:-4]:8} {row['old']:28} "
              f"{row['found']:>3}/{row['planted']:<4} {row['false_substantive']:>12}"
              + (f"   missed: {', '.join(row['missed'])}" if row["missed"] else ""))
    for group in ("tuning", "held-out"):
        for kind in ("clean", "scan-fair", "scan-poor"):
            chosen = [r for r in rows if r["set"] == group and r["pair"].startswith(kind)]
            if chosen:
                found, planted = sum(r["found"] for r in chosen), sum(r["planted"] for r in chosen)
                false = sum(r["false_substantive"] for r in chosen)
                print(f"TOTAL {group:9} {kind:10} recall {found}/{planted} = {found / planted:.0%}, "
                      f"false substantive {false} ({len(chosen)} pairs)")
    timing = speed(args.pairs, args.pages, args.repeat)
    print(f"speed: {timing['pages']} pages ({timing['old_chars']} / {timing['new_chars']} chars): "
          f"diff {timing['diff_seconds']} s (target ≤ 2 s, no OCR/repair/extraction), "
          f"whole pipeline {timing['pipeline_seconds']} s; {timing['substantive']} substantive "
          f"of {timing['changes']} changes")
    if args.json:
        args.json.write_text(json.dumps({"accuracy": rows, "speed": timing}, ensure_ascii=False,
                                        indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
