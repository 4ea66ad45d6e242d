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

A range prints its unit once, after the second number, which the first shares ("60–70 000 kr"
is 60 000 and 70 000 kronor); a number restated in figures in parentheses keeps its unit:

>>> [a.value for a in find_amounts("Kostnaden beräknas till 60–70 000 kr. Ramen ökas från 1,6 till 2,0 Mdr kr.")]
[60000, 70000, 1600000000, 2000000000]
>>> [a.value for a in find_amounts("En markanvisningsavgift om 1 miljon (1 000 000) kronor ska erläggas.")]
[1000000]
>>> [a.value for a in find_amounts("Grundskola årskurs 4-6 113 339 kr/år")]    # OCR closed the column gap
[113339]
>>> [a.value for a in find_amounts("MYP10 122 800 kr/år")]      # a code's digits before the amount
[122800]
>>> [a.value for a in find_amounts("får del av3 412 500 kronor")]      # a word glued to the amount
[3412500]
>>> [a.value for a in find_amounts("Krediten var på 5,925 Mkr och ramen 12.000.000 miljoner kronor; 5,925 kr.")]
[5925000, 12000000]
"""
from __future__ import annotations

import re

from diarium.extract.amount_columns import column_amounts
from diarium.extract.amount_captions import table_cells
from diarium.extract.amount_scales import elliptic
from diarium.extract.amount_flag_column import flag_column_cells
from diarium.extract.amount_tables import form_amounts, structure_table_cells
from diarium.extract.amount_text import amount_text, group_spaces
from diarium.extract.amount_words import worded_amounts
from diarium.extract.amount_units import NUMBER, UNIT_ROWS, UNITS, unit_pattern, unit_value, value_of
from diarium.extract.evidence import evidence
from diarium.extract.patterns import alternation
from diarium.language import table, words
from diarium.schemas import Amount
from diarium.text import squash
from diarium.schemas.structure import Structure

UNIT = unit_pattern(list(UNITS))
ROW_NUMBER = re.compile(r"(?m)^[ \t]*(?P<label>[^\W\d_][\w-]*)[ \t]+(?P<n>\d{1,2})(?=[ \t])")
# A number's first group at the end of a line of running text, its other groups on the next.
# After a function word ("uppgå till 15") or an approximator ("ca 2"): a sentence runs on, no row's
# figure ("Antal platser 12").
LINE_HEAD = re.compile(r"(?<![\wåäö])(?P<word>[a-zåäö]+)\.?\s+(?P<head>\d{1,3}(?:[ \u00a0]\d{3})*)[ \t]*\n[ \t]*$")
# Two groups of a number OCR printed without their space, before the rest ("12845 300 kronor").
GLUED_HEAD = re.compile(r"(?<![\d,.:/–-])(?P<head>\d{5,6})[ \u00a0]$")
YEAR = re.compile(r"(?:19|20)\d{2}")
COLUMN_GAP = re.compile(r"[ \t]{3,}|\t|\n")
YEAR_UNIT = re.compile(rf"(?i)(?<![\d,.])(?:19|20)\d{{2}}[ \t]*\(?(?:{unit_pattern(list(UNITS))})(?![\wåäö])")
ROW_GAP = 2               # lines between two rows of one enumeration (a blank line OCR set)
UNIT_BEFORE = unit_pattern([unit for unit, row in UNIT_ROWS.items() if row[1:] == ["before"]])
# "1 500 000 kronor", also with the number in words between: "1 500 000 (en miljon
# femhundratusen) kronor".
AFTER = re.compile(rf"(?i){NUMBER}\s*(?:\([^()\d\n]{{3,80}}\)\s*)?(?P<unit>{UNIT})(?![\wåäö])")
# A minus sign set right before a number, after a space ("på -3,2 miljoner kronor"): the sign
# of a balance in a sentence, not a range's dash (no digit before it) nor a column operator.
MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[-−]$")
WORD_BEFORE = re.compile(r"([a-zåäö]+)\s*$")
FUNCTION_WORDS = words("function_words")
RUN_ON_WORDS = FUNCTION_WORDS | words("approximators")


def in_sentence(text: str, sign: int) -> bool:
    """Is the minus at `sign` inside a sentence ("ett resultat på -3,2 miljoner"), after a
    function word, rather than a column's operator ("Avgår kostnader enligt nedan -679.304:-")?"""
    word = WORD_BEFORE.search(text, max(0, sign - 30), sign)
    return word is not None and word.group(1) in FUNCTION_WORDS
# "kr 75 000"; never the first group of "kr 40 000 kr" (the unit after it makes that one amount).
BEFORE = re.compile(rf"(?i)(?<![\wåäö])(?P<unit>{UNIT_BEFORE})\.?\s*{NUMBER}(?![ \u00a0.]\d{{3}})(?!\s*(?:{UNIT})\b)")
# "uppgår till kronor 1 250 000": the plain unit before the figures, as older agreements print
# it — only after a function word, so that no year after an amount's unit is read as one.
KRONOR_BEFORE = re.compile(rf"(?i)(?<![\wåäö])(?P<lead>[a-zåäö]+)\s+(?P<unit>kronor)\s+{NUMBER}"
                           rf"(?![ \u00a0.]\d{{3}})(?!\s*(?:{UNIT})(?![\wåäö]))")


def kronor_before(text: str) -> list[re.Match[str]]:
    return [m for m in KRONOR_BEFORE.finditer(text) if m.group("lead").lower() in FUNCTION_WORDS
            and not (YEAR.fullmatch(m.group("num")) and not m.group("dec"))]


# "1 miljon (1 000 000) kronor": the figures in parentheses, the unit after them.
PARENTHESISED = re.compile(rf"(?i)\(\s*{NUMBER}\s*\)\s*(?P<unit>{UNIT})(?![\wåäö])")
# The first number of a range whose unit follows the second: "60–70 000 kr", "från 1,6 till
# 2,0 Mdr kr", "mellan 2 och 3 miljoner kronor" (a dash only when it joins the two numbers).
RANGE_FIRST = re.compile(r"(?i)(?:(?P<lead>från|mellan)\s+)?(?<![\d,.])(?P<num>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)"
                         r"(?:,(?P<dec>\d{1,2}))?(?:[ \t]?(?P<dash>[–—-])[ \t]?|\s+(?P<word>till|och)\s+)$")
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


def span_glued(text: str, match: re.Match[str]) -> str | None:
    """The amount's own digits when OCR glued the end of a span before it to its first group:
    "årskurs 4-6 113 339 kr" is 113 339 kr for the grades 4-6 (a range's second number keeps
    groups of zeros only: "60–70 000 kr")."""
    groups = re.split(r"[ \u00a0.]+", match.group("num"))
    if len(groups) >= 2 and match.start() > 0 and text[match.start() - 1].isalpha() \
            and not re.search(r"(?<![\w])[a-zåäö]+$", text[max(0, match.start() - 20):match.start()]):
        return " ".join(groups[1:])     # "MYP10 122 800 kr": the first group ends a code ("MYP10"), not
                                        # a word the text layer glued on ("får del av3 412 500 kronor")
    if len(groups) < 3 or all(g == "000" for g in groups[1:]) or not re.search(r"\d[-–]$", text[:match.start()]):
        return None
    return " ".join(groups[1:])


def line_broken(text: str, match: re.Match[str]) -> tuple[str, int] | None:
    """(number, start) of an amount whose first groups a sentence left at the end of the line
    before ("beräknas kosta 12\n300 000 kr" is 12 300 000 kr, "är 1 250\n000 kronor", "beräknas
    bli ca 2\n150 tkr"), or whose first groups OCR
    glued together ("12845 300 kronor" is 12 845 300 kronor)."""
    if not re.fullmatch(r"\d{3}(?:[ \u00a0]\d{3})*", match.group("num")):
        return None
    glued = GLUED_HEAD.search(text, max(0, match.start() - 8), match.start())
    if glued:
        return f"{glued.group('head')} {match.group('num')}", glued.start("head")
    head = LINE_HEAD.search(text, max(0, match.start() - 40), match.start())
    if not head or head.group("word") not in RUN_ON_WORDS:
        return None
    return f"{head.group('head')} {match.group('num')}", head.start("head")


def year_head(text: str, match: re.Match[str]) -> bool:
    """A year and a unit a column gap apart ("Kostnader 2025        tkr"), or a scaled unit after
    each year of a head row ("Budget 2025 tkr    Utfall 2025 tkr"): a table's heads, no amount."""
    if match.re is not AFTER or not YEAR.fullmatch(match.group("num")) or match.group("dec"):
        return False
    if COLUMN_GAP.search(match.group(0), match.end("num") - match.start()):
        return True
    start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
    line = text[start:end if end >= 0 else len(text)]
    last = not text[match.end():end if end >= 0 else len(text)].strip(" \t)")
    return unit_value(match.group("unit")) > 1 and (len(YEAR_UNIT.findall(line)) >= 2 or last) \
        and bool(COLUMN_GAP.search(line))


def numbered_rows(text: str) -> set[int]:
    """Where the number of an enumerated row stands: lines one under the other that open with
    the same word and count up ("Nivå 1 …" / "Nivå 2 …" / "Nivå 3 …"). OCR that closed the
    column gap glues that number to the row's amount ("Nivå 1 683 943 kr/år"): it is not the
    amount's first group.

    >>> sorted(numbered_rows("Nivå 1 683 943 kr/år\\nNivå 2 496 046 kr/år\\nTotalt 1 179 989 kr"))
    [5, 26]
    """
    rows = [(m.group("label"), int(m.group("n")), m.start("n"), text.count("\n", 0, m.start()))
            for m in ROW_NUMBER.finditer(text)]
    found: set[int] = set()
    for before, after in zip(rows, rows[1:]):
        if before[0] == after[0] and after[1] == before[1] + 1 and after[3] - before[3] <= ROW_GAP:
            found.update((before[2], after[2]))
    return found


def range_first(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """(value, start) of the first number of a range that `match` (number and unit) ends."""
    first = RANGE_FIRST.search(text, max(0, match.start() - 30), match.start())
    if not first or (first.group("word") and not first.group("lead")) or \
            (first.group("word") or "").lower() == "och" and (first.group("lead") or "").lower() != "mellan":
        return None
    number, second = first.group("num"), re.split(r"[ \u00a0.]+", match.group("num"))
    if re.fullmatch(r"(?:19|20)\d{2}", number) or (first.group("dash") and first.group(0).rstrip() != first.group(0)
                                                     and not re.search(r"\s", number)):
        return None                     # "Etapp 3 – 250 000 kr": a spaced dash after a list number
    value = value_of(number, first.group("dec"), match.group("unit"))
    if re.search(r"\s", number):         # "800 000 - 1 000 000 kronor": a whole number of its own
        return (value, first.start("num")) if value < value_of(match.group("num"), match.group("dec"),
                                                                match.group("unit")) else None
    if value_of("1", None, match.group("unit")) == 1 and len(second) > 1 and not first.group("dec"):
        if not all(g == "000" for g in second[1:]) or int(number) >= 10 * int(second[0]):
            return None
        value *= 1000 ** (len(second) - 1)      # "60–70 000 kr": the first shares the second's thousands
    elif value >= value_of(match.group("num"), match.group("dec"), match.group("unit")):
        return None
    return value, first.start("num")


def thousands_comma(match: re.Match[str]) -> bool:
    """Three digits after a comma are decimals of a scaled unit ("5,925 Mkr"); before kronor
    they are an English thousands group ("5,925 kr"), no sum a Swedish text means."""
    return len(match.group("dec") or "") == 3 and unit_value(match.group("unit")) < 1000


def find_amounts(text: str, structure: Structure | None = None) -> list[Amount]:
    """Every amount of money, each value once, in order of appearance."""
    found: dict[int, Amount] = {}
    printed, text = text, group_spaces(text)
    for value, start, end in table_cells(text) + structure_table_cells(text, structure) + form_amounts(text) \
            + column_amounts(text) + worded_amounts(text) + flag_column_cells(text):
        ev = evidence(printed, start, end)
        if value in found:
            found[value].evidence.append(ev)
        else:
            found[value] = Amount(value=value, per=None, text=printed[start:end], evidence=[ev])
    text = amount_text(text)
    matches = sorted([*AFTER.finditer(text), *BEFORE.finditer(text), *PARENTHESISED.finditer(text), *elliptic(text),
                      *kronor_before(text)],
                     key=lambda m: m.start())
    taken_until = -1
    row_numbers = numbered_rows(text) if matches else set()
    for match in matches:
        if match.start() < taken_until or thousands_comma(match):
            continue
        taken_until = match.end()
        glued = span_glued(text, match) if match.re is AFTER else None
        if match.re is AFTER and match.start() in row_numbers and " " in match.group("num"):
            glued = match.group("num").split(" ", 1)[1]     # "Nivå 1 683 943 kr": row 1's 683 943 kr
        broken = line_broken(text, match) if match.re is AFTER and not glued else None
        value = value_of(broken[0] if broken else glued or match.group("num"), match.group("dec"), match.group("unit"))
        if value == 0 or year_head(text, match):
            continue
        if broken and value in found:
            continue                    # "uppgå till 15\n500 000 kr": the whole number, found before
        if not glued and MINUS_BEFORE.search(text, max(0, match.start() - 2), match.start()) \
                and in_sentence(text, match.start() - 1):
            value = -value              # "ett resultat på -3,2 miljoner kronor": a negative balance
        first = range_first(text, match) if match.re is AFTER and not glued and value > 0 else None
        if first and first[0] and first[0] not in found:
            found[first[0]] = Amount(value=first[0], per=None, text=squash(text[first[1]:match.end()]),
                                     evidence=[evidence(printed, first[1], match.end())])
        ev = evidence(printed, broken[1] if broken else match.start(), match.end())
        per = per_after(text[match.end():match.end() + 60])
        if value in found:
            found[value].evidence.append(ev)
            found[value].per = found[value].per or per    # a repeat may be the one not cut by a footnote
            continue
        found[value] = Amount(value=value, per=per,
                              text=squash(match.group(0)), evidence=[ev])
    return sorted(found.values(), key=lambda a: a.evidence[0].start)
