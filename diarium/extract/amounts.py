"""Money amounts in whole kronor, with what they are per.

>>> [(a.value, a.per) for a in find_amounts(
...     "Det vill säga 5 888 919 kronor för varje 12\\nmånaders period.")]
[(5888919, '12 månader')]
>>> [(a.value, a.per) for a in find_amounts("en ram om 3,2 mnkr per år och 450 tkr för 2024")]
[(3200000, 'år'), (450000, None)]
>>> [a.value for a in find_amounts("Bidraget är kr 75 000 och 1,5 miljoner kronor.")]
[75000, 1500000]
>>> [(a.value, a.per) for a in find_amounts("Avgiften är 12 000 kr/år.")]
[(12000, 'år')]
>>> [a.per for a in find_amounts("5 888 919 kronor for varje 12 mdnaders period")]   # unrepaired OCR
['12 månader']
>>> find_amounts("2991 unika individer, 115 platser, 20 000 bor kvar")
[]
>>> [(a.value, a.per) for a in find_amounts("Kommunen bidrar med 1 850 000 kronor för avtalsperioden.")]
[(1850000, 'avtalsperioden')]
>>> [a.value for a in find_amounts("Tabell 1. Kostnader (tkr)\\n\\nKostnadsslag     2025     2026\\n"
...                                "Personal        2 450    2 520\\nLokaler           590      615\\n\\nText.")]
[2450000, 2520000, 590000, 615000]
>>> [a.value for a in find_amounts("Kostnader (tkr)\\nKostnadsslag 2025 2026\\n\\nLokaler 590 615\\n\\n"
...                                "Summa 3450-3560\\n")]     # OCR: columns collapsed to one space
[590000, 615000, 3450000, 3560000]
>>> [a.value for a in find_amounts("Kostnadspost     Belopp, tkr\\nPersonal, uppsökare     1 120\\nUtbildning  45\\n")]
[1120000, 45000]
>>> [a.value for a in find_amounts("Budget och utfall 2024, tkr\\n\\nPost     Budget   Utfall   Avvikelse\\n"
...                                "Personal  1 900    2 050      -150\\n")]
[1900000, 2050000, -150000]
>>> [a.value for a in find_amounts("Budget och utfall 2024, tkr\\nPost Budget Utfall Avvikelse\\nLokaler 420 395 25\\n")]
[420000, 395000, 25000]
>>> [a.value for a in find_amounts("Budget, tkr\\nPost Budget Utfall Avvikelse\\nSumma 2 500.2:655 -155\\n")]   # OCR specks
[2500000, 2655000, -155000]
"""
from __future__ import annotations

import re
from decimal import Decimal

from diarium.extract.evidence import evidence
from diarium.extract.patterns import alternation
from diarium.language import table, words
from diarium.schemas import Amount
from diarium.text import lines_with_offsets, squash
from diarium.schemas.structure import Structure

NUMBER = r"(?<![\d,.])(?P<num>\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:,(?P<dec>\d{1,2}))?(?![\d])"
UNIT_ROWS = {unit: value.split("\t") for unit, value in table("amount_units").items()}
UNITS = {unit: int(row[0]) for unit, row in UNIT_ROWS.items()}     # unit → kronor


def unit_pattern(units: list[str]) -> str:
    """The units as printed, longest first; a space in a unit is any run of whitespace."""
    return "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(units, key=len, reverse=True))


UNIT = unit_pattern(list(UNITS))
UNIT_BEFORE = unit_pattern([unit for unit, row in UNIT_ROWS.items() if row[1:] == ["before"]])
AFTER = re.compile(rf"(?i){NUMBER}\s*(?P<unit>{UNIT})(?![\wåäö])")
BEFORE = re.compile(rf"(?i)(?<![\wåäö])(?P<unit>{UNIT_BEFORE})\.?\s*{NUMBER}(?!\s*(?:{UNIT})\b)")
# What an amount is per: "för varje 12 månaders period", "per år", "/år", "årligen",
# "för hela avtalsperioden", and, last, any word after "per" ("per tillfälle").
PER_ROWS = {word: value.split("\t") for word, value in table("amount_per").items()}
PER_WORD = re.compile(
    r"(?i)^\s*(?:(?P<lead>per|/|i|om)\s*(?P<word>" + alternation(w for w, r in PER_ROWS.items() if r[1:] != ["alone"])
    + r")\b|(?P<alone>" + alternation(w for w, r in PER_ROWS.items() if r[1:] == ["alone"]) + r")\b)")
PER_MONTHS = [
    re.compile(r"(?i)^\s*(?:f[öoé]r\s+varje|per|f[öoé]r\s+en|under\s+en)\s+(\d+)[\s-]*m[åaäd]naders?(?:\s*period)?"),
    re.compile(r"(?i)^\s*per\s+(\d+)-?m[åaäd]nadersperiod"),
]
PER_PERIOD = re.compile(rf"(?i)^\s*(?:för|under)\s+(?:hela\s+)?({alternation(words('period_words'))})\b")
PER_ANY = re.compile(r"(?i)^\s*per\s+([a-zåäö]{4,})\b")       # "per tillfälle", "per besök"
# A table whose caption or header gives the unit: "Tabell 1. Kostnader (tkr)", "Belopp, tkr", "Mnkr".
TABLE_UNITS = [unit for unit, kronor in UNITS.items() if kronor > 1]
TABLE_UNIT = re.compile(
    r"(?i)(?:\(\s*(?:belopp\s+)?(?:i\s+)?|belopp\s*,?\s*|,\s*|\bi\s+|^\s*|\s{2,})"
    rf"(?P<unit>{unit_pattern(TABLE_UNITS)})\s*\)?\s*$|\((?:belopp\s+)?(?:i\s+)?(?P<unit2>{unit_pattern(TABLE_UNITS)})\)")
# A table row: a label, then numbers to the end of the line ("Personal   2 450   2 520"; OCR
# keeps one space: "Personal 2450 2520"; "Summa 3450-3560").
ROW = re.compile(r"^\s*(?P<label>(?:\S.*?[^\d\s.,:;–−-])?)\s*(?P<cells>[-−–]?\d[\d \u00a0\t,.:−–-]*?)\s*$")
TOKEN = re.compile(r"(?P<gap>[\s.:−–-]*?)(?P<sign>(?<![\d])[-−–])?(?P<digits>\d+(?:,\d+)?)")
YEAR = re.compile(r"^(?:19|20)\d{2}$")


def value_of(number: str, decimals: str | None, unit: str) -> int:
    """'3', '2', 'mnkr' → 3 200 000 (whole kronor)."""
    digits = re.sub(r"[ \u00a0.]", "", number)
    amount = Decimal(f"{digits}.{decimals or 0}") * UNITS[squash(unit.lower())]
    return int(amount.to_integral_value())


def per_row(word: str) -> list[str]:
    """The `amount_per.tsv` row of a word as printed ("året", OCR's "aret")."""
    return next(row for known, row in PER_ROWS.items() if re.fullmatch(alternation([known]), word, re.I))


def per_after(text: str) -> str | None:
    """What the amount just before `text` is per, from the words that follow it."""
    for pattern in PER_MONTHS:
        match = pattern.search(text)
        if match:
            return f"{match.group(1)} månader"
    match = PER_WORD.search(text)
    if match and match.group("alone"):
        return per_row(match.group("alone"))[0]
    if match:
        row = per_row(match.group("word"))
        if match.group("lead") in ("per", "/") or match.group("lead") in "".join(row[1:2]).split():
            return row[0]
    for pattern in (PER_PERIOD, PER_ANY):
        match = pattern.search(text)
        if match:
            return match.group(1)
    return None


def grouped(cells: str, columns: int | None) -> list[tuple[str, int, int]]:
    """The numbers in a row's cells: "2 450   2 520" → 2450, 2520. A three-digit group after one
    space continues the number before it, unless the table's column count says otherwise
    ("590 615" under "2025 2026" is two numbers)."""
    tokens = [(m.group("gap"), (m.group("sign") and "-" or "") + m.group("digits"),
               m.start("sign") if m.group("sign") else m.start("digits"), m.end())
              for m in TOKEN.finditer(cells)]
    joined: list[list] = []
    for gap, digits, start, end in tokens:
        last = joined[-1] if joined else None
        if last and gap in (" ", "\u00a0", ".", ":") and len(digits) == 3 and digits[0] != "-" and "," not in last[0] \
                and len(last[0].split()[-1]) <= 3 and not (len(last[0].split()) > 1 and len(last[0].split()[-1]) != 3):
            last[0], last[2] = f"{last[0]} {digits}", end
        else:
            joined.append([digits, start, end])
    if columns and len(joined) != columns and len(tokens) == columns:
        joined = [[digits, start, end] for _, digits, start, end in tokens]
    return [(value.replace(" ", ""), start, end) for value, start, end in joined]


def table_cells(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) of every money cell in tables whose caption or header line names the
    unit ("(tkr)", "Belopp, tkr"); a row of years ("2025    2026") is the column heads."""
    cells = []
    lines = lines_with_offsets(text)
    for index, (_, line) in enumerate(lines):
        unit = TABLE_UNIT.search(line)
        if not unit:
            continue
        scale = UNITS[squash((unit.group("unit") or unit.group("unit2")).lower())]
        columns: int | None = None
        rows, blank, before = 0, 0, 0
        for offset, row in lines[index + 1:index + 40]:
            if not row.strip():
                blank += 1
                if blank > 1:
                    break
                continue
            blank = 0
            match = ROW.match(row)
            years = match is not None and all(YEAR.match(v) for v in match.group("cells").split())
            if match is None or years:
                if rows:
                    break
                before += 1
                if before > 3:
                    break
                heads = [c for c in re.split(r"\s{2,}|\t", row.strip()) if c]
                if len(heads) == 1:          # OCR kept one space: "Post Budget Utfall Avvikelse"
                    heads = row.split()
                if match is not None and years:
                    columns = len(match.group("cells").split())
                else:
                    columns = len(heads) - 1 if len(heads) > 2 else None
                continue
            rows += 1
            base = offset + match.start("cells")
            for value, start, end in grouped(match.group("cells"), columns):
                number = int((Decimal(value.replace(",", ".")) * scale).to_integral_value())   # a deviation may be negative
                if number:
                    cells.append((number, base + start, base + end))
    return cells


def find_amounts(text: str, structure: Structure | None = None) -> list[Amount]:
    """Every amount of money, each value once, in order of appearance."""
    matches = sorted([*AFTER.finditer(text), *BEFORE.finditer(text)], key=lambda m: m.start())
    found: dict[int, Amount] = {}
    for value, start, end in table_cells(text):
        ev = evidence(text, start, end)
        if value in found:
            found[value].evidence.append(ev)
        else:
            found[value] = Amount(value=value, per=None, text=text[start:end], evidence=[ev])
    taken_until = -1
    for match in matches:
        if match.start() < taken_until:
            continue
        taken_until = match.end()
        value = value_of(match.group("num"), match.group("dec"), match.group("unit"))
        if value == 0:
            continue
        ev = evidence(text, match.start(), match.end())
        per = per_after(text[match.end():match.end() + 60])
        if value in found:
            found[value].evidence.append(ev)
            found[value].per = found[value].per or per    # a repeat may be the one not cut by a footnote
            continue
        found[value] = Amount(value=value, per=per,
                              text=squash(match.group(0)), evidence=[ev])
    return sorted(found.values(), key=lambda a: a.evidence[0].start)
