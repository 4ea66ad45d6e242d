"""Benchmark OCR repair (`diarium.corrections.repair`) against a SymSpell peer on real text.

    .venv/bin/python bench/correct.py [--pairs bench/data/ocr] [--split dev] [--engine eng,swe]
        [--quality fair,poor] [--cer ../shared/eval/cer.py] [--code DIR] [--json OUT]
        [--repeat 3] [--clock cpu] [--no-symspell] [--outputs OUT.json]

The pairs are bench/data/ocr (made by bench/ocrdata/make_pairs.py from born-digital pages of
real Kungsbacka documents): NAME.gt.txt and NAME.ocr-{eng,swe}.txt, NAME = <doc>-<quality>,
each document in the split of the frozen bench/gold/real/SPLIT.tsv (PAIRS.tsv says which).
`--split`, `--engine` and `--quality` take one value or a comma-separated list; every
(engine, quality) is reported on its own. The test split is scored as totals and per-document
numbers only: `--show` (errors one by one) refuses it.

Reported per document and in total, for the OCR input, diarium and SymSpell: CER and WER
(shared/eval/cer.py's definitions, loaded from its path), å/ä/ö word recall, false corrections
(words right in the OCR that the corrector changed, per right word) and words/s. Totals are
micro-averages (edit distance over all ground-truth characters / words). A document on which a
corrector's CER is higher than the input's is marked `!`, and WORSE when it is diarium's (the
issue's target for Tesseract-swe: never, on any document); `worse` counts them. Words/s: each document cold (a fresh repairer, and every
cache that outlives one cleared: the tokenizer's, the channel's costs, the twin model's priors,
the name restorations), in CPU seconds of this process by default, best of --repeat.
The lexicon and model load (the first repairer) and SymSpell's dictionary build are timed apart;
peak RSS at the end.

The ground truth keeps the layout's line-end hyphens, so repair runs with hyphen joining off
(`join_hyphenation=False`). diarium is imported from the environment (the venv's editable
install, or PYTHONPATH): `PYTHONPATH=/path/to/other/checkout` or `--code DIR` scores that code.
"""
from __future__ import annotations

import argparse
import csv
import difflib
import importlib.util
import json
import re
import resource
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REALOCR = ROOT / "bench" / "ocrdata" / "realocr.py"
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()),
              ROOT.parent / "shared")
EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def import_path(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def correct_word_positions(gt: str, ocr: str) -> set[int]:
    """Indices of OCR words that equal the aligned ground-truth word."""
    matcher = difflib.SequenceMatcher(None, gt.split(), ocr.split(), autojunk=False)
    return {j for tag, _i1, _i2, j1, j2 in matcher.get_opcodes() if tag == "equal"
            for j in range(j1, j2)}


def changed_positions(ocr: str, hyp: str) -> set[int]:
    """Indices of OCR words the corrector changed."""
    ow, hw = ocr.split(), hyp.split()
    # (Aligned even when the counts agree: one split and one join elsewhere keep the count
    # and would shift every word between them.)
    matcher = difflib.SequenceMatcher(None, ow, hw, autojunk=False)
    return {i for tag, i1, i2, _j1, _j2 in matcher.get_opcodes() if tag != "equal"
            for i in range(i1, i2)}


def match_case(model: str, word: str) -> str:
    """`word` in the capitalisation of `model` (all caps, capitalised or as is)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class SymSpellPeer:
    """symspellpy with wordfreq's Swedish list, max edit distance 2, word by word.

    A word is a whitespace token less its edge punctuation; only all-letter words are looked
    up (numbers, codes and hyphenated forms are left), the case of the original is kept.
    """

    def __init__(self) -> None:
        import wordfreq
        from symspellpy import SymSpell, Verbosity
        self.top = Verbosity.TOP
        self.sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
        for word in wordfreq.top_n_list("sv", 250_000):
            if word.isalpha():
                count = max(1, int(wordfreq.word_frequency(word, "sv") * 1e9))
                self.sym.create_dictionary_entry(word, count)

    def correct_word(self, token: str) -> str:
        core = EDGE_PUNCT.sub("", token)
        if not core.isalpha():
            return token
        found = self.sym.lookup(core.lower(), self.top, max_edit_distance=2, include_unknown=True)
        best = found[0].term if found else core.lower()
        if best == core.lower():
            return token
        start = token.index(core)
        return token[:start] + match_case(core, best) + token[start + len(core):]

    def correct(self, text: str) -> str:
        return re.sub(r"\S+", lambda m: self.correct_word(m.group()), text)


class Diarium:
    """`diarium.corrections.repair` as shipped, with a fresh repairer per cold run."""

    def __init__(self) -> None:
        import diarium.corrections as corrections
        self.module = corrections
        self.where = str(Path(corrections.__file__).resolve().parents[2])
        started, cpu = time.perf_counter(), time.process_time()
        self.fresh()                       # loads lexicon and channel model (cached after)
        self.load_s = time.perf_counter() - started
        self.load_cpu_s = time.process_time() - cpu

    def fresh(self):
        make = getattr(self.module, "Repairer", None)
        return make() if make else None

    def clear_caches(self) -> None:
        """Every cache that outlives a repairer: the tokenizer's, the channel model's costs,
        the twin model's priors, the name restorations (each only where the checkout has it)."""
        for module, name in (("tokens", "tokenize"), ("channel", "load_model"),
                             ("twins", "load_twins"), ("names", "restoration")):
            try:
                found = getattr(importlib.import_module(f"diarium.corrections.{module}"), name)
            except (ImportError, AttributeError):
                continue
            if name.startswith("load_"):
                clear_loaded(found())
            else:
                found.cache_clear()

    def correct(self, text: str) -> str:
        repairer = self.fresh()
        kwargs: dict[str, Any] = {"join_hyphenation": False}
        if repairer is not None:
            kwargs["repairer"] = repairer
        out, _changes = self.module.repair(text, **kwargs)
        return out


@dataclass
class Row:
    doc: str
    cer: float
    wer: float
    chars: int
    words: int
    sv_words: int
    sv_hit: int
    right_n: int
    false_n: int
    ocr_words: int
    seconds: float = 0.0

    @property
    def sv_recall(self) -> float | None:
        return self.sv_hit / self.sv_words if self.sv_words else None


def evaluate(doc: str, gt: str, ocr: str, hyp: str, seconds: float, cer) -> Row:
    scores = cer.score(gt, hyp)
    right = correct_word_positions(gt, ocr)
    broken = right & changed_positions(ocr, hyp) if hyp != ocr else set()
    return Row(doc, scores["cer"], scores["wer"], scores["gt_chars"], scores["gt_words"],
               scores["sv_words"], scores["sv_words_recalled"], len(right), len(broken),
               len(ocr.split()), seconds)


@dataclass
class Total:
    rows: list[Row] = field(default_factory=list)

    def summary(self) -> dict:
        r = self.rows
        chars, words = sum(x.chars for x in r), sum(x.words for x in r)
        sv = sum(x.sv_words for x in r)
        secs = sum(x.seconds for x in r)
        return {
            "docs": len(r), "gt_chars": chars, "gt_words": words,
            "cer": sum(x.cer * max(1, x.chars) for x in r) / max(1, chars),
            "wer": sum(x.wer * max(1, x.words) for x in r) / max(1, words),
            "sv_recall": sum(x.sv_hit for x in r) / sv if sv else None,
            "false_corr": sum(x.false_n for x in r) / max(1, sum(x.right_n for x in r)),
            "false_n": sum(x.false_n for x in r), "right_n": sum(x.right_n for x in r),
            "words_per_s": sum(x.ocr_words for x in r) / secs if secs else None,
        }


def clear_loaded(model) -> None:
    """The memos a shared (loaded once) model keeps across repairers."""
    cost = getattr(type(model), "cost", None)
    if hasattr(cost, "cache_clear"):
        cost.cache_clear()
    for memo in ("_priors", "_costs"):
        if isinstance(getattr(model, memo, None), dict):
            getattr(model, memo).clear()
    if hasattr(model, "_last_pieces"):
        model._last_pieces = ("", "", [])


def timed(run, text: str, repeat: int, clock, clear) -> tuple[str, float]:
    """(result, seconds): the best of `repeat` cold runs (caches cleared before each)."""
    best, result = None, text
    for _ in range(max(1, repeat)):
        clear()
        started = clock()
        result = run(text)
        seconds = clock() - started
        best = seconds if best is None else min(best, seconds)
    return result, best or 0.0


def pair_names(pairs: Path, splits: set[str], quality: str) -> list[tuple[str, str]]:
    """(pair name, document) of the wanted split and quality, from PAIRS.tsv."""
    with (pairs / "PAIRS.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [(r["name"], r["doc"]) for r in rows
            if r["split"] in splits and r["quality"] == quality]


def pct(x: float | None, digits: int = 2) -> str:
    return "-" if x is None else f"{x:.{digits}%}"


def print_block(title: str, results: dict[str, Total]) -> None:
    print(f"\n== {title}")
    print(f"{'corrector':9} {'CER':>7} {'WER':>7} {'åäö rec':>8} {'false':>13} {'words/s':>9}"
          f" {'worse':>6}")
    base = {r.doc: r.cer for r in results["input"].rows}
    for who, total in results.items():
        s = total.summary()
        worse = sum(r.cer > base[r.doc] for r in total.rows) if who != "input" else 0
        wps = f"{s['words_per_s']:9.0f}" if s["words_per_s"] else f"{'-':>9}"
        false = f"{s['false_corr']:.3%} ({s['false_n']})" if who != "input" else "-"
        print(f"{who:9} {pct(s['cer']):>7} {pct(s['wer']):>7} {pct(s['sv_recall'], 1):>8} "
              f"{false:>13} {wps} {worse if who != 'input' else '-':>6}")
    print(f"  {'doc':6} {'words':>6} {'input CER':>9}  " + "  ".join(
        f"{who + ' CER':>13} {'åäö':>6} {'false':>7}" for who in results if who != "input"))
    for i, row in enumerate(results["input"].rows):
        cells = []
        for who, total in results.items():
            if who == "input":
                continue
            r = total.rows[i]
            flag = "!" if r.cer > row.cer else " "
            cells.append(f"{pct(r.cer):>12}{flag} {pct(r.sv_recall, 1):>6} "
                         f"{r.false_n:>3}/{r.right_n:<4}")
        mark = "  WORSE" if results["diarium"].rows[i].cer > row.cer else ""
        print(f"  {row.doc:6} {row.words:>6} {pct(row.cer):>9}  " + "  ".join(cells) + mark)


def real_ocr(directory: Path, splits: set[str], correctors: dict) -> dict:
    """Score on the hand-corrected real Tesseract-swe pages of the wanted splits (if any)."""
    realocr = import_path(REALOCR, "realocr")
    pages = realocr.gold_pages(directory, splits)
    if not pages:
        return {}
    out = {who: realocr.score(pages, run) for who, run in correctors.items() if run}
    first = next(iter(out.values()))
    print(f"\n== real Tesseract-swe OCR of scans, hand-corrected: {first['pages']} pages, "
          f"{first['lines']} lines, {first['words']} words, {first['errors']} wrong in the OCR")
    for who, r in out.items():
        print(f"{who:9} fixed {r['fixed']:4} ({pct(r['fixed_share'], 1)})   "
              f"made wrong {r['made_wrong']}")
    return out


def show_errors(name: str, gt: str, hyp: str, limit: int) -> None:
    gw, hw = gt.split(), hyp.split()
    matcher = difflib.SequenceMatcher(None, gw, hw, autojunk=False)
    shown = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal" and shown < limit:
            print(f"  [{name}] {' '.join(gw[i1:i2])!r} ← {' '.join(hw[j1:j2])!r}")
            shown += 1


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=Path, default=ROOT / "bench" / "data" / "ocr")
    ap.add_argument("--split", default="dev", help="test, dev, train or a comma list")
    ap.add_argument("--engine", default="eng,swe")
    ap.add_argument("--quality", default="fair,poor")
    ap.add_argument("--cer", type=Path, default=SHARED / "eval" / "cer.py")
    ap.add_argument("--realocr", type=Path, default=ROOT / "bench" / "data" / "realocr",
                    help="hand-corrected real OCR pages (INDEX.tsv); scored when the split has some")
    ap.add_argument("--code", type=Path, help="import diarium from this checkout")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--no-symspell", action="store_true")
    ap.add_argument("--show", type=int, default=0,
                    help="print N remaining diarium errors per document (not on test)")
    ap.add_argument("--outputs", type=Path,
                    help="write diarium's repaired texts (JSON: pair and engine → text) to "
                         "check that a speed change keeps them byte-identical (not on test)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    splits = set(filter(None, args.split.split(",")))
    if (args.show or args.outputs) and "test" in splits:
        print("bench/correct.py: --show and --outputs are refused on the test split "
              "(totals only)", file=sys.stderr)
        return 2
    if not (args.pairs / "PAIRS.tsv").exists() or not args.cer.exists():
        print(f"bench/correct.py: need --pairs with PAIRS.tsv and --cer "
              f"(not found: {args.pairs}, {args.cer})", file=sys.stderr)
        return 2
    if args.code:
        sys.path.insert(0, str(args.code.resolve()))
    cer = import_path(args.cer, "cer_eval")
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    diarium = Diarium()
    rss_loaded = rss_mb()
    peer, sym_load = None, 0.0
    if not args.no_symspell:
        started = time.perf_counter()
        peer = SymSpellPeer()
        sym_load = time.perf_counter() - started
    print(f"diarium from {diarium.where}; lexicon+model load {diarium.load_s:.2f} s "
          f"({diarium.load_cpu_s:.2f} s CPU), RSS after {rss_loaded:.0f} MB; "
          f"symspell dictionary {sym_load:.2f} s")
    print(f"split {','.join(sorted(splits))}; words/s: each document cold, {args.clock} time, "
          f"best of {args.repeat}; '!' = CER above the input's")
    report: dict[str, Any] = {"split": sorted(splits), "diarium": diarium.where, "lexicon_load_s": diarium.load_s,
              "lexicon_load_cpu_s": diarium.load_cpu_s, "symspell_load_s": sym_load,
              "rss_after_load_mb": rss_loaded, "results": {}}
    outputs: dict[str, str] = {}
    for engine in filter(None, args.engine.split(",")):
        for quality in filter(None, args.quality.split(",")):
            names = pair_names(args.pairs, splits, quality)
            if not names:
                continue
            results = {"input": Total(), "diarium": Total()}
            if peer:
                results["symspell"] = Total()
            for name, doc in names:
                gt = (args.pairs / f"{name}.gt.txt").read_text(encoding="utf-8")
                ocr = (args.pairs / f"{name}.ocr-{engine}.txt").read_text(encoding="utf-8")
                results["input"].rows.append(evaluate(doc, gt, ocr, ocr, 0.0, cer))
                hyp, secs = timed(diarium.correct, ocr, args.repeat, clock, diarium.clear_caches)
                outputs[f"{name}.{engine}"] = hyp
                results["diarium"].rows.append(evaluate(doc, gt, ocr, hyp, secs, cer))
                if args.show:
                    show_errors(f"{name} {engine}", gt, hyp, args.show)
                if peer:
                    sym, secs = timed(peer.correct, ocr, args.repeat, clock, lambda: None)
                    results["symspell"].rows.append(evaluate(doc, gt, ocr, sym, secs, cer))
            key = f"{engine}/{quality}"
            print_block(f"{engine}-OCR, {quality}: {len(names)} documents", results)
            report["results"][key] = {who: {"total": t.summary(), "docs": [vars(r) for r in t.rows]}
                                      for who, t in results.items()}
    real = real_ocr(args.realocr, splits, {"diarium": diarium.correct, "symspell":
                                           peer.correct if peer else None})
    if real:
        report["real_ocr"] = real
    report["rss_peak_mb"] = rss_mb()
    print(f"\npeak RSS {report['rss_peak_mb']:.0f} MB (after diarium's load: {rss_loaded:.0f} MB)")
    if args.outputs:
        args.outputs.write_text(json.dumps(outputs, ensure_ascii=False, indent=0,
                                           sort_keys=True), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
