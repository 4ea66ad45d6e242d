"""Amounts in the money column of a filled-in form, read line by line as OCR gives it.

A scanned form prints its column heads once ("A Sammanställning   Kronor   Granskares
anteckningar") and the figures under "Kronor" without a unit: at the end of a label's line
("Lokalkostnader 18 654"), on a line of their own ("12.755"), or after a column operator
("+ 147 000", "- 79045", "= 190 470", OCR's "«" for "-"). Tesseract keeps neither the columns
nor always the order of label and figure, so the structure stage sees no table; what survives
is the head that names the unit and the figures at the ends of the lines below it.

A money column runs from a line that is a column head naming a unit of money to the first
line of running prose (a sentence of the form's own text, "Jag intygar riktigheten …"), a
signature placeholder ("Underskrift", "Namnförtydligande") or a new head. A column operator is
no sign (the form's "- 79045" is an expense of 79 045 kr); a lone digit is a tick box or OCR
noise, a year is no amount, and öre are rounded half up.

When the operators of a summary print a sum (a + b − c = d) that one figure breaks, and that
figure with one digit put back makes the sum hold, the figure is read as the form's own
arithmetic says: OCR drops digits ("12215" for 122 515).

>>> form = '''A Sammanställning Kronor Granskares anteckningar
... Kvarstående partistöd från föregående period (år) 12215
... Beviljat partistöd för perioden + 147 000
... Utgifter under perioden (summa B + C) - 79045
... Kvarstående partistöd inför kommande period (summa) = 190 470
... Lokalkostnader
... 18 654
... Kommunikation — övrigt 4
... Bank + program 6490,69
... Jag intygar riktigheten i de uppgifter som lämnats i redovisningen
... Hanna Andersson 2026-03-02 12345'''
>>> [v for v, _, _ in column_amounts(form)]
[122515, 147000, 79045, 190470, 18654, 6491]
>>> column_amounts("Bidraget är 5 000 kronor.\\nAntal deltagare 40\\n")
[]
>>> column_amounts("Kostnader (tkr)\\nKostnadsslag 2025 2026\\n\\nLokaler 590 615\\n")   # a table's, not a form's
[]
>>> [v for v, _, _ in column_amounts("Erhållet 617.000:-\\nÖvriga bidrag 17.087:\\nSumma 634.087:-\\n")]
[17087]
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from diarium.extract.amount_sums import DAMAGED_OP, damaged, summed_cells
from diarium.extract.amount_tables import TABLE_UNIT
from diarium.extract.amount_units import UNITS, unit_pattern, unit_value
from diarium.language import table, words
from diarium.text import lines_with_offsets

# A column head: a short line of words, one of them a unit of money ("Kronor", "Belopp (tkr)").
HEAD_UNIT = re.compile(rf"(?i)(?<!\d\s)(?<![\wåäö\d])(?P<unit>{unit_pattern([u for u in UNITS if u.isalpha()])}|belopp)(?![\wåäö])")
HEAD_WORD = re.compile(rf"\b(?:{unit_pattern([u for u in UNITS if u.isalpha()])}|belopp)\b")     # in lower case: fast
HEAD_MOST_WORDS = 12
# A figure at the end of its line, maybe after a column operator, maybe with ":-" or "kr".
# OCR moves or misreads the decimal comma of the öre ("40 411 ,42", "281:75"), and a typed form may
# group the millions with the thousands ("1017 500,00": öre printed, so one figure).
FIGURE = re.compile(r"(?:^|(?<=[\s|]))(?P<op>[-+=«»•−–][ \t]*)?"
                    r"(?P<num>\d{1,3}(?:[ \u00a0.]\d{3})+|\d{4}(?:[ \u00a0]\d{3})+(?=[ \t]?[,:]\d)|\d+)"
                    r"(?:[ \t]?(?P<sep>[,:])(?P<dec>\d{1,2}))?[ \t]*(?::-?|kr\.?)?[ \t]*$")
YEAR = re.compile(r"(?:19|20)\d{2}")
YEAR_CELL = re.compile(r"(?<![\d.,-])(?:19|20)\d{2}(?![\d.,-])")
WORD = re.compile(r"[A-Za-zÅÄÖåäöéü]{2,}")
NOT_MONEY = re.compile(rf"(?i)(?:{'|'.join(sorted(w[1:] for w in words('money_labels') if w.startswith('!')))})|%")
PLACEHOLDERS = tuple(label.lower() for label, kind in table("signature_labels").items() if kind == "placeholder")
REGION_MOST_LINES = 60
PAGE_NUMBER = re.compile(r"\s*\d{1,3}\s*")
SECTION_MARK = re.compile(r"^\s*(?:[A-ZÅÄÖ]|\d{1,2})[.)]?\s+[A-ZÅÄÖ]")


def is_head(line: str) -> int | None:
    """Kronor per unit when `line` is a column head naming money ("A Sammanställning Kronor"); a
    table's caption ("Kostnader (tkr)") heads columns of years, read by `amount_tables`."""
    mark = SECTION_MARK.match(line)
    caption = TABLE_UNIT.search(line)
    # "Beviljat belopp, kronor": a plain unit after "belopp" also heads a column of kronor here
    if caption and not (caption.group("unit4") or caption.group("unit5")) or len(line) > 120 or re.search(r"\d", line[mark.end() - 1 if mark else 0:]) or line.rstrip().endswith(".") \
            or is_prose(line):
        return None
    units = [m.group("unit").lower() for m in HEAD_UNIT.finditer(line)]
    if not units or len(WORD.findall(line)) > HEAD_MOST_WORDS:
        return None
    return max(1 if unit == "belopp" else unit_value(unit) for unit in units)    # "Belopp, tkr"


def is_prose(line: str) -> bool:
    """A sentence of running text: seven words or more, most of them in small letters; a form's
    section heading ("B Redovisning av hur partistödet använts") is none."""
    if SECTION_MARK.match(line):
        return False
    found = WORD.findall(line)
    return len(found) >= 7 and sum(w[0].islower() for w in found) >= 0.6 * len(found)


def ends_column(line: str) -> bool:
    stripped = line.strip(" |[]").lower()
    return stripped.startswith(PLACEHOLDERS) or (is_prose(line) and not FIGURE.search(line))


def figure(line: str) -> tuple[Decimal, str, int, int] | None:
    """(kronor, operator, start, end) of the figure that ends `line`, if it is an amount."""
    match = FIGURE.search(line)
    if not match:
        return None
    num, dec = match.group("num"), match.group("dec")
    digits = re.sub(r"[ \u00a0.]", "", num)
    if len(digits) < 2 or (YEAR.fullmatch(num) and not dec) or NOT_MONEY.search(line[:match.start()]) \
            or num.startswith("0"):
        return None                     # ("020": the tail of a figure whose head a speck took)
    if match.group("sep") == ":" and len(digits) <= 2:
        return None                     # "kl. 18:30": a time, not kronor and öre
    value = Decimal(f"{digits}.{dec or 0}")
    return value, (match.group("op") or "").strip(), match.start("num"), match.end("dec") if dec else match.end("num")


def column_figures(text: str) -> list[tuple[int, str, int, int]]:
    """(kronor, operator, start, end) of every figure in a money column."""
    lowered = text.lower()
    words_found = HEAD_WORD.finditer(lowered) if len(lowered) == len(text) else HEAD_UNIT.finditer(text)
    first = next((m.start() for m in words_found if is_head(line_around(text, m.start()))), None)
    if first is None:
        return []                       # (cheap test first: most documents have no money column)
    found: list[tuple[int, str, int, int]] = []
    scale, left = 0, 0
    base = text.rfind("\n", 0, first) + 1
    for offset, line in lines_with_offsets(text[base:]):
        offset += base
        head = is_head(line) if HEAD_UNIT.search(line) else None
        if head:
            scale, left = head, REGION_MOST_LINES
            continue
        if not left or not line.strip():
            continue
        left -= 1
        if ends_column(line) or len(YEAR_CELL.findall(line)) > 1:
            scale, left = 0, 0          # prose, a signature, or the years heading a table's columns
            continue
        got = figure(line) if not page_number(text, offset, line) else None
        broken = damaged(line) if not got and scale == 1 else None
        if broken:
            found.append((broken[0], broken[1], offset + broken[2], offset + broken[3]))
        if got:
            own = HEAD_UNIT.search(line, 0, got[2])     # "Kostnad per timme (kr) 788" in a tkr column
            unit = own.group("unit").lower() if own else None
            line_scale = unit_value(unit) if unit and unit != "belopp" else scale
            kronor = int((got[0] * line_scale).quantize(Decimal(1), rounding=ROUND_HALF_UP))
            found.append((kronor, got[1], offset + got[2], offset + got[3]))
    return found


def page_number(text: str, offset: int, line: str) -> bool:
    """A short figure alone on the last printed line of its page: the page's number."""
    if not PAGE_NUMBER.fullmatch(line):
        return False
    end = text.find("\f", offset)
    return not text[offset + len(line):end if end >= 0 else len(text)].strip()


def line_around(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]


def one_digit_more(printed: int, wanted: int) -> bool:
    """Is `wanted` the printed figure with one digit put back (OCR dropped it)?"""
    a, b = str(printed), str(wanted)
    return len(b) == len(a) + 1 and any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def operator(sign: str) -> str:
    """A column operator as the sum reads it: OCR prints "«" or a dash for the minus."""
    return "-" if sign in ("-", "«", "−", "–") else sign


def mended_sums(figures: list[tuple[int, str, int, int]]) -> list[tuple[int, str, int, int]]:
    """A summary "a, + b, - c, = d" whose sum fails: the one figure that a dropped digit explains
    is read as the sum requires."""
    figures = list(figures)
    for k in range(len(figures) - 3):
        run = figures[k:k + 4]
        if [operator(f[1]) for f in run] != ["", "+", "-", "="]:
            continue
        a, b, c, d = (f[0] for f in run)
        if a + b - c == d:
            continue
        for i, wanted in enumerate((d - b + c, d - a + c, a + b - d, a + b - c)):
            if wanted > 0 and one_digit_more(run[i][0], wanted):
                figures[k + i] = (wanted, *run[i][1:])
                break
    return figures


# "552.106:-" is kronor; OCR drops the dash of one of them ("Övriga bidrag 17.087:").
COLON_DASH = re.compile(r"\d:-")
COLON_ONLY = re.compile(r"(?m)(?<=\s)(?P<num>\d{1,3}(?:[ .]\d{3})+):[ \t]*$")


def colon_amounts(text: str) -> list[tuple[int, int, int]]:
    """Figures that end their line in ':' where the document prints its amounts with ':-'."""
    if len(COLON_DASH.findall(text)) < 2:
        return []
    return [(int(re.sub(r"[ .]", "", m.group("num"))), m.start("num"), m.end("num")) for m in COLON_ONLY.finditer(text)]


def column_amounts(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) of every amount in a form's money column (and of a ':-' figure whose
    dash OCR dropped)."""
    return [(value, start, end) for value, op, start, end in summed_cells(mended_sums(column_figures(text)))
            if value and op != DAMAGED_OP] \
        + colon_amounts(text)
