"""Make two versions comparable: drop page furniture, unify glyphs, re-join wrapped lines.

Nothing here decides what changed; it removes what must never show up as a change:
page headers and footers ("Sida 3 (8)", repeated "Tjänsteutlåtande / Dnr" blocks, the title
repeated at the top of a page), bullet glyphs, quote and dash variants, hyphenation at line
ends and line wrapping.

>>> clean_line("•  Rädda Barnen, organisationsnummer 802002-8638,")
('Rädda Barnen, organisationsnummer 802002-8638,', True)
>>> clean_line("\uf0b7 Lindra nöd.")
('Lindra nöd.', True)
>>> clean_line("Uppsägningstiden är ”fyra” månader – minst.")
('Uppsägningstiden är "fyra" månader - minst.', False)
>>> is_page_furniture("Sida 3 (8)")
True
>>> join_wrapped(["Samverkansgruppen lämnar vid två tillfällen per 12-", "månadersperiod en rap-", "port."])
'Samverkansgruppen lämnar vid två tillfällen per 12-månadersperiod en rapport.'
>>> key("Socialnämnden,") == key("Socialnamnden")
True
>>> skeleton("1 §") == skeleton("i 8")
True
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from diarium.extract.doctype import labels_by_kind
from diarium.extract.patterns import alternation
from diarium.language import table, words
from diarium.text import dehyphenate, squash

QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ", "\u00ad": "",
})
# Bullet glyphs as Word, PDF extraction and OCR render them (U+F0B7 is Symbol-font •).
BULLET = re.compile(r"^(?:[\u2022\u00b7\u25aa\u25a0\u25cf\u25e6\u2023\u2219\uf0b7\uf0a7\uf076\uf0d8"
                    r"\u00bb\u00ab*>\-\u2013\u2014]{1,3})\s+(?=\S)")
PAGE_NUMBER = re.compile(r"^(?:sida\s*)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})$|^sida\s*\d{0,3}$",
                         re.IGNORECASE)
# A line that is only a document-kind label ("Tjänsteutlåtande") or starts with a dnr label
# ("Dnr 2.3.4-565/2021"): the standard lines of a page header.
HEADER_WORDS = re.compile(
    rf"^(?:{alternation(label for labels in labels_by_kind().values() for label in labels)}"
    rf"|{alternation(label.rstrip('.:') for label in words('dnr_labels'))}\b.*)$", re.IGNORECASE)
# A footer fragment glued to the end of a body line: "... partnerskap. ABC Dnr 2024/123 Sida"
TRAILING_FOOTER = re.compile(r"\s+(?:[A-ZÅÄÖ]{2,6}\s+)?Dnr\s+[\w.\-/:]+\s+Sida(?:\s+\d+(?:\s*\(\d+\))?)?\s*$")
# The same footer wherever re-wrapping left it inside a paragraph.
INLINE_FOOTER = re.compile(r"(?:\b[A-ZÅÄÖ]{2,6}\s+)?\bDnr\s+[\w.\-/:]+\s+Sida(?:\s+\d+(?:\s*\(\d+\))?)?(?=\s|$)")
# OCR look-alikes of digits among what `key` leaves: lower case, and "§", "|", "!".
SKELETON = str.maketrans({glyph: digit for glyph, digit in table("ocr_digits").items()
                          if glyph == glyph.lower()})


def key(token: str) -> str:
    """The comparison form of a word: lower case, no diacritics, no surrounding punctuation."""
    text = unicodedata.normalize("NFKD", token.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.strip(".,;:!?()[]{}\"'«»*•|/\\-_…")


def skeleton(text: str) -> str:
    """`key` with OCR look-alikes merged (1/i/l, 0/o, 5/s, 8/§/B) and spaces removed."""
    return "".join(key(part) for part in text.split()).translate(SKELETON)


def clean_line(line: str) -> tuple[str, bool]:
    """(line with unified glyphs and single spaces, whether it starts a bullet item)."""
    text = unicodedata.normalize("NFKC", line.replace("\uf0b7", "\u2022")).translate(QUOTES)
    text = squash(text)
    match = BULLET.match(text)
    if match:
        return text[match.end():], True
    return text, False


def is_page_furniture(line: str) -> bool:
    """Page numbers and the standard header lines of a tjänsteutlåtande."""
    text = line.strip()
    return bool(PAGE_NUMBER.match(text) or HEADER_WORDS.match(text))


def join_wrapped(lines: list[str]) -> str:
    """Join the lines of one paragraph, undoing end-of-line hyphenation; drop glued-in footers."""
    joined = ""
    for line in lines:
        joined = dehyphenate(joined, line)
    return squash(INLINE_FOOTER.sub(" ", joined))


@dataclass
class Line:
    """One cleaned line; `blank` lines separate paragraphs."""
    text: str
    bullet: bool = False
    blank: bool = False


def drop_page_furniture(text: str) -> list[str]:
    """The document's lines without headers, footers, page numbers and repeated title lines."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\f\n").split("\n")
    lines = [TRAILING_FOOTER.sub("", line) for line in raw]
    title = title_lines(lines)
    keep: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line == "\f":
            index = skip_repeated_title(lines, index + 1, title)
            continue
        if PAGE_NUMBER.match(line.strip()):
            drop_header_block(keep)
            drop_trailing_title(keep, title)
            index = skip_repeated_title(lines, index + 1, title)
            continue
        keep.append(line)
        index += 1
    return keep


def title_lines(lines: list[str]) -> list[str]:
    """Keys of the document's first paragraph when it is short (a title)."""
    found: list[str] = []
    for line in lines:
        if not line.strip():
            if found:
                break
            continue
        found.append(skeleton(clean_line(line)[0]))
        if len(found) > 4:
            return []
    return found


def drop_header_block(keep: list[str]) -> None:
    """Remove the header lines just above a page number ('Tjänsteutlåtande', 'Dnr …')."""
    look = len(keep) - 1
    while look >= 0 and len(keep) - look <= 8:
        line = keep[look].strip()
        if line and not is_page_furniture(line) and len(line) > 3:
            break
        look -= 1
    del keep[look + 1:]


def drop_trailing_title(keep: list[str], title: list[str]) -> None:
    """Remove a repeat of the title printed just above a page's header lines."""
    if not title:
        return
    probe, matched = len(keep) - 1, len(title)
    while probe >= 0 and matched > 0:
        if not keep[probe].strip():
            probe -= 1
            continue
        if skeleton(clean_line(keep[probe])[0]) != title[matched - 1]:
            return
        matched -= 1
        probe -= 1
    if matched == 0 and probe >= 0:
        del keep[probe + 1:]


def skip_repeated_title(lines: list[str], index: int, title: list[str]) -> int:
    """Index past blank lines and a repeat of the title at the top of a new page."""
    while index < len(lines) and (not lines[index].strip() or is_page_furniture(lines[index])):
        index += 1
    if not title:
        return index
    probe, matched = index, 0
    while probe < len(lines) and matched < len(title):
        if not lines[probe].strip():
            probe += 1
            continue
        if skeleton(clean_line(lines[probe])[0]) != title[matched]:
            break
        matched += 1
        probe += 1
    return probe if matched == len(title) else index


def normalise_lines(text: str) -> list[Line]:
    """Cleaned lines of a whole document, page furniture removed, blank lines kept."""
    out: list[Line] = []
    for raw in drop_page_furniture(text):
        cleaned, bullet = clean_line(raw)
        if not cleaned or not any(c.isalnum() or c == "§" for c in cleaned):
            out.append(Line("", blank=True))
            continue
        out.append(Line(cleaned, bullet=bullet))
    return out


def normalise(text: str) -> str:
    """The document as paragraphs, one per line (for display and quick comparisons)."""
    paragraphs: list[list[str]] = [[]]
    for line in normalise_lines(text):
        if line.blank or line.bullet:
            paragraphs.append([])
        if not line.blank:
            paragraphs[-1].append(line.text)
    return "\n".join(join_wrapped(p) for p in paragraphs if p)
