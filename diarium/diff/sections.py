"""Split a normalised document into sections by their headings, and sections into words.

Headings are numbered ("5.7 Uppsägning", "2.1. Partnerskapets aktörer") or short standalone
lines ("Bakgrund", "Ärendet"). Numbered list items ("1. FN:s deklaration …") are told apart from
headings because heading numbers never go backwards and headings are not sentences.

>>> parts = split_sections('''1. Bakgrund
...
... 1.1. Nulägesbeskrivning
... Socialnämnden har sedan 2017 tecknat ett
... idéburet offentligt partnerskap.
...
... 5.7 Uppsägning
... Uppsägningstiden är fyra månader.''')
>>> [(s.number, s.title) for s in parts]
[('1', 'Bakgrund'), ('1.1', 'Nulägesbeskrivning'), ('5.7', 'Uppsägning')]
>>> [u for u in parts[1].unit_texts()]
['Socialnämnden har sedan 2017 tecknat ett idéburet offentligt partnerskap.']
>>> numbered_heading("1. Socialnämnden beslutar att godkänna partnerskapet.") is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from diarium.diff.normalise import Line, join_wrapped, key, normalise_lines
from diarium.language import words

NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+([A-ZÅÄÖÉ][^\n]{0,90})$")
SENTENCE_END = re.compile(r"[.!?]$")
# Headings of a tjänsteutlåtande that are headings wherever they stand alone on a line.
STANDARD_HEADINGS = {key(h) for h in (
    "Sammanfattning", "Bakgrund", "Ärendet", "Ärendets beredning", "Beslut", "Bilagor",
    "Förvaltningens förslag till beslut", "Förvaltningens synpunkter och förslag",
    "Jämställdhetsanalys", "Uppföljning", "Handläggare", "Reservation", "Yrkanden")}
# A title ending in a function word was wrapped: it is a sentence, not a heading.
WRAP_WORDS = words("function_words")
ABBREVIATIONS = words("abbreviations")


@dataclass
class Token:
    text: str
    key: str
    unit: int                       # sentence or list item index within its section
    heading: bool = False           # a word of a section heading
    section: int = -1               # the section's index, for a word of the whole document

    @property
    def where(self) -> tuple[int, int]:
        """(section, unit): which sentence or list item of the whole document the word is in."""
        return (self.section, self.unit)


@dataclass
class Section:
    number: str | None
    title: str
    tokens: list[Token] = field(default_factory=list)
    index: int = 0                  # position in the document

    @property
    def label(self) -> str:
        """The heading as printed, e.g. '5.7 Uppsägning' ('' for the text before any heading)."""
        return " ".join(part for part in (self.number, self.title) if part)

    @property
    def ref(self) -> str:
        """How a change names its section: the number when there is one, else the title."""
        return self.number or self.title or "(inledning)"

    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)

    def units(self) -> list[list[Token]]:
        grouped: dict[int, list[Token]] = {}
        for token in self.tokens:
            grouped.setdefault(token.unit, []).append(token)
        return [grouped[k] for k in sorted(grouped)]

    def unit_texts(self) -> list[str]:
        return [" ".join(t.text for t in unit) for unit in self.units()]


def number_tuple(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def numbered_heading(text: str) -> tuple[str, str] | None:
    """(number, title) when the line looks like a numbered heading."""
    match = NUMBERED.match(text)
    if not match:
        return None
    number, title = match.group(1), match.group(2).strip()
    words = title.split()
    if title.endswith((".", ",", ";")) or len(words) > 9 or re.search(r"\d{3}", title):
        return None
    return number, title


def plausible_successor(number: str, previous: str | None) -> bool:
    """Heading numbers go forward (equal is allowed: real documents repeat numbers)."""
    if previous is None:
        return number_tuple(number)[0] <= 9
    new, old = number_tuple(number), number_tuple(previous)
    return new >= old and new[0] <= old[0] + 4


def unnumbered_heading(line: Line, before: Line | None, after: Line | None, spaced: bool) -> bool:
    """A short standalone line without punctuation, such as 'Bakgrund' or 'Ärendets beredning'."""
    text = line.text
    words = text.split()
    if " ".join(key(w) for w in words) in STANDARD_HEADINGS and (after is None or not after.text[:1].islower()):
        return True
    if line.bullet or not (1 <= len(words) <= 6) or len(text) > 60 or not text[0].isupper():
        return False
    if text.endswith((".", ",", ";", ":", "-")) or any(c.isdigit() for c in text):
        return False
    standalone_before = before is None or before.blank or bool(SENTENCE_END.search(before.text))
    if spaced:
        standalone_before = before is None or bool(re.search(r"[.!?:]$", before.text))
    standalone_after = after is None or after.blank or after.text[:1].isupper() or after.bullet
    return standalone_before and standalone_after and (spaced or before is None or before.blank)


def is_double_spaced(lines: list[Line]) -> bool:
    """Text exported with a blank line after every line (seed 004): blanks are not paragraphs."""
    text_lines = [i for i, line in enumerate(lines) if not line.blank]
    followed = sum(1 for i in text_lines if i + 1 < len(lines) and lines[i + 1].blank)
    return len(text_lines) > 10 and followed > 0.7 * len(text_lines)


def context(lines: list[Line], index: int, step: int, spaced: bool) -> Line | None:
    """The neighbouring line; in double-spaced text the next non-blank one."""
    probe = index + step
    while 0 <= probe < len(lines):
        if not (spaced and lines[probe].blank):
            return lines[probe]
        probe += step
    return None


def split_sections(text: str) -> list[Section]:
    """Sections of a document (the first holds any text before the first heading)."""
    lines = normalise_lines(text)
    spaced = is_double_spaced(lines)
    sections = [Section(None, "")]
    paragraph: list[str] = []
    previous_number: str | None = None

    def flush() -> None:
        if paragraph:
            add_paragraph(sections[-1], join_wrapped(paragraph))
            paragraph.clear()

    skip = -1
    for i, line in enumerate(lines):
        if i <= skip:
            continue
        if line.blank:
            if not spaced:
                flush()
            continue
        heading = numbered_heading(line.text) if not line.bullet else None
        if heading and plausible_successor(heading[0], previous_number) \
                and not wrapped_sentence(heading[1], lines, i, spaced):
            flush()
            title, skip = heading_continuation(lines, i, heading[1])
            previous_number = heading[0]
            sections.append(Section(heading[0], title, index=len(sections)))
            continue
        if unnumbered_heading(line, context(lines, i, -1, spaced), context(lines, i, 1, spaced), spaced):
            flush()
            sections.append(Section(None, line.text, index=len(sections)))
            continue
        if line.bullet:
            flush()
        paragraph.append(line.text)
    flush()
    return [s for s in sections if s.tokens or s.number or s.title]


def wrapped_sentence(title: str, lines: list[Line], index: int, spaced: bool) -> bool:
    """A numbered decision item that goes on over the next line is not a heading."""
    if title.split()[-1].lower() in WRAP_WORDS:
        return True
    after = context(lines, index, 1, spaced)
    if after is None or after.blank or not after.text[:1].islower():
        return False
    return spaced or heading_continuation(lines, index, title)[1] == index


def heading_continuation(lines: list[Line], index: int, title: str) -> tuple[str, int]:
    """A heading wrapped onto a second short lower-case line ('… med anledning av ny / partnerskapsperiod')."""
    nxt = index + 1
    if nxt < len(lines) and not lines[nxt].blank and lines[nxt].text[:1].islower() \
            and len(lines[nxt].text.split()) <= 3 and (nxt + 1 >= len(lines) or lines[nxt + 1].blank):
        return join_wrapped([title, lines[nxt].text]), nxt
    return title, index


def add_paragraph(section: Section, paragraph: str) -> None:
    """Append a paragraph's words, starting a new unit at the paragraph and at each sentence end."""
    unit = (section.tokens[-1].unit + 1) if section.tokens else 0
    pieces = paragraph.split()
    for position, word in enumerate(pieces):
        k = key(word)
        if not k and word != "§":
            continue
        section.tokens.append(Token(word, k or "§", unit))
        following = pieces[position + 1] if position + 1 < len(pieces) else ""
        if ends_sentence(word, following):
            unit += 1


def ends_sentence(word: str, following: str) -> bool:
    if not SENTENCE_END.search(word) or word.lower() in ABBREVIATIONS or not following:
        return False
    if re.fullmatch(r"\d{1,2}\.", word):          # "1." in "14 kap. 1. §"-like numbering
        return False
    return following[:1].isupper() or following[:1] in "\"'("
