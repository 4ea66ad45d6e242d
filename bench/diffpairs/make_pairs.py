"""Planted version pairs from real agreements and tjänsteskrivelser (../shared/corpus/kungsbacka).

    .venv/bin/python bench/diffpairs/make_pairs.py [--corpus ../shared/corpus/kungsbacka] [--scans]
                                                   [--only NAME ...]

For each pair NAME it writes bench/data/diff/NAME/:
  old.txt        the corpus document as the archive holds it (pages split by form feeds)
  new.txt        the same document with the planted edits, re-wrapped and re-paginated with
                 its real page headers and footers regenerated (cosmetic changes that must
                 never be reported as substantive); an excerpt that holds several documents
                 gives one Layout per page range, and pages of irregular layout keep theirs
  planted.json   one entry per planted edit: kind (the fact kind when the edit changes a
                 party, orgnr, period or amount, else the clause kind), section as printed in
                 NEW (`also_sections`: other names the section may go by), old/new text or value
  old.scan-fair-{eng,swe}.txt   (--scans) OLD laid out as a degraded scan by
                 ../shared/ocrsynth/make_scans.py and OCR'd page by page with Tesseract eng / swe,
                 pages joined by form feeds

`tuning` pairs come from train/dev documents of bench/gold/real/SPLIT.tsv and may be used
while developing `diarium diff`; `held-out` pairs come from test documents and are only scored.
`dev` pairs (pairs_dev.py) come from train/dev documents of kinds the tuning pairs do not have
and from documents of other bodies (bench/gold/extra); their first run was recorded before the
engine was changed for them.
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
    total, the footer lines printed at the bottom, and what marks an old header/footer line.
    A pair whose excerpt holds several documents gives one Layout per page range."""
    header: str                       # format string with {n} and {total} ("" = no header)
    header_lines: re.Pattern[str]     # old header lines to strip at a page top
    footer: str = ""                  # format string with {n} and {total}
    first_page: int = 0               # pages before this index keep their layout
    first_number: int = 1             # the printed number of the first re-paginated page
    total: int = 0                    # the printed page count of the whole original
    lines_per_page: int = 40
    last_page: int | None = None      # pages from this index on keep their layout (None: to the end)
    footer_lines: re.Pattern[str] | None = None   # old footer lines to strip at a page bottom
    top_lines: int = 12               # how many lines at a page top (or bottom) may be furniture
    sentence_gap: bool = False        # a blank line where a page's body ended a sentence (a paragraph end)
    column_gap: bool = False          # a blank line before a page's column of clause numbers (its own block)


@dataclass
class Pair:
    name: str
    doc: str
    split: str
    edits: list[tuple[str, str]]
    planted: list[dict]
    layout: Layout | list[Layout]
    rewrap_width: int = 78
    moves: list[tuple[str, str, str, dict[str, str]]] = field(default_factory=list)
    strict_rewrap: bool = False       # only paragraphs that end a sentence, not list items' tails
    source: str = ""                  # folder of the document under the repository ("" = the corpus)
    set: str = ""                     # "" = by split (test: held-out, else tuning); "dev" = development pairs
    cosmetic: list[str] = field(default_factory=list)   # planted cosmetic edits (a renumbered §, an amount respelt)
    fill_long_lines: bool = False     # a paragraph printed as one long line (a web copy) filled to the width
    rewrap_from_page: int = 0         # pages before this index keep their lines (an attendance page)

    @property
    def layouts(self) -> list[Layout]:
        return self.layout if isinstance(self.layout, list) else [self.layout]


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


SENTENCE_END = re.compile(r"[.:;!?”\"»)]$")
MARGIN_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})?\.?\d?\s*\n")   # '3.4', '10.', '353' (3.3 OCR'd) alone on a line
LIST_ITEM = ("|", "•", "-", "−", "–")
SUSPENDED = {"och", "eller", "samt", "respektive", "resp.", "till", "som"}


def join_lines(block: list[str]) -> list[str]:
    """The words of a paragraph, a word hyphenated at a line end joined again: "Detalj-" "planen" is
    one word; a short first part ("va-taxa") or a number ("438-454-98") keeps its hyphen; a
    suspended compound ("grund- och ytvatten") stays apart."""
    text = ""
    for line in block:
        last, first = (text.split() or [""])[-1], line.split()[0]
        if not last.endswith("-") or first in SUSPENDED or not (first[0].islower() or first[0].isdigit()):
            text = f"{text} {line}" if text else line
        elif len(last) > 5 and last[-2].isalpha() and first[0].islower():
            text = text[:-1] + line
        else:
            text += line
    return keep_numbers(text.split())


def keep_numbers(words: list[str]) -> list[str]:
    """Digit groups of one number ("12", "000", "000") kept together as one word to fill."""
    out: list[str] = []
    for word in words:
        if out and re.fullmatch(r"\d{3}[.,;:)]?", word) and re.search(r"(^|\s)\d{1,3}$", out[-1]):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def fill(words: list[str], width: int, tail: int = 1) -> list[str]:
    """The words filled into lines of `width`, a long word hyphenated at the line end now and then
    (leaving at least `tail` letters for the next line)."""
    out, line = [], ""
    for index, word in enumerate(words):
        if line and len(line) + 1 + len(word) > width:
            room = width - len(line) - 2
            if len(word) >= 14 and room >= 6 and word.isalpha() and index % 3 == 0 and len(word) - room >= tail:
                out.append(f"{line} {word[:room]}-")
                line = word[room:]
                continue
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return out + [line] if line else out


def is_wrapped(block: list[str]) -> bool:
    """Two or more lines, all but the last filled to about the widest."""
    widest = max((len(b) for b in block), default=0)
    return len(block) >= 2 and widest >= 60 and all(len(b) >= 0.75 * widest for b in block[:-1])


def paragraphs(block: list[str], margin: int) -> list[list[str]]:
    """A run of lines cut after each line that ends a sentence well short of the margin: there
    the text broke on purpose (one paragraph a line, as in stadgar), not for want of room."""
    parts: list[list[str]] = [[]]
    for line in block:
        parts[-1].append(line)
        if SENTENCE_END.search(line) and len(line) < 0.9 * margin:
            parts.append([])
    return [part for part in parts if part]


def rewrap(text: str, width: int, strict: bool = False) -> str:
    """Re-flow every wrapped prose paragraph (lines but the last filled to the margin) to `width`, hyphenating
    now and then a long word at the line end, as a new version of a Word document would. `strict`: only
    paragraphs that end a sentence and do not continue a list item (no table rows, no lists of references),
    lines that end a sentence short of the margin kept, and words hyphenated at the old line ends joined."""
    lines = text.split("\n")
    usable = [line.strip() and "\f" not in line and "  " not in line.strip() for line in lines]
    widths = [len(line.strip()) if ok else 0 for line, ok in zip(lines, usable)]
    out: list[str] = []
    block: list[str] = []
    after_item = False

    def flush(end: int) -> None:
        if not strict:
            out.extend(fill(" ".join(block).split(), width) if is_wrapped(block) else block)
        elif block:
            margin = max(widths[max(0, end - len(block) - 20):end + 20])
            for number, part in enumerate(paragraphs(block, margin)):
                prose = SENTENCE_END.search(part[-1]) is not None and not (number == 0 and after_item)
                out.extend(fill(join_lines(part), width, tail=4) if prose and is_wrapped(part) else part)
        block.clear()

    for index, line in enumerate(lines):
        item = line.lstrip().startswith(LIST_ITEM if strict else ("|", "•", "-"))
        if usable[index] and not item:
            block.append(line.strip())
        else:
            flush(index)
            out.append(line)
            after_item = item
    flush(len(lines))
    return "\n".join(out)


def strip_footer(page: str, layout: Layout, furniture: list[str]) -> str:
    """The page without its footer: the layout's footer lines wherever they are (its fixed text),
    or the lines matching `footer_lines` among the page's last `top_lines` lines."""
    if layout.footer_lines is None:
        for line in [line for line in layout.footer.split("\n") if line]:
            furniture += [line] if line in page else []
            page = page.replace(line + "\n", "").replace(line, "")
        return page
    lines = page.split("\n")
    cut = max(0, len(lines) - layout.top_lines)
    furniture += [line for line in lines[cut:] if layout.footer_lines.match(line) and line.strip()]
    return "\n".join(lines[:cut] + [line for line in lines[cut:] if not layout.footer_lines.match(line)])


def repaginate(text: str, layout: Layout, furniture: list[str] | None = None) -> str:
    """Pages `first_page` to `last_page`: old headers and footers dropped, the body re-split into pages
    of another length, headers and footers (renumbered) printed anew. The lines dropped and
    printed are added to `furniture` (the pair's cosmetic edits, for scoring)."""
    furniture = [] if furniture is None else furniture
    pages = text.split("\f")
    last = len(pages) if layout.last_page is None else layout.last_page
    kept, body_pages, after = pages[:layout.first_page], pages[layout.first_page:last], pages[last:]
    body: list[str] = []
    for page in body_pages:
        lines = page.split("\n")
        head = lines[:layout.top_lines]
        top = [line for line in head if not layout.header_lines.match(line)]
        furniture += [line for line in head if layout.header_lines.match(line) and line.strip()]
        lines = top + lines[layout.top_lines:]
        while lines and not lines[0].strip():
            lines.pop(0)
        text_page = strip_footer("\n".join(lines), layout, furniture)
        if layout.sentence_gap and body and SENTENCE_END.search(body[-1]):
            body.append("")
        elif layout.column_gap and body and body[-1].strip() and MARGIN_NUMBER.match(text_page.lstrip("\n")):
            body.append("")       # a page's column of clause numbers is never part of the sentence before
        body.extend(text_page.rstrip("\n").split("\n"))
    chunks = [body[i:i + layout.lines_per_page] for i in range(0, len(body), layout.lines_per_page)]
    if layout.sentence_gap:   # a page starts with its text, not with the gap between paragraphs
        chunks = [chunk[1:] if len(chunk) > 1 and not chunk[0].strip() else chunk for chunk in chunks]
    total = layout.total + len(chunks) - len(body_pages)
    new_pages = []
    for index, chunk in enumerate(chunks):
        number = layout.first_number + index
        header = layout.header.format(n=number, total=total)
        footer = [line for line in layout.footer.format(n=number, total=total).split("\n") if line]
        new_pages.append("\n".join(["", *([header, ""] if header else []), *chunk, "", *footer, ""]))
        furniture += [line for line in header.split("\n") + footer if line.strip()]
    return "\f".join(kept + new_pages + after)


def fill_long(text: str, width: int) -> str:
    """Every line longer than twice the width (a paragraph a web copy printed on one line) filled."""
    return "\n".join("\n".join(fill(line.split(), width)) if len(line) > 2 * width else line
                     for line in text.split("\n"))


def make_pair(pair: Pair, corpus: Path) -> None:
    folder_in = ROOT / pair.source if pair.source else corpus
    old = (folder_in / f"{pair.doc}.txt").read_text(encoding="utf-8")
    new = old
    for before, after in pair.edits:
        new = edit(new, before, after)
    for start, end, before, renames in pair.moves:
        new = move_block(new, start, end, before, renames)
    kept = "\f".join(new.split("\f")[:pair.rewrap_from_page])
    rest = "\f".join(new.split("\f")[pair.rewrap_from_page:])
    new = (kept + "\f" if pair.rewrap_from_page else "") + rewrap(rest, pair.rewrap_width, pair.strict_rewrap)
    if pair.fill_long_lines:
        new = fill_long(new, pair.rewrap_width)
    furniture: list[str] = []
    # the last range first, so that the page indices of the earlier ranges still hold
    for layout in sorted(pair.layouts, key=lambda layout: -layout.first_page):
        new = repaginate(new, layout, furniture)
    folder = OUT / pair.name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "old.txt").write_text(old, encoding="utf-8")
    (folder / "new.txt").write_text(new, encoding="utf-8")
    meta = {"doc": pair.doc, "split": pair.split,
            "set": pair.set or ("held-out" if pair.split == "test" else "tuning"),
            "planted": pair.planted, "cosmetic": sorted(set(furniture + pair.cosmetic))}
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
    from pairs_dev import DEV_PAIRS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "kungsbacka")
    parser.add_argument("--scans", action="store_true", help="also make OCR'd scans of OLD")
    parser.add_argument("--only", action="append", metavar="NAME", help="make only this pair (repeatable)")
    args = parser.parse_args()
    pairs = PAIRS + DEV_PAIRS
    unknown = set(args.only or []) - {pair.name for pair in pairs}
    if unknown:
        parser.error(f"no such pair: {', '.join(sorted(unknown))}")
    for pair in [pair for pair in pairs if not args.only or pair.name in args.only]:
        make_pair(pair, args.corpus)
        if args.scans:
            ocr_scans(OUT / pair.name)
        print(pair.name, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    raise SystemExit(main())
