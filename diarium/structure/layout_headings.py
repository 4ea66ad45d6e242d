"""Headings by layout: lines no list names that a reader still sees as headings.

* a short capitalised line on its own, followed by prose, by another heading, or by a
  sub-heading over prose ("Ekonomiskt perspektiv", "ÖVRIGA BESTÄMMELSER" over "Avtalstid");
* a line printed as such a heading elsewhere in the document, twice or more;
* the title of a document, below its letterhead and over its first named heading;
* a short label with a colon over lines of "Label: value" ("Fastighetsdata:");
* not a form field ("Plats och tid för justering …", `letterhead_fields.tsv`), a lead-in to
  a list that carries its sentence on ("Köparen har rätt att häva köpet" / "a) om …"), a
  date, a list row or a line that fills the width and runs on.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from diarium.language import table, words
from diarium.schemas.structure import Heading
from diarium.structure.body import BodyView, ends_open, ends_sentence, list_marker, own_text
from diarium.structure.heading_shapes import (
    COLUMN_GAP, DATE, FILL, LAYOUT_WIDTH, MAX_HEADING_WORDS, MAX_LAYOUT_CHARS, NUMBERED, PARTY, SUBHEADING_WORDS,
    TITLE_OVER_HEADING_WORDS, continues_title, heading_title, is_heading_line, make, mostly_small_words,
    prose_follows, runs_into, title_shaped)

FIELD_HEADING_WORDS = 3
MAX_DOCUMENT_TITLE_LINES = 3
MAX_DOCUMENT_TITLE_WORDS = 30
MIN_REPEATED_HEADINGS = 2
MIN_CAPITALS = 3
SENTENCE_WORDS = 3
MIN_TEMPLATE_LABELS = 2
LABEL_SPLIT = re.compile(r"[\s/]+")


def layout_heading(view: BodyView, k: int) -> tuple[Heading, list[int]] | None:
    """A short capitalised line on its own, followed by prose: a heading the list does not know."""
    raw, text = own_text(view.line(k)), view.text(k)
    if _over_fields(view, k):
        return make(view, [k], "layout", title=text.rstrip(":"))
    if (len(text) > MAX_LAYOUT_CHARS or len(text.split()) > MAX_HEADING_WORDS or not text[:1].isupper()
            or COLUMN_GAP in raw.strip() or not title_shaped(text) or text.endswith("?")):
        return None
    if sum(ch.isalpha() for ch in text) < 3 or PARTY.search(text) or mostly_small_words(text) \
            or template_labels(text):
        return None
    if ("," in text and any(ch.isdigit() for ch in text)) or ": " in text or _form_field(text):
        return None                      # "Plats och tid Kommunhuset, Lerum, kl. 18.00", "Adress: …"
    if _leads_in(view, k):
        return None                      # "Köparen har rätt att häva köpet" / "a) om …"
    if DATE.search(text) or (k > 0 and not view.page_break_before[k] and _under_named(view, k)):
        return None                      # under "Beslutsunderlag": the documents listed
    used = [k]
    if view.is_wide(k, LAYOUT_WIDTH):
        return None                      # a line that fills the width runs on: prose
    if ends_open(text) and view.is_free(k + 1) and not view.gap_before[k + 1] and continues_title(view, k + 1):
        if len(view.text(k + 1).split()) > MAX_HEADING_WORDS or ". " in view.text(k + 1):
            return None
        used.append(k + 1)               # "Förlängning av partnerskap med" / "Hjälpmissionen"
    if view.is_free(k + 1) and view.text(k + 1).split()[0] == text.split()[0] and not _over_own_prose(view, k):
        return None                      # "Skällared 3:33 …" / "Skällared 3:24 …": rows of a list
    capitals = text.isupper()             # a line in capitals does not carry on a sentence
    if not (view.starts_block(k) or (capitals and not runs_into(view, k))):
        return None
    if not (prose_follows(view, used[-1]) or _heading_follows(view, used, text)
            or _subheading_follows(view, used[-1] + 1, text)):
        return None
    return make(view, used, "layout", title=" ".join(view.text(j) for j in used))


def template_labels(text: str) -> bool:
    """A row of a page template's labels ("Justerandes sign  Utdragsbestyrkande", the signing
    box a page prints wherever its layout puts it): two or more, every word one of
    `page_furniture.txt`. No heading: the text under it goes on.

    >>> template_labels("Justerandes sign  Utdragsbestyrkande"), template_labels("Beslut om taxa")
    (True, False)
    """
    return bool(template_tokens(text))


@lru_cache(maxsize=1024)       # a pure function of a line, asked again by other readers of the document
def template_tokens(text: str) -> tuple[str, ...]:
    """The words of a row of two or more page-template labels, folded (none: no such row)."""
    tokens = [token.strip(".:,").casefold() for token in LABEL_SPLIT.split(text.strip()) if token.strip(".:,")]
    furniture = words("page_furniture")
    if len(tokens) >= MIN_TEMPLATE_LABELS and all(token in furniture for token in tokens):
        return tuple(tokens)
    return ()


def _over_own_prose(view: BodyView, k: int) -> bool:
    """A blank line, then prose that repeats the heading's words ("Syftet med reservatet" / "" /
    "Syftet med reservatet är att …"): a heading over its text, no row of a list."""
    return view.gap_before[k + 1] and view.text(k + 1).startswith(view.text(k) + " ") and prose_follows(view, k)


def _under_named(view: BodyView, k: int) -> bool:
    """Right under a named heading, unless a full sentence follows: the items listed under
    'Beslutsunderlag' are no headings, 'Fastighetsreglering' / 'Kommunen erhåller allmän
    platsmark' / 'Den del av …' is a sub-heading."""
    if view.kinds.get(k - 1) != "named":
        return False
    if not view.is_free(k + 1) or view.page_break_before[k + 1]:
        return True
    following = view.text(k + 1)
    return not (ends_sentence(following) and len(following.split()) >= SENTENCE_WORDS) and not view.is_wide(k + 1)


def _heading_follows(view: BodyView, used: list[int], text: str) -> bool:
    """A title in capitals, or a title of several words, over the next heading:
    "ÖVRIGA BESTÄMMELSER" over "Avtalstid"."""
    following = used[-1] + 1
    if not view.is_free(following):
        return False
    numbered = NUMBERED.match(view.text(following))
    if not is_heading_line(view.text(following)) and not (numbered and heading_title(numbered.group(3))):
        return False
    if text.isupper():
        return sum(ch.isalpha() for ch in text) > MIN_CAPITALS      # not OCR debris: "ANT"
    return len(" ".join(view.text(j) for j in used).split()) >= TITLE_OVER_HEADING_WORDS


def _subheading_follows(view: BodyView, j: int, text: str) -> bool:
    """Line j is a sub-heading over running text: 'Fastighetsreglering' / 'Kommunen erhåller
    allmän platsmark' / text; under a heading in capitals there may be two:
    'FASTIGHETSBILDNING M.M.' / 'Fastighetsreglering' / 'Kommunen erhåller …' / text.
    Under a line of names only ('Sara Pettersson') the sub-heading must have words in small
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


def _form_field(text: str) -> bool:
    """A field label of a form or letterhead with its value: 'Plats och tid för justering …'."""
    folded = text.casefold()
    return any(folded.startswith(label + " ") for label in _field_labels()) or contact_labels_row(folded)


def contact_labels_row(text: str) -> bool:
    """The label row of a page's contact footer ('Postadress Besöksadress Telefon'): two or
    more contact labels and nothing else."""
    tokens = [token.strip(":").casefold() for token in text.split()]
    return len(tokens) >= 2 and all(token in words("contact_labels") for token in tokens)


@lru_cache(maxsize=1)
def _field_labels() -> tuple[str, ...]:
    small = words("function_words")
    return tuple(label for label, kind in table("letterhead_fields").items() if kind != "number" and label not in small)


def _leads_in(view: BodyView, k: int) -> bool:
    """The next line is a list item that carries the sentence on: 'a) om Köparen …'."""
    if not view.is_free(k + 1):
        return False
    marker = list_marker(view.text(k + 1))
    return marker is not None and marker[1].lstrip()[:1].islower()


def _over_fields(view: BodyView, k: int) -> bool:
    """A short label with a colon over lines of 'Label: value': 'Fastighetsdata:' /
    'Fastighet: Duvehed 2:46' / 'Areal: 21 621 kvm'."""
    text = view.text(k)
    if not text.endswith(":") or len(text.split()) > FIELD_HEADING_WORDS or not text[:1].isupper():
        return False
    if text.count(":") > 1 or mostly_small_words(text[:-1]) or not view.starts_block(k):
        return False
    fields = 0
    for j in range(k + 1, min(k + 3, len(view))):
        if not view.is_free(j) or (j > k + 1 and view.gap_before[j]):
            break
        label, colon, value = view.text(j).partition(": ")
        fields += bool(colon and value and len(label.split()) <= FIELD_HEADING_WORDS)
    return fields >= 2


def title_heading(view: BodyView, k: int, starts: frozenset[int]) -> tuple[Heading, list[int]] | None:
    """The title of a document: the first lines of a page where a document begins (below its
    letterhead), standing alone over a named or § heading — however long ('Motion till
    Kommunfullmäktige: Fallförebyggande åtgärder …' / 'av broddar' / 'Förslag till beslut')."""
    if view.line(k).page not in starts or not (k == 0 or view.page_break_before[k]):
        return None
    used = [k]
    while len(used) < MAX_DOCUMENT_TITLE_LINES and view.is_free(used[-1] + 1) and not view.gap_before[used[-1] + 1]:
        used.append(used[-1] + 1)
    following = used[-1] + 1
    text = " ".join(view.text(j) for j in used)
    if (not view.is_free(following) or not view.gap_before[following] or not is_heading_line(view.text(following))
            or not text[:1].isupper() or ends_sentence(text) or len(text.split()) > MAX_DOCUMENT_TITLE_WORDS):
        return None
    if _form_field(text) or any(COLUMN_GAP in own_text(view.line(j)).strip() for j in used):
        return None                      # "Plats och tid för …": the fields of a protokoll's first page
    return make(view, used, "layout", title=text)


def repeated_headings(view: BodyView, found: list[Heading]) -> list[tuple[Heading, list[int]]]:
    """A line printed as a layout heading twice or more elsewhere in the document is one here
    too, where it starts a block over text ('Överenskommelse' over a one-line decision)."""
    counts = Counter(heading.text for heading in found if heading.kind == "layout")
    again = {text for text, count in counts.items() if count >= MIN_REPEATED_HEADINGS}
    if not again:
        return []
    return [make(view, [k], "layout", title=view.text(k)) for k in range(len(view))
            if view.is_free(k) and view.text(k) in again and view.starts_block(k) and view.is_free(k + 1)]
