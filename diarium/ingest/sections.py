"""Put back the `§` that Tesseract's Swedish model cannot read (tesseract issue #2078).

`swe` has no `§` in its character set. What it reads instead depends on the font and size
(measured on a rendered protokoll page, Liberation Serif 1 and 2 and DejaVu Serif at 10–12 pt,
300 dpi): "$" or "8" most often, then "3" and "&", a doubled "88"/"$$" (rarely "838", or two
words "$ 8") for "§§", "8&"/"$&" (the sign cut in two), and at 10 pt the sign glued to its
number ("§ 58" → "$58", "858"). Now and then it drops the sign: that is not recovered.
Recovery works on words, keeping their boxes and confidences:

* shapes that are `§` wherever they stand: "$", "$$" (no dollar sign in these texts), and "$"
  glued to a number ("$58" → "§ 58");
* shapes that are `§` by their context, whatever the font made of the sign:
  after a law reference "N kap. M" ("4 kap. 1 8", "7 8&", "1 a 3"; "§§" after "1–3" or
  "1 och 2"), a doubled shape before a range or list ("88 58-67", "88 3 och 4"), and a shape
  in an enumeration with a `§` ("§§ 61-63 och 8 64", "8 12, § 13");
* an ambiguous shape next to a number ("8 61 Val av justerare", "3 60", "88 12", a heading
  glued as "858") is cut out with its neighbour, and all such cut-outs of a page are read
  again in one Tesseract call with `eng`, whose model knows `§` (in our measurements `eng`
  alone finds it where `swe+eng` still says "8"). The `§` is kept only if that reading puts
  it in the sign's place, so "8 personer", "88 000 kr" or "3 500 kr" stay as they are.

The rules are in `diarium.ingest.section_sign_rules`.
"""
from __future__ import annotations

import os
import re
import tempfile

from PIL import Image
from rapidfuzz.distance import Levenshtein

from diarium.errors import MissingDependency
from diarium.ingest.section_sign_rules import (DOUBLE, SHAPE, fix_by_rules, glued_number,
                                               is_candidate, rebuild_line, replace_sign,
                                               split_trailing, unglue)
from diarium.ingest.tesseract import page_from_tsv, require_tesseract, run_tesseract
from diarium.schemas.document import Line, Page, Word

SECOND_PASS_LANG = "eng"
PAD = 12     # pixels around a cut-out
GAP = 60     # white rows between cut-outs in the strip read by the second pass
MAX_SECOND_PASS = 40


def _cutout_box(words: list[Word], i: int) -> tuple[int, int, int, int] | None:
    boxes = [w.bbox for w in words[i:i + 2] if w.bbox]
    if not words[i].bbox or not boxes:
        return None
    return (int(min(b[0] for b in boxes)) - PAD, int(min(b[1] for b in boxes)) - PAD,
            int(max(b[2] for b in boxes)) + PAD, int(max(b[3] for b in boxes)) + PAD)


def read_cutouts(image_path: str, boxes: list[tuple[int, int, int, int]],
                 lang: str = SECOND_PASS_LANG) -> list[str]:
    """Read each box of the page again, all in one Tesseract call."""
    with Image.open(image_path) as opened:
        page_image = opened.convert("L")
        right, bottom = page_image.size
        crops = [page_image.crop((max(0, x0), max(0, y0), min(right, x1), min(bottom, y1)))
                 for x0, y0, x1, y1 in boxes]
    width = max(c.width for c in crops) + 2 * PAD
    height = sum(c.height + GAP for c in crops) + GAP
    strip = Image.new("L", (width, height), 255)
    slots: list[tuple[int, int]] = []
    y = GAP
    for crop in crops:
        strip.paste(crop, (PAD, y))
        slots.append((y, y + crop.height))
        y += crop.height + GAP
    handle, name = tempfile.mkstemp(prefix="diarium-sect-", suffix=".pgm")
    os.close(handle)
    try:
        strip.save(name, format="PPM")
        reread = page_from_tsv(run_tesseract(name, lang, psm=6), number=1)
    finally:
        os.unlink(name)
    texts = [""] * len(slots)
    for line in reread.lines:
        for word in line.words:
            if word.bbox is None:           # Tesseract's TSV gives every word a box
                continue
            middle = (word.bbox[1] + word.bbox[3]) / 2
            for k, (top, bottom) in enumerate(slots):
                if top - GAP / 2 <= middle <= bottom + GAP / 2:
                    texts[k] += " " + word.text
    return [t.strip() for t in texts]


def sign_in_reading(reading: str, glued: bool = False, doubled: bool = False,
                    number: str = "") -> str | None:
    """The sign a second reading puts first in its cut-out: "§ 64." → "§", "§§ 58-67" → "§§",
    "§58" → "§" for a glued word or before the `number` "58", "8§ 3" → "§§" for a doubled
    shape; "88 000" or a stray "§8" before "000" → None.

    >>> sign_in_reading("§ 61"), sign_in_reading("§§ 12-14."), sign_in_reading("§58", glued=True)
    ('§', '§§', '§')
    >>> sign_in_reading("8§ 3", doubled=True), sign_in_reading("88 000", doubled=True)
    ('§§', None)
    >>> sign_in_reading("§8 000"), sign_in_reading("1 § soc"), sign_in_reading("§61", number="61")
    (None, None, '§')
    """
    tokens = reading.split()
    if not tokens:
        return None
    core, _ = split_trailing(tokens[0])
    if core in ("§", "§§"):
        return core
    if doubled and "§" in core and SHAPE.match(core) and len(core) == 2:  # "88" read "8§"
        return "§§"
    if glued and re.match(r"^§\d", core) or number and core == "§" + number:
        return "§"
    return None


def second_pass_available() -> bool:
    try:
        require_tesseract(SECOND_PASS_LANG)
    except MissingDependency:
        return False
    return True


def _apply_reading(line: Line, i: int, sign: str) -> Line:
    words = list(line.words)
    number = glued_number(words[i].text) if i == 0 else None
    if number:
        words[i:i + 1] = unglue(words[i], number)
    else:
        words[i] = replace_sign(words[i], sign)
    return rebuild_line(line, words)


def recover_section_signs(page: Page, image_path: str | None = None, lang: str = "swe") -> Page:
    """The page with `§` restored: rules first, then one `eng` re-reading of the doubtful."""
    if "swe" not in lang.split("+"):
        return page
    lines = [fix_by_rules(line) for line in page.lines]
    spots = [(n, i) for n, line in enumerate(lines) for i in range(len(line.words))
             if is_candidate(line.words, i)][:MAX_SECOND_PASS]
    boxed = [(spot, box) for spot in spots if (box := _cutout_box(lines[spot[0]].words, spot[1]))]
    if not (boxed and image_path and second_pass_available()):
        return page.model_copy(update={"lines": lines})
    readings = read_cutouts(image_path, [box for _, box in boxed])
    # right to left within a line, so that splitting a glued word keeps later indices valid
    for ((n, i), _), reading in sorted(zip(boxed, readings), key=lambda t: t[0][0], reverse=True):
        word = lines[n].words[i].text
        after = lines[n].words[i + 1].text if i + 1 < len(lines[n].words) else ""
        sign = sign_in_reading(reading, glued=i == 0 and bool(glued_number(word)),
                               doubled=split_trailing(word)[0] in DOUBLE, number=split_trailing(after)[0])
        if sign:
            lines[n] = _apply_reading(lines[n], i, sign)
    # once more: a sign the second pass found may begin an enumeration ("§ 12, 8 13")
    changed = {n for (n, _), _ in boxed}
    lines = [fix_by_rules(line) if n in changed else line for n, line in enumerate(lines)]
    return page.model_copy(update={"lines": lines})


def section_sign_counts(truth: str, reading: str) -> tuple[int, int, int]:
    """How well `§` came through: (§ in truth, read as § at the same place, § read where the
    truth has none). Whitespace is ignored, so line breaks and spacing do not count.

    >>> section_sign_counts("enligt 4 kap. 1 § SoL, § 58", "enligt 4 kap. 1 8 SoL, § 58 §")
    (2, 1, 1)
    """
    truth, reading = " ".join(truth.split()), " ".join(reading.split())
    found = false = 0
    for opcode in Levenshtein.opcodes(truth, reading):
        tag, t0, t1, r0, r1 = opcode.tag, opcode.src_start, opcode.src_end, opcode.dest_start, opcode.dest_end
        if tag == "equal":
            found += truth[t0:t1].count("§")
        else:
            false += max(0, reading[r0:r1].count("§") - truth[t0:t1].count("§"))
    return truth.count("§"), found, false
