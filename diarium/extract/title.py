"""Title: the main heading of the first page plus its subtitle, one line.

Lines that are page furniture (the kommun and nämnd, a date, "Tjänsteutlåtande", "Dnr",
"Sida 1 (4)", a letterhead with columns, field lines such as "Plats och tid:" or "Handläggare"
and the value under them) are never the title; the heading runs until the first section
heading or a blank line followed by a new paragraph. A subtitle line starting with a dash is
joined with " - ". A protokoll with several § has no single title; a protokollsutdrag with one
§ has that paragraph's heading.

>>> find_title("Socialnämnden\\n\\n2019-04-16\\n\\nIdéburet offentligt partnerskap - om verksamhet\\n\\n"
...            "för utsatta EU-medborgare\\n\\n- Samverkan mellan socialförvaltningen och fyra ideella\\n\\n"
...            "organisationer\\n\\nFörvaltningens förslag till beslut\\n")[0]
'Idéburet offentligt partnerskap - om verksamhet för utsatta EU-medborgare - Samverkan mellan socialförvaltningen och fyra ideella organisationer'
>>> find_title("NORRÅ KOMMUN          PROTOKOLL\\nSammanträdesdatum: 2024-03-21\\n"
...            "Plats och tid: Stadshuset, Umeå, kl. 13.00–15.40\\n§ 23  Dnr IFN-2024-0112\\nStödboende\\n"
...            "§ 24  Dnr IFN-2024-0113\\nUppföljning\\n") is None
True
>>> find_title("PROTOKOLLSUTDRAG\\nKommunstyrelsen 2022-11-09\\n\\n§ 318\\n"
...            "Idéburet offentligt partnerskap med Föreningen Kvinnohuset\\nSTK-2022-1234\\n\\nSammanfattning\\n")[0]
'Idéburet offentligt partnerskap med Föreningen Kvinnohuset'
>>> find_title("Skrivelse från Socialdemokraterna\\nSocialnämnden 2024-05-28\\nÄrende 7\\n\\n"
...            "Stöd till frivilliga familjehemsnätverk\\n\\nAntalet barn som placeras har ökat.\\n")[0]
'Stöd till frivilliga familjehemsnätverk'
>>> find_title("Norrå kommun\\nÄldrenämnden\\n\\nÅrsrapport 2024\\nTräffpunkter för äldre\\n\\nDatum: 2025-02-17\\n")[0]
'Årsrapport 2024 Träffpunkter för äldre'
>>> find_title("AVTAL\\nom skyddat boende för våldsutsatta kvinnor\\n\\nDiarienummer: IFN 2024/00912\\n")[0]
'Avtal om skyddat boende för våldsutsatta kvinnor'
>>> find_title("SÖDERÅS STAD        TJÄNSTESKRIVELSE\\nÄldreförvaltningen   Datum 2024-09-10\\n"
...            "Handläggare\\nLouise Håkansson\\nTelefon: 021-39 00 00\\n\\nÄldrenämnden\\n\\n"
...            "Utökad dagverksamhet 2025–2026\\n\\nFörslag till beslut\\n")[0]
'Utökad dagverksamhet 2025–2026'
"""
from __future__ import annotations

import re

from diarium.extract.body_names import BOARD_LINE, FLAT_BOARD
from diarium.extract.dates import DATE
from diarium.extract.decision_headings import line_is_decision_heading as is_heading
from diarium.extract.doctype import LABELS, find_doc_type, label_pattern
from diarium.extract.first_document import FirstDocument
from diarium.extract.patterns import alternation, bodies
from diarium.language import table, words
from diarium.text import dehyphenate, lines_with_offsets, squash
from diarium.schemas.structure import Structure
from diarium.structure import analyse
from diarium.structure.names import heading_name
from diarium.structure.shapes import page_number

NUMBER_PREFIX = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")
DOC_LABEL = "|".join(label_pattern(w) for _, words in LABELS for w in words)
FIELDS = table("letterhead_fields")
FIELD_LABELS = [*(f for f, kind in FIELDS.items() if kind != "number"),
                *(label.rstrip(".:") for label in words("dnr_labels")), *table("date_labels")]
DNR_LABEL = alternation(label.rstrip(".:") for label in words("dnr_labels"))
BELOW_LABELS = [*(f for f, kind in FIELDS.items() if kind == "below"),
                *(label.rstrip(".:") for label in words("dnr_labels")), *table("date_labels")]
BOARD = (r"(?:[\wåäö]+-\s+och\s+|[A-ZÅÄÖ][\wåäö-]+\s+)?[\wåäö-]*"
         rf"{alternation(f for b in bodies('board', 'administration') for f in b.forms)}(?:\s+[A-ZÅÄÖ][\wåäö-]*)?")
ORGANISATION = alternation(b.word for b in bodies("organisation"))
UNIT = alternation(b.definite for b in bodies("unit"))
# One column of a letterhead or page header that is not the title.
FURNITURE = re.compile(
    rf"(?i)^\s*(?:{BOARD}|[\w ]+\s{ORGANISATION}|{ORGANISATION}\s+\w+|(?:{DOC_LABEL})(?:\s+(?:från|till)\s.*)?|"
    rf"{alternation(f for f, kind in FIELDS.items() if kind == 'number')}\s+\d+|"
    rf"{alternation(FIELD_LABELS)}\b.*|{UNIT}\s.*|"
    r"[A-ZÅÄÖ]{0,5}[-/ ]?[\d.]+[-/][\d/-]+|\d+\s*\(\d+\)|.{0,3})\s*$")
# A field label alone on its line: the lines under it are its value, not the title.
FIELD = re.compile(rf"(?i)^\s*{alternation(BELOW_LABELS)}\s*:?\s*$")
DATED = re.compile(rf"\s*(?:{DATE.pattern[4:]})\s*$|\s+\S*\d[/.-][\d/.-]*\d\s*$", re.I)
PARAGRAPH = re.compile(r"(?m)^\s*[§$]\s*(\d+)\b(.*)$")
# Clause or page numbering standing alone: "14.1", "17.", "[8.1", "3/5" — never a title.
NUMBERING = re.compile(r"^\s*[\[(]?\d{1,3}(?:\.\d{1,3})*\.?[\])]?\s*$")
# A line of links: "Din position: Hem > Kommun > Nämnd > Sammanträde".
NAVIGATION = re.compile(r"(?:\S\s+>\s+\S.*){2,}")
MAX_LINES = 8
MAX_TITLE_WORDS = 25
FIRST_PAGE_CHARS = 4000


def is_furniture(line: str) -> bool:
    """Every column of the line is furniture ("ÖREBRO KOMMUN      TJÄNSTESKRIVELSE")."""
    columns = [c for c in re.split(r"\s{3,}|\t", line.strip()) if c]
    return all(FURNITURE.match(c) or FURNITURE.match(DATED.sub("", c)) or DATE.fullmatch(c)
               or BOARD_LINE.match(c) or page_furniture(c) for c in columns)


def starts_section(line: str) -> bool:
    """A section heading from `headings.tsv` ("Sammanfattning", "2. Bakgrund", "Förslag till
    beslut i kommunstyrelsen"): the title stands above it."""
    found = heading_name(NUMBER_PREFIX.sub("", squash(line)))
    return found is not None and (found[1] is None or is_heading(line))


def page_furniture(line: str) -> bool:
    """A page number, clause numbering, a line of links, or only page-template words
    ("Justerandes sign", "Utdragsbestyrkande")."""
    tokens = squash(line).casefold().split()
    return (page_number(line) is not None or bool(NUMBERING.match(line)) or bool(NAVIGATION.search(line))
            or bool(tokens) and all(token in words("page_furniture") for token in tokens))


def find_title(text: str, doc_type: str | None = None,
               structure: Structure | None = None) -> tuple[str, int, int] | None:
    """(title, start, end) of the first document, from its first page, or None."""
    structure = structure if structure is not None else analyse(text)
    first = FirstDocument.of(text, structure)
    start, end = first.span()
    region = text[start:end]
    if (doc_type or find_doc_type(text, structure)[0]) == "protokoll":
        return single_paragraph_title(first) or fallback_paragraph_title(text, start, end)
    if first.flat is not None:
        return flat_title(first)
    page = next((p for p in structure.pages if p.number == first.first_page), None)
    base = page.start if page is not None else 0
    return heading(lines_with_offsets(text[base:base + FIRST_PAGE_CHARS]), base)


def flat_title(first: FirstDocument) -> tuple[str, int, int] | None:
    """On a page that lost its line breaks: the words between the head's last field and the
    first heading ("Diarienummer KSN-2016-1422 Kommunstyrelsen Riktlinjer, idéburet offentligt
    partnerskap Förslag till beslut …"), after the board they are addressed to. Without a
    heading to end it the title cannot be told from the text after it."""
    assert first.flat is not None
    headings = [s.heading.start for s in first.sections() if s.heading is not None
                and first.flat.start < s.heading.start < first.flat.end]
    fields = first.head_lines()
    if not headings or not fields:
        return None
    offset, field = max(((o, f) for o, f in fields if o < headings[0]), default=(0, ""))
    if first.text[offset + len(field):headings[0]].strip():
        return None                       # the head was cut before the heading
    boards = list(FLAT_BOARD.finditer(field))
    at = boards[-1].end() if boards else 0
    rest = field[at:].strip(" :–-")
    if not rest[:1].isupper() or len(rest.split()) > MAX_TITLE_WORDS or is_furniture(rest):
        return None
    start = offset + field.index(rest, at)
    return rest, start, start + len(rest)


def single_paragraph_title(first: FirstDocument) -> tuple[str, int, int] | None:
    """The title of the one § of a protokollsutdrag, as the structure read its § heading."""
    headings = [s.heading for s in first.sections() if s.heading is not None and s.heading.kind == "paragraph"]
    start, end = first.span()
    printed = {m.group(1) for m in PARAGRAPH.finditer(first.text[start:end])}
    title = headings[0].title if headings else None
    if len({h.number for h in headings} | printed) != 1 or not title:
        return None
    heading = headings[0]
    at = first.text.find(title.split()[0], heading.start, heading.end)
    return title, max(at, heading.start), heading.end


def fallback_paragraph_title(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A § the structure did not take for a heading: the words after it or under it."""
    region = text[start:end]
    paragraphs = {m.group(1) for m in PARAGRAPH.finditer(region)}
    found = paragraph_title(region) if len(paragraphs) == 1 else None
    return (found[0], start + found[1], start + found[2]) if found else None


def paragraph_title(text: str) -> tuple[str, int, int] | None:
    """The heading of a protokollsutdrag's one §: after "§ 318" on its line, or the lines under it."""
    match = PARAGRAPH.search(text)
    assert match is not None            # called for a text with one §
    rest = re.sub(rf"(?i)\s*{DNR_LABEL}\b.*$", "", match.group(2)).strip(" :.–-")
    if len(rest) > 3 and not is_furniture(rest):
        start = match.start(2) + match.group(2).find(rest)
        return rest, start, start + len(rest)
    return heading(lines_with_offsets(text[match.end():match.end() + 1500]), match.end(), stop_at_blank=True)


def heading(lines: list[tuple[int, str]], base: int = 0, stop_at_blank: bool = False
            ) -> tuple[str, int, int] | None:
    picked: list[tuple[int, str]] = []
    blank_after = in_field = False
    label = None
    for offset, line in lines:
        stripped = line.strip()
        if not stripped:
            blank_after, in_field = bool(picked), False
            if picked and stop_at_blank:
                break
            continue
        if not picked and (starts_section(line)):
            return None            # the document starts with a section: no title printed
        if not picked and (in_field or FIELD.match(line)):
            in_field = True
            continue
        if not picked and (is_furniture(line) or DATE.fullmatch(stripped) or page_furniture(line)):
            label = (offset, line) if re.fullmatch(rf"(?i)\s*(?:{DOC_LABEL})\s*", line) else None
            continue
        if not picked and stripped[0].islower() and label:
            picked.append(label)          # "AVTAL" / "om skyddat boende ...": the label starts the title
        if picked and (starts_section(line) or len(picked) >= MAX_LINES):
            break
        if picked and (is_furniture(line) and not stripped[:1] in "-–"):
            break
        if picked and blank_after and not (stripped[0].islower() or stripped.startswith(("-", "–"))):
            break
        picked.append((offset, line))
        blank_after = False
    if not picked:
        return None
    start = base + picked[0][0] + len(picked[0][1]) - len(picked[0][1].lstrip())
    return joined(picked), start, base + picked[-1][0] + len(picked[-1][1].rstrip())


def joined(picked: list[tuple[int, str]]) -> str:
    title, capitals = "", False
    for _, line in picked:
        piece = squash(line)
        if piece.isupper() and not title:
            title, capitals = piece[:1] + piece[1:].lower(), True     # "ÖVERENSKOMMELSE OM ..."
        elif title and piece[:1] in "-–":
            title = f"{title.rstrip(' .')} {piece[0]} {piece[1:].strip()}"
        elif capitals and not piece[:1].islower():
            title, capitals = f"{title} - {piece}", False             # a capitals heading, then its subtitle
        else:
            title = dehyphenate(title, piece)
    return title.rstrip(" .")
