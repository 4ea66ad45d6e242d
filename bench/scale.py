"""Scale of `diarium run`: one long scan over every core, memory on 600 pages, blank pages,
Dask against the local pool, the single SQLite writer, and the sums for 10 million pages.

    .venv/bin/python bench/scale.py [--only speedup,memory,blank,dask,writer] [--json out.json]

Inputs are made under /tmp from the generated samples (samples/generated, made by
samples/make_samples.py), nothing is written to the repository:
  speedup  one image-only PDF of the four generated scans, 41 pages: `--workers 2` against
           `--workers 1` (target ≥ 1.8× on 2 cores)
  memory   600 pages: 60 scanned text pages, 180 with a text layer, 360 blank scans: the peak
           RSS of every worker process (target ≤ 500 MB)
  blank    2,000 blank scanned pages (target: seconds, not the 20 minutes OCR would take)
  dask     the 41-page scan on `--dask local --workers 2` against `--workers 2` (within 10 %)
  writer   documents/s and pages/s the one SQLite writer stores (rows made beforehand)
  paper    from the measured CPU seconds per scanned page: hours for 10 million scanned pages
           on a 200-core cluster, against what the writer absorbs
Every run is `diarium run` in a fresh process, start-up included. On a shared machine the
wall-clock figures also measure the neighbours: the load average is printed at the start
and the end, and CPU seconds beside every wall-clock figure.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "samples"))

from diarium.batch.workers import process_file  # noqa: E402
from diarium.store import connect, is_current, write  # noqa: E402

GENERATED = ROOT / "samples" / "generated"
SCANS = ["003", "004", "001", "000"]          # 41 image-only pages in all
DIARIUM = [sys.executable, "-c", "from diarium.cli import main; main()"]
PAPER_PAGES, PAPER_CORES = 10_000_000, 200
# Columns that differ between two runs of the same input: row ids, times.
VOLATILE = {"id", "document_id", "created_at", "updated_at", "seconds"}


# --- inputs -----------------------------------------------------------------------------------

def join_pdfs(parts: list[tuple[Path, list[int] | None]], out: Path) -> Path:
    pdf = pdfium.PdfDocument.new()
    opened: dict[Path, pdfium.PdfDocument] = {}
    for source, pages in parts:
        opened.setdefault(source, pdfium.PdfDocument(source))
        pdf.import_pages(opened[source], pages)
    pdf.save(out)
    return out


def long_scan(out: Path) -> Path:
    return join_pdfs([(GENERATED / f"{seed}.scan.pdf", None) for seed in SCANS], out)


def blank_scan(tmp: Path) -> Path:
    """One blank A4 page scanned as the samples are (grain, specks, slight skew; bilevel)."""
    import numpy as np
    from PIL import Image
    import make_samples
    page = make_samples.degrade(Image.new("L", (2480, 3508), 255), np.random.default_rng(600))
    out = tmp / "blank-page.pdf"
    make_samples.scanned_pdf([make_samples.bilevel(page)], out)
    return out


def mixed_pages(tmp: Path, count: int, out: Path) -> Path:
    """`count` pages, of every ten: one scanned text page, three with a text layer, six blank
    scans."""
    blank = blank_scan(tmp)
    scanned = [(GENERATED / f"{s}.scan.pdf", i) for s in SCANS
               for i in range(len(pdfium.PdfDocument(GENERATED / f"{s}.scan.pdf")))]
    layered = [(GENERATED / f"{s}.pdf", i) for s in SCANS
               for i in range(len(pdfium.PdfDocument(GENERATED / f"{s}.pdf")))]
    parts: list[tuple[Path, list[int] | None]] = []
    for n in range(count):
        if n % 10 == 0:
            source, index = scanned[(n // 10) % len(scanned)]
            parts.append((source, [index]))
        elif n % 10 <= 3:
            source, index = layered[n % len(layered)]
            parts.append((source, [index]))
        else:
            parts.append((blank, None))
    return join_pdfs(parts, out)


# --- measuring a run --------------------------------------------------------------------------

class PeakMemory(threading.Thread):
    """The peak RSS of a process and of each of its descendants, polled."""

    def __init__(self, pid: int, every: float = 0.05):
        super().__init__(daemon=True)
        self.root, self.every = psutil.Process(pid), every
        self.peaks: dict[int, tuple[str, int]] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                processes = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            for process in processes:
                try:
                    rss, name = process.memory_info().rss, kind_of(process, self.root)
                except psutil.Error:
                    continue
                if rss > self.peaks.get(process.pid, ("", 0))[1]:
                    self.peaks[process.pid] = (name, rss)
            self.stopped.wait(self.every)

    def by_kind(self) -> dict[str, float]:
        """The largest peak (MB) of each kind of process: client, worker, tesseract."""
        peaks: dict[str, float] = {}
        for name, rss in self.peaks.values():
            peaks[name] = max(peaks.get(name, 0.0), round(rss / 2**20, 1))
        return peaks


def kind_of(process: psutil.Process, root: psutil.Process) -> str:
    if process.pid == root.pid:
        return "client"
    command = " ".join(process.cmdline())
    if "tesseract" in process.name():
        return "tesseract"
    if "resource_tracker" in command or "semaphore_tracker" in command:
        return "tracker"
    return "worker"


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(inputs: list[Path], db: Path, *options: str) -> dict:
    """`diarium run` on the inputs in a fresh process: seconds, CPU, pages, peak RSS."""
    command = [*DIARIUM, "run", *map(str, inputs), "--db", str(db), *options]
    cpu_before, started = cpu_seconds(), time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    memory = PeakMemory(process.pid)
    memory.start()
    _, err = process.communicate()
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_before
    memory.stopped.set()
    memory.join()
    conn = sqlite3.connect(db)
    documents, pages, failed = conn.execute(
        "SELECT sum(status = 'ok'), sum(pages), sum(status = 'failed') FROM documents").fetchone()
    conn.close()
    return {"options": " ".join(options), "documents": documents, "pages": pages,
            "failed": failed, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "pages_per_s": round((pages or 0) / seconds, 2),
            "cores_busy": round(cpu / seconds, 2), "peak_rss_mb": memory.by_kind(),
            "stderr": err.strip()[-300:] if process.returncode not in (0, 1) else ""}


def store_content(db: Path) -> list[tuple]:
    """Every table's rows without ids and times, keyed by document path: two runs on the same
    input that store the same text and facts give the same list."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%document_id%'")]
    rows: list[tuple] = []
    for table in ["documents", *tables]:
        sql = (f"SELECT d.path AS doc_path, t.* FROM {table} t JOIN documents d "
               f"ON d.id = t.document_id" if table != "documents" else "SELECT * FROM documents")
        rows += sorted(((table, *((k, row[k]) for k in row.keys() if k not in VOLATILE))
                        for row in conn.execute(sql)), key=repr)
    conn.close()
    return rows


def same_store(a: Path, b: Path) -> bool:
    return store_content(a) == store_content(b)


def show(name: str, r: dict) -> None:
    print(f"{name:8s} {r['options']:28s} {r['pages']} pages ({r['documents']} docs, "
          f"{r['failed']} failed) in {r['seconds']} s = {r['pages_per_s']} pages/s; "
          f"CPU {r['cpu_seconds']} s ({r['cores_busy']} cores busy); peak RSS MB {r['peak_rss_mb']}",
          flush=True)


# --- the figures ------------------------------------------------------------------------------

def speedup(tmp: Path) -> dict:
    scan = long_scan(tmp / "long-scan.pdf")
    one = measure([scan], tmp / "speed-1.db", "--workers", "1")
    two = measure([scan], tmp / "speed-2.db", "--workers", "2")
    show("speedup", one)
    show("speedup", two)
    ratio = one["seconds"] / two["seconds"]
    identical = same_store(tmp / "speed-1.db", tmp / "speed-2.db")
    print(f"speedup  --workers 2 / --workers 1 on one {one['pages']}-page scan: {ratio:.2f}× "
          f"(target ≥ 1.8×); stores identical: {identical}; "
          f"CPU per scanned page {one['cpu_seconds'] / one['pages']:.2f} s")
    return {"one": one, "two": two, "speedup": round(ratio, 2), "identical": identical,
            "cpu_seconds_per_page": round(one["cpu_seconds"] / one["pages"], 3)}


def memory(tmp: Path, pages: int = 600) -> dict:
    bundle = mixed_pages(tmp, pages, tmp / f"mixed-{pages}.pdf")
    result = measure([bundle], tmp / "memory.db", "--workers", "2")
    show("memory", result)
    worker = result["peak_rss_mb"].get("worker", 0)
    print(f"memory   peak RSS of a worker on {pages} pages: {worker} MB (target ≤ 500 MB)")
    return result


def blank(tmp: Path, pages: int = 2000) -> dict:
    page = blank_scan(tmp)
    pdf = join_pdfs([(page, None)] * pages, tmp / f"blank-{pages}.pdf")
    result = measure([pdf], tmp / "blank.db", "--workers", "2")
    show("blank", result)
    print(f"blank    {pages} blank scanned pages: {result['seconds']} s")
    return result


def dask_against_pool(tmp: Path) -> dict:
    scan = long_scan(tmp / "dask-scan.pdf")
    pool = measure([scan], tmp / "pool.db", "--workers", "2")
    dask = measure([scan], tmp / "dask.db", "--dask", "local", "--workers", "2")
    show("dask", pool)
    show("dask", dask)
    ratio = dask["seconds"] / pool["seconds"]
    identical = same_store(tmp / "pool.db", tmp / "dask.db")
    print(f"dask     --dask local / --workers 2: {ratio:.2f} of the time (target within 10 %); "
          f"stores identical: {identical}")
    return {"pool": pool, "dask": dask, "ratio": round(ratio, 3), "identical": identical}


def writer(tmp: Path, copies: int = 300) -> dict:
    """The parent's work per document on Dask: `is_current` and `write`, rows made before."""
    samples = sorted((ROOT / "samples").glob("00[0-4]_*.txt")) + [GENERATED / "004.pdf"]
    made = [process_file(str(path), "", False) for path in samples]
    conn = connect(tmp / "writer.db")
    pages, started = 0, time.perf_counter()
    for n in range(copies):
        stored = made[n % len(made)]
        stored.path = stored.document["path"] = f"arkiv/{n:05d}/{Path(stored.path).name}"
        stored.sha256 = stored.document["sha256"] = f"{n:064x}"  # every copy a new document
        is_current(conn, stored.path, stored.sha256)
        write(conn, stored)
        pages += stored.page_count
    seconds = time.perf_counter() - started
    conn.close()
    result = {"documents": copies, "pages": pages, "seconds": round(seconds, 2),
              "documents_per_s": round(copies / seconds, 1),
              "pages_per_s": round(pages / seconds, 1)}
    print(f"writer   {copies} documents ({pages} pages) written in {seconds:.2f} s: "
          f"{result['documents_per_s']} documents/s, {result['pages_per_s']} pages/s", flush=True)
    return result


def paper(cpu_per_page: float, written: dict) -> dict:
    """10 million scanned pages on 200 cores, and whether one writer keeps up."""
    cluster_pages_per_s = PAPER_CORES / cpu_per_page
    hours = PAPER_PAGES / cluster_pages_per_s / 3600
    writer_pages_per_s = written["pages_per_s"]
    print(f"paper    {cpu_per_page:.2f} CPU s per scanned page → {PAPER_CORES} cores read "
          f"{cluster_pages_per_s:.0f} pages/s: {PAPER_PAGES:,} pages in {hours:.1f} h; the one "
          f"writer stores {writer_pages_per_s:.0f} pages/s "
          f"({writer_pages_per_s / cluster_pages_per_s:.1f}× what the cluster makes)")
    return {"cluster_pages_per_s": round(cluster_pages_per_s, 1), "hours": round(hours, 2),
            "writer_headroom": round(writer_pages_per_s / cluster_pages_per_s, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="speedup,memory,blank,dask,writer",
                        help="comma-separated figures to measure")
    parser.add_argument("--pages", type=int, default=600, help="pages of the memory bundle")
    parser.add_argument("--blank-pages", type=int, default=2000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    wanted = set(args.only.split(","))
    results: dict = {"cpus": os.cpu_count(), "load_average_start": os.getloadavg()}
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start", flush=True)
    with tempfile.TemporaryDirectory(prefix="diarium-scale-") as name:
        tmp = Path(name)
        if "speedup" in wanted:
            results["speedup"] = speedup(tmp)
        if "memory" in wanted:
            results["memory"] = memory(tmp, args.pages)
        if "blank" in wanted:
            results["blank"] = blank(tmp, args.blank_pages)
        if "dask" in wanted:
            results["dask"] = dask_against_pool(tmp)
        if "writer" in wanted:
            results["writer"] = writer(tmp)
            if "speedup" in results:
                results["paper"] = paper(results["speedup"]["cpu_seconds_per_page"],
                                         results["writer"])
    results["load_average_end"] = os.getloadavg()
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), "utf-8")


if __name__ == "__main__":
    main()
