"""Statute references: an SFS number or a chapter/section pinpoint. A bare law name is not one.

>>> [(r.sfs, r.text) for r in find_legal_refs(
...     "Föreningen ska följa bestämmelserna om jäv i lag (2018:672) om ekonomiska\\nföreningar.")]
[('2018:672', 'lag (2018:672) om ekonomiska föreningar')]
>>> [(r.sfs, r.text) for r in find_legal_refs("oro för att barn far illa enligt\\n14 kap. 1 § socialtjänstlagen.")]
[(None, '14 kap. 1 § socialtjänstlagen')]
>>> [(r.sfs, r.text) for r in find_legal_refs("enligt 2 kap. 3 § kommunallagen (2017:725) och 4 kap. 1 § SoL")]
[('2017:725', '2 kap. 3 § kommunallagen (2017:725)'), (None, '4 kap. 1 § SoL')]
>>> [r.text for r in find_legal_refs("enligt 14 kap. 1 8 socialtjänstlagen")]   # OCR: § read as 8
['14 kap. 1 § socialtjänstlagen']
>>> [r.text for r in find_legal_refs("med stöd av 2 kap. 1 $ kommunallagen (2017:725) och 5 kap. 1 a 8 SoL")]
['2 kap. 1 § kommunallagen (2017:725)', '5 kap. 1 a § SoL']
>>> [r.text for r in find_legal_refs("Sekretess gäller enligt 26 kap. 1 § offentlighets- och sekretesslagen.")]
['26 kap. 1 § offentlighets- och sekretesslagen']
>>> find_legal_refs("med utgångspunkt i socialtjänstlagen och kommunallagen")
[]
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.schemas import LegalRef

ABBREVIATIONS = r"SoL|LSS|LVU|LVM|KL|OSL|FL|LOU|LOV|SFB|BrB|RB|PBL|AL|LAS|MB|HSL|HSLF|SkolL|GDPR|TF|RF|YGL|FB|ÄB|JB"
LAW_NAME = rf"(?:(?:[a-zåäö]+-\s+och\s+)?[a-zåäöA-ZÅÄÖ-]*(?:[Ll]agen|[Ll]ag|[Ff]örordningen|[Ff]örordning|balken|balk|ordningen)\b|{ABBREVIATIONS}\b)"
SFS = r"\((?:SFS\s*)?(?P<sfs>(?:1[89]|20)\d{2}:\d{1,4})\)"
ABOUT = r"(?:\s+(?:om|med)\s+[a-zåäö][\wåäö-]*(?:\s+(?:och\s+)?[a-zåäö][\wåäö-]*){0,5}?(?=[\s]*[.,;:)]|\s+(?:samt|och|eller|i|enligt|som|där|vid|för|ska)\b|\s*$))?"
PINPOINT = re.compile(
    rf"(?<![\w§])(?:(?P<chapter>\d+)\s*kap\.?\s*)?(?P<section>\d+\s?[a-z]?(?:\s*(?:och|,|-|–)\s*\d+\s?[a-z]?)*)\s*(?P<sign>§§?|(?<=\s)[8S$](?=\s))"
    rf"(?:\s*(?:första|andra|tredje|fjärde|femte|\d+)\s+st(?:ycket|\.))?(?:\s*\d+\s*p(?:unkten|\.))?"
    rf"\s+(?P<law>{LAW_NAME}(?:\s*{SFS})?{ABOUT})"
)
NAMED_SFS = re.compile(
    rf"(?P<law>\b[a-zåäöA-ZÅÄÖ-]*(?:lag|lagen|förordning|förordningen|balk|balken|ordning|ordningen|kungörelse)\s*{SFS}{ABOUT})"
)
BARE_SFS = re.compile(r"\bSFS\s*(?P<sfs>(?:1[89]|20)\d{2}:\d{1,4})\b")


def clean(text: str) -> str:
    return " ".join(text.split())


def find_legal_refs(text: str) -> list[LegalRef]:
    """Pinpoints first (they may carry an SFS number), then SFS numbers outside them."""
    refs: list[tuple[int, int, str | None, str]] = []
    covered: list[tuple[int, int]] = []
    for match in PINPOINT.finditer(text):
        if match.group("sign")[0] != "§" and match.group("chapter") is None:
            continue          # an OCR'd "§" is only trusted after "N kap."
        printed = match.group(0)
        if not match.group("sign").startswith("§"):      # OCR read § as 8 or S
            sign = match.start("sign") - match.start()
            printed = printed[:sign] + "§" + printed[sign + 1:]
        refs.append((match.start(), match.end(), match.group("sfs"), clean(printed)))
        covered.append((match.start(), match.end()))
    for pattern in (NAMED_SFS, BARE_SFS):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in covered):
                continue
            refs.append((match.start(), match.end(), match.group("sfs"), clean(match.group(0))))
            covered.append((match.start(), match.end()))
    found: dict[tuple[str | None, str], LegalRef] = {}
    for start, end, sfs, printed in sorted(refs):
        key = (sfs, printed.casefold())
        ev = evidence(text, start, end)
        if key in found:
            found[key].evidence.append(ev)
        else:
            found[key] = LegalRef(sfs=sfs, text=printed, evidence=[ev])
    return list(found.values())
