"""Swedish dates → ISO, and the date of the file's FIRST document.

The date is the one the first document's head prints as its own: after a date label
("Sammanträdesdatum 2023-05-16", "Datum" over "2024-06-19", "Upprättad 2025-10-14"), with the
body's name ("Socialnämnden 2024-05-28"), alone under the letterhead, or in "Protokoll fört vid
sammanträde … den 14 mars 2023"; for an agreement, the date of its last signature printed in
full. Never the first date in the running text, and never a date of a later document.

>>> iso_date("1 juli 2024")
'2024-07-01'
>>> iso_date("den 30 april 2025")
'2025-04-30'
>>> iso_date("2025-03-01")
'2025-03-01'
>>> iso_date("1 jan. 2024"), iso_date("den 31 dec 2025"), iso_date("29/1 2025")
('2024-01-01', '2025-12-31', '2025-01-29')
>>> iso_date("Torsdag 17 oktober 2013")
'2013-10-17'
>>> iso_date("31 juni 2024") is None
True
>>> document_date("Socialnämnden\\n\\n2019-04-16\\n\\nIdéburet offentligt partnerskap").value
'2019-04-16'
>>> document_date("Protokoll\\nSammanträdesdatum 2023-05-16\\n§ 45").value
'2023-05-16'
>>> document_date("Protokoll fört vid sammanträde med socialnämnden den 14 mars 2023\\n§ 58").value
'2023-03-14'
>>> document_date("PROTOKOLL Kommunfullmäktige Kungörelsen om sammanträdet utsändes den 2 mars 2031.") is None
True
>>> document_date("AVTAL\\n8. Underskrifter\\nSöderby den 15 februari 2024\\n\\nFör Söderby kommun").value
'2024-02-15'
>>> document_date("AVTAL\\nUnderskrifter\\n\\nVästerås 2024-12-12        Västerås 2024-12-16\\n").value
'2024-12-16'
>>> document_date("SÖDERÅS STAD        TJÄNSTESKRIVELSE\\nÄldreförvaltningen   Datum 2024-09-10").value
'2024-09-10'
>>> document_date("ALDREFORVALTNINGEN Datum 2024-09-10\\nDiarienummer AN 2024/00187").value
'2024-09-10'
>>> document_date("Västerö stad\\nSLUTRAPPORT\\n2024-11-05        Diarienummer: ASN-2024-1187").value
'2024-11-05'
>>> document_date("Sida\\nTJÄNSTESKRIVELSE           1(2)\\nDatum             Diarienummer\\n2024-09-26        ATN-2024-00061").value
'2024-09-26'
>>> document_date("Regionstyrelsen 16 mars 2021\\n\\nÄrenden till regionfullmäktige\\n").value
'2021-03-16'
>>> document_date("Plan för tillsyn 2031\\n\\nPublicerad: 3 oktober 2030Uppdaterad: -Ekeby kommun\\n\\nOm planen").value
'2030-10-03'
>>> document_date("EKEBY  KOMMUN\\n2 (3)\\n\\nBeskrivning av ärendet\\nPlanen antogs den 11 juni 2019.") is None
True
"""
from __future__ import annotations

import re

from diarium.extract.date_phrases import DAMAGED_DATE, DATE, ISO_DATE, Found, date_in, iso_date
from diarium.extract.adoption import adopted
from diarium.extract.date_labels import DATE_LABELS, first_matched_date, labelled
from diarium.extract.date_letterhead import kind_dated
from diarium.extract.date_meetings import anslag_date, flat_meeting_date, meeting_date
from diarium.extract.date_signatures import signed_on_behalf, signing_date
from diarium.extract.dnr_shapes import LABEL as DNR_LABEL
from diarium.extract.doctype import PAGE_FIELD, find_doc_type
from diarium.extract.first_document import FirstDocument
from diarium.language import words
from diarium.language.letters import sv_pattern
from diarium.schemas.structure import Structure
from diarium.structure import analyse

# "Socialnämnden 2024-05-28", "Regionstyrelsen 16 mars 2021": a name and the date of its meeting.
NAMED_DATE = re.compile(rf"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö&-]+){{0,3}}\s+(?P<date>{DATE.pattern[4:]})$")
NAMED_DATE_LINES = 6
DASHED_TAIL = re.compile(rf"(?:\s[—–-]|[.,])\s+((?:{DATE.pattern[4:]}))\s*$", re.I)
HEAD_LINES = 15
# A letterhead's date with the case number beside it, the two columns joined: "1983-03-08 11.122-585-83".
DATE_AND_NUMBER = re.compile(rf"^\s*{ISO_DATE}\s+(?:[A-ZÅÄÖ]{{1,5}}[ -]?)?\d[\d.:/-]*\d\s*$")
# The letterhead's date with the other fields of its row after it, the page counter and the
# labelled case number: "2031-04-07 Sida 2 av 3 Diarienummer MN 2031/88".
DNR_FIELD = rf"(?i:{DNR_LABEL})\.?\s*:?\s*(?:[A-ZÅÄÖ]{{1,6}}[ -]?)?\d[\w.:/-]*"
DATE_AND_FIELDS = re.compile(rf"^\s*{ISO_DATE}(?:\s+(?:{PAGE_FIELD}|{DNR_FIELD}))+\s*$")
# A label inside a line of fields, after a separator: "Diarienr: 1234-18 / Beslutsdatum: 7 nov 2018".
INLINE_LABEL = re.compile(r"(?:^|\s[/|]\s|\s{2,}|\t)(?:" + "|".join(
    sv_pattern(label) for label, flags in DATE_LABELS.items() if "in line" in flags) + r")\s*:\s*(?P<date>"
    + DATE.pattern[4:] + ")")
# A web page's publication date, glued to the next field as a page's text may keep it
# ("Publicerad: 3 oktober 2031Uppdaterad: -").
PUBLISHED = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(sv_pattern(label) for label in sorted(words("publication_labels")))
                       + r")\s*:?\s*(?P<date>" + DATE.pattern[4:-2] + r")(?!\d)")
# A title that ends in a body and the date of its meeting: "Beslut i korthet - regionstyrelsen 30 mars 2022".
TITLE_TAIL = re.compile(r"\s[-–—|]\s+(?P<tail>[^-–—|]+)$")


def document_date(text: str, structure: Structure | None = None, doc_type: str | None = None) -> Found | None:
    """The first document's own date, or None."""
    structure = structure if structure is not None else analyse(text)
    first = FirstDocument.of(text, structure)
    head = first.head(HEAD_LINES)
    if (doc_type or kind_of(text, structure)) == "avtal":
        start, end = first.span()
        # an agreement is dated by its signatures, else by its labelled date ("Datum: …"), never
        # by a bare date over its text
        return signing_date(text[start:end], start) or labelled(head)
    found = labelled(head) or named(head) or alone(head) or kind_dated(head) or meeting_date(first.head_lines(5)) \
        or labelled_inside(head) or named_in_title(head[:1]) or adoption_date(head) or flat_meeting_date(first) \
        or signed_on_behalf(text, *first.span()) or first_matched_date(PUBLISHED, head)
    if found is None and (doc_type or kind_of(text, structure)) == "protokoll":
        # "Sammanträdesdatum" in the anslag box, on the first two pages
        found = anslag_date(first)
    return found



def adoption_date(head: list[tuple[int, str]]) -> Found | None:
    """The date of the adoption its head prints ("Fastställd av kommunfullmäktige 14 april 2031").

    >>> adoption_date([(0, "Taxa"), (5, "Antagen av kommunstyrelsen 2031-05-14 § 12")]).value
    '2031-05-14'
    """
    found = adopted(head)
    return Found(found[3], found[4], found[5]) if found and found[3] else None



def kind_of(text: str, structure: Structure) -> str:
    return find_doc_type(text, structure)[0]



def named(head: list[tuple[int, str]]) -> Found | None:
    for offset, column in head[:NAMED_DATE_LINES]:
        match = NAMED_DATE.match(column.strip())
        value = iso_date(match.group("date")) if match else None
        if match and value:
            lead = len(column) - len(column.lstrip())
            return Found(value, offset + lead + match.start("date"), offset + lead + match.end("date"))
    return None


def labelled_inside(head: list[tuple[int, str]]) -> Found | None:
    """A date after a label that stands inside a line of fields (a web page's metadata line).

    >>> labelled_inside([(0, "Diarienr: 1234-18 / Beslutsdatum: 7 nov 2018")]).value
    '2018-11-07'
    """
    return first_matched_date(INLINE_LABEL, head)


def named_in_title(head: list[tuple[int, str]]) -> Found | None:
    """A body and its meeting's date after the dash of a title.

    >>> named_in_title([(0, "Beslut i korthet - kulturnämnden 3 maj 2021")]).value
    '2021-05-03'
    >>> named_in_title([(0, "Planer och program - 2021")]) is None
    True
    """
    for offset, column in head:
        tail = TITLE_TAIL.search(column.rstrip())
        # the body in running-text case after the dash ("- regionstyrelsen 30 mars 2022")
        found = named([(offset + tail.start("tail"), tail.group("tail")[:1].upper() + tail.group("tail")[1:])]) \
            if tail else None
        if found:
            return found
    return None


def alone(head: list[tuple[int, str]]) -> Found | None:
    """A column that is only a date: the date under the nämnd's name or in the letterhead (also
    after a dash where OCR closed the gap before it: "Ansökan om arrende. — 29/1 2025", or
    with the case number beside it). A date that ends the phrase before it ("… årsredovisning
    per" / "2025-12-31") is not alone.

    >>> alone([(0, "BESLUT"), (7, "2031-04-02 11.120-77-31")]).value
    '2031-04-02'
    >>> alone([(0, "2031-04-07 Sida 2 av 3 Diarienummer MN 2031/88")]).value
    '2031-04-07'
    """
    for k, (offset, column) in enumerate(head):
        tail = DASHED_TAIL.search(column)
        if k > 0 and continues(head[k - 1][1]):
            continue
        if DATE.fullmatch(column.strip()) or tail or DATE_AND_NUMBER.match(column) or DATE_AND_FIELDS.match(column) \
                or DAMAGED_DATE.fullmatch(column.strip()):
            at = tail.start(1) if tail else 0
            found = date_in(column[at:], offset + at)
            if found:
                return found
    return None


def continues(before: str) -> bool:
    """The column ends with a word that a date completes ("per", "från och med")."""
    tokens = before.split()
    return bool(tokens) and tokens[-1].casefold() in words("date_prepositions")

