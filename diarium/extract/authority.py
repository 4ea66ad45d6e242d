"""Authority: the public body that issued the file's first document or whose meeting it
records, as its head names it.

Looked for, in order, in the FIRST document (`first_document`), never in a later one and
never as a body merely mentioned in the text:

0. in a document titled as an application, the public body of its applicant field ("Sökande"
   over "Skolinspektionen, Box 1", `authority_applicant`);
1. a board named on a line or column of its own in the head — the letterhead or running header
   ("Nämnden för Teknik", "Kommunstyrelsens arbetsutskott", "Socialnämnden 2024-05-28",
   "Till / Spånga-Tensta stadsdelsnämnd", "Regionstyrelsen 1-21"); on a page that lost its
   line breaks, a field of its head (`flat_head`), also a board inside one ("Handläggare: Nina
   Ek Kultur- och föreningsnämnden Checklista …");
2. the body a tjänsteskrivelse is addressed to: "Förslag till beslut i Byggnadsnämnden", else
   the board that decides in its förslag or that it goes to ("Rapporten lämnas till …",
   "Kommunstyrelsen föreslås besluta …");
3. an agreement's public party: the board in the party clause ("Norrviks stad, genom
   socialnämnden Nordost"), else the public body that signs ("För Ekeby kommun"), else
   the organisation after "mellan" or with a public-sector orgnr ("Västby kommun
   (212000-6941)");
4. a protokoll's anslag box, anywhere on its first page ("Organ  Myndighetsnämnden"); a text
   of another kind that only says who decides or (a notice) who decided;
5. the organisation alone in the head ("EKEBY KOMMUN", "Göteborgsregionens
   kommunalförbund"), or opening a field of a flat page's footer ("Fax Sunne kommun …");
6. for a page of no known kind, a board its headings name ("Aktuella partnerskap i
   evenemangsnämnden"); for such a page or a report, a state agency that opens its text as
   the subject of its first sentences ("Skolinspektionen har granskat …").

The bodies a head names on their own are read in `authority_heads`, an agreement's public party
in `authority_party`.

>>> find_authority("Socialnämnden\\n\\n2019-04-16\\n\\nIdéburet offentligt partnerskap")[0]
'Socialnämnden'
>>> find_authority("Förslag till beslut\\nKultur- och fritidsnämnden beslutar att godkänna")[0]
'Kultur- och fritidsnämnden'
>>> find_authority("Till\\nSpånga-Tensta stadsdelsnämnd\\n")[0]
'Spånga-Tensta stadsdelsnämnd'
>>> find_authority("PROTOKOLL\\nSocialnämndens utskott (SNU)\\n")[0]
'Socialnämndens utskott'
>>> find_authority("Protokoll\\nKommunstyrelsens arbetsutskott\\n")[0]
'Kommunstyrelsens arbetsutskott'
>>> find_authority("SÖDERBY KOMMUN\\nSOCIALNÄMNDEN\\nPROTOKOLL\\n")[0]
'Socialnämnden'
>>> find_authority("Stadsdelsnämnden Spånga-Tensta        Utdrag ur protokoll\\n")[0]
'Stadsdelsnämnden Spånga-Tensta'
>>> find_authority("SAMARBETSAVTAL\\nStaden, genom socialnämnden Nordost, org.nr 212000-3674")[0]
'Socialnämnden Nordost'
>>> find_authority("Tjänsteskrivelse\\nArbetsmarknads- och socialnämnden beslutar att godkänna rapporten.")[0]
'Arbetsmarknads- och socialnämnden'
>>> find_authority("EKEBY KOMMUN       SAMMANTRÄDESPROTOKOLL\\nNämnden för Miljö & Hälsoskydd\\nDatum\\n2024-04-11\\n"
...                "§ 54\\nBeslut\\nNämnden antar yttrandet och översänder det till byggnadsnämnden.")[0]
'Nämnden för Miljö & Hälsoskydd'
>>> find_authority("EKEBY  KOMMUN\\n2 (3)\\n\\nBeskrivning av ärendet\\nKommunstyrelsen beslutade 2024 att ge uppdraget.")[0]
'Ekeby kommun'
>>> find_authority("KKUUNNGGSSBBAACCKKAA   TTEENNNNIISSKKLLUUBBBB\\n\\nAnsökan om förlängning av arrende\\n") is None
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.adoption import adopted
from diarium.extract.agency import agency_acting, agency_opening
from diarium.extract.authority_applicant import applicant
from diarium.extract.authority_crumbs import company_in_breadcrumb
from diarium.extract.authority_furniture import furniture_body
from diarium.extract.authority_heads import (
    board_in_flat_head, board_in_head, board_in_headings, labelled_board, letterhead_body, owning_board,
)
from diarium.extract.authority_party import public_party
from diarium.extract.body_names import (
    ANY_BOARD, BOARD, DECIDED, DECIDES, FOR_BOARD, NOT_BOARDS, PROPOSES_TO, Found, canonical, first_match,
)
from diarium.extract.county import in_county
from diarium.extract.decision_headings import is_decision_heading
from diarium.extract.doctype import find_doc_type
from diarium.extract.first_document import FirstDocument
from diarium.extract.issuer import flat_issued_by, issued_by
from diarium.extract.patterns import plain_alternation
from diarium.extract.running_header import running_header
from diarium.language import words
from diarium.schemas.structure import Structure
from diarium.structure import analyse

# Kinds of document that go to a board: their förslag names the board that decides.
ADDRESSED = frozenset({"tjänsteutlåtande", "skrivelse", "rapport"})
# The kinds an agency's operative sentence heads: an application ("… yrkar att"), a decision or a
# proposition ("Regeringen beslutar att …"); a report or a case officer's text only tells of one.
ACTING_KINDS = frozenset({"skrivelse", "annat"})


def find_authority(text: str, structure: Structure | None = None,
                   doc_type: str | None = None) -> Found | None:
    """(body, start, end) in `text`, or None."""
    structure = structure if structure is not None else analyse(text)
    first = FirstDocument.of(text, structure)
    kind = doc_type or find_doc_type(text, structure)[0]
    # an application's applicant field names its writer, above the court's or counterparty's names
    found = applicant(first.head()) or board_in_head(first) or owning_board(first) or issuer(first, kind) \
        or addressee(first) \
        or board_in_flat_head(first) or running_header(text)
    start, end = first.span()
    if found is None and kind == "avtal":
        found = public_party(first)
    elif found is None and kind in ADDRESSED:
        found = first_match(PROPOSES_TO, text[start:end], start) or first_match(DECIDES, text[start:end], start) \
            or first_match(FOR_BOARD, text[start:end], start)
    elif found is None and kind == "annat":
        # the body its head says adopted it ("Fastställd av kommunfullmäktige …"); a text that
        # only says who decides, or (a notice of decisions) who has decided
        found = adopting_body(first) or first_match(DECIDES, text[start:end], start) \
            or first_match(DECIDED, text[start:end], start)
    elif found is None and kind == "protokoll":
        found = labelled_board(first)      # the anslag box: "Organ  Myndighetsnämnden"
    found = found or company_in_breadcrumb(first.head_lines()) or letterhead_body(first) or furniture_body(first)
    if found is None and kind == "annat":
        # a ruling only where no letterhead names the issuer ("Om nämnden avslår …" tells of one)
        found = first_match(rules(), text[start:end], start) \
            or board_in_headings(first)   # a body's web page: "Aktuella partnerskap i evenemangsnämnden"
    if found is None and kind in ("annat", "rapport"):
        found = agency_opening(text[start:end], start)      # a web copy of an agency's report
    if found is None and kind in ACTING_KINDS:
        found = agency_acting(text[start:end], start)       # "Regeringen beslutar att …", its letterhead lost
    return in_county(found, first.head())


def adopting_body(first: FirstDocument) -> Found | None:
    """The body its head names as having adopted it, on a date (a template's "Antagen av
    kommunfullmäktige Kf x" awaits its adoption: no body has adopted it yet).

    >>> find_authority("Taxa för tillsyn\\n\\nFastställd av kommunfullmäktige 2031-04-14, § 27.\\n\\nTaxan är 900 kr per timme.")[0]
    'Kommunfullmäktige'
    """
    found = adopted(first.head())
    return found[:3] if found and found[3] else None


def issuer(first: FirstDocument, kind: str) -> Found | None:
    """The body a title names as its issuer ("Justitiekanslerns beslut"); not for a text that
    goes to a board, whose addressee is its authority."""
    if kind in ADDRESSED:
        return None
    issued = issued_by(first.head())
    if issued is None and first.flat is not None:
        issued = flat_issued_by([(line.start, line.text) for line in first.lines() if line.page == first.pages[0]])
    return (issued[0], issued[2], issued[3]) if issued else None


@lru_cache(maxsize=1)
def rules() -> re.Pattern[str]:
    """A board ruling on a matter, a court's domslut: "Mark- och miljödomstolen upphäver
    länsstyrelsens beslut", opening a line, a numbered point or a sentence; a function word
    before the board ("Om nämnden avslår …", "När …") makes it a condition, no ruling."""
    function_words = "|".join(sorted(words("function_words"), key=len, reverse=True))
    return re.compile(rf"(?m)(?:^(?:\d+\.\s+)?|(?<=[.!?]\s))(?!(?i:{function_words})\s)"
                      rf"(?P<board>{BOARD})\s+{plain_alternation(words('ruling_verbs'))}\b")


def addressee(first: FirstDocument) -> Found | None:
    """The board in "Förslag till beslut i Byggnadsnämnden"."""
    for section in first.sections():
        heading = section.heading
        if heading is None or not heading.qualifier or not is_decision_heading(heading.name, heading.qualifier, heading.title or ""):
            continue
        at = heading.start + heading.text.rfind(heading.qualifier)
        found = first_match(ANY_BOARD, heading.qualifier, at)
        if found:
            return named_in_full(found, first.text, section.start, section.end)
    return None


def named_in_full(found: Found, text: str, start: int, end: int) -> Found:
    """A board the förslag heading names by its kind alone ("i arbetsutskottet för Teknik")
    by the full name the förslag's text gives it ("Nämnden för Tekniks arbetsutskott
    förklarar …"): a longer name of the same kind."""
    if " " in found[0]:
        return found
    kind = found[0].casefold()
    for match in ANY_BOARD.finditer(text, found[2], end):
        name = canonical(match.group("board"))
        if " " in name and kind.startswith(name.rsplit(" ", 1)[-1].casefold()) and not NOT_BOARDS.search(name):
            return name, match.start("board"), match.end("board")
    return found


