"""Headings: § blocks, numbered headings, named headings and lines that are headings by layout.

* `§ 17`, `§ 17 Dnr KS-2025-00086`, `§17 Val av justerare`, `$ 17` (Tesseract's `§`): a
  paragraph heading; its title is on the same line or on the lines below, then the dnr;
* `1. PARTER`, `2.1 Bakgrund`, `4 Särskilda arrendevillkor`, or a bare `5.11` over a title
  line: a numbered heading — unless the line is an item of a list (it follows a lead-in
  ending in ':', fills the line and runs on, or ends like a sentence);
* a bare number in a column of clause numbers that reading order put before the page's text
  ("14.", "14.1", "15." …, `clause_numbers`): a numbered heading without a title;
* a name from `language/data/headings.tsv` ("Beslut", "Förslag till beslut i
  kommunstyrelsen", "Beslut – för fastställande i kommunfullmäktige");
* any other short line that stands alone: capitalised, no final stop, not run into from the
  line before, and followed by prose.

The group rows of a table ("|  | Beslutsärenden |  |  |", `group_rows`) are headings too.
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

from diarium.schemas.structure import Heading, TextLine
from diarium.structure.body import BodyView, body_view, ends_open, ends_sentence, list_marker
from diarium.structure.clause_numbers import column_numbers
from diarium.structure.flat_lines import flat_headings, flat_starts
from diarium.structure.flat_owned_headings import flat_owned_headings
from diarium.structure.group_rows import group_headings
from diarium.structure.heading_shapes import (
    BARE_NUMBER, CASE_NUMBER, DOT_LEADER, MAX_PLAIN_NUMBER, MAX_TITLE_LINES, NUMBERED, SECTION_SIGN,
    continues_title, heading_title, is_heading_line, make, prose_follows, runs_into, title_shaped)
from diarium.structure.layout_headings import layout_heading, repeated_headings, title_heading
from diarium.structure.names import heading_name, split_dnr
from diarium.text import squash

# A sentence ends inside a line: a word of two letters or more, a stop, a capital ('bostad. Vilket').
SENTENCE_INSIDE = re.compile(r"\w{2,}[.!?]\s+[A-ZÅÄÖ]")

__all__ = ["DOT_LEADER", "find_headings", "is_heading_line"]


def find_headings(lines: list[TextLine], starts: frozenset[int] = frozenset()) -> list[Heading]:
    """Every heading, in order; the lines of each heading get role 'heading'. `starts`: the
    pages where a document begins (its letterhead or page 1), whose first lines may be its title."""
    groups = group_headings(lines)            # before the view: their lines become headings
    view = body_view(lines)
    column = column_numbers(view)
    headings = []
    for k in range(len(view)):
        if not view.is_free(k):
            continue
        found = (make(view, [k], "numbered", number=column[k]) if k in column else None) or (
            _paragraph_heading(view, k) or _numbered_heading(view, k)
            or _named_heading(view, k) or title_heading(view, k, starts) or layout_heading(view, k))
        if found is not None:
            heading, used = found
            view.kinds[used[0]] = heading.kind
            for j in used:
                view.line(j).role = "heading"
            headings.append(heading)
    for heading, used in repeated_headings(view, headings):
        view.line(used[0]).role = "heading"
        headings.append(heading)
    flat = flat_starts(lines)
    if flat:                            # a page that lost its line breaks: headings inside it
        for k in range(len(view)):
            if view.is_free(k) and view.line(k).start in flat:
                inline = flat_headings(view.line(k))
                headings += inline + flat_owned_headings(view.line(k), inline)
    return sorted(headings + groups, key=lambda heading: heading.start)


def _paragraph_heading(view: BodyView, k: int) -> tuple[Heading, list[int]] | None:
    match = SECTION_SIGN.match(view.text(k))
    if match is None or _in_contents(view, k) or runs_into(view, k):
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
    if title is None and dnr is None and not _over_prose(view, k):
        return None                     # "§ 131" alone in a list of names
    return make(view, used, "paragraph", number=number, title=title, dnr=dnr)


def _over_prose(view: BodyView, k: int) -> bool:
    """A bare '§ 4' that opens a block over running text: a statute's article ('§ 4' /
    'Till stiftelsen inflytande medel skall bilda stiftelsens fond.'), not a § in a list."""
    return view.starts_block(k) and prose_follows(view, k)


def _split_title_dnr(rest: str) -> tuple[str | None, str | None]:
    """'Dnr KS-2025-00086' → (None, dnr); 'Val av justerare' → (title, None)."""
    if not rest:
        return None, None
    dnr = _dnr_of(rest)
    if dnr is not None:
        return None, dnr
    for match in re.finditer(r"\s(?=\S)", rest):       # "Val av justerare   Dnr KS-…"
        dnr = split_dnr(rest[match.end():])
        if dnr is not None and title_shaped(rest[:match.start()]):
            return squash(rest[:match.start()]), dnr
    return (squash(rest), None) if title_shaped(rest) else (None, None)


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
        if not title_shaped(text) and not (used and continues_title(view, j)):
            break
        if used and (view.gap_before[j] or not continues_title(view, j)):
            break
        if SECTION_SIGN.match(text) or list_marker(text) or (not used and _named_not_title(view, j)):
            break
        if not used and _opens_prose(view, j):
            break
        used.append(j)
        j += 1
    return used, None


def _opens_prose(view: BodyView, j: int) -> bool:
    """Line j is the first line of a paragraph, not a title: it runs on, in lower case and
    without a blank line, to a sentence end ('Stiftelsen, vars benämning … att äga' / 'och
    förvalta …' / 'värdefulla … friluftslivet.'; '… per bostad. Vilket ger …'). A title never
    holds a sentence end."""
    for m in range(j + 1, j + MAX_TITLE_LINES + 2):
        if not view.is_free(m) or view.gap_before[m] or view.page_break_before[m] or not view.text(m)[:1].islower():
            return False
        if ends_sentence(view.text(m)) or SENTENCE_INSIDE.search(view.text(m)):
            return True
    return False


def _named_not_title(view: BodyView, j: int) -> bool:
    """'Beslut' over the decision is the next heading; 'Övriga frågor' over 'Överenskommelse'
    or a dnr is the title of the item."""
    found = heading_name(view.text(j))
    if found is None or found[1] is not None:
        return False
    return view.is_free(j + 1) and prose_follows(view, j)


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
    if not heading_title(title) or _is_list_item(view, k):
        return None
    used = [k]
    runs_on = view.is_free(k + 1) and not view.gap_before[k + 1] and view.text(k + 1)[:1].islower()
    if runs_on:
        if not (ends_open(title) and continues_title(view, k + 1)):
            return None                 # "1. Avveckla … gymnasium" / "från och med …": an item
        used.append(k + 1)
        title = f"{title} {view.text(k + 1)}"
    elif ends_open(title):
        return None                     # "1. Socialnämnden beslutar att godkänna partnerskap med"
    return make(view, used, "numbered", number=number, title=squash(title))


def _is_list_item(view: BodyView, k: int) -> bool:
    """Line k is an item of a list: after a lead-in ('… beslutar att:'), or it runs on."""
    if k > 0 and not view.page_break_before[k] and view.text(k - 1).endswith(":"):
        return not _stands_alone(view, k)
    if not (view.is_wide(k) and view.is_free(k + 1)) or view.gap_before[k + 1]:
        return False
    following = view.text(k + 1)[:1]
    return following.islower() or following.isdigit() or ends_open(view.text(k))   # it runs on


def _stands_alone(view: BodyView, k: int) -> bool:
    """Blank lines around line k and running text below it: a numbered heading even after a
    lead-in ('… avtal om bevakning och samverkan enligt följande:' / '1  Parter' / 'Staten genom
    Trafikverket, …'); a list's items follow one another."""
    nxt = k + 1
    return (view.gap_before[k] and view.is_free(nxt) and view.gap_before[nxt]
            and list_marker(view.text(nxt)) is None and prose_follows(view, k))


def _bare_number_heading(view: BodyView, k: int, number: str) -> tuple[Heading, list[int]] | None:
    """'1' or '5.11' alone on a line, its title on the next line(s)."""
    if not view.starts_block(k) or not view.is_free(k + 1) or ("." not in number and int(number) > MAX_PLAIN_NUMBER):
        return None
    if runs_into(view, k) or (k > 0 and BARE_NUMBER.match(view.text(k - 1))):
        return None                      # "§§ 74–" / "75", or a column of clause numbers
    title_lines, dnr_line = _title_block(view, k + 1)
    if not title_lines or not heading_title(view.text(title_lines[0])):
        return None
    used = [k] + title_lines + ([dnr_line] if dnr_line is not None else [])
    title = " ".join(view.text(j) for j in title_lines)
    dnr = _dnr_of(view.text(dnr_line)) if dnr_line is not None else None
    return make(view, used, "numbered", number=number, title=title, dnr=dnr)


def _named_heading(view: BodyView, k: int) -> tuple[Heading, list[int]] | None:
    text = view.text(k)
    if not text[:1].isupper() or DOT_LEADER.search(text) or (not view.gap_before[k] and runs_into(view, k)):
        return None
    found = heading_name(text)
    if found is None:
        return None
    name, qualifier = found
    return make(view, [k], "named", title=text.rstrip(":"), name=name,
                 qualifier=qualifier)


