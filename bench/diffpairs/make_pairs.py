"""Planted version pairs from real agreements and tjänsteskrivelser (../shared/corpus/kungsbacka).

    .venv/bin/python bench/diffpairs/make_pairs.py [--corpus ../shared/corpus/kungsbacka] [--scans]

For each pair NAME it writes bench/data/diff/NAME/:
  old.txt        the corpus document as the archive holds it (pages split by form feeds)
  new.txt        the same document with the planted edits, re-wrapped and re-paginated with
                 its real page headers and footers regenerated (cosmetic changes that must
                 never be reported as substantive)
  planted.json   one entry per planted edit: kind (the fact kind when the edit changes a
                 party, orgnr, period or amount, else the clause kind), section as printed in
                 NEW (`also_sections`: other names the section may go by), old/new text or value
  old.scan-fair-{eng,swe}.txt   (--scans) OLD laid out as a degraded scan by
                 ../shared/ocrsynth/make_scans.py and OCR'd page by page with Tesseract eng / swe,
                 pages joined by form feeds

`tuning` pairs come from train/dev documents of bench/gold/real/SPLIT.tsv and may be used
while developing `diarium diff`; `held-out` pairs come from test documents and are only scored.
The edits are written here, not learned: each names the document text it replaces, and the
script stops if that text is not found exactly once.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# ../shared next to the checkout; from a worktree (/work/wt/NAME) it is two levels up.
SHARED = next((parent / "shared" for parent in ROOT.parents if (parent / "shared" / "ocrsynth").is_dir()),
              ROOT.parent / "shared")
OUT = ROOT / "bench" / "data" / "diff"


@dataclass
class Layout:
    """How a document's pages look, to re-paginate it: the header printed at the top of page n of
    total, the footer lines printed at the bottom, and what marks an old header/footer line."""
    header: str                       # format string with {n} and {total}
    header_lines: re.Pattern[str]     # old header lines to strip at a page top
    footer: str = ""
    first_page: int = 0               # pages before this index keep their layout
    first_number: int = 1             # the printed number of the first re-paginated page
    total: int = 0                    # the printed page count of the whole original
    lines_per_page: int = 40


@dataclass
class Pair:
    name: str
    doc: str
    split: str
    edits: list[tuple[str, str]]
    planted: list[dict]
    layout: Layout
    rewrap_width: int = 78
    moves: list[tuple[str, str, str, dict[str, str]]] = field(default_factory=list)


def edit(text: str, old: str, new: str) -> str:
    if text.count(old) != 1:
        raise SystemExit(f"edit target found {text.count(old)} times: {old[:60]!r}")
    return text.replace(old, new)


def move_block(text: str, start: str, end: str, before: str, renames: dict[str, str]) -> str:
    """Move the block [start, end) in front of `before`, then rename headings (renumbering)."""
    begin, stop = text.index(start), text.index(end)
    block = text[begin:stop]
    text = text[:begin] + text[stop:]
    at = text.index(before)
    text = text[:at] + block + text[at:]
    for old, new in renames.items():
        text = edit(text, old, new)
    return text


def rewrap(text: str, width: int) -> str:
    """Re-flow every wrapped prose paragraph (lines but the last filled to the margin) to `width`, hyphenating
    now and then a long word at the line end, as a new version of a Word document would."""
    out, block = [], []

    def flush() -> None:
        widest = max((len(b) for b in block), default=0)
        if len(block) >= 2 and widest >= 60 and all(len(b) >= 0.75 * widest for b in block[:-1]):
            words = " ".join(block).split()
            line = ""
            for index, word in enumerate(words):
                if line and len(line) + 1 + len(word) > width:
                    room = width - len(line) - 2
                    if len(word) >= 14 and room >= 6 and word.isalpha() and index % 3 == 0:
                        out.append(f"{line} {word[:room]}-")
                        line = word[room:]
                        continue
                    out.append(line)
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            if line:
                out.append(line)
        else:
            out.extend(block)
        block.clear()

    for line in text.split("\n"):
        if line.strip() and "\f" not in line and not line.lstrip().startswith(("|", "•", "-")) \
                and "  " not in line.strip():
            block.append(line.strip())
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


def repaginate(text: str, layout: Layout, furniture: list[str] | None = None) -> str:
    """Pages from `first_page` on: old headers and footers dropped, the body re-split into pages
    of another length, headers (renumbered) and footers printed anew. The lines dropped and
    printed are added to `furniture` (the pair's cosmetic edits, for scoring)."""
    furniture = [] if furniture is None else furniture
    pages = text.split("\f")
    kept, body_pages = pages[:layout.first_page], pages[layout.first_page:]
    footer = [line for line in layout.footer.split("\n") if line]
    body: list[str] = []
    for page in body_pages:
        lines = page.split("\n")
        top = [line for line in lines[:12] if not layout.header_lines.match(line)]
        furniture += [line for line in lines[:12] if layout.header_lines.match(line) and line.strip()]
        lines = top + lines[12:]
        while lines and not lines[0].strip():
            lines.pop(0)
        text_page = "\n".join(lines)
        for line in footer:
            furniture += [line] if line in text_page else []
            text_page = text_page.replace(line + "\n", "").replace(line, "")
        body.extend(text_page.rstrip("\n").split("\n"))
    chunks = [body[i:i + layout.lines_per_page] for i in range(0, len(body), layout.lines_per_page)]
    total = layout.total + len(chunks) - len(body_pages)
    new_pages = []
    for index, chunk in enumerate(chunks):
        header = layout.header.format(n=layout.first_number + index, total=total)
        new_pages.append("\n".join(["", header, "", *chunk, "", *footer, ""]))
        furniture += [line for line in header.split("\n") + footer if line.strip()]
    return "\f".join(kept + new_pages)


def make_pair(pair: Pair, corpus: Path) -> None:
    old = (corpus / f"{pair.doc}.txt").read_text(encoding="utf-8")
    new = old
    for before, after in pair.edits:
        new = edit(new, before, after)
    for start, end, before, renames in pair.moves:
        new = move_block(new, start, end, before, renames)
    new = rewrap(new, pair.rewrap_width)
    furniture: list[str] = []
    new = repaginate(new, pair.layout, furniture)
    folder = OUT / pair.name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "old.txt").write_text(old, encoding="utf-8")
    (folder / "new.txt").write_text(new, encoding="utf-8")
    meta = {"doc": pair.doc, "split": pair.split, "set": "held-out" if pair.split == "test" else "tuning",
            "planted": pair.planted, "cosmetic": sorted(set(furniture))}
    (folder / "planted.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")


def ocr_scans(folder: Path, seed: int = 7) -> None:
    """OLD as a fair scan, OCR'd with eng and swe page by page (form feeds kept)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(SHARED / "ocrsynth" / "make_scans.py"),
                        str(folder / "old.txt"), tmp, "--quality", "fair", "--seed", str(seed),
                        "--name", "old"], check=True, capture_output=True)
        pages = sorted(Path(tmp, "old.pages").glob("p*.png"))
        for lang in ("eng", "swe"):
            texts = [subprocess.run(["tesseract", str(p), "-", "-l", lang, "--psm", "3"],
                                    check=True, capture_output=True, text=True,
                                    env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"}).stdout
                     for p in pages]
            (folder / f"old.scan-fair-{lang}.txt").write_text(
                "\f".join(t.rstrip("\n\f") for t in texts) + "\n", encoding="utf-8")


def main() -> int:
    from pairs import PAIRS  # the edits, one module per document set
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "kungsbacka")
    parser.add_argument("--scans", action="store_true", help="also make OCR'd scans of OLD")
    args = parser.parse_args()
    for pair in PAIRS:
        make_pair(pair, args.corpus)
        if args.scans:
            ocr_scans(OUT / pair.name)
        print(pair.name, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    raise SystemExit(main())
