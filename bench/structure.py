"""Score the structure stage against hand labels: furniture lines, headings, attendance rows.

    .venv/bin/python bench/structure.py [LABELS...] [--corpus DIR] [--repair] [--json OUT] [--speed]

Without LABELS it reads every bench/gold/structure/*.json and the attendance labels of the unseen
documents, bench/gold/extra/*.attendance.json (split "extra"). It prints precision, recall and F1
of furniture lines, headings and attendance rows per document and per split (the split of
each document comes from bench/gold/real/SPLIT.tsv), and with --speed the pages per second
of `diarium.structure.analyse` alone on the labelled documents (one core, process time).

Label files (JSON, one per document; write them by hand)
-------------------------------------------------------
{
  "doc": "K008",                      # the corpus file is <corpus>/<doc>.txt (or give "file")
  "labelled_by": "developer",         # who labelled, and whether they saw our output
  "notes": "anything worth knowing",
  "furniture": [                       # every furniture line
    [3, "Datum"],                      #   [page, line text]
    ["3-11", "KUNGSBACKA KOMMUN SAMMANTRÄDESPROTOKOLL # (9)"],   # a page range, "#" = any number
    ["3,5,7", "Det här dokumentet är digitalt signerat"]         # a page list
  ],
  "headings": [                        # every heading
    [4, "paragraph", "73", "Medfinansieringsavtal till statlig infrastruktur"],
    [4, "named", null, "Beslut – för fastställande i kommunfullmäktige"],
    [5, "layout", null, "Ekonomiskt perspektiv"],
    [2, "numbered", "2.1", "Bakgrund"]
  ],
  "attendance": [                      # every person of the attendance lists: [name, party, role]
    ["Monica Neptun", "L", "Ordförande"],
    ["Ulrika Granfors", null, "förvaltningschef"]
  ]
}

Pages are the pages `diarium structure` prints: the text split at form feeds, counted from 1
(a corpus file that begins with a form feed has an empty page 1). Texts are compared with
runs of whitespace collapsed and case ignored; in a furniture text "#" stands for any run
of digits (a furniture text with a "#" is compared with every number masked, so
"SAMMANTRÄDESPROTOKOLL # (9)" and "# (#)" are the same). A line printed twice on one page is
listed twice. Heading kinds: "paragraph"
(§), "numbered", "named" (a heading from language/data/headings.tsv), "layout" (any other
line printed as a heading). A predicted heading matches a labelled one on the same page with
the same number (if labelled) whose text contains the labelled text, or nearly so; the kind
is scored separately (share of matched headings with the same kind).

What counts as furniture (guidelines for annotators)
----------------------------------------------------
* Page numbers, alone or within a line ("2 (9)", "Sida 1 av 6", "3/5"): the whole line.
* Running headers and footers: lines printed at the top or bottom of two or more pages of the
  document (a date or page number in them may differ), on every page where they stand there,
  the first page included; also where pdf reading order moved them into the page. A header
  line printed in the page's header block next to the page number (the body's name over
  "1 (1)") counts too.
* Signing boxes and digital-signature footers ("Justerandes sign", "Utdragsbestyrkande",
  "Justerare / Expedierat/bestyrkt", "Det här dokumentet är digitalt signerat", transaction
  ids), also when printed once.
* The first page's field block (TJÄNSTESKRIVELSE, Datum, Diarienummer and their values), its
  contact block (förvaltning, handläggare, address, telefon, www) and a signing service's
  certificate page (but the signers' names) are furniture even when printed once (the
  annotators' conventions, bench/gold/structure/README.md).
* Not furniture: § headings, "Beslut" and other headings, even when they stand at the top of
  many pages; signature lines with names; body text.

What counts as a heading: § headings (with their title), numbered headings ("1. PARTER",
"2.1 Bakgrund"; not the numbered items of a decision), the named parts of a protokoll or
tjänsteskrivelse (Beslut, Sammanfattning av ärendet, Beslutsunderlag, Beslutsgång …) and
other lines printed as headings (short, on their own line, over running text); each clause
number of a column that reading order put before the page's text ("14.", "14.1", …) is a
numbered heading, and the group rows of an agenda table ("|  | Beslutsärenden |  |  |") are
headings. Entries of a table of contents and attendance labels (Beslutande, Ledamöter) are not
headings.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diarium.schemas.structure import Heading, Structure  # noqa: E402
from diarium.structure import analyse  # noqa: E402
from diarium.structure.headings import is_heading_line  # noqa: E402
from diarium.structure.names import heading_name  # noqa: E402
from diarium.structure.shapes import masked_key, page_number  # noqa: E402

LABELS = ROOT / "bench" / "gold" / "structure"
EXTRA = ROOT / "bench" / "gold" / "extra"
SPLIT = ROOT / "bench" / "gold" / "real" / "SPLIT.tsv"
CORPUS_CANDIDATES = [ROOT.parent / "shared" / "corpus" / "kungsbacka",
                     ROOT.parent.parent / "shared" / "corpus" / "kungsbacka"]
HEADING_RATIO = 85
DIGITS = re.compile(r"\d+")


@dataclass
class Score:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.true_pos += other.true_pos
        self.false_pos += other.false_pos
        self.false_neg += other.false_neg

    @property
    def precision(self) -> float:
        return self.true_pos / (self.true_pos + self.false_pos) if self.true_pos + self.false_pos else 1.0

    @property
    def recall(self) -> float:
        return self.true_pos / (self.true_pos + self.false_neg) if self.true_pos + self.false_neg else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> str:
        return (f"P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f} "
                f"(tp {self.true_pos}, fp {self.false_pos}, fn {self.false_neg})")


def norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def pages_of(spec: int | str) -> list[int]:
    """3 → [3]; "3-5" → [3, 4, 5]; "3,5,7" → [3, 5, 7]."""
    if isinstance(spec, int):
        return [spec]
    pages: list[int] = []
    for part in str(spec).split(","):
        first, _, last = part.partition("-")
        pages += list(range(int(first), int(last or first) + 1))
    return pages


def score_furniture(structure: Structure, labelled: list[list]) -> Score:
    gold: Counter[tuple[int, str]] = Counter()
    for spec, text in labelled:
        for page in pages_of(spec):
            gold[(page, norm(text))] += 1
    gold = Counter({(page, DIGITS.sub("#", text) if "#" in text else text): n for (page, text), n in gold.items()})
    patterns = {text for _, text in gold if "#" in text}
    predicted: Counter[tuple[int, str]] = Counter()
    for item in structure.furniture:
        text = norm(item.text)
        masked = DIGITS.sub("#", text)
        predicted[(item.page, masked if masked in patterns and (item.page, text) not in gold else text)] += 1
    score = Score(true_pos=sum((gold & predicted).values()))
    score.false_pos = sum((predicted - gold).values())
    score.false_neg = sum((gold - predicted).values())
    score.errors = ([f"  furniture fp p{p}: {t}" for (p, t) in (predicted - gold).elements()]
                    + [f"  furniture fn p{p}: {t}" for (p, t) in (gold - predicted).elements()])
    return score


def _heading_matches(heading: Heading, page: int, number: str | None, text: str) -> bool:
    if heading.page != page or (number is not None and heading.number != number):
        return False
    wanted = norm(text)
    for candidate in (heading.text, heading.title or ""):
        have = norm(candidate)
        if wanted and (wanted in have or fuzz.ratio(wanted, have) >= HEADING_RATIO):
            return True
    return not wanted and number is not None


def score_headings(structure: Structure, labelled: list[list], titles: list[list] | None = None) -> tuple[Score, int]:
    """Heading F1, and how many matched headings have the labelled kind. `titles` ([page,
    text]) are labelled title lines that are not scored: a heading found on one is neither
    right nor wrong (a § title is part of its § heading; a document title may be either)."""
    predicted = [section.heading for section in structure.walk() if section.heading is not None]
    unused = list(predicted)
    score, same_kind = Score(), 0
    for page, kind, number, text in labelled:
        match = next((h for h in unused if _heading_matches(h, page, number, text or "")), None)
        if match is None:
            score.false_neg += 1
            score.errors.append(f"  heading fn p{page}: {kind} {number or ''} {text}")
            continue
        unused.remove(match)
        score.true_pos += 1
        same_kind += match.kind == kind
        if match.kind != kind:
            score.errors.append(f"  heading kind p{page}: {text!r} labelled {kind}, found {match.kind}")
    unused = [h for h in unused if not any(_heading_matches(h, page, None, text) for page, text in titles or [])]
    score.false_pos = len(unused)
    score.errors += [f"  heading fp p{h.page}: {h.kind} {h.number or ''} {h.text}" for h in unused]
    return score, same_kind


def score_attendance(structure: Structure, labelled: list[list]) -> Score:
    gold = Counter(norm(name) for name, _party, _role in labelled)
    predicted = Counter(norm(row.name) for row in structure.attendance)
    score = Score(true_pos=sum((gold & predicted).values()))
    score.false_pos = sum((predicted - gold).values())
    score.false_neg = sum((gold - predicted).values())
    score.errors = ([f"  attendance fp: {n}" for n in (predicted - gold).elements()]
                    + [f"  attendance fn: {n}" for n in (gold - predicted).elements()])
    return score


def splits() -> dict[str, str]:
    if not SPLIT.exists():
        return {}
    rows = [line.split("\t") for line in SPLIT.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(("#", "doc\t"))]
    return {row[0]: row[1] for row in rows if len(row) > 1}


def corpus_dir(given: Path | None) -> Path:
    for candidate in [given] if given else CORPUS_CANDIDATES:
        if candidate is not None and candidate.is_dir():
            return candidate
    raise SystemExit("corpus not found: give --corpus DIR")


def load_text(label: dict, corpus: Path, repair: bool) -> str:
    extra = EXTRA / f"{label['doc']}.txt"
    path = extra if extra.exists() else corpus / label.get("file", f"{label['doc']}.txt")
    if not repair:
        return path.read_text(encoding="utf-8")
    from diarium.pipeline import process   # repair is slow and optional: imported when asked for
    return process(path, extract=False).repaired


HEADING_KINDS = {"other": "layout"}


def normalise_label(label: dict) -> dict:
    """Labels written as objects (bench/gold/structure/README.md, the annotators' format) in the
    list form above. Title lines are part of the § or numbered heading they stand under (the
    structure stage joins them into it), so they are not scored on their own; a heading found
    on a title line (a document's title, found as a heading by layout) is not counted wrong
    either (`titles`)."""
    if label.get("furniture") and isinstance(label["furniture"][0], dict):
        label["furniture"] = [[item["page"], item["text"]] for item in label["furniture"]]
    if label.get("headings") and isinstance(label["headings"][0], dict):
        label["titles"] = [[item["page"], item["text"]] for item in label["headings"] if item["kind"] == "title"]
        label["headings"] = [[item["page"], HEADING_KINDS.get(item["kind"], item["kind"]),
                              item.get("number"), item["text"]]
                             for item in label["headings"] if item["kind"] != "title"]
    if label.get("attendance") and isinstance(label["attendance"][0], dict):
        label["attendance"] = [[item["name"], item.get("party"), item.get("role")]
                               for item in label["attendance"]]
    return label


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="*", type=Path)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--repair", action="store_true", help="run OCR repair before the structure stage")
    parser.add_argument("--errors", action="store_true", help="list every false positive and negative")
    parser.add_argument("--speed", action="store_true", help="time analyse() on the labelled texts")
    parser.add_argument("--json", type=Path, help="write the scores as JSON")
    args = parser.parse_args(argv)
    corpus = corpus_dir(args.corpus)
    files = args.labels or sorted(LABELS.glob("*.json")) + sorted(EXTRA.glob("*.attendance.json"))
    split_of = splits()
    totals: dict[str, dict[str, Score]] = {}
    report: dict[str, dict] = {}
    texts = []
    print(f"{'doc':<6} {'split':<6} {'what':<10} scores")
    for file in files:
        label = normalise_label(json.loads(file.read_text(encoding="utf-8")))
        text = load_text(label, corpus, args.repair)
        texts.append(text)
        structure = analyse(text)
        headings, same_kind = score_headings(structure, label.get("headings", []), label.get("titles"))
        scores = {}
        if "furniture" in label or "headings" in label:   # attendance-only labels score nothing else
            scores = {"furniture": score_furniture(structure, label.get("furniture", [])), "headings": headings}
        if "attendance" in label:
            scores["attendance"] = score_attendance(structure, label["attendance"])
        split = split_of.get(label["doc"], "extra" if (EXTRA / f"{label['doc']}.txt").exists() else "?")
        for what, score in scores.items():
            print(f"{label['doc']:<6} {split:<6} {what:<10} {score.row()}")
            totals.setdefault(split, {}).setdefault(what, Score()).add(score)
            if args.errors:
                print("\n".join(score.errors))
        if "headings" in scores:
            print(f"{'':<13} heading kind agrees on {same_kind}/{headings.true_pos}")
        report[label["doc"]] = {what: {"precision": s.precision, "recall": s.recall, "f1": s.f1}
                                for what, s in scores.items()}
    for split, scores in sorted(totals.items()):
        for what, score in scores.items():
            print(f"{'ALL':<6} {split:<6} {what:<10} {score.row()}")
    if args.speed:
        print(speed(texts))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


def speed(texts: list[str], seconds: float = 5.0) -> str:
    """Pages per second of analyse(), each document read as if for the first time (the
    per-line caches emptied before each one; data files and regexes stay loaded)."""
    pages = sum(text.count("\f") + 1 for text in texts)
    for text in texts:
        analyse(text)                      # warm-up: data files, regexes
    rounds, started = 0, time.process_time()
    while time.process_time() - started < seconds:
        for text in texts:
            for cached in (page_number, masked_key, heading_name, is_heading_line):
                cached.cache_clear()
            analyse(text)
        rounds += 1
    elapsed = time.process_time() - started
    return f"analyse: {len(texts)} documents, {pages} pages, {rounds * pages / elapsed:.0f} pages/s (one core)"


if __name__ == "__main__":
    raise SystemExit(main())
