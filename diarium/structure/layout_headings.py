"""Headings by layout: lines no list names that a reader still sees as headings.

* a short capitalised line on its own, followed by prose, by another heading, or by a
  sub-heading over prose ("Ekonomiskt perspektiv", "ÖVRIGA BESTÄMMELSER" over "Avtalstid");
* not a form field ("Plats och tid för justering …"), a date, a list row or a line that
  fills the width and runs on.
"""
from __future__ import annotations

from diarium.schemas.structure import Heading
from diarium.structure.body import BodyView, ends_open, own_text
from diarium.structure.heading_shapes import (
    COLUMN_GAP, DATE, FILL, LAYOUT_WIDTH, MAX_HEADING_WORDS, MAX_LAYOUT_CHARS, NUMBERED, PARTY, SUBHEADING_WORDS,
    TITLE_OVER_HEADING_WORDS, continues_title, heading_title, is_heading_line, make, mostly_small_words,
    prose_follows, runs_into, title_shaped)


def layout_heading(view: BodyView, k: int) -> tuple[Heading, list[int]] | None:
    """A short capitalised line on its own, followed by prose: a heading the list does not know."""
    raw, text = own_text(view.line(k)), view.text(k)
    if (len(text) > MAX_LAYOUT_CHARS or len(text.split()) > MAX_HEADING_WORDS or not text[:1].isupper()
            or COLUMN_GAP in raw.strip() or not title_shaped(text) or text.endswith("?")):
        return None
    if sum(ch.isalpha() for ch in text) < 3 or PARTY.search(text) or mostly_small_words(text):
        return None
    if ("," in text and any(ch.isdigit() for ch in text)) or ": " in text:
        return None                      # "Plats och tid Kommunhuset, Lerum, kl. 18.00", "Adress: …"
    if DATE.search(text) or (k > 0 and not view.page_break_before[k] and _under_named(view, k)):
        return None                      # under "Beslutsunderlag": the documents listed
    used = [k]
    if view.is_wide(k, LAYOUT_WIDTH):
        return None                      # a line that fills the width runs on: prose
    if ends_open(text) and view.is_free(k + 1) and not view.gap_before[k + 1] and continues_title(view, k + 1):
        if len(view.text(k + 1).split()) > MAX_HEADING_WORDS or ". " in view.text(k + 1):
            return None
        used.append(k + 1)               # "Förlängning av partnerskap med" / "Räddningsmissionen"
    if view.is_free(k + 1) and view.text(k + 1).split()[0] == text.split()[0]:
        return None                      # "Skällared 3:33 …" / "Skällared 3:24 …": rows of a list
    capitals = text.isupper()             # a line in capitals does not carry on a sentence
    if not (view.starts_block(k) or (capitals and not runs_into(view, k))):
        return None
    if not (prose_follows(view, used[-1]) or _heading_follows(view, used, text)
            or _subheading_follows(view, used[-1] + 1, text)):
        return None
    return make(view, used, "layout", title=" ".join(view.text(j) for j in used))


def _under_named(view: BodyView, k: int) -> bool:
    return view.kinds.get(k - 1) == "named"


def _heading_follows(view: BodyView, used: list[int], text: str) -> bool:
    """A title in capitals, or a title of several words, over the next heading:
    "ÖVRIGA BESTÄMMELSER" over "Avtalstid"."""
    following = used[-1] + 1
    if not view.is_free(following):
        return False
    numbered = NUMBERED.match(view.text(following))
    if not is_heading_line(view.text(following)) and not (numbered and heading_title(numbered.group(3))):
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
        if not title_shaped(line) or len(line) > MAX_LAYOUT_CHARS or FILL.search(line) or is_heading_line(line):
            return False
        if line.split()[0] == view.text(j + depth - 1).split()[0]:
            return False                 # "Skällared 3:33 …" / "Skällared 3:24 …": rows of a list
        small = sum(word[:1].islower() for word in line.split())
        wordy = len(line.split()) >= SUBHEADING_WORDS and small >= 2
        if (wordy or not names_only) and prose_follows(view, j + depth):
            return True
    return False
