"""Authority: the public body that issued the file's first document or whose meeting it
records, as its head names it.

Looked for, in order, in the FIRST document (`first_document`), never in a later one and
never as a body merely mentioned in the text:

1. a board named on a line or column of its own in the head — the letterhead or running header
   ("Nämnden för Teknik", "Kommunstyrelsens arbetsutskott", "Socialnämnden 2024-05-28",
   "Till / Spånga-Tensta stadsdelsnämnd", "Regionstyrelsen 1-21"); on a page that lost its
   line breaks, a field of its head (`flat_head`), also a board inside one ("Handläggare: Nina
   Ek Kultur- och föreningsnämnden Checklista …");
2. the body a tjänsteskrivelse is addressed to: "Förslag till beslut i Byggnadsnämnden", else
   the board that decides in its förslag or that it goes to ("Rapporten lämnas till …",
   "Kommunstyrelsen föreslås besluta …");
3. an agreement's public party: the board in the party clause ("Göteborgs Stad, genom
   socialnämnden Nordost"), else the public body that signs ("För Kungsbacka kommun"), else
   the organisation after "mellan" or with a public-sector orgnr ("Sigtuna kommun
   (212000-0225)");
4. a protokoll's anslag box, anywhere on its first page ("Organ  Myndighetsnämnden"); a text
   of another kind that only says who decides or (a notice) who decided;
5. the organisation alone in the head ("KUNGSBACKA KOMMUN", "Göteborgsregionens
   kommunalförbund"), or opening a field of a flat page's footer ("Fax Sunne kommun …");
6. for a page of no known kind, a board its headings name ("Aktuella partnerskap i
   upplevelsenämnden").

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
>>> find_authority("UPPSALA KOMMUN\\nSOCIALNÄMNDEN\\nPROTOKOLL\\n")[0]
'Socialnämnden'
>>> find_authority("Stadsdelsnämnden Spånga-Tensta        Utdrag ur protokoll\\n")[0]
'Stadsdelsnämnden Spånga-Tensta'
>>> find_authority("SAMARBETSAVTAL\\nStaden, genom socialnämnden Nordost, org.nr 212000-1355")[0]
'Socialnämnden Nordost'
>>> find_authority("Tjänsteskrivelse\\nArbetsmarknads- och socialnämnden beslutar att godkänna rapporten.")[0]
'Arbetsmarknads- och socialnämnden'
>>> find_authority("KUNGSBACKA KOMMUN       SAMMANTRÄDESPROTOKOLL\\nNämnden för Miljö & Hälsoskydd\\nDatum\\n2024-04-11\\n"
...                "§ 54\\nBeslut\\nNämnden antar yttrandet och översänder det till byggnadsnämnden.")[0]
'Nämnden för Miljö & Hälsoskydd'
>>> find_authority("KUNGSBACKA  KOMMUN\\n2 (3)\\n\\nBeskrivning av ärendet\\nKommunstyrelsen beslutade 2024 att ge uppdraget.")[0]
'Kungsbacka kommun'
>>> find_authority("KKUUNNGGSSBBAACCKKAA   TTEENNNNIISSKKLLUUBBBB\\n\\nAnsökan om förlängning av arrende\\n") is None
True
"""
from __future__ import annotations

import re

from diarium.extract.agency import agency_in_head
from diarium.extract.dates import DATE
from diarium.extract.decision_headings import is_decision_heading
from diarium.extract.doctype import find_doc_type
from diarium.extract.first_document import FirstDocument
from diarium.extract.issuer import issued_by
from diarium.extract.flat_head import HEAD_CHARS, field_labels
from diarium.extract.patterns import alternation, bodies, plain_alternation
from diarium.extract.running_header import running_header
from diarium.language import words
from diarium.language.letters import sv_pattern
from diarium.schemas.structure import Structure
from diarium.structure import analyse
from diarium.text import squash

BOARDS = bodies("board")
BOARD_WORD = alternation(form for body in BOARDS for form in body.forms)
# A board of a board: "Kommunstyrelsens arbetsutskott", "Socialnämndens individutskott".
SUB_BOARD = alternation("*" + form for body in BOARDS for form in body.forms)
DISTRICT_BOARDS = [body for body in BOARDS if body.word in words("district_boards")]
DISTRICT_BOARD = alternation(form for body in DISTRICT_BOARDS for form in body.forms)
AFTER_DISTRICT_BOARD = "|".join(f"(?<={sv_pattern(body.definite)})" for body in DISTRICT_BOARDS)
NAME = r"[A-ZÅÄÖ][\wåäö-]*"
# "Nämnden för Miljö & Hälsoskydd", "Styrelsen för Teknik": a board named by its field.
# Also its own board, after the field's genitive: "nämnden för Tekniks arbetsutskott".
FIELD_BOARD = (rf"(?:{'|'.join(sv_pattern(f) for b in BOARDS for f in (b.definite.capitalize(), b.definite))})\s+för\s+"
               rf"{NAME}(?:\s*(?:&|och|,)\s*{NAME})*(?:(?<=s)\s+{SUB_BOARD})?")
# A board named by an adjective before the bare board word: "Tekniska nämnden", "Gemensamma
# nämnden för hjälpmedel" (a capitalised word in -a, the board word in its definite form).
NOT_NAMING = sorted(words("referring_adjectives") | words("function_words") | words("set_determiners"))
ADJECTIVE_BOARD = (rf"(?=[A-ZÅÄÖ][a-zåäö]+a\s)(?!(?i:{plain_alternation(NOT_NAMING)})\s)[A-ZÅÄÖ][a-zåäö]+a\s+(?:{'|'.join(sv_pattern(b.definite) for b in BOARDS)})(?![\wåäö-])"
                   rf"(?:\s+för\s+[a-zåäö]+(?![\wåäö-]))?")
DISTRICT = (rf"|(?:{AFTER_DISTRICT_BOARD})[ ](?!{plain_alternation(words('not_names'))}\b)"
            r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*\b(?![ ][A-ZÅÄÖ(])")


def board_pattern(district: str = DISTRICT) -> str:
    """A board's name: "Socialnämnden", "Kultur- och fritidsnämnden", "Nämnden för Teknik",
    "Kommunstyrelsens arbetsutskott", and (`district`) a district or area after it:
    "Stadsdelsnämnden Väster", "Socialnämnden Nord"."""
    return (rf"{FIELD_BOARD}|{ADJECTIVE_BOARD}|"
            r"(?:[A-ZÅÄÖ][a-zåäö]+-\s+(?:och|samt)\s+|[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*\s+"
            rf"(?={'[a-zåäö]+'}{DISTRICT_BOARD}\b))?"
            r"[A-ZÅÄÖa-zåäö][a-zåäö-]*"
            rf"{BOARD_WORD}"
            rf"(?:s\s+{SUB_BOARD}{district})?")


BOARD = board_pattern()
# Inside a flat page's field the word after a board begins the next field ("Kultur- och
# föreningsnämnden Checklista för …"), never a district.
FLAT_BOARD = re.compile(rf"\b(?P<board>{board_pattern('')})\b")
# A label before the body: "Till", and the anslag box's "Organ", "Instans" (`body_labels.txt`).
BODY_LABEL = rf"(?:Till|{'|'.join(sv_pattern(w.capitalize()) for w in sorted(words('body_labels')))})\s*:?\s+"
# After the body's name: its abbreviation in brackets ("Socialnämnden (SN)"), its kommun, the
# meeting's date, or the page or paragraph range whose sign was lost ("Regionstyrelsen 1-21",
# "Kommunstyrelsen 1 (42)").
BOARD_LINE = re.compile(
    rf"^\s*(?:{BODY_LABEL})?(?P<board>{BOARD})(?:\s*\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{{1,7}}\))?"
    rf"(?:\s+i\s+[A-ZÅÄÖ][\wåäö]+(?:\s+[a-zåäö]+)?)?"
    rf"(?:\s+(?:{DATE.pattern[4:]}|\d{{1,3}}\s?[-–/]\s?\d{{1,3}}|\d{{1,3}}\s?\(\d{{1,3}}\)))?\s*$")
# The value after a body label is the body, whatever follows it in a flat page's field
# ("Organ Kommunstyrelsens arbetsutskott Protokollet anslås …").
LABELLED_BOARD = re.compile(rf"^\s*{BODY_LABEL}(?P<board>{BOARD})(?![\wåäö-])")
# On pages that lost their line breaks the anslag box runs inside a line ("… i tre veckor. Organ
# Socialnämnden Datum när anslaget …"): the label in capitals, never "Till" of a sentence.
LABEL_INSIDE = re.compile(rf"(?<![\wåäö-])(?:{'|'.join(sv_pattern(w.capitalize()) for w in sorted(words('body_labels')))})"
                          rf"\s*:?\s+(?P<board>{BOARD})(?![\wåäö-])")
DECIDES = re.compile(rf"(?P<board>{BOARD})\s+{plain_alternation(words('decision_verbs'))}\b")
DECIDED = re.compile(rf"(?P<board>{BOARD})\s+(?:{plain_alternation(words('decided_verbs'))})\b")
ANY_BOARD = re.compile(rf"\b(?P<board>{BOARD})\b")
FOR_BOARD = re.compile(rf"(?i)\b(?:för|till|genom)\s+(?P<board>{BOARD})\b")
# "Malmö stad, Arbetsmarknads- och socialnämnden," in a party clause
ORGANISATION_WORD = alternation(b.word for b in bodies("organisation"))
# The definite form before the area it serves: "Landstinget i Kalmar län", "Regionen i …".
ORGANISATION_DEFINITE = "|".join(sv_pattern(form) for b in bodies("organisation")
                                 for form in (b.definite.capitalize(), b.definite.upper()))
AREA = alternation(b.word for b in bodies("area"))
AREA_GENITIVE = alternation(b.word + "s" for b in bodies("area"))
PARTY_BOARD = re.compile(rf"\b(?i:{ORGANISATION_WORD}),\s+(?P<board>{BOARD})\s*,")
THROUGH_BOARD = re.compile(rf"\b[Gg]enom\s+(?P<board>{BOARD})\b")
# An organisation as a whole column: "KUNGSBACKA KOMMUN", "Region Halland",
# "Göteborgsregionens kommunalförbund", "Stockholms läns landsting", "Landstinget i Kalmar län".
ORGANISATION_NAME = (rf"(?:(?P<name>{NAME}(?:[ -]{NAME}){{0,2}}(?:\s+(?i:{AREA_GENITIVE}))?)\s+(?P<word>(?i:{ORGANISATION_WORD}))"
                     rf"|(?P<word3>{ORGANISATION_DEFINITE})\s+[iI]\s+(?P<name3>{NAME}(?:[ -]{NAME}){{0,2}}"
                     rf"(?:\s+(?i:{AREA}))?)"
                     rf"|(?P<word2>(?i:{ORGANISATION_WORD}))\s+(?P<name2>{NAME}))")
ORGANISATION = re.compile(rf"^\s*{ORGANISATION_NAME}\s*$")
# An organisation in the genitive inside a title set in capitals ("TAXOR OCH AVGIFTER
# NORRBYS KOMMUN 2031"): capitals make it the heading's, not a mention in running text.
CAPITALS_ORGANISATION = re.compile(
    rf"(?<![\wåäöÅÄÖ-])(?P<name>[A-ZÅÄÖ]{{2,}}S)\s+(?P<word>{'|'.join(b.word.upper() for b in bodies('organisation'))})(?![\wåäöÅÄÖ-])")
# A field of a flat page's footer: "Fax Sunne kommun Kvarngatan 4 …" (the labels' row, then
# the values': the organisation opens them).
ORGANISATION_FIRST = re.compile(rf"^\s*{ORGANISATION_NAME}(?![\wåäö-])")
# A public party of an agreement: after "mellan" (maybe as item "A)" of a list), or with an
# organisation number of the public sector (group 2: state, kommuner, regioner): "Ekeby
# kommun (212000-0000)", "Norrby Stad, 212000–0000".
PUBLIC_ORGNR = r"2\d{5}[-–]?\d{4}"
PUBLIC_PARTIES = (
    re.compile(rf"\b[Mm]ellan:?\s+(?:[A-Za-z1-9][).]\s+)?[*_]*(?P<party>{ORGANISATION_NAME})(?![\wåäö-])"),
    re.compile(rf"(?<![\wåäö-])(?P<party>{ORGANISATION_NAME})[*_]*\s*[,(]?\s*"
               rf"(?:(?i:org(?:anisations)?\.?\s*nr)\.?\s*:?\s*)?{PUBLIC_ORGNR}\b"))
# An organisation named before its public-sector orgnr, its address between them ("Köpare
# Landstinget i Kalmar län Box 601 391 26 KALMAR Org nr: 232100-0073"): the party block of an
# agreement form.
ORGNR_REACH = 120
PUBLIC_ORGNR_AT = re.compile(rf"(?<![\d-]){PUBLIC_ORGNR}(?![\d-])")
ANY_ORGANISATION = re.compile(rf"(?<![\wåäö-]){ORGANISATION_NAME}(?![\wåäö-])")
# A department of the Government Offices as its letterhead prints it: "Finansdepartementet".
MINISTRY_WORD = alternation(form for body in bodies("ministry") for form in body.forms)
MINISTRY_LINE = re.compile(rf"^\s*(?P<board>[A-ZÅÄÖ][a-zåäö-]*{MINISTRY_WORD})\s*$")
# A board word alone ("nämnden", "styrelsen") or in the plural names no particular board.
NOT_BOARDS = re.compile(
    rf"(?i)^{BOARD_WORD}$|{plain_alternation(b.plural for b in BOARDS if b.plural not in b.forms)}")

# Field labels at the start of a flat page's field ("Fax ", "Postadress: ").
FIELD_LABEL = re.compile(rf"^\s*(?:{field_labels().pattern})(?:\s*[:/]\s*|\s+)")
Found = tuple[str, int, int]
# Kinds of document that go to a board: their förslag names the board that decides.
ADDRESSED = frozenset({"tjänsteutlåtande", "skrivelse", "rapport"})


def canonical(board: str) -> str:
    """'socialnämnden' → 'Socialnämnden'; 'socialnämnd' → 'Socialnämnden'; OCR's
    'socialnamnden' → 'Socialnämnden'; a board of a board is named in the definite genitive.

    >>> canonical("kommunstyrelses budgetutskott"), canonical("Socialnämndens individutskott")
    ('Kommunstyrelsens budgetutskott', 'Socialnämndens individutskott')
    """
    board = squash(board)
    for body in BOARDS:
        board = re.sub(sv_pattern(body.word), body.word, board)
    for body in BOARDS:
        if board.endswith(body.word) and " " not in board:   # "Västra stadsdelsnämnd" is a name
            board = board[:-len(body.word)] + body.definite
    head, space, rest = board.rpartition(" ")
    for body in BOARDS:
        genitive, definite = body.word + "s", body.definite + "s"
        if head and head.endswith(genitive) and not head.endswith(definite):
            board = head[:-len(genitive)] + definite + space + rest    # a board of a board: "…styrelsens utskott"
            break
    return board[:1].upper() + board[1:]


def first_match(pattern: re.Pattern[str], text: str, offset: int = 0) -> Found | None:
    for match in pattern.finditer(text):
        board = match.group("board")
        if not NOT_BOARDS.search(board):
            return canonical(board), offset + match.start("board"), offset + match.end("board")
    return None


def find_authority(text: str, structure: Structure | None = None,
                   doc_type: str | None = None) -> Found | None:
    """(body, start, end) in `text`, or None."""
    structure = structure if structure is not None else analyse(text)
    first = FirstDocument.of(text, structure)
    kind = doc_type or find_doc_type(text, structure)[0]
    found = board_in_head(first) or issuer(first, kind) or addressee(first) or board_in_flat_head(first) \
        or running_header(text)
    start, end = first.span()
    if found is None and kind == "avtal":
        found = public_party(first)
    elif found is None and kind in ADDRESSED:
        found = first_match(DECIDES, text[start:end], start) or first_match(FOR_BOARD, text[start:end], start)
    elif found is None and kind == "annat":
        # a text that only says who decides, or (a notice of decisions) who has decided
        found = first_match(DECIDES, text[start:end], start) or first_match(DECIDED, text[start:end], start)
    elif found is None and kind == "protokoll":
        found = labelled_board(first)      # the anslag box: "Organ  Myndighetsnämnden"
    found = found or organisation_in_head(first) or agency_in_head(first.head())
    if found is None and kind == "annat":
        found = board_in_headings(first)   # a body's web page: "Aktuella partnerskap i upplevelsenämnden"
    return found


def board_in_head(first: FirstDocument) -> Found | None:
    for offset, column in first.head():
        # a name in capitals ("SOCIALNÄMNDEN") read as it is written in running text
        read = column[:1] + column[1:].lower() if column.isupper() else column
        found = first_match(BOARD_LINE, read, offset) or first_match(MINISTRY_LINE, read, offset)
        if found:
            return found
    return None


def issuer(first: FirstDocument, kind: str) -> Found | None:
    """The body a title names as its issuer ("Justitiekanslerns beslut"); not for a text that
    goes to a board, whose addressee is its authority."""
    issued = issued_by(first.head()) if kind not in ADDRESSED else None
    return (issued[0], issued[2], issued[3]) if issued else None


def board_in_flat_head(first: FirstDocument) -> Found | None:
    """On a page that lost its line breaks, a board inside a field of its opening (before its
    first heading): "Handläggare: Nina Ek Kultur- och föreningsnämnden Checklista för …"."""
    if first.flat is None:
        return None
    end = first.flat.start + HEAD_CHARS
    for offset, column in first.head():
        found = first_match(FLAT_BOARD, column, offset) if offset < end else None
        if found:
            return found
    return None


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
    if parties:
        party = min(parties, key=lambda match: match.start("party"))
        return organisation_name(party), start + party.start("party"), start + party.end("party")
    return organisation_before_orgnr(body, start)


def organisation_before_orgnr(body: str, offset: int = 0) -> Found | None:
    """The organisation named last before a public-sector orgnr, within its party block.

    >>> organisation_before_orgnr("Köpare Landstinget i Kalmar län Box 601 391 26 KALMAR Org nr: 232100-0073")
    ('Landstinget i Kalmar län', 7, 31)
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
    return next(filter(None, (first_match(LABEL_INSIDE, line.text, line.start)
                              for line in first.lines() if line.page in opening)), None)


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


def organisation_name(match: re.Match[str]) -> str:
    """'KUNGSBACKA KOMMUN' → 'Kungsbacka kommun'; 'Region Halland' and 'Landstinget i Kalmar
    län' as printed; 'STOCKHOLMS LÄNS LANDSTING' → 'Stockholms läns landsting'.

    >>> organisation_name(ORGANISATION.match("STOCKHOLMS LÄNS LANDSTING"))
    'Stockholms läns landsting'
    >>> organisation_name(ORGANISATION.match("LANDSTINGET I KALMAR LÄN"))
    'Landstinget i Kalmar län'
    """
    if match.group("word2"):
        return f"{match.group('word2').capitalize()} {capitalised(match.group('name2'))}"
    if match.group("word3"):
        return f"{match.group('word3').capitalize()} i {capitalised(match.group('name3'))}"
    return f"{capitalised(match.group('name'))} {match.group('word').lower()}"


def capitalised(name: str) -> str:
    """A name in capitals as a name is written; the area word in it stays lower case
    ("KALMAR LÄN" → "Kalmar län")."""
    if not name.isupper():
        return name
    areas = {form for b in bodies("area") for form in (b.word, b.word + "s")}
    return " ".join(w.lower() if w.lower() in areas else w.title() for w in name.split(" "))
