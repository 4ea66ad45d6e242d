"""Decisions told as outcomes inside a page that lost its line breaks and its § signs: the §
shows only as its number and title run into the text ("… 211 Föredragningslista
Föredragningslista, daterad 10 maj, godkändes. 212 Rapport …"). Each such block is a § of its own;
only a number next to another block's number is a § (the §§ of a meeting run on: 30, 31, 32; a
year before a capital is none). One that holds no decision yet takes as its decision its last
sentence that reports the body's act in the passive (the outcome verbs of `decision_outcomes`, in
its main clause), as a § block of a printed page does, or its last att-clause standing as a
sentence of its own (the list item of a decision whose lead-in the transcript lost).
The § title (a capitalised word and the small words after it, up to the next capital) is no
part of the sentence; a list number before it ("1. Informationen noteras.") is its number.

>>> from diarium.structure import analyse
>>> text = ("Protokoll Landstingsstyrelsen Tid Måndagen den 9 mars 2009 Plats Stora salen Närvarande "
...         "ledamöter Anna Berg (m), ordf Karl Holm (s) Lena Ek (c) Per Lind (fp) Eva Strand (s) "
...         "Sekreterare Jonas Ek 30 Val av protokolljusterare samt justeringsdatum Att jämte ordföranden "
...         "justera dagens protokoll utsågs Karl Holm. Justeringen sker den 12 mars 2009. "
...         "31 Föredragningslista Föredragningslista, daterad 2 mars, godkändes. 32 Rapport Direktören "
...         "rapporterade om läget i regionen och om arbetet med den nya vårdplanen under våren.\\n")
>>> [(i.number, i.text, c.key) for i, c in flat_outcome_items(analyse(text), text, [])]
[(None, 'Att jämte ordföranden justera dagens protokoll utsågs Karl Holm.', '§ 30'), (None, 'Föredragningslista, daterad 2 mars, godkändes.', '§ 31')]
"""
from __future__ import annotations

import re
from functools import cache

from diarium.extract.decision_enacting import whole_page_lines
from diarium.extract.decision_items import Item, group_items
from diarium.extract.decision_outcomes import outcome_verb
from diarium.extract.decision_pieces import Piece
from diarium.extract.decision_tables import Context
from diarium.language import words
from diarium.schemas.structure import Structure

# A stripped § mark: a number (after a body's short letters: "KS 136") and a capitalised title.
SECTION_START = re.compile(r"(?:^|(?<=[\s.)]))(?:[A-ZÅÄÖ]{2,4}\s+)?(?P<number>\d{1,4})\s+(?=[A-ZÅÄÖ][a-zåäö])")
# The title: a capitalised word and the small words after it, up to the next capital.
TITLE = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:,?\s+(?:[a-zåäö][\wåäö-]*|\d+))*\s+(?=[A-ZÅÄÖ\d])")
# A sentence's end: a full stop (not of a list number or an abbreviation's single letter)
# before white space and a capital or a list number (or an att-clause that lost its lead-in).
SENTENCE_END = re.compile(r"(?<![\s(]\d)(?<!\b[a-zåäö])[.!?](?=\s+(?:[A-ZÅÄÖ]|\d{1,2}\.\s|att\s))")
# An att-clause standing as a sentence of its own ("… redovisade läget. att lägga rapporten till
# handlingarna."): a decision item whose lead-in ("Styrelsen beslutade") the transcript lost.
BARE_ATT = re.compile(r"^att\s+[a-zåäö]{3,}\s")
# An att opens a subordinate clause (a proposal's: "föreslår att", "föreslog att", "har föreslagit
# att") unless it marks an infinitive: after "till" and at most one word ("Till att leda mötet …",
# "Till ledamot att granska protokollet …") or after a role noun ("Justerare att granska …"); then
# the outcome verb after it is the main clause's.
ATT = re.compile(r"(?<![\w-])att(?![\w-])")
INFINITIVE_LEAD = re.compile(r"(?:(?<![\w-])till(?:\s+[\wåäöÅÄÖ-]+)?|(?P<word>[\wåäöÅÄÖ-]+))\s+$", re.IGNORECASE)
LIST_NUMBER = re.compile(r"(?P<number>\d{1,2})\.\s+")


def flat_outcome_items(structure: Structure, text: str, found: list[Item]) -> list[tuple[Item, Context]]:
    """The outcome sentence of each stripped § block of the flat pages that holds no decision."""
    out: list[tuple[Item, Context]] = []
    spans = [(page_start + start, page_start + end, number) for page_start, page_end in whole_page_lines(structure)
             for start, end, number in blocks(text[page_start:page_end])]
    numbers = {int(number) for _, _, number in spans}
    for at, to, number in spans:
        if not {int(number) - 1, int(number) + 1} & numbers or any(at <= item.start < to for item in found):
            continue                    # a year before a capital ("2015 Planen …"), no § of a run
        piece = last_outcome(text, at, to)
        if piece is not None:
            out += [(item, Context(f"§ {number}")) for item in group_items([piece])]
    return out


def blocks(view: str) -> list[tuple[int, int, str]]:
    """(start, end, number) of each stripped § block of a flat page."""
    marks = list(SECTION_START.finditer(view))
    return [(mark.start(), marks[k + 1].start() if k + 1 < len(marks) else len(view), mark.group("number"))
            for k, mark in enumerate(marks)]


def reports_outcome(sentence: str) -> bool:
    """The sentence's main clause reports the act: its outcome verb in lower case (a capitalised
    one is a title page's label: "Utses att justera"), with no att-clause opened before it (a
    proposal's: "… föreslår att begäran beviljas").

    >>> reports_outcome("Nämnden föreslår att begäran beviljas.")
    False
    >>> reports_outcome("Till ledamot att granska protokollet utsågs Anna Berg.")
    True
    """
    for match in outcome_verb().finditer(sentence):
        if match.group()[0].islower() and not opens_clause(sentence[:match.start()]):
            return True
    return False


def opens_clause(lead: str) -> bool:
    """An att in the lead that opens a subordinate clause, not an infinitive's."""
    for att in ATT.finditer(lead):
        before = INFINITIVE_LEAD.search(lead[:att.start()])
        if before is None or (before.group("word") is not None and before.group("word").lower() not in role_nouns()):
            return True
    return False


@cache
def role_nouns() -> frozenset[str]:
    return frozenset(w.lower() for name in ("roles", "meeting_functions") for w in words(name))


def last_outcome(text: str, start: int, end: int) -> Piece | None:
    """The block's last sentence that holds an outcome verb and ends in a full stop."""
    mark = SECTION_START.match(text, start)
    body = mark.end() if mark is not None else start
    title = TITLE.match(text, body)
    body = title.end() if title is not None and title.end() < end else body
    view = text[body:end]
    cuts = [0, *(m.end() - body for m in SENTENCE_END.finditer(text, body, end)), len(view)]
    for a, b in reversed(list(zip(cuts, cuts[1:]))):
        sentence = view[a:b].strip()
        if sentence.endswith(".") and (reports_outcome(sentence) or BARE_ATT.match(sentence)):
            at = body + a + (len(view[a:b]) - len(view[a:b].lstrip()))
            numbered = LIST_NUMBER.match(sentence)
            return Piece([(at, at + len(sentence), sentence)], numbered.group("number") if numbered else None)
    return None
