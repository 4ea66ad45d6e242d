"""Put back the `§` that Tesseract's Swedish model cannot read (tesseract issue #2078).

`swe` has no `§` in its character set. On a rendered protokoll page at 300 dpi it reads
"§ 58" as "$ 58" or "8 58", "§§ 58–67" as "88 58-67", "4 kap. 1 §" as "4 kap. 1 8" and,
more rarely, "§" as "3". Recovery works on words, keeping their boxes and confidences:

* shapes that are `§` wherever they stand: "$" and "$$" (no dollar sign in these texts);
* shapes that are `§` by their context: after "N kap. M" ("4 kap. 1 8" → "4 kap. 1 §"), and a
  doubled shape before a range of numbers ("88 58-67" → "§§ 58-67");
* an ambiguous shape next to a number ("och 8 64", a heading "8 61 Val av justerare",
  "88 12") is cut out with its neighbours, and all such cut-outs of a page are read again in
  one `swe+eng` Tesseract call (the `eng` model knows `§`); the `§` is kept only if that
  reading has it, so "8 personer" or "88 000 kr" stay as they are.

>>> from diarium.schemas.document import Line
>>> fix_by_rules(Line.from_text("Beslut enligt 4 kap. 1 8 socialtjänstlagen.")).text
'Beslut enligt 4 kap. 1 § socialtjänstlagen.'
>>> fix_by_rules(Line.from_text("Dokumentation enligt 14 kap. I 8 socialtjänstlagen")).text
'Dokumentation enligt 14 kap. I § socialtjänstlagen'
>>> fix_by_rules(Line.from_text("Ärendet avser 88 58-67 och $ 70.")).text
'Ärendet avser §§ 58-67 och § 70.'
>>> fix_by_rules(Line.from_text("Kostnaden blev 88 000 kr för 8 personer.")).text
'Kostnaden blev 88 000 kr för 8 personer.'
"""
from __future__ import annotations

import os
import re
import tempfile

from PIL import Image

from diarium.schemas.document import Line, Page, Word

SINGLE = {"$", "8", "3", "5", "S", "§"}
DOUBLE = {"$$", "88", "8$", "$8", "SS", "S$", "$S", "§§"}
ALWAYS = {"$": "§", "$$": "§§", "8$": "§§", "$8": "§§", "S$": "§§", "$S": "§§"}
TRAILING = re.compile(r"^(.*?)([.,;:)]*)$")
NUMBER = re.compile(r"^\(?\d+[a-z]?[.,;:)]?$")
RANGE = re.compile(r"^\d+\s?[–—-]\s?\d+[.,;:)]?$")
KAP = {"kap.", "kap"}
SECTION_NUMBER = re.compile(r"^\d+[a-z]?$|^[Il]$")  # "1" is sometimes read as "I" or "l"
PAD = 12     # pixels around a cut-out
GAP = 60     # white rows between cut-outs in the strip read by the second pass
MAX_SECOND_PASS = 40


def _split(text: str) -> tuple[str, str]:
    core, tail = TRAILING.match(text).groups()
    return core, tail


def _replace(word: Word, sign: str) -> Word:
    return word.model_copy(update={"text": sign + _split(word.text)[1]})


def sign_by_rule(words: list[Word], i: int) -> str | None:
    """The `§`/`§§` that words[i] is by its shape and context alone, or None."""
    core, _ = _split(words[i].text)
    if core in ALWAYS:
        return ALWAYS[core]
    before = [w.text for w in words[max(0, i - 2):i]]
    after = words[i + 1].text if i + 1 < len(words) else ""
    if core in SINGLE and len(before) == 2 and before[0].lower() in KAP and SECTION_NUMBER.match(before[1]):
        return "§"
    if core in DOUBLE and RANGE.match(after):
        return "§§"
    return None


def is_candidate(words: list[Word], i: int) -> bool:
    """An ambiguous shape beside a number: worth a second reading with a model that knows `§`."""
    core, _ = _split(words[i].text)
    if core not in SINGLE | DOUBLE or core == "§":
        return False
    after = words[i + 1].text if i + 1 < len(words) else ""
    before = words[i - 1].text if i > 0 else ""
    return bool(NUMBER.match(after) or RANGE.match(after)
                or (NUMBER.match(before) and after[:1].islower()))


def _rebuild(line: Line, words: list[Word]) -> Line:
    return line.model_copy(update={"words": words, "text": " ".join(w.text for w in words)})


def fix_by_rules(line: Line) -> Line:
    words = list(line.words)
    for i in range(len(words)):
        sign = sign_by_rule(words, i)
        if sign:
            words[i] = _replace(words[i], sign)
    return _rebuild(line, words) if words != line.words else line


def _cutout_box(words: list[Word], i: int) -> tuple[int, int, int, int] | None:
    boxes = [w.bbox for w in words[i:i + 2] if w.bbox]
    if not words[i].bbox or not boxes:
        return None
    return (int(min(b[0] for b in boxes)) - PAD, int(min(b[1] for b in boxes)) - PAD,
            int(max(b[2] for b in boxes)) + PAD, int(max(b[3] for b in boxes)) + PAD)


def read_cutouts(image_path: str, boxes: list[tuple[int, int, int, int]]) -> list[str]:
    """Read each box of the page again with swe+eng, all in one Tesseract call."""
    from diarium.ingest.ocr import page_from_tsv, run_tesseract
    with Image.open(image_path) as page_image:
        page_image = page_image.convert("L")
        right, bottom = page_image.size
        crops = [page_image.crop((max(0, x0), max(0, y0), min(right, x1), min(bottom, y1)))
                 for x0, y0, x1, y1 in boxes]
    width = max(c.width for c in crops) + 2 * PAD
    height = sum(c.height + GAP for c in crops) + GAP
    strip = Image.new("L", (width, height), 255)
    slots, y = [], GAP
    for crop in crops:
        strip.paste(crop, (PAD, y))
        slots.append((y, y + crop.height))
        y += crop.height + GAP
    handle, name = tempfile.mkstemp(prefix="diarium-sect-", suffix=".pgm")
    os.close(handle)
    try:
        strip.save(name, format="PPM")
        reread = page_from_tsv(run_tesseract(name, "swe+eng", psm=6), number=1)
    finally:
        os.unlink(name)
    texts = [""] * len(slots)
    for line in reread.lines:
        for word in line.words:
            middle = (word.bbox[1] + word.bbox[3]) / 2
            for k, (top, bottom) in enumerate(slots):
                if top - GAP / 2 <= middle <= bottom + GAP / 2:
                    texts[k] += " " + word.text
    return [t.strip() for t in texts]


def second_pass_available() -> bool:
    from diarium.errors import MissingDependency
    from diarium.ingest.ocr import require_tesseract
    try:
        require_tesseract("swe+eng")
    except MissingDependency:
        return False
    return True


def recover_section_signs(page: Page, image_path: str | None = None, lang: str = "swe") -> Page:
    """The page with `§` restored: rules first, then one swe+eng re-reading of the doubtful."""
    if "swe" not in lang.split("+"):
        return page
    lines = [fix_by_rules(line) for line in page.lines]
    todo = [(n, i) for n, line in enumerate(lines) for i in range(len(line.words))
            if is_candidate(line.words, i)][:MAX_SECOND_PASS]
    boxes = [_cutout_box(lines[n].words, i) for n, i in todo]
    todo = [(spot, box) for spot, box in zip(todo, boxes) if box]
    if todo and image_path and second_pass_available():
        readings = read_cutouts(image_path, [box for _, box in todo])
        for ((n, i), _), reading in zip(todo, readings):
            signs = [t for t in reading.split() if t.startswith("§")]
            if signs:
                sign = "§§" if signs[0].startswith("§§") else "§"
                words = list(lines[n].words)
                words[i] = _replace(words[i], sign)
                lines[n] = _rebuild(lines[n], words)
    return page.model_copy(update={"lines": lines})
