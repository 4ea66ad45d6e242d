"""Decisions: the items under Beslut / Förslag till beslut (… i kommunstyrelsen, … till
kommunfullmäktige, Förvaltningens förslag) in every § of the file, read from the structure's
sections (heading names from `language/data/headings.tsv`), from a lead-in such as "Vi föreslår
att socialnämnden beslutar" followed by an att-list, and from the Förslag column of an
ärendelista (`decision_tables`).

The same decision printed twice for one ärende (a tjänsteskrivelse's förslag repeated as the
utdrag's beslut) is listed once, with both places as evidence; the same words in two different
§§ are two decisions.

>>> text = '''Förvaltningens förslag till beslut
...
... 1. Socialnämnden beslutar att godkänna partnerskap med
...
... - Navigatus organisationsnummer 802004-7893,
... - Ekeby stadsmission organisationsnummer 808649-
... 4070.
... 2. Paragrafen justeras omedelbart.
... '''
>>> [(d.number, d.text) for d in find_decisions(text)]
[(1, 'Socialnämnden beslutar att godkänna partnerskap med Navigatus organisationsnummer 802004-7893, Ekeby stadsmission organisationsnummer 808649-4070.'), (2, 'Paragrafen justeras omedelbart.')]
>>> text = ("§ 74 Dnr TE-2024-00546\\nBeställningscentral\\n\\nBeslut\\n\\nNämnden förklarar paragrafen omedelbart justerad.\\n\\n"
...         "§ 75 Dnr TE-2023-00716\\nTrafikförsörjningsprogram\\n\\nBeslut\\n\\nNämnden förklarar paragrafen omedelbart justerad.\\n")
>>> [d.text for d in find_decisions(text)]
['Nämnden förklarar paragrafen omedelbart justerad.', 'Nämnden förklarar paragrafen omedelbart justerad.']
>>> [(d.number, d.text) for d in find_decisions("Vi föreslår att socialnämnden beslutar\\n"
...     "att ge förvaltningen i uppdrag att utreda ett bidrag,\\natt redovisa uppdraget i november.\\n")]
[(None, 'att ge förvaltningen i uppdrag att utreda ett bidrag'), (None, 'att redovisa uppdraget i november.')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from rapidfuzz import fuzz

from diarium.extract.decision_adopted import without_adopted_proposals
from diarium.extract.decision_items import Item, group_items
from diarium.extract.decision_pieces import (
    PageWidths, Piece, barrier_starts, is_lead_in, section_pieces,
)
from diarium.extract.decision_headings import is_decision_heading, line_is_decision_heading, other_heading_line
from diarium.extract.decision_columns import column_items
from diarium.extract.decision_enacting import enacting_items, whole_page_lines
from diarium.extract.decision_flat_acts import split_at_acts
from diarium.extract.decision_flat_outcomes import flat_outcome_items
from diarium.extract.decision_furniture import opens_with_header_field
from diarium.extract.decision_marks import motion
from diarium.extract.decision_outcomes import outcome_items
from diarium.extract.decision_references import reference_items
from diarium.extract.decision_pages import before_section_mark, list_over_page, on_flat_page
from diarium.extract.decision_leads import lead_in_scope, lead_verb, list_after_lead_in
from diarium.extract.decision_runs import cell_items, run_items
from diarium.extract.decision_tables import Context, dnr_key, same_case, table_items
from diarium.extract.dnr import WITH_KEYWORD
from diarium.extract.evidence import evidence
from diarium.extract.first_document import walk
from diarium.extract.patterns import alternation, plain_alternation
from diarium.language import table, words
from diarium.schemas import Decision
from diarium.schemas.structure import Heading, Section, Structure
from diarium.structure import analyse
from diarium.structure.names import heading_name

SAME_TEXT = 96
ISO_DATE = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}")
DECISION_NAMES = ("beslut", "förslag till beslut", "förslag")
MAX_HEADING_WORDS = 10


def find_decisions(text: str, structure: Structure | None = None) -> list[Decision]:
    """Every decision of the file, in order, repeats for the same ärende merged."""
    structure = structure if structure is not None else analyse(text)
    found = section_items(structure, text) + table_items(structure, text)
    runs = run_items(structure, text) + cell_items(structure, text)
    found = [(item, context) for item, context in found if not swallows_heading(item, runs)]
    found += [(item, context) for item, context in runs if not overlaps(item, found)]
    found += [(item, context) for item, context in column_items(structure, text) if not overlaps(item, found)]
    references = reference_items(structure, text)
    found = [(item, context) for item, context in found
             if not any(line.start <= item.start < line.end for _, _, line in references)]
    found += [(item, context) for item, context, _ in references if not overlaps(item, found)]
    found = found or enacting_items(structure, text)
    found += outcome_items(structure, text, [item for item, _ in found])
    found += flat_outcome_items(structure, text, [item for item, _ in found])
    found.sort(key=lambda pair: pair[0].start)
    found = without_adopted_proposals(found, structure)
    decisions: list[tuple[Decision, Context]] = []
    for item, context in found:
        decision = Decision(number=item.number, text=item.text,
                            evidence=[evidence(text, item.start, item.end)])
        twin = next((d for d, c in decisions if same(d, c, decision, context)), None)
        if twin is not None:
            twin.evidence.extend(decision.evidence)
        else:
            decisions.append((decision, context))
    return [decision for decision, _ in decisions]


def swallows_heading(item: Item, runs: list[tuple[Item, Context]]) -> bool:
    """A decision read from a paragraph that starts before a proposal found after an inline
    heading and runs into it: the heading's words were taken for a decision's."""
    return any(item.start < run.start < item.end for run, _ in runs)


def overlaps(item: Item, found: list[tuple[Item, Context]]) -> bool:
    """Another reading already took these words (a decision heading the structure saw as a line)."""
    return any(item.start < other.end and other.start < item.end for other, _ in found)


def same(a: Decision, where_a: Context, b: Decision, where_b: Context) -> bool:
    """One decision printed twice: same number and words, for the same ärende. Case numbers of
    one registry printed with both places decide (also where OCR lost the § sign); else two
    different §§ (or agenda items) are two decisions, and a § and a document without one (its
    tjänsteskrivelse, an ärendelista row) one."""
    if a.number != b.number or fuzz.ratio(a.text.casefold(), b.text.casefold()) < SAME_TEXT:
        return False
    verdict = same_case(where_a.dnr, where_b.dnr)
    if verdict is not None:
        return verdict                 # two case numbers of one registry decide
    a_key, b_key = where_a.key, where_b.key
    if a_key is not None and b_key is not None:
        return a_key == b_key or a_key.split()[0] != b_key.split()[0]   # an ärendelista row and its §
    return True


def section_items(structure: Structure, text: str) -> list[tuple[Item, Context]]:
    """The decisions under decision headings and after deciding lead-ins, section by section."""
    widths, barriers = PageWidths(structure), barrier_starts(structure)
    flat = whole_page_lines(structure)
    sections = list(walk(structure.sections))
    case_numbers = [(m.start(), dnr_key(m.group("body"))) for m in WITH_KEYWORD.finditer(text)
                    if not ISO_DATE.fullmatch(m.group("body").strip())]     # "Diarienummer" over a date
    out: list[tuple[Item, Context]] = []
    taken: set[int] = set()
    for k, (section, ancestors) in enumerate(sections):
        if k in taken:
            continue
        heading = section.heading
        if heading is not None and decision_section(heading):
            pieces = until_heading_line(section_pieces(section, text, structure, widths, barriers))
            pieces = [piece for piece in before_section_mark(pieces, text) if not motion(piece.text)]
            pieces = pieces[1:] if pieces and opens_with_header_field(pieces[0].text) else pieces
            pieces = split_at_acts(on_flat_page(pieces, heading.start, flat), flat)
            pieces += continued_list(sections, k, pieces, text, structure, widths, barriers, taken)
            pieces += list_over_page(sections, k, pieces, text, structure, widths, barriers, taken)
        elif heading is not None and is_lead_in(heading.text) and lead_verb(heading.text):
            pieces = lead_in_scope([heading_piece(heading, text), *section_pieces(section, text, structure, widths, barriers)])
        elif any(maybe_decisions(paragraph.text) for paragraph in section.paragraphs):
            pieces = section_pieces(section, text, structure, widths, barriers)
            pieces = pieces_after_heading_line(pieces) or list_after_lead_in(pieces)
        else:
            continue
        context = located(context_of(ancestors), case_number_before(case_numbers, section.start))
        out += [(item, context) for item in group_items(pieces)]
    return out


def case_number_before(case_numbers: list[tuple[int, str | None]], offset: int) -> tuple[int, str | None]:
    """Where the last case number before `offset` is printed, and its digits ("Dnr
    TE-2024-00457" over a § whose sign OCR lost, a tjänsteskrivelse's Diarienummer)."""
    k = bisect_left(case_numbers, (offset, "")) - 1
    return case_numbers[k] if k >= 0 else (-1, None)


def located(context: Context, case_number: tuple[int, str | None]) -> Context:
    """The § of the section, unless another case number stands between that § heading and the
    section (the § of a table of contents, read as a heading, over §§ whose sign OCR lost):
    then the case number places it."""
    at, dnr = case_number
    if context.key is None or context.end is None:
        return Context(context.key, context.dnr or dnr)
    if at > context.end:
        return Context(None, dnr)
    return context


def decision_section(heading: Heading) -> bool:
    if heading.kind == "named":
        return is_decision_heading(heading.name, heading.qualifier, heading.title or heading.text)
    return heading.kind in ("layout", "numbered") and line_is_decision_heading(heading.title or heading.text)


def continued_list(sections: list[tuple[Section, tuple[Section, ...]]], k: int, pieces: list[Piece],
                   text: str, structure: Structure, widths: PageWidths, barriers: list[int],
                   taken: set[int]) -> list[Piece]:
    """Numbered items that the structure read as numbered headings after a decision heading
    ("Förslag till beslut" / "1. Tillsynsrapporterna noteras" / "2. …"): the list runs on
    while the numbers do."""
    numbers = [int(p.item) for p in pieces if p.item is not None and p.item.isdigit()]
    if pieces and not numbers:
        return []
    expected, out = (numbers[-1] if numbers else 0) + 1, []
    for j in range(k + 1, len(sections)):
        heading = sections[j][0].heading
        if heading is None or heading.kind != "numbered" or heading.number != str(expected) \
                or heading.name is not None or heading_name(heading.title or ""):
            break
        out.append(Piece([(heading.start, heading.end, text[heading.start:heading.end])], heading.number))
        section_paragraphs = section_pieces(sections[j][0], text, structure, widths, barriers)
        out += section_paragraphs
        taken.add(j)
        numbers = [int(p.item) for p in section_paragraphs if p.item is not None and p.item.isdigit()]
        expected = (numbers[-1] if numbers else expected) + 1
    return out


def until_heading_line(pieces: list[Piece]) -> list[Piece]:
    """The pieces before a heading line the structure did not take for one (also the first
    line of a paragraph that lost the blank line after it: "Reservation (SD)" / "Stockholm …")."""
    for k, piece in enumerate(pieces):
        if other_heading_line(piece.lines[0][2]):
            return pieces[:k]
    return pieces


def pieces_after_heading_line(pieces: list[Piece]) -> list[Piece]:
    """A decision heading that the structure left in a paragraph (under a heading it did not
    end, or joined to the next line: "Beslut |" / "Kommunrevisionen beslutar …"): what
    follows it."""
    for k, piece in enumerate(pieces):
        for j, line in enumerate(piece.lines):
            if len(line[2].split()) <= MAX_HEADING_WORDS and not runs_on(line[2]) \
                    and line_is_decision_heading(line[2]):
                rest = [Piece(piece.lines[j + 1:])] if j + 1 < len(piece.lines) else []
                return rest + pieces[k + 1:]
    return []


def runs_on(line: str) -> bool:
    """A line of running text that ends in a conjunction ("… om kommunens investeringsplan och"):
    the sentence goes on in the next line, so no heading ends there."""
    words_of_line = line.split()
    return bool(words_of_line) and words_of_line[-1].casefold() in words("list_conjunctions")


@lru_cache(maxsize=1)
def decision_words() -> re.Pattern[str]:
    """A word that may make a line a decision heading, or a lead-in verb: which paragraphs of
    other sections are worth reading for decisions."""
    first_words = {surface.split()[0] for name, surfaces in table("headings").items()
                   if name in DECISION_NAMES for surface in surfaces.split(" | ") if surface.strip()}
    return re.compile(rf"(?i)(?:{alternation(first_words)}|{plain_alternation(words('lead_in_verbs'))})")


def maybe_decisions(text: str) -> bool:
    return bool(decision_words().search(text))


def heading_piece(heading: Heading, text: str) -> Piece:
    return Piece([(heading.start, heading.end, text[heading.start:heading.end])])


def context_of(ancestors: tuple[Section, ...]) -> Context:
    """The § the section stands in, with its case number; else the numbered ärende at the top."""
    for section in reversed(ancestors):
        heading = section.heading
        if heading is not None and heading.kind == "paragraph":
            return Context(f"§ {heading.number}", dnr_key(heading.dnr), heading.start, heading.end)
    top = ancestors[0].heading if ancestors else None
    if top is not None and top.kind == "numbered" and top.number and "." not in top.number:
        return Context(f"ärende {top.number}", dnr_key(top.dnr))
    return Context()
