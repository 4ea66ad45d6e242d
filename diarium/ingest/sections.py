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

>>> from diarium.schemas.document import Line
>>> fix_by_rules(Line.from_text("Beslut enligt 4 kap. 1 8 socialtjänstlagen.")).text
'Beslut enligt 4 kap. 1 § socialtjänstlagen.'
>>> fix_by_rules(Line.from_text("Dokumentation enligt 14 kap. I 8& socialtjänstlagen")).text
'Dokumentation enligt 14 kap. I § socialtjänstlagen'
>>> fix_by_rules(Line.from_text("Enligt 2 kap. 1 och 2 88 samt 3 kap. 1-3 $$ kommunallagen")).text
'Enligt 2 kap. 1 och 2 §§ samt 3 kap. 1-3 §§ kommunallagen'
>>> fix_by_rules(Line.from_text("Ärendet avser 88 58-67 och $ 70, 8 71 och 3 72.")).text
'Ärendet avser §§ 58-67 och § 70, § 71 och § 72.'
>>> fix_by_rules(Line.from_text("$58")).text
'§ 58'
>>> fix_by_rules(Line.from_text("Se 88 3 och 4 samt 88 12, 13, $ 8 14 och $& 15.")).text
'Se §§ 3 och 4 samt §§ 12, 13, §§ 14 och § 15.'
>>> fix_by_rules(Line.from_text("Se 838 3 och 4 samt 8 12, $ 13.")).text
'Se §§ 3 och 4 samt § 12, § 13.'
>>> fix_by_rules(Line.from_text("Enligt 8 kap. 38 8 gäller 88 000 kr för 8 personer.")).text
'Enligt 8 kap. 38 § gäller 88 000 kr för 8 personer.'
"""
from __future__ import annotations

import os
import re
import tempfile

from PIL import Image
from rapidfuzz.distance import Levenshtein

from diarium.errors import MissingDependency
from diarium.ingest.tesseract import page_from_tsv, require_tesseract, run_tesseract
from diarium.language import words
from diarium.schemas.document import BBox, Line, Page, Word

# One `§` as `swe` reads it; a token made only of these, one or two long, may be the sign.
SHAPE = re.compile(r"^[§$8S35&gs]{1,2}$")
# Single-glyph shapes of `§` beside a number (the second pass decides).
SINGLE = {"$", "8", "3", "5", "S", "g", "&", "8&", "&8", "§"}
# "§§" as `swe` reads it.
DOUBLE = {"$$", "88", "8$", "$8", "SS", "S$", "$S", "§§", "8§", "§8"}
# "§§" read as three glyphs ("838"): only taken before a range or list of numbers.
TRIPLE = re.compile(r"^[8$S][38&$S][8$S]$")
TRAILING = re.compile(r"^(.*?)([.,;:)]*)$")
NUMBER = re.compile(r"^\(?\d+[a-z]?[.,;:)]?$")
RANGE = re.compile(r"^\d+\s?[–—-]\s?\d+[.,;:)]?$")
KAP = {"kap.", "kap"}
# A section number in "4 kap. 1 §": "1" is sometimes read as "I" or "l"; "1 a §" has a letter.
SECTION_NUMBER = re.compile(r"^(\d+|[Il])[a-z]?,?$")
SECTION_RANGE = re.compile(r"^\d+\s?[–—-]\s?\d+,?$")
LETTER = re.compile(r"^[a-z]$")
CONJUNCTIONS = words("list_conjunctions")
# "§ 58" glued into one word: "$58" is always the sign; "858", "358" only if the second pass agrees.
GLUED_DOLLAR = re.compile(r"^\$(\d{1,4}[a-z]?)([.,;:)]?)$")
GLUED_AMBIGUOUS = re.compile(r"^[83S5](\d{1,3}[a-z]?)$")
SECOND_PASS_LANG = "eng"
PAD = 12     # pixels around a cut-out
GAP = 60     # white rows between cut-outs in the strip read by the second pass
MAX_SECOND_PASS = 40


def _split(text: str) -> tuple[str, str]:
    """("58", ".,") of "58.,": a word and the punctuation after it (TRAILING always matches)."""
    match = TRAILING.match(text)
    assert match is not None
    return match.group(1), match.group(2)


def _replace(word: Word, sign: str) -> Word:
    return word.model_copy(update={"text": sign + _split(word.text)[1]})


def _unglue(word: Word, number: str) -> list[Word]:
    """A word "§58" as two words "§" and "58", the box shared by character count."""
    if not word.bbox:
        return [word.model_copy(update={"text": "§"}), word.model_copy(update={"text": number})]
    x0, y0, x1, y1 = word.bbox
    cut = x0 + (x1 - x0) / (len(number) + 1)
    return [word.model_copy(update={"text": "§", "bbox": (x0, y0, cut, y1)}),
            word.model_copy(update={"text": number, "bbox": (cut, y0, x1, y1)})]


def _law_reference_before(words: list[Word], i: int) -> str | None:
    """"§" or "§§" if words[:i] end in a chapter reference that a sign must follow:
    "4 kap. 1", "4 kap. 1 a", "3 kap. 1-3", "2 kap. 1 och 2"; else None. In "3 kap. 3 och 5"
    the "5" is a number, not a sign: the sign follows a number directly."""
    j = i - 1
    if j >= 0 and LETTER.match(words[j].text):
        j -= 1
    if j < 0 or not (SECTION_NUMBER.match(words[j].text) or SECTION_RANGE.match(words[j].text)):
        return None
    numbers = 0
    for k in range(j, max(-1, j - 5), -1):
        text = words[k].text
        if text.lower() in KAP:
            return "§" if numbers == 1 else "§§"
        if SECTION_RANGE.match(text):
            numbers += 2
        elif SECTION_NUMBER.match(text):
            numbers += 1
        elif text not in CONJUNCTIONS:
            return None
    return None


def _continues_enumeration(words: list[Word], i: int) -> bool:
    """True if words[i] follows "§ 12," / "§§ 61–63 och": the list goes on with another `§`."""
    k = i - 1
    if k >= 0 and words[k].text in CONJUNCTIONS:
        k -= 1
    elif k < 0 or not words[k].text.endswith(","):
        return False
    return (k >= 1 and bool(NUMBER.match(words[k].text) or RANGE.match(words[k].text))
            and words[k - 1].text.startswith("§"))


def _begins_enumeration(words: list[Word], i: int) -> bool:
    """True if words[i] begins "8 12, § 13" / "8 12 och § 13": the list goes on with a `§`."""
    following = [w.text for w in words[i + 1:i + 4]]
    if len(following) < 2:
        return False
    if following[0].endswith(","):
        return _is_sign(following[1])
    return following[1] in CONJUNCTIONS and len(following) == 3 and _is_sign(following[2])


def _is_sign(text: str) -> bool:
    return text.startswith("§") or bool(dollar_sign(_split(text)[0]))


def _starts_list(words: list[Word], i: int) -> bool:
    """True if words[i:] begin a list of numbers: "3 och 4", "12, 13"."""
    following = [w.text for w in words[i:i + 3]]
    if len(following) < 2 or not NUMBER.match(following[0]):
        return False
    if following[0].endswith(","):
        return bool(NUMBER.match(following[1]))
    return following[1] in CONJUNCTIONS and len(following) == 3 and bool(NUMBER.match(following[2]))


def dollar_sign(core: str) -> str | None:
    """`§` or `§§` for a shape with a "$" in it (there is no dollar sign in these texts):
    "$", "$$", "8$"; "$&" is one sign cut in two, like "8&".

    >>> dollar_sign("$"), dollar_sign("$$"), dollar_sign("8$"), dollar_sign("$&"), dollar_sign("88")
    ('§', '§§', '§§', '§', None)
    """
    if "$" not in core or not SHAPE.match(core):
        return None
    return "§§" if len(core) == 2 and "&" not in core else "§"


def sign_by_rule(words: list[Word], i: int) -> str | None:
    """The `§`/`§§` that words[i] is by its shape and context alone, or None."""
    core, _ = _split(words[i].text)
    if dollar_sign(core):
        return dollar_sign(core)
    if not (SHAPE.match(core) or TRIPLE.match(core)) or "§" in core:
        return None
    after = words[i + 1].text if i + 1 < len(words) else ""
    reference = _law_reference_before(words, i)
    if reference:
        return reference
    if (core in DOUBLE or TRIPLE.match(core)) and (RANGE.match(after)
                                                   or _starts_list(words, i + 1)):
        return "§§"
    if core in SINGLE and NUMBER.match(after) and (_continues_enumeration(words, i)
                                                   or _begins_enumeration(words, i)):
        return "§"
    return None


def is_candidate(words: list[Word], i: int) -> bool:
    """An ambiguous shape beside a number: worth a second reading with a model that knows `§`."""
    core, _ = _split(words[i].text)
    if "§" in core:
        return False
    after = words[i + 1].text if i + 1 < len(words) else ""
    before = words[i - 1].text if i > 0 else ""
    if i == 0 and _glued_number(core):  # a heading "§ 58 Val av ..." read as "858 Val"
        return not after or after[:1].isupper()
    if core not in SINGLE | DOUBLE:
        return False
    return bool(NUMBER.match(after) or RANGE.match(after)
                or (NUMBER.match(before) and after[:1].islower()))


def _glued_number(core: str) -> str | None:
    """The number in "858" if it may be "§58" (not one of the plain shapes such as "88")."""
    glued = GLUED_AMBIGUOUS.match(core)
    return glued.group(1) if glued and core not in SINGLE | DOUBLE else None


def _rebuild(line: Line, words: list[Word]) -> Line:
    return line.model_copy(update={"words": words, "text": " ".join(w.text for w in words)})


def fix_by_rules(line: Line) -> Line:
    words: list[Word] = []
    for word in line.words:
        glued = GLUED_DOLLAR.match(word.text)
        words.extend(_unglue(word, "".join(glued.groups())) if glued else [word])
    for i in range(len(words)):  # left to right: an enumeration sees the signs put back before it
        sign = sign_by_rule(words, i)
        if sign:
            words[i] = _replace(words[i], sign)
    words = _join_split_doubles(words)
    return _rebuild(line, words) if words != line.words else line


def _join_split_doubles(words: list[Word]) -> list[Word]:
    """"§§ 3" read as two words, "§" and "8", before a number: one word "§§" again."""
    joined: list[Word] = []
    for i, word in enumerate(words):
        after = words[i + 1].text if i + 1 < len(words) else ""
        if (joined and joined[-1].text == "§" and _split(word.text)[0] in SINGLE
                and word.text == _split(word.text)[0] and NUMBER.match(after)):
            joined[-1] = joined[-1].model_copy(update={"text": "§§", "bbox": _union(
                joined[-1].bbox, word.bbox)})
        else:
            joined.append(word)
    return joined


def _union(a: BBox | None, b: BBox | None) -> BBox | None:
    if not (a and b):
        return a or b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


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
    core, _ = _split(tokens[0])
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
    number = _glued_number(words[i].text) if i == 0 else None
    if number:
        words[i:i + 1] = _unglue(words[i], number)
    else:
        words[i] = _replace(words[i], sign)
    return _rebuild(line, words)


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
        sign = sign_in_reading(reading, glued=i == 0 and bool(_glued_number(word)),
                               doubled=_split(word)[0] in DOUBLE, number=_split(after)[0])
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
