"""Template blocks printed once: a first page's field block, its contact block, and the
certificate page a signing service appends. Found by shape, not by what they say.

* **field block** at the top of a page: perhaps a document-kind line in capitals
  ("TJÄNSTESKRIVELSE"), then short labels each over a value that is a date or a case number
  ("Datum" / "2024-01-25", "Diarienummer" / "BN-2024-00013"; two columns side by side too);
* **contact block**: a block of short field lines (no blank line inside) holding at least two
  kinds of contact evidence — a post code and town ("123 45 Ekeby"), a telephone number,
  an e-mail or web address, a contact label (`contact_labels.txt`: "Besöksadress", "Telefon")
  — with a web address or at an edge of the page (it comes after the body in the text layer);
* **certificate page**: a page with no prose whose lines are mostly "Label: value" fields,
  identifier codes and a copyright line; everything on it but the signers' names.

>>> from diarium.structure.lines import text_lines
>>> page = ("TJÄNSTESKRIVELSE\\n\\nDatum\\n2024-01-25\\nDiarienummer\\nBN-2024-00013\\n\\nÅrsredovisning 2023\\n\\n"
...         "Nämnden godkänner årsredovisningen för 2023.\\n1 (2)\\nEkeby kommun\\n123 45 Ekeby\\n"
...         "Kristina Engberg\\nBesöksadress\\nTelefon 0300-83 40 00\\nwww.ekeby.se")
>>> lines = [line for line in text_lines(page) if line.role != "blank"]
>>> marks = block_marks([lines], {(1, 10)})
>>> [(lines[i].text, marks[(1, lines[i].number)][0]) for i in range(len(lines)) if (1, lines[i].number) in marks]
... # doctest: +NORMALIZE_WHITESPACE
[('TJÄNSTESKRIVELSE', 'letterhead'), ('Datum', 'letterhead'), ('2024-01-25', 'letterhead'),
 ('Diarienummer', 'letterhead'), ('BN-2024-00013', 'letterhead'), ('Ekeby kommun', 'footer'),
 ('123 45 Ekeby', 'footer'), ('Kristina Engberg', 'footer'), ('Besöksadress', 'footer'),
 ('Telefon 0300-83 40 00', 'footer'), ('www.ekeby.se', 'footer')]
>>> contact_evidence("Lindälvs gata 15, 434 32 Ekeby  0300-774 76  info@ktk.nu  www.ktk.nu")
['email', 'phone', 'postcode', 'url']
"""
from __future__ import annotations

import re

from diarium.language import words
from diarium.language.months import MONTH_NAMES
from diarium.schemas.structure import FurnitureKind, TextLine
from diarium.structure.headings import is_heading_line
from diarium.structure.shapes import is_identifier_line, page_number
from diarium.text import squash

COLUMNS = re.compile(r"\s{2,}")
HINT = re.compile(r"www\.|://|@|\d{3} ?\d{2} +[A-ZÅÄÖ]|\b0\d")
ANY_DIGIT = re.compile(r"\d")
POSTCODE = re.compile(r"(?<![\d-])\d{3} ?\d{2}(?![\d-])\s+[A-ZÅÄÖ][a-zåäö]")
PHONE = re.compile(r"(?<![\w-])0\d{1,3}(?:[- ]?\d{2,4}){1,4}(?![\w-])")
PHONE_DIGITS = (7, 10)
URL = re.compile(r"\bwww\.\S+|\bhttps?://\S+", re.IGNORECASE)
EMAIL = re.compile(r"\S+@\S+\.[a-z]{2,}", re.IGNORECASE)
DATE = re.compile(rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}} (?:{'|'.join(MONTH_NAMES)})\.? \d{{4}}", re.IGNORECASE)
CODE = re.compile(r"(?:[A-ZÅÄÖ]{1,6}[ -])?[\w/.:-]*\d[\w/.:-]*")     # "BN-2024-00013", "TRV 2025/89319"
FIELD_WORDS = 6           # a field of a contact block: "Controller Förvaltning", "Stadshuset, Storgatan 37"
LABEL_WORDS = 3           # a label of the field block: "Datum", "Diarienummer", "Dokumentdatum"
KIND_WORDS = 3            # a document-kind line: "TJÄNSTESKRIVELSE", "KALLELSE/UNDERRÄTTELSE"
MIN_KINDS = 2
CERTIFICATE_WORDS = 8
CERTIFICATE_FIELDS = 0.5
NAME_WORDS = (2, 4)

Mark = tuple[FurnitureKind, str]
Position = tuple[int, int]


def block_marks(pages: list[list[TextLine]], marked: set[Position]) -> dict[Position, Mark]:
    """Field, contact and certificate blocks on pages of non-blank lines (`marked`: furniture already)."""
    marks: dict[Position, Mark] = {}
    for lines in pages:
        if _certificate_page(lines):
            marks.update({_at(line): ("footer", "a signing service's certificate page") for line in lines
                          if _at(line) not in marked and not _name_line(line.text)})
            continue
        marks.update(_field_block(lines, marked))
        marks.update(_contact_blocks(lines, marked | set(marks)))
    return marks


def _at(line: TextLine) -> Position:
    return line.page, line.number


def _columns(text: str) -> list[str]:
    return [column for column in COLUMNS.split(text.strip()) if column]


# --- field block -------------------------------------------------------------------------

def _field_block(lines: list[TextLine], marked: set[Position]) -> dict[Position, Mark]:
    """From the top: furniture already found, a document-kind line, then label/value pairs."""
    block: list[TextLine] = []
    pairs, i = 0, 0
    while i < len(lines):
        line = lines[i]
        if _at(line) in marked:
            i += 1
        elif not block and not pairs and _kind_line(line.text):
            block.append(line)
            i += 1
        elif i + 1 < len(lines) and _label_line(line.text) and _value_line(lines[i + 1].text, line.text):
            block += [line, lines[i + 1]]
            pairs, i = pairs + 1, i + 2
        else:
            break
    if not pairs:
        return {}
    return {_at(line): ("letterhead", "a field block at the top of the page") for line in block}


def _kind_line(text: str) -> bool:
    """A document kind printed in capitals alone: 'TJÄNSTESKRIVELSE', 'KALLELSE/UNDERRÄTTELSE'."""
    line = squash(text)
    return (0 < len(line.split()) <= KIND_WORDS and line.isupper() and not any(ch.isdigit() for ch in line)
            and not is_heading_line(line))


def _label_line(text: str) -> bool:
    columns = _columns(text)
    return bool(columns) and all(_label(column) for column in columns) and not is_heading_line(text)


def _label(column: str) -> bool:
    return (0 < len(column.split()) <= LABEL_WORDS and column[:1].isupper() and not column.endswith(".")
            and not any(ch.isdigit() for ch in column))


def _value_line(text: str, label: str) -> bool:
    """Under each label a date or a case number ('2024-01-25', 'BN-2024-00013', 'TRV 2025/89319')."""
    columns = _columns(text)
    return (0 < len(columns) <= len(_columns(label))
            and all(DATE.fullmatch(column) or CODE.fullmatch(column) for column in columns)
            and page_number(text) is None)


# --- contact block -----------------------------------------------------------------------

def contact_evidence(text: str) -> list[str]:
    """The kinds of contact evidence a line holds: postcode, phone, email, url, label."""
    found = set()
    if POSTCODE.search(text):
        found.add("postcode")
    if any(PHONE_DIGITS[0] <= sum(ch.isdigit() for ch in m.group()) <= PHONE_DIGITS[1] for m in PHONE.finditer(text)):
        found.add("phone")
    if URL.search(text):
        found.add("url")
    if EMAIL.search(text):
        found.add("email")
    if any(_labelled(column) for column in _columns(text)):
        found.add("label")
    return sorted(found)


def _labelled(column: str) -> bool:
    """The column begins with a contact label: 'Besöksadress', 'Telefon 0300-…', '(e-post …)'."""
    first = column.split()[0].strip("(:").casefold()
    return first in words("contact_labels")


def _contact_blocks(lines: list[TextLine], marked: set[Position]) -> dict[Position, Mark]:
    marks: dict[Position, Mark] = {}
    for block in _blocks(lines, marked):
        evidence = [set(contact_evidence(line.text)) for line in block]
        kinds = set().union(*evidence)
        signals = sum(bool(found) for found in evidence)
        if len(kinds) < MIN_KINDS or (signals < 2 and len(kinds) <= MIN_KINDS):
            continue
        if "url" not in kinds and not _at_edge(block, lines, marked):     # not a list of contact persons
            continue
        top = block[0] is next(line for line in lines if _at(line) not in marked)
        kind: FurnitureKind = "header" if top else "footer"
        marks.update({_at(line): (kind, f"a contact block ({', '.join(sorted(kinds))})") for line in block})
    return marks


def _blocks(lines: list[TextLine], marked: set[Position]) -> list[list[TextLine]]:
    """Runs of adjacent field lines around the lines that hint at contact details: a blank
    line, furniture or a line of prose ends a run. (Grown from the hints: most pages have none.)"""
    blocks: list[list[TextLine]] = []
    taken: set[int] = set()
    for i, line in enumerate(lines):
        if i in taken or _at(line) in marked or not _hint(line.text) or not _field_line(line.text):
            continue
        first = last = i
        while first > 0 and _joins(lines[first - 1], lines[first], marked):
            first -= 1
        while last + 1 < len(lines) and _joins(lines[last + 1], lines[last], marked):
            last += 1
        taken.update(range(first, last + 1))
        blocks.append(lines[first:last + 1])
    return blocks


def _joins(line: TextLine, neighbour: TextLine, marked: set[Position]) -> bool:
    """`line` stands right above or below `neighbour` and is a field line too."""
    return abs(line.number - neighbour.number) == 1 and _at(line) not in marked and _field_line(line.text)


def _hint(text: str) -> bool:
    """Cheap test for a line that may hold contact evidence other than a label (a block
    needs some: a label alone is no contact block)."""
    # (the literal parts looked for first: the pattern's alternatives share no first character)
    return "www." in text or "://" in text or "@" in text or (
        ANY_DIGIT.search(text) is not None and HINT.search(text) is not None)


def _field_line(text: str) -> bool:
    line = squash(text)
    if is_heading_line(line) or (line.endswith(".") and not URL.search(line) and len(line.split()) > 2):
        return False
    return all(len(column.split()) <= FIELD_WORDS for column in _columns(text))


def _at_edge(block: list[TextLine], lines: list[TextLine], marked: set[Position]) -> bool:
    """Nothing but furniture before the block, or after it, on its page."""
    body = [line for line in lines if _at(line) not in marked]
    return body[0] is block[0] or body[-1] is block[-1]


# --- certificate page --------------------------------------------------------------------

def _certificate_page(lines: list[TextLine]) -> bool:
    """No prose; mostly 'Label: value' fields, identifier codes and a '©' line."""
    if not lines or any(len(line.text.split()) > CERTIFICATE_WORDS for line in lines):
        return False
    fields = [line for line in lines if _certificate_field(line.text)]
    proof = any(is_identifier_line(line.text) or "©" in line.text for line in lines)
    return proof and len(fields) >= CERTIFICATE_FIELDS * len(lines) and len(fields) >= 2


def _certificate_field(text: str) -> bool:
    line = squash(text)
    return "©" in line or is_identifier_line(line) or (": " in line and line.index(": ") < 30)


def _name_line(text: str) -> bool:
    """A signer's name: two to four capitalised words, nothing else ('Bo Åke Ekelund')."""
    tokens = squash(text).split()
    return (NAME_WORDS[0] <= len(tokens) <= NAME_WORDS[1] and all(t[:1].isupper() and t.isalpha() for t in tokens)
            and ":" not in text)
