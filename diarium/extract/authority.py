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

from diarium.extract.authority_applicant import applicant
from diarium.extract.authority_crumbs import company_in_breadcrumb
from diarium.extract.authority_furniture import furniture_body
from diarium.extract.adoption import adopted
from diarium.extract.agency import agency_acting, agency_in_head, agency_opening
from diarium.extract.body_names import (
    ANY_BOARD, ANY_ORGANISATION, BOARD, BOARD_LINE, BOARDS, CAPITALS_ORGANISATION, DECIDED, DECIDES, FLAT_BOARD,
    FOR_BOARD, LABEL_INSIDE, OWNERS_MINUTES, PROPOSES_TO, LABELLED_BOARD, MINISTRY_LINE, NOT_BOARDS, ORGANISATION,
    ORGANISATION_FIRST, NAMED_PUBLIC_PARTY, ORGNR_REACH, PARTY_BOARD, PUBLIC_ORGNR_AT, PUBLIC_PARTIES, THROUGH_BOARD,
    Found, canonical, capitalised, first_match, organisation_name,
)
from diarium.extract.county import in_county
from diarium.extract.patterns import plain_alternation
from diarium.extract.decision_headings import is_decision_heading
from diarium.extract.doctype import find_doc_type
from diarium.extract.doctype_owner import title_owner
from diarium.extract.first_document import FirstDocument
from diarium.extract.issuer import flat_issued_by, issued_by
from diarium.extract.flat_head import HEAD_CHARS, field_labels
from diarium.extract.running_header import running_header
from diarium.language import words
from diarium.schemas.structure import Structure
from diarium.structure import analyse

# Field labels at the start of a flat page's field ("Fax ", "Postadress: ").
FIELD_LABEL = re.compile(rf"^\s*(?:{field_labels().pattern})(?:\s*[:/]\s*|\s+)")
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


def board_in_head(first: FirstDocument) -> Found | None:
    for offset, column in first.head():
        if column.lstrip()[:1].islower():
            continue        # the end of a wrapped title ("… för nämnden och nämndens" / "arbetsutskott")
        # a name in capitals ("SOCIALNÄMNDEN") read as it is written in running text
        read = column[:1] + column[1:].lower() if column.isupper() else column
        found = first_match(BOARD_LINE, read, offset) or first_match(MINISTRY_LINE, read, offset)
        if found:
            return found
    return None


def owning_board(first: FirstDocument) -> Found | None:
    """The board whose document its title line says it is ("Styrelsens protokoll 12 april 2031")."""
    owner = title_owner(first)
    if owner is None:
        return None
    offset, line = first.head_lines()[0]
    at = offset + len(line) - len(line.lstrip())
    if owner.casefold() in {body.definite for body in BOARDS}:
        return owner, at, at + len(owner)       # the board its own title names bare: "Styrelsens protokoll"
    return first_match(BOARD_LINE, owner, at)


def issuer(first: FirstDocument, kind: str) -> Found | None:
    """The body a title names as its issuer ("Justitiekanslerns beslut"); not for a text that
    goes to a board, whose addressee is its authority."""
    if kind in ADDRESSED:
        return None
    issued = issued_by(first.head())
    if issued is None and first.flat is not None:
        issued = flat_issued_by([(line.start, line.text) for line in first.lines() if line.page == first.pages[0]])
    return (issued[0], issued[2], issued[3]) if issued else None


def board_in_flat_head(first: FirstDocument) -> Found | None:
    """On a page that lost its line breaks, a board inside a field of its opening (before its
    first heading): "Handläggare: Nina Ek Kultur- och föreningsnämnden Checklista för …"."""
    if first.flat is None:
        return None
    end = first.flat.start + HEAD_CHARS
    for offset, column in first.head():
        found = first_match(FLAT_BOARD, participles_out(column), offset) if offset < end else None
        if found:
            return found
    return None


@lru_cache(maxsize=1)
def rules() -> re.Pattern[str]:
    """A board ruling on a matter, a court's domslut: "Mark- och miljödomstolen upphäver
    länsstyrelsens beslut", opening a line, a numbered point or a sentence; a function word
    before the board ("Om nämnden avslår …", "När …") makes it a condition, no ruling."""
    function_words = "|".join(sorted(words("function_words"), key=len, reverse=True))
    return re.compile(rf"(?m)(?:^(?:\d+\.\s+)?|(?<=[.!?]\s))(?!(?i:{function_words})\s)"
                      rf"(?P<board>{BOARD})\s+{plain_alternation(words('ruling_verbs'))}\b")


@lru_cache(maxsize=1)
def participle() -> re.Pattern[str]:
    """A participle that ends in a board's word (`board_participles.txt`), in any form."""
    return re.compile(rf"(?i)(?<![\wåäö-])(?:{'|'.join(sorted(words('board_participles')))})\w*")


def participles_out(column: str) -> str:
    """The column with a participle that ends in a board's word blanked ("samt var för sig
    benämnd …": named, no nämnd), its length kept for the offsets."""
    return participle().sub(lambda m: " " * len(m.group(0)), column)


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


def public_party(first: FirstDocument) -> Found | None:
    """The board of an agreement's party clause, else the public body that signs it."""
    start, end = first.span()
    body = first.text[start:end]
    found = first_match(PARTY_BOARD, body, start) or first_match(THROUGH_BOARD, body, start)
    if found:
        return found
    for block in first.structure.signatures:
        if block.page not in first.pages:
            continue
        for signature in block.signatures:
            organisation = signature.organisation or ""
            board = first_match(ANY_BOARD, organisation, block.start)
            named = ORGANISATION.match(organisation)
            if board:
                return board[0], block.start, block.end
            if named:
                return organisation_name(named), block.start, block.end
    parties = [match for pattern in PUBLIC_PARTIES if (match := pattern.search(body))]
    named = NAMED_PUBLIC_PARTY.search(body)
    if named and all(named.start() < party.start("party") for party in parties):
        return named.group("party"), start + named.start("party"), start + named.end("party")
    if parties:
        party = min(parties, key=lambda match: match.start("party"))
        return organisation_name(party), start + party.start("party"), start + party.end("party")
    return organisation_before_orgnr(body, start)


def organisation_before_orgnr(body: str, offset: int = 0) -> Found | None:
    """The organisation named last before a public-sector orgnr, within its party block.

    >>> organisation_before_orgnr("Köpare Landstinget i Norrby län Box 601 123 46 NORRÅSEN Org nr: 232100-9991")
    ('Landstinget i Norrby län', 7, 31)
    """
    for number in PUBLIC_ORGNR_AT.finditer(body):
        at = max(0, number.start() - ORGNR_REACH)
        names = list(ANY_ORGANISATION.finditer(body, at, number.start()))
        if names:
            return organisation_name(names[-1]), offset + names[-1].start(), offset + names[-1].end()
    return None


def board_in_headings(first: FirstDocument) -> Found | None:
    """The first board a heading of the first document names."""
    for section in first.sections():
        heading = section.heading
        found = first_match(ANY_BOARD, heading.text, heading.start) if heading is not None else None
        if found:
            return found
    return None


def labelled_board(first: FirstDocument) -> Found | None:
    """A board after a body label anywhere on the first two pages ("Organ  Myndighetsnämnden")."""
    for offset, column in first.opening_columns():
        found = first_match(LABELLED_BOARD, column, offset)
        if found:
            return found
    if first.flat is None:
        return None
    opening = set(first.pages[:2])
    lines = [line for line in first.lines() if line.page in opening]
    return next(filter(None, (first_match(LABEL_INSIDE, line.text, line.start) for line in lines)), None) \
        or next(filter(None, (first_match(OWNERS_MINUTES, line.text, line.start) for line in lines)), None)


def letterhead_body(first: FirstDocument) -> Found | None:
    """The organisation or state agency the head names first: an agency's letterhead stands above
    the address of the kommun it writes to ("Trafikverket" … "Ekeby kommun / Box 1")."""
    candidates = [f for f in (organisation_in_head(first), agency_in_head(first.head())) if f is not None]
    return min(candidates, key=lambda f: f[1]) if candidates else None


def organisation_in_head(first: FirstDocument) -> Found | None:
    for offset, column in first.head():
        named = ORGANISATION.match(column)
        if named:
            return organisation_name(named), offset, offset + len(column)
    if first.flat is not None:
        for offset, column in first.head():
            value = FIELD_LABEL.sub("", column, count=1)
            named = ORGANISATION_FIRST.match(value) if value != column else None
            if named:
                at = offset + len(column) - len(value) + len(named.group(0)) - len(named.group(0).lstrip())
                return organisation_name(named), at, at + len(named.group(0).strip())
    return organisation_in_capitals(first)


def organisation_in_capitals(first: FirstDocument) -> Found | None:
    """The organisation a title in capitals names ("TAXOR NORRBYS KOMMUN 2031").

    >>> find_authority("Förslag TAXOR OCH AVGIFTER NORRBYS KOMMUN 2031 Bilaga 1 Taxa för tillsyn")[0]
    'Norrbys kommun'
    """
    for offset, column in first.head():
        named = CAPITALS_ORGANISATION.search(column)
        if named:
            return f"{capitalised(named.group('name'))} {named.group('word').lower()}", offset + named.start(), offset + named.end()
    return None
