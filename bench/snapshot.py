"""Record what the pipeline makes of a set of documents, to compare two versions of the code.

    .venv/bin/python bench/snapshot.py OUTDIR [--corpus ../shared/corpus/kungsbacka] [--no-scans]
    .venv/bin/python bench/snapshot.py --compare OLD_DIR NEW_DIR

For every text sample, every corpus document and (unless --no-scans) every generated scan it
writes OUTDIR/<name>.facts.json (`diarium extract --json`) and OUTDIR/<name>.correct.txt
(`diarium correct`); for every planted version pair in samples/diff OUTDIR/<pair>.diff.json
(`diarium diff --format json`). `--compare` lists, per file, what differs between two such
directories: the differences a refactoring must be able to name.
"""
from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "kungsbacka"
SCANS = ["000.scan.pdf", "001.scan.pdf", "001.p1-2.tif", "004.p1.hocr", "004.p1.xml"]


def diarium(*args: str) -> str:
    command = [sys.executable, "-c", "from diarium.cli import main; main()", *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode not in (0, 1):
        return f"!! exit {done.returncode}: {done.stderr.strip()}"
    return done.stdout


def inputs(corpus: Path | None, scans: bool) -> list[Path]:
    found = sorted((ROOT / "samples").glob("*.txt"))
    if corpus and corpus.is_dir():
        found += sorted(corpus.glob("K*.txt"))
    if scans:
        found += [ROOT / "samples" / "generated" / name for name in SCANS]
    return found


def diff_pairs() -> list[tuple[str, Path, Path]]:
    pairs = ROOT / "samples" / "diff"
    seeds = {p.name.split("_")[0]: p for p in (ROOT / "samples").glob("00*_*.txt")}
    found = []
    for new in sorted(pairs.glob("*_v*.txt")):
        seed = new.stem.split("_")[0]
        found.append((f"{new.stem}-vs-clean", seeds[seed], new))
        for old in sorted(pairs.glob(f"{seed}-fair_scan_*.txt")):
            found.append((f"{new.stem}-vs-{old.stem}", old, new))
    return found


def snapshot(out: Path, corpus: Path | None, scans: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for path in inputs(corpus, scans):
        (out / f"{path.name}.facts.json").write_text(diarium("extract", "--json", str(path)))
        (out / f"{path.name}.correct.txt").write_text(diarium("correct", str(path)))
        print(path.name, file=sys.stderr)
    for name, old, new in diff_pairs():
        (out / f"{name}.diff.json").write_text(diarium("diff", str(old), str(new), "--format", "json"))
        print(name, file=sys.stderr)


def compare(old: Path, new: Path) -> int:
    differing = 0
    for before in sorted(old.iterdir()):
        after = new / before.name
        if not after.exists():
            print(f"== {before.name}: missing in {new}")
            differing += 1
            continue
        a, b = before.read_text().splitlines(), after.read_text().splitlines()
        if a != b:
            differing += 1
            print(f"== {before.name}")
            for line in difflib.unified_diff(a, b, lineterm="", n=0):
                if not line.startswith(("---", "+++")):
                    print(line)
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-scans", action="store_true")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    if not args.out:
        parser.error("OUTDIR is required")
    snapshot(args.out, args.corpus, not args.no_scans)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
