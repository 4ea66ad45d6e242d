"""Text helpers every extractor shares: Swedish OCR-tolerant patterns, line joining, spans.

The extractors run on the repaired text (pages separated by form feeds). OCR repair may have
missed a letter, so keywords are matched with `sv_pattern`, which lets å/ä/ö stand for the
letters OCR engines read instead of them.

>>> import re
>>> bool(re.search(sv_pattern("Förvaltningens förslag"), "Forvaltningens férslag"))
True
>>> join_lines(["1. Socialnämnden beslutar att godkänna partnerskap med", "",
...             "- Convictus organisationsnummer 802012-1581,", "utsatta EU-", "medborgare."])
'1. Socialnämnden beslutar att godkänna partnerskap med Convictus organisationsnummer 802012-1581, utsatta EU-medborgare.'
>>> dehyphenate("ensamkomm-", "ande barn")
'ensamkommande barn'
>>> dehyphenate("kultur-", "och fritidsnämnden")
'kultur- och fritidsnämnden'
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

# What Tesseract `eng` and old OCR print for Swedish letters (seed 002, the ocrsynth corpus).
OCR_VARIANTS = {
    "å": "åaäéd0o",
    "ä": "äaåédi4&",
    "ö": "öoóé6ô0d",
    "Å": "ÅAÄ",
    "Ä": "ÄAÅ",
    "Ö": "ÖO06",
}
FULL_MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
# Abbreviations ("1 jan. 2024", "31 dec 2025") after the full names, so that those match first.
MONTHS = {**FULL_MONTHS, "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9,
          "sep": 9, "okt": 10, "nov": 11, "dec": 12}
# A hyphen at a line end before these is a real one: "kultur- och fritidsnämnden".
KEEP_HYPHEN_BEFORE = {"och", "eller", "samt", "respektive", "som", "till"}
BULLET = re.compile(r"^\s*(?:[-–•*»·]|\d+\s*\)\s*-)\s+")


def sv_pattern(phrase: str) -> str:
    """A regex for `phrase` that tolerates OCR-damaged å/ä/ö and any run of whitespace."""
    parts = []
    for char in phrase:
        if char in OCR_VARIANTS:
            parts.append(f"[{OCR_VARIANTS[char]}]")
        elif char == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


@lru_cache(maxsize=8)
def page_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in re.finditer("\f", text)))


def page_of(text: str, offset: int) -> int:
    """1-based page number of a character offset."""
    return bisect_right(page_starts(text), offset)


def dehyphenate(left: str, right: str) -> str:
    """Join two line pieces; a word broken with a hyphen is rejoined, 'EU-' keeps its hyphen,
    and so does 'kultur-' before 'och'."""
    left, right = left.rstrip(), right.lstrip()
    if not left:
        return right
    if not right:
        return left
    if left.endswith("-") and len(left) > 1 and right.split()[0].strip(",.") not in KEEP_HYPHEN_BEFORE:
        before = left[-2]
        if before.isalpha() and before.islower() and right[0].islower():
            return left[:-1] + right
        if (before.isdigit() or before.isupper()) and right[0].isalnum():
            return left + right
    return f"{left} {right}"


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph → one line: bullets dropped, hyphenation rejoined, spaces collapsed."""
    joined = ""
    for line in lines:
        line = BULLET.sub("", line) if joined else line
        if line.strip():
            joined = dehyphenate(joined, squash(line))
    return joined


def squash(text: str) -> str:
    """Collapse every run of whitespace (line and page breaks too) to one space."""
    return " ".join(text.split())


def lines_with_offsets(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line of the text; form feeds end lines too."""
    out, pos = [], 0
    for line in re.split(r"\n|\f", text):
        out.append((pos, line))
        pos += len(line) + 1
    return out
