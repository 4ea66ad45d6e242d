"""Speed and accuracy of ingest: text layers, our OCR path against bare Tesseract, CER, `§`.

    .venv/bin/python bench/ingest.py [--samples samples/generated] [--cer-script PATH]
                                     [--repeat 3] [--workers 2] [--skip-cer] [--skip-overhead]
                                     [--skip-deskew] [--json out.json]

1. Text layer: pages/s of pypdfium2 (what `diarium.ingest.pdf` uses) and pdfplumber on the
   born-digital samples NNN.pdf, and whether each gives exactly the laid-out lines (NNN.gt.txt)
   in order.
2. OCR overhead: seconds/page of `diarium.ingest.ocr.ocr_path` (TSV, parsing, orientation
   and skew checks, `§` recovery) against a bare `tesseract IMG - -l swe` on the same page
   images (004.p1.png and pages 1–2 of each scan, rendered at 300 dpi); best of --repeat
   runs, the two calls alternating; wall time and CPU time (ours + Tesseract's; CPU time is
   the fair figure on a machine shared with other work). Target: overhead ≤ 5%. Also reported: what a scanned PDF page costs
   before OCR (render at 300 dpi + write the image), which a bare call does not include.
3. Deskew: on the 3°-skewed sample and a fair (≈0.7°) page, the skew we measure and the CER
   of a bare Tesseract call against our path (which straightens pages skewed ≥ 1.5°).
4. `§`: recovery on the rendered protokoll page (tests/data/protokoll_paragrafer.txt), in each
   installed serif (Liberation Serif 2 and 1, DejaVu Serif) at 10, 11 and 12 pt.
5. CER of `diarium ingest` (the installed command) on every sample scan with a NAME.gt.txt,
   scored by ../shared/eval/cer.py (or --cer-script; without it, our own Levenshtein CER).
   Target: ≤ 0.5% on the fair scans.

All Tesseract runs are single-threaded (OMP_THREAD_LIMIT=1), at most --workers at a time.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["OMP_THREAD_LIMIT"] = "1"

import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from diarium.ingest.ocr import ocr_path  # noqa: E402
from diarium.ingest.pdf import layer_text  # noqa: E402
from diarium.ingest.sections import section_sign_counts  # noqa: E402

SEEDS = ["000", "001", "003", "004"]
DEFAULT_CER = ROOT.parent / "shared" / "eval" / "cer.py"


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def gt_lines(gt: Path) -> list[str]:
    return lines_of(gt.read_text(encoding="utf-8").replace("\f", "\n"))


def read_pypdfium2(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(layer_text(pdf[i]) for i in range(len(pdf)))
    finally:
        pdf.close()


def read_pdfplumber(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def bench_text_layer(samples: Path, repeat: int) -> dict:
    pdfs = [samples / f"{seed}.pdf" for seed in SEEDS]
    pages = sum(len(pdfium.PdfDocument(str(p))) for p in pdfs)
    result = {"pages": pages}
    for name, reader in (("pypdfium2", read_pypdfium2), ("pdfplumber", read_pdfplumber)):
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            texts = [reader(p) for p in pdfs]
            best = min(best, time.perf_counter() - start)
        same = [lines_of(t) == gt_lines(p.with_suffix(".gt.txt")) for t, p in zip(texts, pdfs)]
        result[name] = {"pages_per_s": round(pages / best, 1), "lines_as_laid_out": all(same),
                        "files_with_exact_lines": sum(same)}
    return result


def page_images(samples: Path, out: Path) -> list[Path]:
    """Straight, upright pages (the turned and skewed samples cost extra readings on purpose
    and are measured apart): 004.p1.png and pages 1–2 of each scan."""
    images = [samples / "004.p1.png"]
    for seed in SEEDS:
        pdf = pdfium.PdfDocument(str(samples / f"{seed}.scan.pdf"))
        for index in (0, 1):
            image = out / f"{seed}.scan.p{index + 1}.png"
            pdf[index].render(scale=300 / 72, grayscale=True).to_pil().save(image, dpi=(300, 300))
            images.append(image)
    return images


def cpu_seconds() -> float:
    """CPU time of this process and its finished children: immune to other users' load."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(call) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), cpu_seconds()
    call()
    return time.perf_counter() - wall, cpu_seconds() - cpu


def bare_tesseract(image: Path) -> tuple[float, float]:
    return timed(lambda: subprocess.run(["tesseract", str(image), "-", "-l", "swe"], check=True,
                                        capture_output=True))


def ours(image: Path) -> tuple[float, float]:
    return timed(lambda: ocr_path(str(image)))


def bench_overhead(samples: Path, repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        images = page_images(samples, Path(tmp))
        ours(images[0])  # warm the cached language check and imports
        rows = []
        for image in images:
            bare_runs, our_runs = [], []
            for _ in range(repeat):
                bare_runs.append(bare_tesseract(image))
                our_runs.append(ours(image))
            rows.append({"image": image.name,
                         "bare_wall_s": round(min(w for w, _ in bare_runs), 3),
                         "ours_wall_s": round(min(w for w, _ in our_runs), 3),
                         "bare_cpu_s": round(min(c for _, c in bare_runs), 3),
                         "ours_cpu_s": round(min(c for _, c in our_runs), 3)})
    result = {"pages": rows}
    for kind in ("wall", "cpu"):
        bare = sum(r[f"bare_{kind}_s"] for r in rows)
        our = sum(r[f"ours_{kind}_s"] for r in rows)
        result[f"bare_{kind}_s_per_page"] = round(bare / len(rows), 3)
        result[f"ours_{kind}_s_per_page"] = round(our / len(rows), 3)
        result[f"overhead_{kind}_pct"] = round(100 * (our - bare) / bare, 2)
    result["pdf_render_s_per_page"] = pdf_render_seconds(samples)
    return result


def pdf_render_seconds(samples: Path) -> dict:
    """What a scanned PDF adds before OCR: rendering at 300 dpi and writing the image."""
    from diarium.ingest.ocr import image_file
    result = {}
    for name in ("000.scan.pdf", "004.scan.pdf"):  # grayscale JPEG, bilevel G4
        pdf = pdfium.PdfDocument(str(samples / name))
        start = time.perf_counter()
        for i in range(len(pdf)):
            with image_file(pdf[i].render(scale=300 / 72, grayscale=True).to_pil()):
                pass
        result[name] = round((time.perf_counter() - start) / len(pdf), 3)
    return result


def own_cer(truth: str, reading: str) -> float:
    def norm(text: str) -> str:
        return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    truth, reading = norm(truth), norm(reading)
    return Levenshtein.distance(truth, reading) / max(len(truth), 1)


def score(gt: Path, hyp: Path, cer_script: Path | None) -> float:
    if cer_script and cer_script.exists():
        out = subprocess.run([sys.executable, str(cer_script), str(gt), str(hyp), "--json"],
                             check=True, capture_output=True, text=True).stdout
        return json.loads(out)["cer"]
    return own_cer(gt.read_text(encoding="utf-8"), hyp.read_text(encoding="utf-8"))


def bench_deskew(samples: Path, cer_script: Path | None) -> dict:
    """Bare Tesseract on the skewed pages against our path, which straightens pages ≥ 1.5°."""
    from diarium.ingest.ocr import skew_degrees
    from diarium.ingest.tesseract import page_from_tsv, run_tesseract
    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("003.p1-skew3.png", "004.p1.png"):
            image, gt = samples / name, samples / name.replace(".png", ".gt.txt")
            first = page_from_tsv(run_tesseract(str(image)), number=1)
            bare, our = Path(tmp) / "bare.txt", Path(tmp) / "ours.txt"
            bare.write_text(subprocess.run(["tesseract", str(image), "-", "-l", "swe"],
                                           check=True, capture_output=True, text=True).stdout,
                            encoding="utf-8")
            our.write_text(ocr_path(str(image)).text, encoding="utf-8")
            result[name] = {"skew_measured_deg": round(skew_degrees(first), 2),
                            "cer_bare_tesseract": round(score(gt, bare, cer_script), 4),
                            "cer_ours": round(score(gt, our, cer_script), 4)}
    return result


SECTION_FONTS = ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def bench_sections(sizes: tuple[int, ...] = (10, 11, 12)) -> dict:
    """`§` recovery on the protokoll page in every installed serif at each size."""
    from PIL import ImageOps
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    truth = (ROOT / "tests" / "data" / "protokoll_paragrafer.txt").read_text(encoding="utf-8")
    rows = []
    for font in (p for p in SECTION_FONTS if Path(p).exists()):
        name = f"Bench-{Path(font).parent.name}-{Path(font).stem}"
        pdfmetrics.registerFont(TTFont(name, font))
        for size in sizes:
            with tempfile.TemporaryDirectory() as tmp:
                pdf_path, png = Path(tmp) / "p.pdf", Path(tmp) / "p.png"
                pdf = canvas.Canvas(str(pdf_path), pagesize=A4)
                pdf.setFont(name, size)
                for n, line in enumerate(truth.splitlines()):
                    pdf.drawString(72, 800 - n * size * 1.4, line)
                pdf.save()
                image = pdfium.PdfDocument(str(pdf_path))[0].render(
                    scale=300 / 72, grayscale=True).to_pil()
                x0, y0, x1, y1 = ImageOps.invert(image).getbbox()
                image.crop((x0 - 60, y0 - 60, x1 + 60, y1 + 60)).save(png, dpi=(300, 300))
                total, found, false = section_sign_counts(truth, ocr_path(str(png)).text)
            rows.append({"font": name[6:], "pt": size, "signs": total, "recovered": found,
                         "false_signs": false})
    total = sum(r["signs"] for r in rows)
    found = sum(r["recovered"] for r in rows)
    return {"pages": rows, "recovered_pct": round(100 * found / total, 1) if total else None,
            "false_signs": sum(r["false_signs"] for r in rows)}


def ingest_to(path: Path, out: Path) -> tuple[Path, float]:
    start = time.perf_counter()
    with open(out, "w", encoding="utf-8") as handle:
        subprocess.run([str(Path(sys.executable).with_name("diarium")), "ingest", str(path)],
                       check=True, stdout=handle)
    return path, time.perf_counter() - start


def bench_cer(samples: Path, cer_script: Path | None, workers: int) -> dict:
    scans = sorted(p for p in samples.iterdir()
                   if p.suffix in {".pdf", ".png", ".tif"} and p.with_suffix(".gt.txt").exists()
                   and p.stem not in SEEDS)  # NNN.pdf is born-digital
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(scan, Path(tmp) / f"{scan.name}.txt") for scan in scans]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            seconds = dict(pool.map(lambda job: ingest_to(*job), jobs))
        rows = [{"file": scan.name, "cer": round(score(scan.with_suffix(".gt.txt"), hyp,
                                                       cer_script), 4),
                 "seconds": round(seconds[scan], 1)} for scan, hyp in jobs]
    fair = [r["cer"] for r in rows if r["file"].endswith(".scan.pdf")]
    return {"scorer": str(cer_script) if cer_script and cer_script.exists() else "own Levenshtein",
            "files": rows, "mean_cer_fair_scans": round(sum(fair) / len(fair), 4) if fair else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=Path, default=ROOT / "samples" / "generated")
    parser.add_argument("--cer-script", type=Path, default=DEFAULT_CER)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, choices=[1, 2])
    parser.add_argument("--skip-cer", action="store_true", help="skip the slow CER part (5)")
    parser.add_argument("--skip-overhead", action="store_true", help="skip the timing part (2)")
    parser.add_argument("--skip-deskew", action="store_true", help="skip the deskew part (3)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if not args.cer_script.exists():
        print(f"note: {args.cer_script} not found, CER by our own Levenshtein", file=sys.stderr)
    results = {"text_layer": bench_text_layer(args.samples, args.repeat)}
    print(json.dumps(results["text_layer"], ensure_ascii=False), flush=True)
    if not args.skip_overhead:
        results["ocr_overhead"] = bench_overhead(args.samples, args.repeat)
        print(json.dumps(results["ocr_overhead"], ensure_ascii=False), flush=True)
    if not args.skip_deskew:
        results["deskew"] = bench_deskew(args.samples, args.cer_script)
        print(json.dumps(results["deskew"]), flush=True)
    results["section_signs"] = bench_sections()
    print(json.dumps(results["section_signs"]), flush=True)
    if not args.skip_cer:
        results["cer"] = bench_cer(args.samples, args.cer_script, args.workers)
        print(json.dumps(results["cer"], ensure_ascii=False, indent=1), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
