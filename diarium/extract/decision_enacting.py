"""Decisions of a file with no Beslut heading, lead-in or ärendelista: a decision document's
enacting sentence, a paragraph of its own ("Regeringen beslutar att följande skall gälla …",
"Länsstyrelsen beviljar …"), or inside a page that lost its line breaks, after the § and its
title ("… KS 226 Val av justerare Kommunstyrelsen beslutar att …"). A full stop inside the
sentence (an abbreviation's: "7 kap. 4 § miljöbalken") does not end it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.decision_items import Item, group_items
from diarium.extract.decision_pieces import Piece
from diarium.extract.decision_tables import Context
from diarium.extract.first_document import walk
from diarium.extract.patterns import alternation, bodies, plain_alternation
from diarium.language import words
from diarium.schemas.structure import Paragraph, Structure
from diarium.language.letters import sv_pattern
from diarium.structure.flat_lines import flat_starts

# The end of the sentence before: a full stop or colon before a capital (an abbreviation's
# stands before a small word or a number: "7 kap. 4 §", "m.fl. i").
SENTENCE_START = re.compile(r"[.:!?]\s+(?=[A-ZÅÄÖ])")
# A sentence's own full stop: before a capital or the end.
OWN_STOP = re.compile(r"\.(?=\s+[A-ZÅÄÖ]|\s*$)")
# Sections that tell the matter's history: a body's act told there ("Bakgrund\nLänsstyrelsen
# förelägger kommunen att …") was the start of the matter, not this document's decision.
RECOUNTING = frozenset({"bakgrund", "beskrivning av ärendet"})
MIN_ENACTING = 20         # characters after the verb: an act, not a heading ("Nämnden beslutar.")
# A full stop inside a sentence: an abbreviation's (a small word of one to four letters) before a
# small word or a number ("7 kap. 4 §", "m.fl. i"), not a sentence's before a stripped § number
# ("… förhindren. 288 Kungörelse …").
INNER_STOP = "(?:" + "|".join(rf"(?<=[\s.][a-zåäö]{{{n}}})" for n in range(1, 5)) + r")\.(?=\s?[a-zåäö\d(])"


@lru_cache(maxsize=1)
def enacting_sentence() -> re.Pattern[str]:
    """A body's act in one sentence of its own: "Regeringen beslutar att följande skall gälla …",
    "Länsstyrelsen beviljar …"."""
    acts = rf"(?:{board_subject()}\s+{either_case(words('decided_verbs'))}" \
           rf"|{board_subject(domain=True)}\s+{either_case(words('decision_verbs') | words('order_verbs'))})"
    return re.compile(rf"^{acts}\s(?:[^.]|{INNER_STOP}){{{MIN_ENACTING},}}\.$")


def either_case(verbs: frozenset[str]) -> str:
    """The verbs, their first letter in either case: an old print capitalises the verb of its
    formula ("Nämnden Beslutar att …")."""
    ordered = sorted(verbs, key=lambda v: (-len(v), v))
    return "(?:" + "|".join(f"[{v[0]}{v[0].upper()}]{re.escape(v[1:])}" for v in ordered) + ")"


def board_subject(domain: bool = False) -> str:
    """A board as a sentence's subject: "Socialnämnden", "Styrelsen"; with `domain`, also a board
    named by the area it serves ("Nämnden för teknik", "Styrelsen för folkhälsa och sjukvård") —
    only as the acting body in the present: in the past such a name tells another body's story."""
    forms = [form for b in bodies("board", "government") for form in b.forms]
    # a compound ends only in a board word that may end one ("Koncerndirektionen" is a company's)
    compound = [form for b in bodies("board", "government") if b.word not in words("bare_board_words") for form in b.forms]
    complement = (rf"(?:\s+{plain_alternation(words('body_domain_prepositions'))}"
                  rf"(?:\s+(?!att\b)[\wåäö-]+){{1,4}}?)?") if domain else ""
    return (rf"(?:[A-ZÅÄÖ][a-zåäö-]*{alternation(compound)}|{alternation(f.capitalize() for f in forms)})"
            rf"{complement}")


def enacting_items(structure: Structure, text: str) -> list[tuple[Item, Context]]:
    """In a file with no Beslut heading, lead-in or ärendelista: a decision document's enacting
    sentence, a paragraph of its own (a regeringsbeslut, a myndighet's beslut).

    >>> from diarium.structure import analyse
    >>> text = "Regleringsbrev\\n\\nRegeringen beslutar att följande skall gälla under budgetåret 2005.\\n"
    >>> [i.text for i, _ in enacting_items(analyse(text), text)]
    ['Regeringen beslutar att följande skall gälla under budgetåret 2005.']
    >>> text = "Avtal om snöröjning\\n\\nNämnden för Teknik ger förvaltningschefen i uppdrag att teckna avtalet.\\n"
    >>> [i.text for i, _ in enacting_items(analyse(text), text)]
    ['Nämnden för Teknik ger förvaltningschefen i uppdrag att teckna avtalet.']
    >>> text = "Redovisning\\n\\nBakgrund\\n\\nLänsstyrelsen förelägger kommunen att redovisa åtgärderna senast i maj.\\n"
    >>> enacting_items(analyse(text), text)
    []
    """
    out = []
    flat = whole_page_lines(structure)
    for section, ancestors in walk(structure.sections):
        if any(s.heading is not None and s.heading.name in RECOUNTING for s in (*ancestors, section)):
            continue
        for paragraph in section.paragraphs:
            if enacting_sentence().match(paragraph.text.strip()):
                piece = Piece([(paragraph.start, paragraph.end, text[paragraph.start:paragraph.end])])
                out += [(item, Context()) for item in group_items([piece])]
            elif any(start <= paragraph.start < end for start, end in flat):
                out += [(item, Context(f"ärende @{paragraph.start}")) for item in flat_enacting(paragraph, text)]
            elif len(paragraph.lines) > 1:
                out += [(item, Context()) for item in group_items(sentence_lines(paragraph, text))]
    return out


def sentence_lines(paragraph: Paragraph, text: str) -> list[Piece]:
    """The lines of a paragraph that are an enacting sentence of their own, the line before
    ending a sentence: a text printed with no blank lines runs its letterhead, its story and its
    enacting sentence into one paragraph ("… framgår av villkorsbesluten." / "Regeringen beslutar
    att följande ska gälla …")."""
    out, before = [], ""
    for span in paragraph.lines:
        line = text[span.start:span.end].strip()
        if (not before or before.endswith((".", ":", "!", "?"))) and enacting_sentence().match(line):
            out.append(Piece([(span.start, span.end, text[span.start:span.end])]))
        before = line
    return out


def whole_page_lines(structure: Structure) -> list[tuple[int, int]]:
    """The spans of lines that hold a whole page: the long lines the structure calls flat, and
    a page's only line of text (a transcript prints each page as one line, short pages too)."""
    flat = flat_starts(structure.lines)
    texts: dict[int, list[tuple[int, int]]] = {}
    for line in structure.lines:
        if line.text.strip():
            texts.setdefault(line.page, []).append((line.start, line.end))
    return [span for spans in texts.values() for span in spans if len(spans) == 1 or span[0] in flat]


@lru_cache(maxsize=1)
def enacting_inside() -> re.Pattern[str]:
    """An enacting sentence inside a page that lost its line breaks, after the § and its title:
    "… KS 226 Val av justerare Kommunstyrelsen beslutar att …"."""
    return re.compile(enacting_sentence().pattern.replace("^", r"(?<!\S)", 1).replace(r"\.$", r"\.(?=\s|$)"))


@lru_cache(maxsize=1)
def appositive_board() -> re.Pattern[str]:
    """The acting board set off by commas after the office it holds, its county named with it:
    "Ansvarig myndighet för fonden, Länsstyrelsen i Norrby län, beslutar att …"."""
    counties = "|".join(sv_pattern(name) for name in sorted(words("counties"), key=len, reverse=True))
    return re.compile(rf",\s+{board_subject()}(?:\s+(?:i\s+)?(?:{counties})s?\s+län)?,\s+"
                      rf"{plain_alternation(words('decision_verbs'))}\s+att\s")


def appositive_sentences(view: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence whose acting board stands in apposition: from the end of
    the sentence before it (or the paragraph's start) to its own full stop."""
    out = []
    for match in appositive_board().finditer(view):
        starts = [m.end() for m in SENTENCE_START.finditer(view, 0, match.start())]
        start = starts[-1] if starts else 0
        stop = OWN_STOP.search(view, match.end())
        if stop is not None:
            out.append((start, stop.end()))
    return out


def flat_enacting(paragraph: Paragraph, text: str) -> list[Item]:
    """The enacting sentences of a flat page's paragraph, each a decision (each § of such a
    page is its own paragraph, so the context keeps two §§' same words apart), also one whose
    board stands in apposition to the office it holds.

    >>> from diarium.schemas.structure import Paragraph
    >>> text = ("Ärende: Ängsmark Beslut om bidrag Ansvarig myndighet för fonden Norrbyleden, Länsstyrelsen "
    ...         "Hallands län, beslutar att bevilja bidrag till Ekeby kommun för det sökta arbetet. Bidraget betalas ut i maj.")
    >>> [i.text for i in flat_enacting(Paragraph(page=1, start=0, end=len(text), text=text), text)]
    ['Ängsmark Beslut om bidrag Ansvarig myndighet för fonden Norrbyleden, Länsstyrelsen Hallands län, beslutar att bevilja bidrag till Ekeby kommun för det sökta arbetet.']
    """
    view = text[paragraph.start:paragraph.end]
    spans = [(m.start(), m.end()) for m in enacting_inside().finditer(view)]
    spans += [(a, b) for a, b in appositive_sentences(view) if not any(a < y and x < b for x, y in spans)]
    pieces = [Piece([(paragraph.start + a, paragraph.start + b, view[a:b])]) for a, b in sorted(spans)]
    return group_items(pieces) if pieces else []
