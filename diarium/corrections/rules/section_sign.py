"""Rule: a paragraph sign "§" the OCR read as "8", or printed glued to its number.

Tesseract's Swedish model reads "§" as the digit 8 (or "&", "£") in some typefaces: a
protokoll's paragraph heads come out as "8 120 Dnr KS-2024-00003", "8119 Dnr ...", "&9", its references as
"2024-06-18, 8 169" or "utvecklingsledare 8 125", a range as "88 73-76" ("§§"). A number
cannot be told from a sign on one line, so the document must show the misreading first:
`SignEvidence.of` wants two signs read as 8 where no number can stand — a paragraph head
(an "8 N" line of its own), a reference after a date ("2024-06-18 8 169") — or one that
settles it alone: a head followed by a case-number label (`language/data/dnr_labels.txt`:
"8 62 Dnr KS-2024-00219") or a statute's paragraph after its chapter ("3 kap. 6 8 lag"); and
no "§" printed anywhere (a typeface the OCR reads the sign in prints its other signs too).
Only then are the heads and references restored, also a statute's "6 8 socialtjänstlagen",
"24 e 8 LSS" and a reference before a name in a list ("handläggare 8 49 Anna Berg"); an
amount ("27 811 806 kronor", "8 128 kr") never is: its "8" is followed by a group of three
digits and a word, or stands in a row of numbers.

A heading printed "§8" on a line of its own is "§ 8" on a document that prints its other
signs apart from their numbers (the OCR closes the narrow gap of a one-line heading).

>>> evidence = SignEvidence.of(["8 120 Dnr FG-2024-00003", "text", "8 121", "8 122 Dnr 1"])
>>> evidence.eight
True
>>> [(e.original, e.replacement) for e in section_sign_edits("8 120 Dnr FG-1", evidence)]
[('8 ', '§ ')]
>>> [(e.original, e.replacement) for e in section_sign_edits(
...     "Kommunstyrelsen 2024-06-18, 8 169", evidence)]
[('8 ', '§ ')]
>>> [(e.original, e.replacement) for e in section_sign_edits("Paragrafer 88 73-76", evidence)]
[('88', '§§')]
>>> [(e.original, e.replacement) for e in section_sign_edits("2024, &1 och £ 2", evidence)]
[('&', '§ '), ('£ ', '§ ')]
>>> section_sign_edits("Summa 27 811 806 kronor, varav 8 128 kr", evidence)
[]
>>> section_sign_edits("8 120 Dnr FG-1", SignEvidence.of(["8 120 Dnr 1", "§ 4", "8 1"]))
[]
>>> SignEvidence.of(["8 62 Dnr KS-2024-00219", "text"]).eight     # a labelled head settles it
True
>>> SignEvidence.of(["enligt 3 kap. 6 8 lagen"]).eight, SignEvidence.of(["8 62", "text"]).eight
(True, False)
>>> SignEvidence.of(["8 61", "text", "8 62"]).eight, SignEvidence.of(["8741", "853"]).eight
(True, False)
>>> [(e.original, e.replacement) for e in section_sign_edits(
...     "anges i 6 8 lagen eller 24 e 8 LSS, handläggare 8 49 Anna Berg", evidence)]
[('8', '§'), ('8', '§'), ('8 ', '§ ')]
>>> [(e.original, e.replacement) for e in section_sign_edits("13 8 förvaltningslagen", evidence)]
[('8', '§')]
>>> section_sign_edits("varav 8 128 kr och 6 8 12", evidence)
[]
>>> [(e.original, e.replacement) for e in section_sign_edits("handläggare 8", evidence, "49")]
[('8', '§')]
>>> section_sign_edits("handläggare 8", evidence, "128 000 kr")
[]
>>> section_sign_edits("Finansiering 8", evidence, "5 Källförteckning")     # contents
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from diarium.corrections.context import LineEdit
from diarium.language import words

LABELS = "|".join(sorted((re.escape(w) for w in words("dnr_labels")), key=len, reverse=True))
# "8 120 Dnr ...", "8 11" alone, "8119 Dnr ...": the head of a paragraph.
HEAD = re.compile(r"^\s*([8&£] ?)(?=\d{1,3}(?:\s*$|[.:]?\s+(?:%s)\b))" % LABELS, re.IGNORECASE)
# "82", "813" alone on a line: a head whose sign the OCR glued to its number.
GLUED_HEAD = re.compile(r"^\s*([8&£])(?=\d{1,3}\s*[|;:.]?\s*$)")
# "&8", "£2" before a number anywhere: no ampersand stands before a number.
SIGN_GLYPH = re.compile(r"(?:(?<=\s)|^)([&£] ?)(?=\d{1,3}\b(?![.,:/]\d))")
# "..., 8 169" or "KF 8 187/96" or "enligt 8 1." ending a line or before a case number: a
# reference after a word, a date or a comma (never after a number: "27 811 806").
REFERENCE = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=\d[,)])|(?<=[^\W\d_][,)])) (8 )(?=\d{1,3}(?:[-–—]\d{1,3})?(?:/\d{2,4})?"
    r"(?:[.,;:]?\s*$|[.,;:]?\s+(?:%s)\b|/\d{2,4}\b|(?-i: [A-ZÅÄÖ][a-zåäö])))" % LABELS,
    re.IGNORECASE)
DATE_REFERENCE = re.compile(r"(?<=\d{4}-\d{2}-\d{2}) (8 )(?=\d{1,3}\b(?![ ]\d))")
# "i 6 8 lagen", "24 e 8 LSS", "3 kap. 6 8 lag": a statute's paragraph, its sign after the
# number (after a word, an abbreviation's full stop or a line break, before a word: no amount).
LAW_PARAGRAPH = re.compile(
    r"(?:(?<=[^\W\d_] )|(?<=\. )|^)\d{1,3}(?: [a-z])? (8)(?= [^\W\d_]{2,})")
CHAPTER_PARAGRAPH = re.compile(r"\bkap\.? \d{1,3}(?: [a-z])? (8)(?= [^\W\d_]{2,})",
                               re.IGNORECASE)
# "utvecklingsledare 8" whose number a column's narrow line moved to the next line.
BROKEN_REFERENCE = re.compile(r"(?<=[^\W\d_]) (8)\s*$")
BROKEN_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
# "88 73-76", "88 123, 124": two signs before a range or list of paragraphs.
DOUBLE = re.compile(r"(?:(?<=\s)|^)(88)(?= \d{1,3}(?:\s?[-–—]\s?\d{1,3}|, ?\d{1,3}))")
# "§8" alone on a line.
GLUED_SIGN = re.compile(r"^\s*§(?=\d{1,3}\s*[|;:.]?\s*$)")
LEADING_NUMBER = re.compile(r"\d+")
EIGHT_SIGNS = 2         # signs read as 8 before the document is trusted (one that settles
                        # it alone counts as many)
SIGN_CONFIDENCE = 0.95


@dataclass(frozen=True)
class SignEvidence:
    """What the whole document says about its paragraph signs."""

    eight: bool = False     # its heads read "8 N": every such sign is an 8
    spaced: bool = False    # it prints "§ N" apart more often than "§N"

    @classmethod
    def of(cls, lines: list[str]) -> SignEvidence:
        text = "\n".join(lines)
        spaced, glued = len(re.findall(r"§ \d", text)), len(re.findall(r"§\d", text))
        return cls("§" not in text and eight_signs(lines) >= EIGHT_SIGNS, spaced > glued)


def eight_signs(lines: list[str]) -> int:
    """How firmly the document shows its "§" read as 8: a date's reference counts one, a head
    before a case-number label or a statute's paragraph after its chapter counts `EIGHT_SIGNS`
    (no number stands there), and a bare head ("8 121" alone on its line) counts one only
    when another bare head numbers the paragraph before or after it: a table's column prints
    lone figures too ("8741", "853"), a protokoll numbers its paragraphs in a row."""
    found, bare = 0, []
    for line in lines:
        head = HEAD.match(line)
        if head and line[head.end():].strip(" .:0123456789"):
            found += EIGHT_SIGNS
        elif head and (number := LEADING_NUMBER.match(line, head.end())):
            bare.append(int(number.group()))
        found += len(DATE_REFERENCE.findall(line)) + EIGHT_SIGNS * len(
            CHAPTER_PARAGRAPH.findall(line))
    numbers = set(bare)
    return found + sum(1 for n in bare if n - 1 in numbers or n + 1 in numbers)


def section_sign_edits(line: str, evidence: SignEvidence, next_line: str = "",
                       ) -> list[LineEdit]:
    """The line's restored paragraph signs, in line order (`next_line`: where a reference's
    number may have moved)."""
    edits: list[LineEdit] = []

    def add(start: int, end: int, new: str) -> None:
        if not any(e.start < end and start < e.end for e in edits):
            edits.append(LineEdit(start, end, line[start:end], new, SIGN_CONFIDENCE,
                                  "§←8", True))

    if evidence.eight:
        for match in (*HEAD.finditer(line), *GLUED_HEAD.finditer(line),
                      *REFERENCE.finditer(line), *DATE_REFERENCE.finditer(line),
                      *SIGN_GLYPH.finditer(line)):
            add(match.start(1), match.end(1), "§ ")
        for match in LAW_PARAGRAPH.finditer(line):
            add(match.start(1), match.end(1), "§")
        if BROKEN_NUMBER.match(next_line):
            for match in BROKEN_REFERENCE.finditer(line):
                add(match.start(1), match.end(1), "§")
        for match in DOUBLE.finditer(line):
            add(match.start(1), match.end(1), "§§")
    if evidence.spaced and "§" in line:
        for match in GLUED_SIGN.finditer(line):
            add(match.end() - 1, match.end(), "§ ")
    edits.sort(key=lambda e: e.start)
    return edits
