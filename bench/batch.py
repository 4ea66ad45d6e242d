"""Throughput of `diarium run` and the store's overhead per document.

    .venv/bin/python bench/batch.py [--copies 150] [--scanned-copies 24] [--sets text,scanned]
                                    [--samples samples] [--json out.json]

Inputs (made in a temporary folder from the samples, each copy with one line changed so its
bytes differ):
  text          the text seeds, paginated at 50 lines per page (about an A4 page)
  born-digital  the generated PDFs with a text layer (samples/generated/NNN.pdf)
  scanned       one- and two-page image-only PDFs cut from the generated scans
                (samples/generated/NNN.scan.pdf): small scanned documents, OCR'd
For each input set, `run` with 1 and 2 workers into a fresh database: documents/s, pages/s,
and the speed-up of 2 workers over 1 (target ≥ 1.8×; text ≥ 100 pages/s). Then the store
overhead: the time spent per document hashing, checking and writing (`is_current` + `write`;
the pool workers write, the parent hashes and checks), measured apart from the pipeline.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diarium.batch import file_sha256, process_file  # noqa: E402
from diarium.store import connect, is_current, write  # noqa: E402

LINES_PER_PAGE = 50


def paginate(text: str) -> str:
    lines = text.split("\n")
    return "\f".join("\n".join(lines[i:i + LINES_PER_PAGE])
                     for i in range(0, len(lines), LINES_PER_PAGE))


def make_text_inputs(samples: Path, out: Path, copies: int) -> list[Path]:
    seeds = sorted(samples.glob("00[0-9]_*.txt"))
    out.mkdir(parents=True)
    files = []
    for i in range(copies):
        seed = seeds[i % len(seeds)]
        text = paginate(seed.read_text("utf-8") + f"\nKopia {i}.\n")
        path = out / f"{i:04d}_{seed.stem[:3]}.txt"
        path.write_text(text, "utf-8")
        files.append(path)
    return files


def make_pdf_inputs(samples: Path, out: Path, copies: int) -> list[Path]:
    pdfs = sorted(p for p in (samples / "generated").glob("[0-9][0-9][0-9].pdf"))
    if not pdfs:
        return []
    out.mkdir(parents=True)
    files = []
    for i in range(copies):
        source = pdfs[i % len(pdfs)]
        path = out / f"{i:04d}_{source.stem}.pdf"
        # A trailing comment after %%EOF changes the bytes, not the document.
        path.write_bytes(source.read_bytes() + f"\n% copy {i}\n".encode())
        files.append(path)
    return files


def make_scan_inputs(samples: Path, out: Path, copies: int) -> list[Path]:
    """Small scanned documents: pages of the generated scans, one or two to a PDF."""
    import pypdfium2 as pdfium
    scans = sorted((samples / "generated").glob("[0-9][0-9][0-9].scan.pdf"))
    if not scans:
        return []
    pages = [(scan, i) for scan in scans for i in range(len(pdfium.PdfDocument(scan)))]
    out.mkdir(parents=True)
    files = []
    for i in range(copies):
        pdf = pdfium.PdfDocument.new()
        for scan, page in pages[i % len(pages): i % len(pages) + 1 + i % 2]:
            pdf.import_pages(pdfium.PdfDocument(scan), [page])
        path = out / f"{i:04d}_scan.pdf"
        pdf.save(path)
        files.append(path)
    return files


def measure_run(files: list[Path], workers: int, tmp: Path) -> dict:
    """`diarium run` in a fresh process, as a user runs it (start-up and warm-up included)."""
    db = tmp / f"run-{files[0].parent.name}-{workers}.db"
    command = [sys.executable, "-c", "from diarium.cli import main; main()", "run",
               str(files[0].parent), "--db", str(db), "--workers", str(workers)]
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_before
    conn = sqlite3.connect(db)
    documents, pages, failed = conn.execute(
        "SELECT sum(status = 'ok'), sum(pages), sum(status = 'failed') FROM documents").fetchone()
    conn.close()
    return {"workers": workers, "documents": documents, "pages": pages,
            "failed": failed, "seconds": round(seconds, 2),
            "documents_per_s": round(documents / seconds, 2),
            "pages_per_s": round(pages / seconds, 1),
            # CPU time of the run and its workers: on a shared machine the wall-clock
            # speed-up also measures the neighbours; CPU per page does not.
            "cpu_seconds": round(cpu, 2), "cpu_ms_per_page": round(1000 * cpu / pages, 2),
            "cores_used": round(cpu / seconds, 2)}


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_store(files: list[Path], tmp: Path) -> dict:
    """Pipeline time vs. the parent's per-document store work, on the same documents."""
    stored, pipeline = [], []
    for path in files:
        started = time.perf_counter()
        stored.append(process_file(str(path), "", False))
        pipeline.append(time.perf_counter() - started)
    conn = connect(tmp / f"store-{files[0].parent.name}.db")
    overhead = []
    for path, doc in zip(files, stored):
        started = time.perf_counter()
        is_current(conn, str(path), file_sha256(path))
        write(conn, doc)
        overhead.append(time.perf_counter() - started)
    conn.close()
    return {"documents": len(files),
            "pipeline_ms_per_doc": round(1000 * statistics.mean(pipeline), 1),
            "store_ms_per_doc": round(1000 * statistics.mean(overhead), 2),
            "store_ms_per_doc_p95": round(1000 * sorted(overhead)[int(0.95 * (len(overhead) - 1))], 2),
            "store_share_of_pipeline": round(sum(overhead) / sum(pipeline), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=150, help="documents per input set")
    parser.add_argument("--scanned-copies", type=int, default=24,
                        help="documents in the scanned set (each is OCR'd: ~2 s a page)")
    parser.add_argument("--sets", default="text,born-digital,scanned",
                        help="comma-separated input sets to measure")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    results = {"cpus": os.cpu_count(), "load_average": os.getloadavg(), "copies": args.copies,
               "sets": {}}
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="diarium-bench-") as tmp_name:
        tmp = Path(tmp_name)
        sets = {"text": make_text_inputs(args.samples, tmp / "text", args.copies),
                "born-digital": make_pdf_inputs(args.samples, tmp / "pdf", args.copies),
                "scanned": make_scan_inputs(args.samples, tmp / "scan", args.scanned_copies)}
        for name, files in sets.items():
            if name not in args.sets.split(","):
                continue
            if not files:
                print(f"{name}: no inputs found, skipped", file=sys.stderr)
                continue
            runs = [measure_run(files, workers, tmp) for workers in (1, 2)]
            # From the seconds, not the rounded rates (0.3 / 0.2 pages/s is not 1.5×).
            speedup = runs[0]["seconds"] / runs[1]["seconds"] if runs[1]["seconds"] else 0
            store = measure_store(files[: min(len(files), 4 if name == "scanned" else 20)], tmp)
            results["sets"][name] = {"runs": runs, "speedup_2_over_1": round(speedup, 2),
                                     "store": store}
            for r in runs:
                print(f"{name:13s} workers={r['workers']}: {r['documents']} docs, {r['pages']} pages "
                      f"in {r['seconds']} s → {r['documents_per_s']} docs/s, {r['pages_per_s']} pages/s; "
                      f"{r['cpu_ms_per_page']} CPU-ms/page, {r['cores_used']} cores busy"
                      + (f" ({r['failed']} failed)" if r["failed"] else ""))
            print(f"{name:13s} speed-up 2 workers / 1: {speedup:.2f}×")
            print(f"{name:13s} store: {store['store_ms_per_doc']} ms/doc "
                  f"(p95 {store['store_ms_per_doc_p95']} ms) vs pipeline "
                  f"{store['pipeline_ms_per_doc']} ms/doc = "
                  f"{100 * store['store_share_of_pipeline']:.1f} % overhead")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), "utf-8")


if __name__ == "__main__":
    main()
