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
"""
from __future__ import annotations

import re
from decimal import Decimal

from diarium.extract.evidence import evidence
from diarium.schemas import Amount

NUMBER = r"(?<![\d,.])(?P<num>\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:,(?P<dec>\d{1,2}))?(?![\d])"
UNITS = {
    "mdkr": 10**9, "miljarder kronor": 10**9, "miljard kronor": 10**9, "miljarder kr": 10**9,
    "mnkr": 10**6, "mkr": 10**6, "msek": 10**6, "miljoner kronor": 10**6, "miljon kronor": 10**6,
    "miljoner kr": 10**6, "milj. kr": 10**6, "milj kr": 10**6, "mn kr": 10**6,
    "tkr": 1000, "tsek": 1000, "tusen kronor": 1000, "tusen kr": 1000, "t kr": 1000,
    "kronor": 1, "kr": 1, "sek": 1, ":-": 1,
}
UNIT = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(UNITS, key=len, reverse=True))
AFTER = re.compile(rf"(?i){NUMBER}\s*(?P<unit>{UNIT})(?![\wåäö])")
BEFORE = re.compile(rf"(?i)(?<![\wåäö])(?P<unit>kr|sek)\.?\s*{NUMBER}(?!\s*(?:{UNIT})\b)")
PER = [
    (re.compile(r"(?i)^\s*(?:f[öoé]r\s+varje|per|f[öoé]r\s+en|under\s+en)\s+(\d+)[\s-]*m[åaäd]naders?(?:\s*period)?"), "{0} månader"),
    (re.compile(r"(?i)^\s*per\s+(\d+)-?m[åaäd]nadersperiod"), "{0} månader"),
    (re.compile(r"(?i)^\s*(?:per|/|i|om)\s*(?:[åa]r|[åa]ret)\b|^\s*[åa]rligen|^\s*per\s+kalender[åa]r|^\s*/\s*[åa]r"), "år"),
    (re.compile(r"(?i)^\s*(?:per|/|i)\s*(?:m[åaäd]nad|m[åaäd]naden|mån)\b"), "månad"),
    (re.compile(r"(?i)^\s*(?:per|/|i)\s*(?:kvartal|kvartalet)\b|^\s*kvartalsvis"), "kvartal"),
    (re.compile(r"(?i)^\s*(?:per|/)\s*(?:vecka|veckan)\b"), "vecka"),
    (re.compile(r"(?i)^\s*(?:per|/)\s*(?:dygn|dag)\b"), "dygn"),
    (re.compile(r"(?i)^\s*(?:per|/)\s*(?:timme|tim)\b"), "timme"),
    (re.compile(r"(?i)^\s*(?:per|/)\s*(?:plats|platsen)\b"), "plats"),
    (re.compile(r"(?i)^\s*(?:per|/)\s*(?:person|deltagare|invånare|elev|barn|brukare)\b"), "person"),
]


def value_of(number: str, decimals: str | None, unit: str) -> int:
    """'3', '2', 'mnkr' → 3 200 000 (whole kronor)."""
    digits = re.sub(r"[ \u00a0.]", "", number)
    amount = Decimal(f"{digits}.{decimals or 0}") * UNITS[" ".join(unit.lower().split())]
    return int(amount.to_integral_value())


def per_after(text: str) -> str | None:
    for pattern, template in PER:
        match = pattern.search(text)
        if match:
            return template.format(*match.groups())
    return None


def find_amounts(text: str) -> list[Amount]:
    """Every amount of money, each value once, in order of appearance."""
    matches = sorted([*AFTER.finditer(text), *BEFORE.finditer(text)], key=lambda m: m.start())
    found: dict[int, Amount] = {}
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
                              text=" ".join(match.group(0).split()), evidence=[ev])
    return list(found.values())
