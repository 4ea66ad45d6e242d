"""Pages whose text layer lost its line breaks: the whole page is one long line.

Web transcripts of PDFs and some text layers print a page as one line ("Regionstyrelsen 1-21
Tid: 2017-01-31 … Beslut Regionstyrelsen föreslår regionfullmäktige 1. Godkänna … 2. Om …
Sammanfattning De regionala …"). A line is flat when it is long and holds nearly all of its
page's characters; ordinary paragraphs of web pages, even long ones, share their page with
other lines.

Inside a flat line the layout is gone, but named headings (`headings.tsv`) still stand where
a heading stands: printed with their capital, not run into from a small word ("enligt
Beslut …"), and over what a heading stands over — a capitalised word, an att-clause, a list
number or a colon. Numbered list items show as a run "1. … 2. … 3. …". The section builder
cuts the line at both (`cut_flat_lines`), so decisions are read from flat pages as from
others.

>>> text = ("Diarienummer: RJL 2016/3732 Beslut Regionstyrelsen föreslår regionfullmäktige 1. Godkänna "
...         "överenskommelsen 2. Om allmän trafikplikt inom länet. Sammanfattning De regionala myndigheterna "
...         "avser att upphandla trafiken enligt beslut om allmän trafikplikt.")
>>> [(text[s:e], name) for s, e, name, _ in inline_headings(text)]
[('Beslut', 'beslut'), ('Sammanfattning', 'sammanfattning')]
>>> [text[at:at + 5] for at in list_starts(text)]
['1. Go', '2. Om']
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.language import table, words
from diarium.language.letters import sv_pattern
from diarium.schemas.structure import Heading, TextLine
from diarium.structure.names import heading_name

FLAT_CHARS = 300          # a printed line is never this long ...
FLAT_SHARE = 0.8          # ... unless it is the page (a web paragraph shares its page)
# What a heading stands over: a capitalised word, an att-clause or a list number; or its colon.
OVER = r"(?::(?=\s)|(?=\s+(?:[A-ZÅÄÖ]|att\s|\d{1,2}\.\s)))"
# A short qualifier after the name: "Förslag till beslut i kommunstyrelsen Kommunstyrelsen …"
QUALIFIER = r"(?:\s+(?:i|till)\s+[a-zåäö][\wåäö-]+(?=\s+[A-ZÅÄÖ]))?"
LIST_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.\s+(?=\S)")


@lru_cache(maxsize=1)
def _inline_pattern() -> re.Pattern[str]:
    """Every surface form of `headings.tsv` as printed with its capital (or in capitals), longest
    first, at a word boundary."""
    forms = sorted({surface.strip() for surfaces in table("headings").values()
                    for surface in surfaces.split("|") if surface.strip()}, key=len, reverse=True)
    printed = [sv_pattern(form) for form in forms] + [sv_pattern(form.upper()) for form in forms]
    return re.compile(rf"(?<![\w§-])(?P<form>{'|'.join(printed)})(?P<qualifier>{QUALIFIER})(?![\w-]){OVER}")


def flat_starts(lines: list[TextLine]) -> frozenset[int]:
    """Start offsets of the body lines that are a whole page."""
    if not any(len(line.text) >= FLAT_CHARS for line in lines):
        return frozenset()              # most texts: no line is long enough
    size: dict[int, int] = {}
    for line in lines:
        size[line.page] = size.get(line.page, 0) + len(line.text.strip())
    return frozenset(line.start for line in lines
                     if len(line.text) >= FLAT_CHARS and len(line.text.strip()) >= FLAT_SHARE * size[line.page])


def word_before(text: str, at: int) -> str:
    """The word just before `at` ("" at the text's start): a heading inside a flat line that runs
    on from a small word ("enligt Beslut …") is part of a phrase.

    >>> word_before("enligt Beslut", 7), word_before("Beslut", 0)
    ('enligt', '')
    """
    before = text[:at].rsplit(maxsplit=1)
    return before[-1] if before else ""


def inline_headings(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, canonical name, qualifier) of the named headings inside a flat line."""
    small = words("function_words")
    found = []
    for match in _inline_pattern().finditer(text):
        if word_before(text, match.start()).casefold() in small:
            continue                    # "enligt Beslut …", "om Ärendet": part of a phrase
        if _repeated(text, match):
            continue                    # "Beslut Beslut 2031 Taxa/ avgift/": a table's column heads
        named = heading_name(match.group("form") + match.group("qualifier"))
        if named is None:
            continue
        qualifier = match.group("qualifier").strip() or None
        found.append((match.start(), match.end(), named[0], qualifier))
    return found


def _repeated(text: str, match: re.Match[str]) -> bool:
    """The same heading word stands right before or right after: a row of column heads."""
    form = match.group("form").casefold()
    before, after = text[:match.start()].split()[-1:], text[match.end():].split()[:1]
    return any(word.casefold() == form for word in before + after)


def list_starts(text: str) -> list[int]:
    """Where the items of a numbered list begin inside a flat line: a run 1., 2., 3. … (two
    items at least), each number the one after the last."""
    starts: list[int] = []
    expected = 1
    for match in LIST_NUMBER.finditer(text):
        number = int(match.group(1))
        if number == expected:
            starts.append(match.start())
            expected += 1
        elif number == 1:
            if len(starts) >= 2:
                break
            starts, expected = [match.start()], 2
    return starts if len(starts) >= 2 else []


def flat_headings(line: TextLine) -> list[Heading]:
    """The named headings inside one flat line, as headings of the structure."""
    return [Heading(page=line.page, start=line.start + start, end=line.start + end,
                    text=line.text[start:end], kind="named", title=line.text[start:end].rstrip(":"),
                    name=name, qualifier=qualifier)
            for start, end, name, qualifier in inline_headings(line.text)]


def cut_flat_lines(lines: list[TextLine], headings: list[Heading]) -> list[TextLine]:
    """The lines with every flat line cut into pieces: each heading inside it a line of its own
    (role 'heading'), the text between them cut where numbered list items begin."""
    flat = flat_starts(lines)
    if not flat:
        return lines
    out: list[TextLine] = []
    for line in lines:
        if line.start not in flat or line.role != "body":
            out.append(line)
            continue
        own = sorted((h for h in headings if line.start <= h.start < line.end), key=lambda h: h.start)
        out += _pieces(line, own)
    return out


def _pieces(line: TextLine, headings: list[Heading]) -> list[TextLine]:
    cuts: list[tuple[int, int, str]] = []
    at = line.start
    for heading in headings:
        if heading.start > at:
            cuts += _body_cuts(line, at, heading.start)
        cuts.append((heading.start, heading.end, "heading"))
        at = heading.end
    if at < line.end:
        cuts += _body_cuts(line, at, line.end)
    return [_piece(line, start, end, role) for start, end, role in cuts if line.text[start - line.start:end - line.start].strip()]


def _body_cuts(line: TextLine, start: int, end: int) -> list[tuple[int, int, str]]:
    text = line.text[start - line.start:end - line.start]
    points = [0, *(at for at in list_starts(text) if at > 0), len(text)]
    return [(start + a, start + b, "body") for a, b in zip(points, points[1:])]


def _piece(line: TextLine, start: int, end: int, role: str) -> TextLine:
    """A piece of a flat line as a line of its own, its blanks at the edges left out."""
    text = line.text[start - line.start:end - line.start]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return line.model_copy(update={"start": start + lead, "end": start + lead + len(text), "text": text,
                                   "role": role, "margin": 0})
