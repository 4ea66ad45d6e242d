"""Case numbers the layout places rather than the wording: the column of a table headed by a dnr
label ("Beteckning"), the row of values under a row of field labels, a letterhead's number beside
its date on a line of its own, a board's number whose serial a cell wrapped to the next line.
"""
from __future__ import annotations

import re

from diarium.extract.dnr_shapes import LABEL, is_date
from diarium.extract.flat_head import field_labels
from diarium.extract.patterns import plain_alternation
from diarium.extract.table_heads import with_detached_head
from diarium.language import table, words
from diarium.schemas.structure import Structure

# A case number's shape when no label stands next to it: digits and letters in two or more
# parts ("150459-A054", "KS/2014:17"), four digits at least.
CASE_SHAPE = re.compile(r"(?<!\S)[A-ZÅÄÖ\d]*\d[A-ZÅÄÖ\d]*(?:[-/:.][A-ZÅÄÖ\d]+)+(?=[\s,;)]|$)")
ROW_REACH = 200
LABEL_BEFORE_VALUE = re.compile(rf"\b(?i:{LABEL})\.?\s*:?[ \t]+")
LABEL_GAP = re.compile(r"[ \t]*:?[ \t]+")
MIN_DIGITS = 4
NOT_CASE = re.compile(r"0[\d\s-]*|[\d.]+|\d{6}-\d{4}")     # a telephone number, an amount, an orgnr


def _plausible_case(value: str) -> bool:
    """Enough digits for a case number, and neither a date nor a shape that is never one."""
    return sum(c.isdigit() for c in value) >= MIN_DIGITS and not is_date(value) and not NOT_CASE.fullmatch(value)


def label_row_hits(view: str) -> list[tuple[int, int, str]]:
    """A row of field labels printed before its row of values ("Dokumenttyp: Upphandling:
    Diarienummer: Datum: Avtal IT-stöd … 150459-A054 2016-02-24"): a dnr label with another
    label right after it has its number among the values that follow the labels — the first
    that has a case number's shape and is no date, telephone number, amount or orgnr.

    >>> label_row_hits("Upphandling: Diarienummer: Datum: Avtal IT-stöd 150459-A054 2016-02-24 1/13")
    [(48, 59, '150459-A054')]
    """
    hits = []
    for label in LABEL_BEFORE_VALUE.finditer(view):
        row = field_labels().match(view, label.end())
        end = row.end() if row else -1
        while row is not None:             # the rest of the labels' row
            gap = LABEL_GAP.match(view, end)
            row = field_labels().match(view, gap.end()) if gap else None
            end = row.end() if row else end
        if end < 0:
            continue
        for match in CASE_SHAPE.finditer(view, end, min(len(view), end + ROW_REACH)):
            value = match.group()
            if _plausible_case(value):
                hits.append((match.start(), match.end(), match.group()))
                break
    return hits


# A letterhead's row of date and case number with no label over them ("2031-05-29   511-5993-31").
DATED_NUMBER = re.compile(r"(?m)^[ \t]*(?:19|20)\d{2}-\d{2}-\d{2}[ \t]+(?P<body>\S+)[ \t]*$")
TIME_RANGE = re.compile(r"\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?")


def dated_line_hits(view: str) -> list[tuple[int, int, str]]:
    """The case number alone beside a date on a line of its own (a myndighet's letterhead).

    >>> dated_line_hits("BESLUT\\n2031-05-29       511-5993-31\\nKallelse\\n2031-05-30 13.00-16.00\\n")
    [(24, 35, '511-5993-31')]
    """
    hits = []
    for match in DATED_NUMBER.finditer(view):
        value = match.group("body")
        if CASE_SHAPE.fullmatch(value) and _plausible_case(value) and not TIME_RANGE.fullmatch(value):
            hits.append((match.start("body"), match.end("body"), value))
    return hits


# A cell under a dnr head: a number with its parts ("KS 2024/12", "4.1-311"), or a register's
# bare serial ("15231"), which only a diary's head makes a case number — under "Referens" or
# "Beteckning" it is as often an invoice's or an article's number.
CELL_CASE = re.compile(r"[\w.]*\d[\w.]*(?:[-/:]\w+)+")
BARE_SERIAL = re.compile(rf"\d{{{MIN_DIGITS},}}")
DIARY_HEADS = frozenset(label.rstrip(".:") for label in words("diary_labels"))


def _cell_case(head: str, cell: str) -> bool:
    """A case number's shape, or a bare serial under a diary's head; never a date."""
    bare = head.strip().rstrip(".:").casefold() in DIARY_HEADS and BARE_SERIAL.fullmatch(cell)
    return bool(CELL_CASE.fullmatch(cell) or bare) and not is_date(cell)


def column_hits(text: str, structure: Structure | None) -> list[tuple[int, int, str]]:
    """The cells of a table column headed by a dnr label ("Beteckning"): each cell a case number."""
    hits = []
    label = re.compile(rf"(?i)^{LABEL}\.?:?$")
    for table in structure.tables if structure else []:
        table = with_detached_head(text, table)
        if not table.header or not table.rows:
            continue
        columns = [k for k, cell in enumerate(table.rows[0]) if label.match(cell.text.strip())]
        for row in table.rows[1:]:
            for k in columns:
                cell = row[k] if k < len(row) else None
                if cell and _cell_case(table.rows[0][k].text, cell.text.strip()):
                    start = cell.start + text[cell.start:cell.end].find(cell.text.strip())
                    hits.append((start, start + len(cell.text.strip()), cell.text.strip()))
    return hits


# A board-prefixed number whose serial a table cell wrapped to the next line, maybe after the
# cell's other words: "8. | Uppdrag ridanläggningar KFT-2025- | Nämnden beslutar att:" /
# "00269 + Förlänga uppdraget …" (an OCR'd agenda's Beteckning column).
DANGLING_HEAD = re.compile(r"(?<![\w/-])[A-ZÅÄÖ]{2,5}-(?:19|20)\d{2}-(?=[ \t]*(?:\n|[^\d\s]|[ \t]\D))")
NEXT_LINE = re.compile(r"[^\n]*\n(?:[ \t]*\n)?([^\n]*)")
UNIT_AFTER = re.compile(rf"\s*{plain_alternation(table('amount_units'))}\b")
SERIAL = re.compile(r"(?<![\w.,:/–-])(?!(?:19|20)\d\d\b)\d{3,6}(?![\w.,:/–-]|[ \t]\d{3}\b)")


def dangling_hits(view: str) -> list[tuple[int, int, str]]:
    """A prefix and year ending in a hyphen, its serial the first free number on the next line.

    >>> dangling_hits("7. | Information: KFT-2025- | Nämnden noterar …\\nuppföljning målbild 2025 00264\\n")
    [(18, 27, 'KFT-2025-00264')]
    """
    hits = []
    for head in DANGLING_HEAD.finditer(view):
        following = NEXT_LINE.match(view, head.end())
        line = following.group(1) if following else ""
        serial = SERIAL.search(line)
        if serial and not UNIT_AFTER.match(line, serial.end()):
            hits.append((head.start(), head.end(), head.group() + serial.group()))
    return hits
