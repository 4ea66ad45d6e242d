"""Turn a converted page (pdfplumber text + Markdown tables) into what the paper page shows.

The corpus text was converted from the municipality's PDFs to Markdown. A few things in it are
conversion artefacts that no paper page shows, and laying them out would teach the OCR pairs
glyphs that never occur on a scan:

- `[Tabell N-M](….csv)` link lines (the converter's pointer to a CSV copy of a table): dropped.
- Markdown pipe-table rows: the cells separated by runs of spaces (a table on paper is cells
  side by side), `<br>` inside a cell a space, the `| --- |` separator rows dropped.
- Markdown backslash escapes (`\\$`, `10\\.`): unescaped (the corpus files already are).
- Leader dots of a table of contents (`Mötets öppnande ........ 4`): a run of four or more dots
  (or of `…`) becomes a gap of spaces. The dots carry no text; laid out and OCR'd, a run of 80
  of them becomes `sssse0000…` that no word repair can or should touch, and a handful of
  contents pages would then make up most of a document's character errors.
- Lines of spaced-out single letters (`i n g a v å t g ä r d`): pdfminer's reading of rotated
  margin text, which the paper shows rotated, not as a line of letters: dropped.
- Lines longer than `MAX_LINE` characters (table rows mostly): wrapped at spaces, because
  `make_scans.py` lays out one source line as one printed line and squeezes a long line
  horizontally until the OCR cannot read it, which no paper page does.

A page whose text layer holds U+FFFD (a damaged embedded text layer) is no born-digital page
the paper shows; `usable_page` rejects it, and a page with no words.

>>> table_row("| 1. | Delårsrapport 2025 för<br>Kungsbacka kommun | 2025-00620 |  |")
'1.   Delårsrapport 2025 för Kungsbacka kommun   2025-00620'
>>> table_row("| --- | --- |") is None
True
>>> clean_page("Beslut\\n[Tabell 3-1](protokoll.tabeller/3-1.csv)\\n\\n| Avtal | Belopp |\\n"
...            "| --- | --- |\\n| GC-väg längs väg 970 | 19 458 651 kronor |")
'Beslut\\n\\nAvtal   Belopp\\nGC-väg längs väg 970   19 458 651 kronor'
"""
from __future__ import annotations

import re

MAX_LINE = 100
CELL_GAP = "   "
TABLE_LINK = re.compile(r"^\s*\[Tabell [^\]]*\]\([^)]*\.csv\)\s*$")
SEPARATOR_CELL = re.compile(r"^:?-{3,}:?$")
BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$|>])")
LEADER = re.compile(r"\s*(?:\.\s?){4,}\s*|\s*…{2,}\s*")
SPACED_MIN = 6


def table_row(line: str) -> str | None:
    """A Markdown table row as printed: its non-empty cells apart; None for a separator row.

    >>> table_row("|  | Beslutsärende |  |  |")
    'Beslutsärende'
    """
    cells = [BR.sub(" ", cell).strip() for cell in line.strip().strip("|").split("|")]
    if cells and all(SEPARATOR_CELL.match(cell) for cell in cells if cell) and any(cells):
        return None
    return CELL_GAP.join(" ".join(cell.split()) for cell in cells if cell)


def wrap(line: str, limit: int = MAX_LINE) -> list[str]:
    """A line cut at spaces into pieces of at most `limit` characters (a longer word alone).

    >>> wrap("Kommunfullmäktige godkänner delårsrapport för Kungsbacka kommun", 30)
    ['Kommunfullmäktige godkänner', 'delårsrapport för Kungsbacka', 'kommun']
    """
    pieces = []
    rest = line.strip()
    while len(rest) > limit:
        cut = rest.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = rest.find(" ", limit)
            if cut < 0:
                break
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    pieces.append(rest)
    return pieces


def spaced_letters(line: str) -> bool:
    """A line that is mostly single letters: rotated text read one glyph at a time.

    >>> spaced_letters("i n g a v å t g ä r d 1 Å t g ä r d e r"), spaced_letters("1 2 3 4 5 6 7")
    (True, False)
    """
    tokens = line.split()
    singles = sum(len(t) == 1 and t.isalpha() for t in tokens)
    return singles >= SPACED_MIN and singles >= 0.6 * len(tokens)


def drop_leaders(line: str) -> str:
    """Table-of-contents leader dots as a gap.

    >>> drop_leaders("Mötets öppnande ........................................ 4")
    'Mötets öppnande   4'
    >>> drop_leaders("Se bilaga... och 3.4 Övriga iakttagelser…………19")
    'Se bilaga... och 3.4 Övriga iakttagelser   19'
    """
    return LEADER.sub(CELL_GAP, line).rstrip()


def clean_line(line: str) -> list[str]:
    """The printed lines one converted line stands for (none for a link or separator).

    >>> clean_line("kostnaden 12 \\\\$ per punkt 10\\\\.")
    ['kostnaden 12 $ per punkt 10.']
    """
    if TABLE_LINK.match(line):
        return []
    line = ESCAPE.sub(r"\1", line)
    if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
        row = table_row(line)
        if row is None:
            return []
        line = row
    else:
        line = BR.sub(" ", line)
    if spaced_letters(line):
        return []
    return wrap(drop_leaders(line))


def clean_page(text: str) -> str:
    """A page's text as the paper shows it, line by line (blank lines kept, ends trimmed)."""
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(clean_line(line))
    while out and not out[-1].strip():
        out.pop()
    while out and not out[0].strip():
        out.pop(0)
    return "\n".join(out)


def usable_page(text: str) -> bool:
    """A born-digital page worth laying out: some words, and no U+FFFD of a broken layer.

    >>> usable_page("Plats och tid\\nStadshuset"), usable_page("\\n\\n"), usable_page("T\\ufffdnster")
    (True, False, False)
    """
    return "\ufffd" not in text and len(re.findall(r"[^\W\d_]{2,}", text)) >= 3
