"""Rule: the symbols Tesseract's Swedish model misreads, restored from the text around them.

Real Tesseract-`swe` scans keep å/ä/ö but lose signs a word model cannot vote on:

* "§" read as "$" beside a paragraph number: "43 $ anläggningslagen", "$ 397", "$19"
  ("§ 19": a section sign stands apart from its number in Swedish typesetting), or before
  a statute's abbreviation (`language/data/law_abbreviations.tsv`): "11 $ MB" split at a
  line break;
* "%" read as "24", "4" or "96" after a number in running text ("10 24 av" → "10 % av");
* "m²"/"m³" read as "m?" after a number or standing alone ("för varje m?"); the line's
  nearest unit cue (`language/data/unit_cues.tsv`: "yta" → m², "volym" → m³) or else the
  page's own use decides, and m² without either;
* "l/s" (litres a second) read as "1/s" or "I/s" after a number;
* "1" read as "I" or "l" and "0" as "O" in a number ("20I9" → "2019", "1O" → "10"), never in
  a word or a roman numeral; and the number one read as "I" or "l" standing alone: a page
  number "I (11)", or after a lower-case word and before a unit (`number_followers.txt`):
  "förlängt med I år" (a sentence's own "I år" stays); "1" read as "[" before a section
  number on a line that closes no bracket ("[8.1" → "18.1");
* "l" read as "1" inside a word ("ti1l" → "till") when only the restored form is a word,
  and as "!", "]", "}" or "|" inside or at the end of one ("til!" → "till") when that
  makes a far commoner word;
* an en dash lost in a numeric range ("5-6"), on a page that prints its ranges with en dashes;
  an en dash read as an em dash in a numeric range ("5—6") or standing apart before a
  lower-case word or a number ("beslut — och", "17:00 — 17:49"): Swedish typesetting spans
  and breaks a sentence with the en dash, the OCR widens it; a dash before a capital (a
  title's subtitle, "Ekeby — Nya tider") or closed up between words may be the document's
  own em dash and stays — also on a page that prints no en dash at all (real scans' titles
  keep their em dashes: "Ekeby — Nya tider" stays); at a line's edge, after a word or a
  number that ends no sentence or opening a line before a word, it is the en dash;
* a space the OCR put after a web address's "www." ("www. ekeby.se").

These are patterns of the OCR engine's glyphs, general for any document; no word of a
document is in them.

>>> [(e.original, e.replacement) for e in symbol_edits("enligt 43 $ anläggningslagen")]
[('$', '§')]
>>> [(e.original, e.replacement) for e in symbol_edits("$19 Dnr 2022-00765, $ 397")]
[('$', '§ '), ('$', '§')]
>>> line = "Tomtytan är 924 m? och magasinets volym 40 m?."
>>> [(e.original, e.replacement) for e in symbol_edits(line)]
[('?', '²'), ('?', '³')]
>>> [(e.original, e.replacement) for e in symbol_edits("flöde 20 1/s år 20I9, ej II eller 1-2")]
[('1', 'l'), ('20I9', '2019')]
>>> [(e.original, e.replacement) for e in symbol_edits("Kostnad 1 000 USD $ och O$8")]
[]
>>> [(e.original, e.replacement) for e in symbol_edits("$ MB). Befintlig allé")]
[('$', '§')]
>>> [(e.original, e.replacement) for e in symbol_edits("I (11)") + symbol_edits("med I år.")]
[('I', '1'), ('I', '1')]
>>> symbol_edits("I år har två ansökningar inkommit") + symbol_edits("Del I och II")
[]
>>> [(e.original, e.replacement) for e in symbol_edits("motsvarande 10 24 av, ca 10 4, och")]
[('24', '%'), ('4', '%')]
>>> symbol_edits("Banken 13 10 nya bostäder") + symbol_edits("sidan 12 24 25 26")
[]
>>> [(e.original, e.replacement) for e in symbol_edits("för varje m? hårdgjord yta")]
[('?', '²')]
>>> [(e.original, e.replacement) for e in symbol_edits("[8.1")], symbol_edits("[8.1] se ovan")
([('[', '1')], [])
>>> [(e.original, e.replacement) for e in symbol_edits("gäller — utom 5—6 maj")]
[('—', '–'), ('—', '–')]
>>> [(e.original, e.replacement) for e in symbol_edits("kl. 9.00 — 12.00 — och Ekeby — Nya")]
[('—', '–'), ('—', '–')]
>>> symbol_edits("Ekeby—Norrby")
[]

At a line's edge the line break hides what the dash joins: an em dash there is the en dash
after a word or a number that ends no sentence, or opening a line before a word; after a
full stop it is no dash of the sentence and stays.

>>> [(e.start, e.replacement) for e in symbol_edits("gäller verksamheten —") + symbol_edits(
...     "§§ 12—") + symbol_edits("— Ekeby torg") + symbol_edits("(ej bygglov) —")]
[(20, '–'), (5, '–'), (0, '–'), (13, '–')]
>>> symbol_edits("i Ekeby kommun. —") + symbol_edits("—") + symbol_edits("—Ekeby")
[]

A dash at the line's end before a line that opens with a capital is a title's, its
subtitle below (as "Ekeby — Nya tider" on one line):

>>> symbol_edits("Rapport om Ekeby —", next_line="Nya tider") + symbol_edits(
...     "Bilaga 2 —", next_line=" Protokoll från mötet")
[]
>>> [e.replacement for e in symbol_edits("gäller verksamheten —", next_line="och planen")]
['–']
>>> [(e.original, e.replacement) for e in symbol_edits("se www. ekeby.se och www.")]
[(' ', '')]
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from diarium.corrections.context import LineEdit
from diarium.language import table, words

UNIT_CUES = table("unit_cues")
SQUARE, CUBE = "²", "³"

# "$" after a paragraph number ("43 $", "5-6a $$") or before one or a range ("$ 397", "$19",
# "$$ 46-50").
SIGN_AFTER = re.compile(r"(?:(?<=\s)|^)\d{1,4}(?:[-–]\d{1,4})?[a-z]?\s?(\${1,2})(?=[\s,.;:)]|$)")
SIGN_BEFORE = re.compile(
    r"(?:(?<=[\s(])|^)(\${1,2})(\s?)(?=\d{1,4}(?:[-–—]\d{1,4})?(?:[\s,.;:)]|$))")
# "$" before a statute's abbreviation ("$ MB)", its number on the line before).
SIGN_BEFORE_LAW = re.compile(r"(?:(?<=[\s(])|^)(\${1,2})(?=\s(?:%s)\b)" % "|".join(
    sorted(map(re.escape, table("law_abbreviations")), key=len, reverse=True)))
# The number one as "I"/"l" alone: a page number "I (11)", or after a lower-case word before a
# unit or counted thing ("med I år"; not the joiners "1 och 2" that a roman "I och II" shares).
UNITS = words("number_followers") - {"och", "eller", "till", "av", "mot"}
ONE_PAGE = re.compile(r"^\s*([Il])(?= \(\d{1,3}\)\s*$)")
ONE_BEFORE_UNIT = re.compile(r"(?<=[a-zåäö] )([Il])(?= (%s)\b)" % "|".join(
    sorted(map(re.escape, UNITS), key=len, reverse=True)))
# "[" for the "1" of a section number ("[8.1"), when the line closes no bracket.
BRACKET_ONE = re.compile(r"(?:(?<=\s)|^)(\[)(?=\d\.\d)")
# "m?" after a number ("924 m?", "1000 m?") or alone ("per m?"), the "?" is the exponent.
UNIT = re.compile(r"(?:(?<=\d)\s?|(?<=[\s/])|^)m(\?)(?=[\s,.;:)/]|$)")
# "%" read as "24", "4" or "96" after a number in running text ("motsvarande 10 24 av"): a
# group of one or two digits after a space is no part of a Swedish number (its groups have
# three), and a word or a sign follows, not another number.
PERCENT = re.compile(r"(?<=[^\W\d_] )\d{1,3} (24|96|4)(?=[,.;:)]|\s+[^\W\d_])")
LITRES = re.compile(r"(?<=\d)\s([1I])(?=/s\b)")
# A number with letters for digits ("20I9", "1O"): "I"/"l" for 1, "O" for 0, at least as many
# real digits as such letters.
NUMBER = re.compile(r"(?<![\w.,:/-])[\dOIl]+(?:[.,:/-][\dOIl]+)*(?![\w])")
DIGIT_OF = str.maketrans("IlO", "110")
# A word with "1" between letters: "ti1l", "a1la".
# A word with "1" between letters ("ti1l", "a1la") or first before three ("1ika"); "1a", "1st"
# stay.
ONE_IN_WORD = re.compile(r"\b[^\W\d_]+1[^\W\d_]+\b|\b1[^\W\d_]{3,}\b")
# A lower-case word with "!", "]", "}" or "|" for an "l" inside it or at its end ("til!",
# "kontrol]", "arsboks!ut"); a bracket only where the line opens none.
GLYPH_IN_WORD = re.compile(r"(?<![\w!\]}|])[^\W\d_]*[a-zåäö]([!\]}|])[^\W\d_]*(?![\w!\]}|])")
L_GLYPH_OPENERS = {"]": "[", "}": "{", "!": "", "|": ""}
RANGE = re.compile(r"(?<![\w.:/-])(\d{1,3})-(\d{1,3})(?![\w.:/-])")
# "www. example.se": the OCR's space after a web address's "www.".
WWW = re.compile(r"(?<![\w.])www\.( )(?=[a-z0-9-]+\.[a-z]{2,}\b)")
EM_DASH = re.compile(r"(?<=\d)—(?=\d)|(?<=\s)—(?= [a-zåäö\d])"
                     # at a line's edge, where the line break hides what it joins: after a
                     # word or a number that ends no sentence ("verksamhet —", "§§ 74—"),
                     # or opening a line before a word ("— del av")
                     r"|(?<=\d)—(?=\s*$)|(?<=[\w)] )—(?=\s*$)|^—(?= [^\W\d_])")
EN_RANGE = re.compile(r"(?<![\w.:/–-])\d{1,3}\s?–\s?\d{1,3}(?![\w.:/–-])")
# The page prints this many numeric ranges with an en dash before its hyphens become one.
EN_DASH_RANGES = 2
CUE_WINDOW = 40     # characters between a unit and a cue that speaks of it

ONE_ZIPF = 1.0         # a word wordfreq lists
GLYPH_L_LEAD = 2.0     # Zipf by which "till" must outrank "til" for "til!" to be "till"
SIGN_CONFIDENCE, UNIT_CONFIDENCE, DIGIT_CONFIDENCE, WORD_CONFIDENCE = 0.95, 0.9, 0.9, 0.8


@dataclass(frozen=True)
class PageSigns:
    """What the page itself prints: its unit with an exponent, its range dash."""

    cube: bool = False          # m³ more often than m²
    en_dash: bool = False       # numeric ranges with en dashes, more than with a hyphen

    @classmethod
    def of(cls, text: str) -> PageSigns:
        en = len(EN_RANGE.findall(text))
        return cls(text.count("m³") > text.count("m²"),
                   en >= EN_DASH_RANGES and en > len(RANGE.findall(text)))


def unit_exponent(line: str, at: int, page: PageSigns) -> str:
    """² or ³ for the "m?" at `at`: the nearest cue stem near it, else the page."""
    best, distance = None, CUE_WINDOW + 1
    for match in re.finditer(r"[^\W\d_]+", line.lower()):
        word = match.group()
        for stem, unit in UNIT_CUES.items():
            gap = at - match.end() if match.end() <= at else match.start() - at
            if stem in word and gap < distance:
                best, distance = unit, gap
    if best:
        return best[-1]
    return CUBE if page.cube else SQUARE


def symbol_edits(line: str, page: PageSigns = PageSigns(),
                 is_word: Callable[[str], bool] | None = None,
                 zipf: Callable[[str], float] | None = None,
                 next_line: str = "") -> list[LineEdit]:
    """The line's symbol repairs, in line order. `is_word` (the lexicon) enables "ti1l",
    `zipf` (its frequencies) "til!"; `next_line` shows what a dash at the line's end joins."""
    edits: list[LineEdit] = []

    def add(start: int, end: int, new: str, confidence: float, reason: str) -> None:
        if any(e.start < end and start < e.end for e in edits):
            return      # one repair a span: the more specific rule came first
        edits.append(LineEdit(start, end, line[start:end], new, confidence, reason, True))

    if "$" in line:
        for match in SIGN_AFTER.finditer(line):
            add(match.start(1), match.end(1), "§" * len(match.group(1)), SIGN_CONFIDENCE, "§←$")
        for match in SIGN_BEFORE.finditer(line):
            sign = "§" * len(match.group(1)) + ("" if match.group(2) else " ")
            add(match.start(1), match.end(1), sign, SIGN_CONFIDENCE, "§←$")
        for match in SIGN_BEFORE_LAW.finditer(line):
            add(match.start(1), match.end(1), "§" * len(match.group(1)), SIGN_CONFIDENCE,
                "§←$")
    for match in (*ONE_PAGE.finditer(line), *ONE_BEFORE_UNIT.finditer(line)):
        add(match.start(1), match.end(1), "1", DIGIT_CONFIDENCE, "1←I/l alone")
    if "[" in line and "]" not in line:
        for match in BRACKET_ONE.finditer(line):
            add(match.start(1), match.end(1), "1", DIGIT_CONFIDENCE, "1←[ in a number")
    if "m?" in line:
        for match in UNIT.finditer(line):
            add(match.start(1), match.end(1), unit_exponent(line, match.start(), page),
                UNIT_CONFIDENCE, "m²/m³←m?")
    for match in PERCENT.finditer(line):
        add(match.start(1), match.end(1), "%", SIGN_CONFIDENCE, "%←digits")
    if "/s" in line:
        for match in LITRES.finditer(line):
            add(match.start(1), match.end(1), "l", DIGIT_CONFIDENCE, "l/s←1/s")
    for match in NUMBER.finditer(line):
        token = match.group()
        digits = sum(c.isdigit() for c in token)
        if 0 < len(token) - digits - sum(not c.isalnum() for c in token) <= digits:
            add(match.start(), match.end(), token.translate(DIGIT_OF), DIGIT_CONFIDENCE,
                "digit←I/l/O in a number")
    if is_word is not None and "1" in line:
        for match in ONE_IN_WORD.finditer(line):
            word = match.group()
            if sum(c.isalpha() for c in word) < 2:
                continue
            restored = word.replace("1", "I" if word.isupper() or word[0] == "1" and word[
                1:2].isupper() else "l")
            if is_word(restored.lower()) and not is_word(word.lower()):
                add(match.start(), match.end(), restored, WORD_CONFIDENCE, "l←1 in a word")
    if zipf is not None:
        for start, end, restored in glyph_l_words(line, zipf):
            add(start, end, restored, WORD_CONFIDENCE, "l←!/]/}/| in a word")
    if "www. " in line:
        for match in WWW.finditer(line):
            add(match.start(1), match.end(1), "", DIGIT_CONFIDENCE, "web address")
    if "—" in line:
        title_below = next_line.lstrip()[:1].isupper()
        for match in EM_DASH.finditer(line):
            if title_below and not line[match.end():].strip():
                continue    # a title's subtitle on the next line: the document's em dash
            add(match.start(), match.end(), "–", DIGIT_CONFIDENCE, "–←—")
    if page.en_dash and "-" in line:
        for match in RANGE.finditer(line):
            dash = match.end(1)
            add(dash, dash + 1, "–", DIGIT_CONFIDENCE, "–←- in a range")
    edits.sort(key=lambda e: e.start)
    return edits


def glyph_l_words(line: str, zipf: Callable[[str], float]) -> list[tuple[int, int, str]]:
    """(start, end, word) where a glyph read for "l" makes a word far commoner than the
    letters around it: "til!" → "till", "kontrol]" → "kontroll" ("Välkommen!" stays).

    >>> glyph_l_words("rätt til! insyn, se kontrol] och [til]", lambda w: {
    ...     "till": 7.0, "til": 4.2, "kontroll": 4.5}.get(w, 0.0))
    [(5, 9, 'till'), (20, 28, 'kontroll')]
    """
    found = []
    for match in GLYPH_IN_WORD.finditer(line):
        glyph, word = match.group(1), match.group()
        opener = L_GLYPH_OPENERS[glyph]
        if opener and opener in line[:match.start(1)]:
            continue    # a bracket the line opened: punctuation
        restored = word.replace(glyph, "l")
        bare = word.replace(glyph, "")
        if zipf(restored.lower()) >= max(ONE_ZIPF, zipf(bare.lower()) + GLYPH_L_LEAD):
            found.append((match.start(), match.end(), restored))
    return found
