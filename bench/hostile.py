"""`diarium run` over a hostile folder: wall time, peak memory, and that every good file is stored.

    .venv/bin/python bench/hostile.py [--workers 2] [--source DIR] [--timeout 600] [--json out.json]
                                      [--each]

The folder is built under /tmp (removed afterwards) as a new user would meet one:
  fifo.txt        a FIFO (named pipe): reading it blocks forever
  zero.txt        a symbolic link to /dev/zero: reading it never ends
  tomma.pdf       300 blank pages (no text layer: each would be rendered and OCR'd)
  stor.txt        20 MB of Swedish text (the seeds repeated)
  bomb.pdf        one page whose content stream inflates to 1 GB
  good files      the five text seeds and the generated born-digital PDFs
Targets (issue 13): done in under 2 minutes, peak RSS ≤ 1.5 GB (the run's whole process tree,
summed, sampled every 50 ms), every good file stored, the FIFO and the link skipped.

`--each` first runs every hostile input alone (its own folder, a fresh database) and prints
its time, peak memory and the run's one-line reason.
`--source` runs the diarium checkout in DIR instead of this one (to measure before and after).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GB = 1_000_000_000


def pdf_bytes(objects: list[bytes]) -> bytes:
    out, offsets = [b"%PDF-1.4\n"], []
    for number, body in enumerate(objects, start=1):
        offsets.append(sum(map(len, out)))
        out.append(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = sum(map(len, out))
    out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
               + b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(objects) + 1, xref))
    return b"".join(out)


def blank_pdf(pages: int) -> bytes:
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages)).encode()
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages]
                     + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * pages)


def bomb_pdf(inflated: int) -> bytes:
    inflater = zlib.compressobj(9)
    piece = b" " * (1 << 20)
    stream = b"".join(inflater.compress(piece) for _ in range(inflated // len(piece)))
    stream += inflater.flush()
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                      b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
                      + stream + b"\nendstream"])


def big_text(size: int) -> str:
    seeds = [p.read_text("utf-8") for p in sorted(SAMPLES.glob("00[0-4]_*.txt"))]
    text, i = [], 0
    while sum(map(len, text)) < size:
        text.append(seeds[i % len(seeds)])
        i += 1
    return "".join(text)[:size]


HOSTILE = {
    "fifo.txt": lambda path: os.mkfifo(path),
    "zero.txt": lambda path: os.symlink("/dev/zero", path),
    "tomma.pdf": lambda path: path.write_bytes(blank_pdf(300)),
    "stor.txt": lambda path: path.write_text(big_text(20_000_000), "utf-8"),
    "bomb.pdf": lambda path: path.write_bytes(bomb_pdf(GB)),
}


def build(folder: Path) -> list[str]:
    """The hostile folder; returns the names of the good files in it."""
    folder.mkdir(parents=True)
    for name, make in HOSTILE.items():
        make(folder / name)
    good = sorted(SAMPLES.glob("00[0-4]_*.txt")) + sorted((SAMPLES / "generated").glob("[0-9][0-9][0-9].pdf"))
    for path in good:
        shutil.copy(path, folder / path.name)
    return [p.name for p in good]


def tree_rss(process: psutil.Process) -> tuple[int, int]:
    """(sum, largest) resident memory of a process and all its descendants."""
    rss = []
    for p in [process, *process.children(recursive=True)]:
        try:
            rss.append(p.memory_info().rss)
        except psutil.Error:
            pass
    return sum(rss), max(rss, default=0)


def measure(folder: Path, db: Path, workers: int, source: Path, timeout: float) -> dict:
    command = [sys.executable, "-c", "from diarium.cli import main; main()", "run", str(folder),
               "--db", str(db), "--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(source), "OMP_THREAD_LIMIT": "1"}
    # Files, not pipes: a pipe nobody reads until the end would stop a chatty run.
    out, err = (open(db.with_suffix(suffix), "w+") for suffix in (".out", ".err"))
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=out, stderr=err, text=True, env=env,
                               start_new_session=True)
    watched = psutil.Process(process.pid)
    peak_sum = peak_one = 0
    while process.poll() is None and time.monotonic() - started < timeout:
        try:
            total, largest = tree_rss(watched)
        except psutil.Error:
            break
        peak_sum, peak_one = max(peak_sum, total), max(peak_one, largest)
        time.sleep(0.05)
    hung = process.poll() is None
    if hung:
        os.killpg(process.pid, 9)
    process.wait()
    out.seek(0)
    err.seek(0)
    stdout, stderr = out.read(), err.read()
    return {"seconds": round(time.monotonic() - started, 1), "hung": hung,
            "exit_code": process.returncode, "peak_rss_mb": round(peak_sum / 1e6),
            "peak_rss_one_process_mb": round(peak_one / 1e6),
            "summary": (stdout.strip().splitlines() or [""])[-1], "messages": stderr.splitlines()}


def stored(db: Path) -> dict[str, str]:
    if not db.exists():
        return {}
    conn = sqlite3.connect(db)
    rows = dict(conn.execute("SELECT path, coalesce(error, 'ok') FROM documents"))
    conn.close()
    return {Path(path).name: status for path, status in rows.items()}


def each(args: argparse.Namespace) -> None:
    """One run per hostile input, alone in its folder: one line each, on stderr."""
    for name, make in HOSTILE.items():
        with tempfile.TemporaryDirectory(prefix="diarium-hostile-", dir="/tmp") as tmp:
            folder = Path(tmp) / "arkiv"
            folder.mkdir()
            make(folder / name)
            result = measure(folder, Path(tmp) / "one.db", args.workers, args.source,
                             args.timeout)
        reason = (result["messages"] or [result["summary"]])[-1].split(": ", 2)[-1]
        print(f"{name:10} {result['seconds']:6.1f} s  peak RSS {result['peak_rss_mb']:5d} MB "
              f"(largest process {result['peak_rss_one_process_mb']} MB)  exit "
              f"{result['exit_code']}{'  HUNG' if result['hung'] else ''}  {reason}",
              file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--source", type=Path, default=ROOT, help="diarium checkout to run")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--each", action="store_true",
                        help="also run each hostile input alone: its own time and memory")
    args = parser.parse_args()
    if args.each:
        each(args)
    with tempfile.TemporaryDirectory(prefix="diarium-hostile-", dir="/tmp") as tmp:
        folder = Path(tmp) / "arkiv"
        good = build(folder)
        result = measure(folder, Path(tmp) / "hostile.db", args.workers, args.source, args.timeout)
        rows = stored(Path(tmp) / "hostile.db")
    result["good_files_stored"] = sum(rows.get(name) == "ok" for name in good)
    result["good_files"] = len(good)
    result["documents"] = rows
    result["targets_met"] = (not result["hung"] and result["seconds"] < 120
                             and result["peak_rss_mb"] <= 1500
                             and result["good_files_stored"] == len(good))
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
