"""Swedish dates → ISO, and the document/meeting date.

>>> iso_date("1 juli 2024")
'2024-07-01'
>>> iso_date("den 30 april 2025")
'2025-04-30'
>>> iso_date("2025-03-01")
'2025-03-01'
>>> iso_date("1 jan. 2024"), iso_date("den 31 dec 2025")
('2024-01-01', '2025-12-31')
>>> iso_date("31 juni 2024") is None
True
>>> document_date("Socialnämnden\\n\\n2019-04-16\\n\\nIdéburet offentligt partnerskap").value
'2019-04-16'
>>> document_date("Protokoll\\nSammanträdesdatum 2023-05-16\\n§ 45").value
'2023-05-16'
>>> document_date("Protokoll fört vid sammanträde med socialnämnden den 14 mars 2023\\n§ 58").value
'2023-03-14'
>>> document_date("8. Underskrifter\\nUppsala den 15 februari 2024\\n\\nFör Uppsala kommun").value
'2024-02-15'
>>> document_date("Underskrifter\\n\\nVästerås 2024-12-12        Västerås 2024-12-16\\n").value
'2024-12-16'
>>> document_date("VÄSTERÅS STAD        TJÄNSTESKRIVELSE\\nÄldreförvaltningen   Datum 2024-09-10").value
'2024-09-10'
>>> document_date("ALDREFORVALTNINGEN Datum 2024-09-10\\nDiarienummer AN 2024/00187").value
'2024-09-10'
>>> document_date("Malmö stad\\nSLUTRAPPORT\\n2024-11-05        Diarienummer: ASN-2024-1187").value
'2024-11-05'
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from diarium.language import table
from diarium.language.letters import sv_pattern
from diarium.language.months import MONTHS
from diarium.text import lines_with_offsets
from diarium.schemas.structure import Structure

MONTH_NAMES = "|".join(MONTHS)
MONTH_END = r"(?![a-zåäö])\.?"         # "jan." / "jan" but not the "jan" of "januari"
# "1 juli 2024", "den 1:a juli 2024", "2024-07-01", "1.7.2024" / "1/7 2024"
WORD_DATE = rf"(?:den\s+)?(\d{{1,2}})(?::[ae])?\s+({MONTH_NAMES}){MONTH_END}(?:\s+(\d{{4}}))?"
ISO_DATE = r"((?:19|20)\d{2})-(\d{2})-(\d{2})"
DATE = re.compile(rf"(?i)\b(?:{ISO_DATE}|{WORD_DATE})\b")
DATE_LABELS = table("date_labels")
DATE_LABEL = re.compile(
    "(?i)^\\s*(?:" + "|".join(sv_pattern(w) for w in DATE_LABELS) + r")\b\s*:?\s*(.*)$")

SIGNED = re.compile(rf"(?im)(?:^|[ \t]{{3,}})[ \t]*[A-ZÅÄÖ][a-zåäö]+\s+(?P<date>den\s+\d{{1,2}}\s+(?:{MONTH_NAMES}){MONTH_END}\s+\d{{4}}|(?:den\s+)?{ISO_DATE})(?=[ \t]*$|\s*[A-ZÅÄÖ])")

MEETING = re.compile(rf"(?i)sammanträde\b.{{0,80}}?\b(?P<date>den\s+\d{{1,2}}\s+(?:{MONTH_NAMES}){MONTH_END}\s+\d{{4}}|{ISO_DATE})")


def iso_from_parts(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_date(phrase: str) -> str | None:
    """One Swedish date phrase (with a year) → ISO, or None."""
    match = DATE.search(phrase)
    if not match:
        return None
    if match.group(1):
        return iso_from_parts(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if not match.group(6):
        return None
    return iso_from_parts(int(match.group(6)), MONTHS[match.group(5).lower()], int(match.group(4)))


@dataclass
class Found:
    value: str
    start: int
    end: int


def date_in(line: str, offset: int) -> Found | None:
    """A whole date at the start of `line` (a line under a heading, or after a label)."""
    match = DATE.match(line.strip())
    if not match:
        return None
    value = iso_date(match.group(0))
    lead = len(line) - len(line.lstrip())
    return Found(value, offset + lead, offset + lead + match.end()) if value else None


def document_date(text: str, structure: Structure | None = None, head_lines: int = 15) -> Found | None:
    """The document or meeting date printed as such, else None.

    Either after a label ("Sammanträdesdatum 2023-05-16", "Datum: 16 maj 2023"), or a line
    that is only a date near the top of the first page (the date under the nämnd's name).
    """
    lines = columns(lines_with_offsets(text.split("\f")[0]))
    for offset, line in lines:
        label = DATE_LABEL.match(line)
        if label:
            rest_offset = offset + label.start(1)
            found = date_in(label.group(1), rest_offset)
            if found:
                return found
    found = top_date(lines, head_lines) or labelled_in_line(lines, head_lines) or meeting_date(lines)
    return found or signing_date(text)


def columns(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A letterhead line split into its columns ("Äldreförvaltningen      Datum 2024-09-10"),
    each with its own offset, so that a label or a date can start a column."""
    out = []
    for offset, line in lines:
        pieces = list(re.finditer(r"\S+(?:[ \t]{1,2}\S+)*", line))
        if len(pieces) < 2:
            out.append((offset, line))
            continue
        out += [(offset + piece.start(), piece.group(0)) for piece in pieces]
    return out


# OCR collapses a letterhead's columns to one space: "Äldreförvaltningen Datum 2024-09-10".
IN_LINE_LABEL = re.compile(
    r"(?i)\b(?:" + "|".join(sv_pattern(w) for w, where in DATE_LABELS.items() if where == "in line")
    + r")\s*:?\s+(?=\d)")


def labelled_in_line(lines: list[tuple[int, str]], head_lines: int) -> Found | None:
    for offset, line in [(o, line) for o, line in lines if line.strip()][:head_lines]:
        label = IN_LINE_LABEL.search(line)
        found = date_in(line[label.end():], offset + label.end()) if label else None
        if found:
            return found
    return None


def meeting_date(lines: list[tuple[int, str]]) -> Found | None:
    """"Protokoll fört vid sammanträde med socialnämnden den 14 mars 2023" in the first lines."""
    for offset, line in [(o, line) for o, line in lines if line.strip()][:5]:
        match = MEETING.search(line)
        value = iso_date(match.group("date")) if match else None
        if match and value:
            return Found(value, offset + match.start("date"), offset + match.end("date"))
    return None


def signing_date(text: str) -> Found | None:
    """The date an agreement was signed: "Uppsala den 15 februari 2024" in the signature block;
    with one date per party ("Västerås 2024-12-12     Västerås 2024-12-16") the agreement is
    made at the last signature."""
    found = [Found(value, m.start("date"), m.end("date")) for m in SIGNED.finditer(text)
             if (value := iso_date(m.group("date")))]
    return max(found, key=lambda f: f.value) if found else None


def top_date(lines: list[tuple[int, str]], head_lines: int) -> Found | None:
    nonblank = [(o, line) for o, line in lines if line.strip()][:head_lines]
    for index, (offset, line) in enumerate(nonblank):
        label = DATE_LABEL.match(line)
        if label and not label.group(1).strip() and index + 1 < len(nonblank):
            below_offset, below = nonblank[index + 1]
            found = date_in(below, below_offset)
            if found:
                return found
        if DATE.fullmatch(line.strip()):
            found = date_in(line, offset)
            if found:
                return found
    return None
