"""How a public body's name is written: a board ("Socialnämnden", "Nämnden för Teknik",
"Kommunstyrelsens arbetsutskott", "Stadsdelsnämnden Väster"), an organisation as a whole
("EKEBY KOMMUN", "Region Norrland", "Landstinget i Norrby län"), a ministry; the patterns
that find one on a line, after a label or before a verb of deciding, and the name in its
canonical form. Where in a document the authority is looked for is `authority`.
"""
from __future__ import annotations

import re

from diarium.extract.date_phrases import DATE
from diarium.extract.patterns import alternation, bodies, plain_alternation
from diarium.language import table, words
from diarium.language.letters import sv_pattern
from diarium.text import squash

BOARDS = bodies("board")
BOARD_WORD = alternation(form for body in BOARDS for form in body.forms)
# The board words that also end a compound board's name ("Socialnämnden"); not "direktion"
# (`bare_board_words.txt`: "Koncerndirektionen" is a company's management).
COMPOUND_BOARDS = [body for body in BOARDS if body.word not in words("bare_board_words")]
COMPOUND_BOARD_WORD = alternation(form for body in COMPOUND_BOARDS for form in body.forms)
# A board of a board: "Kommunstyrelsens arbetsutskott", "Socialnämndens individutskott".
SUB_BOARD = alternation("*" + form for body in BOARDS for form in body.forms)
DISTRICT_BOARDS = [body for body in BOARDS if body.word in words("district_boards")]
DISTRICT_BOARD = alternation(form for body in DISTRICT_BOARDS for form in body.forms)
AFTER_DISTRICT_BOARD = "|".join(f"(?<={sv_pattern(body.definite)})" for body in DISTRICT_BOARDS)
NAME = r"[A-ZÅÄÖ][\wåäö-]*"
# "Nämnden för Miljö & Hälsoskydd", "Styrelsen för Teknik": a board named by its field.
# Also its own board, after the field's genitive: "nämnden för Tekniks arbetsutskott".
# A place's name before its body's word ("… och Norrby stad", "…, Region Ekeby") is another
# party, not a field of the board.
TERRITORIAL = rf"(?i:{plain_alternation(sorted(words('territorial_body_words')))})\b"
PLACE_BODY = rf"\s+{TERRITORIAL}"
FIELD_BOARD = (rf"(?:{'|'.join(sv_pattern(f) for b in BOARDS for f in (b.definite.capitalize(), b.definite))})\s+för\s+"
               rf"{NAME}(?:\s*(?:&|och|,)\s*(?!{TERRITORIAL}){NAME}(?![\wåäö-])(?!{PLACE_BODY}))*(?:(?<=s)\s+{SUB_BOARD})?")
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
            rf"{COMPOUND_BOARD_WORD}"
            rf"(?:s\s+{SUB_BOARD}{district})?")


BOARD = board_pattern()
# Inside a flat page's field the word after a board begins the next field ("Kultur- och
# föreningsnämnden Checklista för …"), never a district.
FLAT_BOARD = re.compile(rf"\b(?P<board>{board_pattern('')})\b")
# A label before the body: "Till", and the anslag box's "Organ", "Instans" (`body_labels.txt`).
BODY_LABEL = rf"(?:Till|{'|'.join(sv_pattern(w.capitalize()) for w in sorted(words('body_labels')))})\s*:?\s+"
# After the body's name: its abbreviation in brackets ("Socialnämnden (SN)"), its kommun, the
# meeting's date, or the page or paragraph range whose sign was lost ("Regionstyrelsen 1-21",
# "Kommunstyrelsen 1 (42)"), or the label of the date column beside it, the two columns joined
# ("Kommunstyrelsen Datum" over "2031-09-27").
DATE_LABEL_AFTER = "|".join(sv_pattern(label) for label, flags in table("date_labels").items() if "time" not in flags.split())
BOARD_LINE = re.compile(
    rf"^\s*(?:{BODY_LABEL})?(?P<board>{BOARD})(?:\s*\([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{{1,7}}\))?"
    rf"(?:\s+i\s+[A-ZÅÄÖ][\wåäö]+(?:\s+[a-zåäö]+)?)?"
    rf"(?:\s+(?:{DATE.pattern[4:]}|\d{{1,3}}\s?[-–/]\s?\d{{1,3}}|\d{{1,3}}\s?\(\d{{1,3}}\)|(?:{DATE_LABEL_AFTER}):?))?\s*$")
# The value after a body label is the body, whatever follows it in a flat page's field
# ("Organ Kommunstyrelsens arbetsutskott Protokollet anslås …").
# The kommun or county whose board it is, in the genitive before the board word: "Organ Moras
# kommunstyrelse", "Organ Norrbottens läns landstingsstyrelse".
OWNING_KOMMUN = (rf"(?:(?:(?:{'|'.join(sv_pattern(name) for name in sorted(words('municipalities')))})s?"
                 rf"|(?:{'|'.join(sv_pattern(name) for name in sorted(words('counties')))})s?\s+läns)\s+(?=[a-zåäö]))?")
LABELLED_BOARD = re.compile(rf"^\s*{BODY_LABEL}{OWNING_KOMMUN}(?P<board>{BOARD})(?![\wåäö-])")
# On pages that lost their line breaks the anslag box runs inside a line ("… i tre veckor. Organ
# Socialnämnden Datum när anslaget …"): the label in capitals, never "Till" of a sentence.
LABEL_INSIDE = re.compile(rf"(?<![\wåäö-])(?:{'|'.join(sv_pattern(w.capitalize()) for w in sorted(words('body_labels')))})"
                          rf"\s*:?\s+{OWNING_KOMMUN}(?P<board>{BOARD})(?![\wåäö-])")
# The anslag box's own sentence on a flat page: "Socialnämndens protokoll har justerats …" (the
# board in the genitive before a word for minutes and the words that it was adjusted).
MINUTES_WORDS = sorted(k.lower() for k, kind in table("document_kinds").items() if kind == "protokoll" and " " not in k)
# Only the box's own sentence ("… protokoll har justerats"): a sentence that merely names another
# board's minutes ("Till handlingarna läggs Socialnämndens protokoll …") is no anslag.
ADJUSTED = "(?:" + "|".join(r"\s+".join(map(re.escape, e.split())) for e in sorted(words("minutes_adjusted"), key=len, reverse=True)) + ")"
OWNERS_MINUTES = re.compile(rf"(?<![\wåäö-])(?=[A-ZÅÄÖ])(?P<board>{board_pattern('')})s\s+{plain_alternation(MINUTES_WORDS)}"
                            rf"\s+{ADJUSTED}(?![\wåäö-])")
DECIDES = re.compile(rf"(?P<board>{BOARD})\s+{plain_alternation(words('decision_verbs'))}\b")
# A board that proposes to the board that decides: "Kommunstyrelsen föreslår kommunfullmäktige
# besluta", the second one is the text's addressee.
PROPOSES_TO = re.compile(rf"(?:{BOARD})\s+(?:föreslår|hemställer\s+att)\s+(?P<board>{BOARD})\s+(?:att\s+)?besluta\b")
DECIDED = re.compile(rf"(?P<board>{BOARD})\s+(?:{plain_alternation(words('decided_verbs'))})\b")
ANY_BOARD = re.compile(rf"\b(?P<board>{BOARD})\b")
FOR_BOARD = re.compile(rf"(?i)\b(?:för|till|genom)\s+(?P<board>{BOARD})\b")
# "Västerö stad, Arbetsmarknads- och socialnämnden," in a party clause
ORGANISATION_WORD = alternation(b.word for b in bodies("organisation"))
# The definite form before the area it serves: "Landstinget i Norrby län", "Regionen i …".
ORGANISATION_DEFINITE = "|".join(sv_pattern(form) for b in bodies("organisation")
                                 for form in (b.definite.capitalize(), b.definite.upper()))
AREA = alternation(b.word for b in bodies("area"))
AREA_GENITIVE = alternation(b.word + "s" for b in bodies("area"))
PARTY_BOARD = re.compile(rf"\b(?i:{ORGANISATION_WORD}),\s+(?P<board>{BOARD})\s*[,(]")
THROUGH_BOARD = re.compile(rf"\b[Gg]enom\s+(?P<board>{BOARD})\b")
# An organisation as a whole column: "EKEBY KOMMUN", "Region Norrland",
# "Göteborgsregionens kommunalförbund", "Norrby läns landsting", "Landstinget i Norrby län".
# A form's label cell before the organisation it names ("Organisation  Norrby kommun |
# Organisationsnummer …"): a field's label, not the first word of the name.
PARTY_FIELD = rf"(?!(?i:{plain_alternation(sorted(w for w in words('form_party_fields') if ' ' not in w))})\s)"
ORGANISATION_NAME = (rf"(?:(?P<name>{PARTY_FIELD}{NAME}(?:[ -]{NAME}){{0,2}}(?:\s+(?i:{AREA_GENITIVE}))?)\s+(?P<word>(?i:{ORGANISATION_WORD}))"
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
# A party line that opens with a name of no organisation word and its public-sector orgnr
# ("Norrbyförbundet, 222000-0000, vad beträffar …"): a kommunalförbund or a joint board.
NAMED_PUBLIC_PARTY = re.compile(rf"(?m)^[ \t]*(?P<party>{NAME}(?:[ -]{NAME}){{0,3}}),[ \t]*"
                                rf"(?:(?i:org(?:anisations)?\.?\s*nr)\.?\s*:?\s*)?{PUBLIC_ORGNR}\b")
# An organisation named before its public-sector orgnr, its address between them ("Köpare
# Landstinget i Norrby län Box 601 123 46 NORRÅSEN Org nr: 232100-9991"): the party block of an
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
Found = tuple[str, int, int]


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


def organisation_name(match: re.Match[str]) -> str:
    """'EKEBY KOMMUN' → 'Ekeby kommun'; 'Region Norrland' and 'Landstinget i NORRÅSEN
    län' as printed; 'NORRBY LÄNS LANDSTING' → 'Norrby läns landsting'.

    >>> organisation_name(ORGANISATION.match("NORRBY LÄNS LANDSTING"))
    'Norrby läns landsting'
    >>> organisation_name(ORGANISATION.match("LANDSTINGET I NORRBY LÄN"))
    'Landstinget i Norrby län'
    """
    if match.group("word2"):
        return f"{match.group('word2').capitalize()} {capitalised(match.group('name2'))}"
    if match.group("word3"):
        return f"{match.group('word3').capitalize()} i {capitalised(match.group('name3'))}"
    return f"{capitalised(match.group('name'))} {match.group('word').lower()}"


def capitalised(name: str) -> str:
    """A name in capitals as a name is written; the area word in it stays lower case
    ("NORRÅSEN LÄN" → "NORRÅSEN län")."""
    if not name.isupper():
        return name
    areas = {form for b in bodies("area") for form in (b.word, b.word + "s")}
    return " ".join(w.lower() if w.lower() in areas else w.title() for w in name.split(" "))
