"""Rules that put back a `§` misread by Tesseract's Swedish model, from the words around it.

A shape is `§` wherever it stands ("$", "$$", "$" glued to a number), or by its context: after
a law reference "N kap. M", as a doubled shape before a range or list, or inside an
enumeration with a `§`. Shapes that stay ambiguous are reported by `is_candidate` for the
second reading in `diarium.ingest.sections`.

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

import re

from diarium.language import words
from diarium.schemas.document import BBox, Line, Word

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


def split_trailing(text: str) -> tuple[str, str]:
    """("58", ".,") of "58.,": a word and the punctuation after it (TRAILING always matches)."""
    match = TRAILING.match(text)
    assert match is not None
    return match.group(1), match.group(2)


def replace_sign(word: Word, sign: str) -> Word:
    return word.model_copy(update={"text": sign + split_trailing(word.text)[1]})


def unglue(word: Word, number: str) -> list[Word]:
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
    return text.startswith("§") or bool(dollar_sign(split_trailing(text)[0]))


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
    core, _ = split_trailing(words[i].text)
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
    core, _ = split_trailing(words[i].text)
    if "§" in core:
        return False
    after = words[i + 1].text if i + 1 < len(words) else ""
    before = words[i - 1].text if i > 0 else ""
    if i == 0 and glued_number(core):  # a heading "§ 58 Val av ..." read as "858 Val"
        return not after or after[:1].isupper()
    if core not in SINGLE | DOUBLE:
        return False
    return bool(NUMBER.match(after) or RANGE.match(after)
                or (NUMBER.match(before) and after[:1].islower()))


def glued_number(core: str) -> str | None:
    """The number in "858" if it may be "§58" (not one of the plain shapes such as "88")."""
    glued = GLUED_AMBIGUOUS.match(core)
    return glued.group(1) if glued and core not in SINGLE | DOUBLE else None


def rebuild_line(line: Line, words: list[Word]) -> Line:
    return line.model_copy(update={"words": words, "text": " ".join(w.text for w in words)})


def fix_by_rules(line: Line) -> Line:
    words: list[Word] = []
    for word in line.words:
        glued = GLUED_DOLLAR.match(word.text)
        words.extend(unglue(word, "".join(glued.groups())) if glued else [word])
    for i in range(len(words)):  # left to right: an enumeration sees the signs put back before it
        sign = sign_by_rule(words, i)
        if sign:
            words[i] = replace_sign(words[i], sign)
    words = _join_split_doubles(words)
    return rebuild_line(line, words) if words != line.words else line


def _join_split_doubles(words: list[Word]) -> list[Word]:
    """"§§ 3" read as two words, "§" and "8", before a number: one word "§§" again."""
    joined: list[Word] = []
    for i, word in enumerate(words):
        after = words[i + 1].text if i + 1 < len(words) else ""
        if (joined and joined[-1].text == "§" and split_trailing(word.text)[0] in SINGLE
                and word.text == split_trailing(word.text)[0] and NUMBER.match(after)):
            joined[-1] = joined[-1].model_copy(update={"text": "§§", "bbox": _union(
                joined[-1].bbox, word.bbox)})
        else:
            joined.append(word)
    return joined


def _union(a: BBox | None, b: BBox | None) -> BBox | None:
    if not (a and b):
        return a or b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
