"""Headings: § blocks, numbered headings, named headings and lines that are headings by layout.

* `§ 17`, `§ 17 Dnr KS-2025-00086`, `§17 Val av justerare`, `$ 17` (Tesseract's `§`): a
  paragraph heading; its title is on the same line or on the lines below, then the dnr;
* `1. PARTER`, `2.1 Bakgrund`, `4 Särskilda arrendevillkor`, or a bare `5.11` over a title
  line: a numbered heading — unless the line is an item of a list (it follows a lead-in
  ending in ':', fills the line and runs on, or ends like a sentence);
* a name from `language/data/headings.tsv` ("Beslut", "Förslag till beslut i
  kommunstyrelsen", "Beslut – för fastställande i kommunfullmäktige");
* any other short line that stands alone: capitalised, no final stop, not run into from the
  line before, and followed by prose.

Entries of a table of contents ("§ 73 Dnr TE-2024-00457" over "Titel ........ 3") are not
headings.

>>> from diarium.structure.lines import text_lines
>>> text = ("§ 17                Dnr KS-2025-00086\\nÅrsredovisning 2024\\n\\nBeslut\\n"
...         "Kommunstyrelsen beslutar\\n1. att godkänna årsredovisningen,\\n2. att lägga den till handlingarna.\\n\\n"
...         "Ekonomiskt perspektiv\\nKostnaden ryms inom budget för 2025 och påverkar inte resultatet.")
>>> [(h.kind, h.number, h.title, h.name, h.dnr) for h in find_headings(text_lines(text))]
[('paragraph', '17', 'Årsredovisning 2024', None, 'KS-2025-00086'), ('named', None, 'Beslut', 'beslut', None), ('layout', None, 'Ekonomiskt perspektiv', None, None)]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.language import words
from diarium.schemas.structure import Heading, HeadingKind, TextLine
from diarium.structure.body import BodyView, body_view, ends_open, ends_sentence, list_marker, own_text
from diarium.structure.names import heading_name, split_dnr
from diarium.structure.shapes import page_number
from diarium.text import squash

SECTION_SIGN = re.compile(r"^[§$]\s?(\d{1,4}[a-z]?)\b[.:]?\s*(.*)$")
NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+(?:[-–—]\s+)?(\S.*)$")
BARE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?$")
DOT_LEADER = re.compile(r"(?:\.\s?){2,}\s*\d{1,3}$|…+\s*\d{1,3}$")
PARTY = re.compile(r"\([A-ZÅÄÖ]{1,3}\)")
FILL = re.compile(r"\.{4,}|_{4,}")
DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
CASE_NUMBER = re.compile(r"^[A-ZÅÄÖ]{1,6}[ -]?\d{2,4}[-/.]\d+(?:[-/.]\d+)?$")
COLUMN_GAP = "    "
MAX_TITLE_WORDS = 12
MAX_HEADING_WORDS = 8
MAX_LAYOUT_CHARS = 70
MAX_TITLE_LINES = 3
TITLE_TAIL_WORDS = 4
PROSE_CHARS = 40
PROSE_WORDS = 3
TITLE_OVER_HEADING_WORDS = 4
SUBHEADING_WORDS = 3
LAYOUT_WIDTH = 0.8        # a layout heading stops well short of the right margin
MAX_PLAIN_NUMBER = 50     # "4 Särskilda villkor" is a heading, "75 Plats och tid" is not


def find_headings(lines: list[TextLine]) -> list[Heading]:
    """Every heading, in order; the lines of each heading get role 'heading'."""
    view = body_view(lines)
    headings = []
    for k in range(len(view)):
        if not view.is_free(k):
            continue
        found = (_paragraph_heading(view, k) or _numbered_heading(view, k)
                 or _named_heading(view, k) or _layout_heading(view, k))
        if found is not None:
            heading, used = found
            view.kinds[used[0]] = heading.kind
            for j in used:
                view.line(j).role = "heading"
            headings.append(heading)
    return headings


@lru_cache(maxsize=8192)
def is_heading_line(text: str) -> bool:
    """A line that reads as a § or named heading on its own (such lines are never furniture)."""
    line = squash(text)
    return bool(SECTION_SIGN.match(line)) or heading_name(line) is not None


def _make(view: BodyView, used: list[int], kind: HeadingKind, number: str | None = None,
          title: str | None = None, name: str | None = None, qualifier: str | None = None,
          dnr: str | None = None) -> tuple[Heading, list[int]]:
    first, last = view.line(used[0]), view.line(used[-1])
    text = " ".join(view.text(j) for j in used)
    return Heading(page=first.page, start=first.start + first.margin, end=last.end, text=text, kind=kind,
                   number=number, title=title, name=name, qualifier=qualifier, dnr=dnr), used


def _paragraph_heading(view: BodyView, k: int) -> tuple[Heading, list[int]] | None:
    match = SECTION_SIGN.match(view.text(k))
    if match is None or _in_contents(view, k) or _runs_into(view, k):
        return None
    number, rest = match.groups()
    title, dnr = _split_title_dnr(rest)
    if rest and title is None and dnr is None:
        return None                     # "§ 7 i detta avtal …": a reference, not a heading
    used = [k]
    if title is None:
        title_lines, dnr_line = _title_block(view, k + 1)
        used += title_lines + ([dnr_line] if dnr_line is not None else [])
        title = " ".join(view.text(j) for j in title_lines) or None
        dnr = dnr or (_dnr_of(view.text(dnr_line)) if dnr_line is not None else None)
    if title is None and dnr is None:
        return None                     # "§ 131" alone in a list of names
    return _make(view, used, "paragraph", number=number, title=title, dnr=dnr)


def _runs_into(view: BodyView, k: int) -> bool:
    """The line above stops mid-phrase ('… utvecklare,' / '§ 131'): line k carries it on."""
    return k > 0 and not view.page_break_before[k] and ends_open(view.text(k - 1))


def _split_title_dnr(rest: str) -> tuple[str | None, str | None]:
    """'Dnr KS-2025-00086' → (None, dnr); 'Val av justerare' → (title, None)."""
    if not rest:
        return None, None
    dnr = _dnr_of(rest)
    if dnr is not None:
        return None, dnr
    for match in re.finditer(r"\s(?=\S)", rest):       # "Val av justerare   Dnr KS-…"
        dnr = split_dnr(rest[match.end():])
        if dnr is not None and _title_shaped(rest[:match.start()]):
            return squash(rest[:match.start()]), dnr
    return (squash(rest), None) if _title_shaped(rest) else (None, None)


def _dnr_of(text: str) -> str | None:
    line = squash(text)
    return split_dnr(line) or (line if CASE_NUMBER.match(line) else None)


def _title_block(view: BodyView, k: int) -> tuple[list[int], int | None]:
    """The title lines below a § or a bare number (a blank line may come first), and a dnr line."""
    used: list[int] = []
    j = k
    while view.is_free(j) and len(used) < MAX_TITLE_LINES:
        text = view.text(j)
        if _dnr_of(text) is not None:
            return used, j
        if not _title_shaped(text) and not (used and _continues_title(view, j)):
            break
        if used and (view.gap_before[j] or not _continues_title(view, j)):
            break
        if SECTION_SIGN.match(text) or list_marker(text) or (not used and _named_not_title(view, j)):
            break
        used.append(j)
        j += 1
    return used, None


def _named_not_title(view: BodyView, j: int) -> bool:
    """'Beslut' over the decision is the next heading; 'Övriga frågor' over 'Överenskommelse'
    or a dnr is the title of the item."""
    found = heading_name(view.text(j))
    if found is None or found[1] is not None:
        return False
    return view.is_free(j + 1) and _prose_follows(view, j)


def _continues_title(view: BodyView, j: int) -> bool:
    """Line j carries on the title above it ('… om boendestöd för personer i' / 'hemlöshet')."""
    text, previous = view.text(j), view.text(j - 1)
    if ends_sentence(text) or len(text.split()) > MAX_TITLE_WORDS:
        return False
    if text[:1].islower() or text[:1] in "(0123456789" or ends_open(previous):
        return True
    # a short tail standing alone below the title: "… gemensamma nämnder" / "Region Halland"
    alone = not view.is_free(j + 1) or view.gap_before[j + 1] or view.page_break_before[j + 1]
    return len(text.split()) <= TITLE_TAIL_WORDS and alone and heading_name(text) is None


def _title_shaped(text: str) -> bool:
    line = squash(text)
    if not line or not (line[0].isupper() or line[0].isdigit()) or DOT_LEADER.search(line) or "§" in line:
        return False
    if line.endswith((",", ";", ":")) or (ends_sentence(line) and not line.endswith("?")):
        return False
    return len(line.split()) <= MAX_TITLE_WORDS and page_number(line) is None


def _in_contents(view: BodyView, k: int) -> bool:
    """A table-of-contents entry: this line or one of the next three ends in a dot leader and a page."""
    for j in range(k, min(k + 4, len(view))):
        if j > k and SECTION_SIGN.match(view.text(j)):
            return False
        if DOT_LEADER.search(view.text(j)):
            return True
    return False


def _numbered_heading(view: BodyView, k: int) -> tuple[Heading, list[int]] | None:
    text = view.text(k)
    bare = BARE_NUMBER.match(text)
    if bare is not None:
        return _bare_number_heading(view, k, bare.group(1))
    match = NUMBERED.match(text)
    if match is None:
        return None
    number, dot, title = match.groups()
    if "." not in number and not dot and int(number) > MAX_PLAIN_NUMBER:
        return None
    if not _heading_title(title) or _is_list_item(view, k):
        return None
    used = [k]
    runs_on = view.is_free(k + 1) and not view.gap_before[k + 1] and view.text(k + 1)[:1].islower()
    if runs_on:
        if not (ends_open(title) and _continues_title(view, k + 1)):
            return None                 # "1. Avveckla … gymnasium" / "från och med …": an item
        used.append(k + 1)
        title = f"{title} {view.text(k + 1)}"
    elif ends_open(title):
        return None                     # "1. Socialnämnden beslutar att godkänna partnerskap med"
    return _make(view, used, "numbered", number=number, title=squash(title))


def _heading_title(title: str) -> bool:
    line = squash(title)
    return (_title_shaped(line) and line[0].isalpha() and len(line.split()) <= MAX_HEADING_WORDS + 2
            and COLUMN_GAP not in title and not PARTY.search(line))


def _is_list_item(view: BodyView, k: int) -> bool:
    """Line k is an item of a list: after a lead-in ('… beslutar att:'), or it runs on."""
    if k > 0 and not view.page_break_before[k] and view.text(k - 1).endswith(":"):
        return True
    if not (view.is_wide(k) and view.is_free(k + 1)) or view.gap_before[k + 1]:
        return False
    following = view.text(k + 1)[:1]
    return following.islower() or following.isdigit() or ends_open(view.text(k))   # it runs on


def _bare_number_heading(view: BodyView, k: int, number: str) -> tuple[Heading, list[int]] | None:
    """'1' or '5.11' alone on a line, its title on the next line(s)."""
    if not view.starts_block(k) or not view.is_free(k + 1) or ("." not in number and int(number) > MAX_PLAIN_NUMBER):
        return None
    if _runs_into(view, k) or (k > 0 and BARE_NUMBER.match(view.text(k - 1))):
        return None                      # "§§ 74–" / "75", or a column of clause numbers
    title_lines, dnr_line = _title_block(view, k + 1)
    if not title_lines or not _heading_title(view.text(title_lines[0])):
        return None
    used = [k] + title_lines + ([dnr_line] if dnr_line is not None else [])
    title = " ".join(view.text(j) for j in title_lines)
    dnr = _dnr_of(view.text(dnr_line)) if dnr_line is not None else None
    return _make(view, used, "numbered", number=number, title=title, dnr=dnr)


def _named_heading(view: BodyView, k: int) -> tuple[Heading, list[int]] | None:
    text = view.text(k)
    if not text[:1].isupper() or DOT_LEADER.search(text) or (not view.gap_before[k] and _runs_into(view, k)):
        return None
    found = heading_name(text)
    if found is None:
        return None
    name, qualifier = found
    return _make(view, [k], "named", title=text.rstrip(":"), name=name,
                 qualifier=qualifier)


def _layout_heading(view: BodyView, k: int) -> tuple[Heading, list[int]] | None:
    """A short capitalised line on its own, followed by prose: a heading the list does not know."""
    raw, text = own_text(view.line(k)), view.text(k)
    if (len(text) > MAX_LAYOUT_CHARS or len(text.split()) > MAX_HEADING_WORDS or not text[:1].isupper()
            or COLUMN_GAP in raw.strip() or not _title_shaped(text) or text.endswith("?")):
        return None
    if sum(ch.isalpha() for ch in text) < 3 or PARTY.search(text) or _mostly_small_words(text):
        return None
    if ("," in text and any(ch.isdigit() for ch in text)) or ": " in text:
        return None                      # "Plats och tid Kommunhuset, Lerum, kl. 18.00", "Adress: …"
    if DATE.search(text) or (k > 0 and not view.page_break_before[k] and _under_named(view, k)):
        return None                      # under "Beslutsunderlag": the documents listed
    used = [k]
    if view.is_wide(k, LAYOUT_WIDTH):
        return None                      # a line that fills the width runs on: prose
    if ends_open(text) and view.is_free(k + 1) and not view.gap_before[k + 1] and _continues_title(view, k + 1):
        if len(view.text(k + 1).split()) > MAX_HEADING_WORDS or ". " in view.text(k + 1):
            return None
        used.append(k + 1)               # "Förlängning av partnerskap med" / "Räddningsmissionen"
    if view.is_free(k + 1) and view.text(k + 1).split()[0] == text.split()[0]:
        return None                      # "Skällared 3:33 …" / "Skällared 3:24 …": rows of a list
    capitals = text.isupper()             # a line in capitals does not carry on a sentence
    if not (view.starts_block(k) or (capitals and not _runs_into(view, k))):
        return None
    if not (_prose_follows(view, used[-1]) or _heading_follows(view, used, text)
            or _subheading_follows(view, used[-1] + 1, text)):
        return None
    return _make(view, used, "layout", title=" ".join(view.text(j) for j in used))


def _under_named(view: BodyView, k: int) -> bool:
    return view.kinds.get(k - 1) == "named"


def _mostly_small_words(text: str) -> bool:
    tokens = text.casefold().split()
    return sum(token in words("function_words") for token in tokens) * 2 > len(tokens)


def _heading_follows(view: BodyView, used: list[int], text: str) -> bool:
    """A title in capitals, or a title of several words, over the next heading:
    "ÖVRIGA BESTÄMMELSER" over "Avtalstid"."""
    following = used[-1] + 1
    if not view.is_free(following):
        return False
    numbered = NUMBERED.match(view.text(following))
    if not is_heading_line(view.text(following)) and not (numbered and _heading_title(numbered.group(3))):
        return False
    return text.isupper() or len(" ".join(view.text(j) for j in used).split()) >= TITLE_OVER_HEADING_WORDS


def _subheading_follows(view: BodyView, j: int, text: str) -> bool:
    """Line j is a sub-heading over running text: 'Fastighetsreglering' / 'Kommunen erhåller
    allmän platsmark' / text; under a heading in capitals there may be two:
    'FASTIGHETSBILDNING M.M.' / 'Fastighetsreglering' / 'Kommunen erhåller …' / text.
    Under a line of names only ('Lisa Andersson') the sub-heading must have words in small
    letters: a name over a title ('Kommunstyrelsens ordförande') is no heading."""
    names_only = not any(word[:1].islower() for word in text.split()[1:])
    for depth in range(2 if text.isupper() else 1):
        if not view.is_free(j + depth) or view.barrier_before[j + depth]:
            return False
        line = view.text(j + depth)
        if not _title_shaped(line) or len(line) > MAX_LAYOUT_CHARS or FILL.search(line) or is_heading_line(line):
            return False
        if line.split()[0] == view.text(j + depth - 1).split()[0]:
            return False                 # "Skällared 3:33 …" / "Skällared 3:24 …": rows of a list
        small = sum(word[:1].islower() for word in line.split())
        wordy = len(line.split()) >= SUBHEADING_WORDS and small >= 2
        if (wordy or not names_only) and _prose_follows(view, j + depth):
            return True
    return False


def _prose_follows(view: BodyView, k: int) -> bool:
    """The next body line is running text: a sentence, or a line long enough to be one."""
    if not view.is_free(k + 1) or view.barrier_before[k + 1]:
        return False
    following = view.text(k + 1)
    if COLUMN_GAP in own_text(view.line(k + 1)).strip() or FILL.search(following):
        return False                     # columns of a form, a line to sign on: not running text
    if not following[:1].isupper() and not following[:1].isdigit() and list_marker(following) is None:
        return False
    return (ends_sentence(following) and len(following.split()) >= PROSE_WORDS) or len(following) >= PROSE_CHARS
