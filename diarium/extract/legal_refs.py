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
>>> [(r.sfs, r.text) for r in find_legal_refs(
...     "Insatserna ryms inom socialtjänstlagens (2001:453) bestämmelser och LSS (1993:387).")]
[('2001:453', 'socialtjänstlagens (2001:453)'), ('1993:387', 'LSS (1993:387)')]
>>> [r.text for r in find_legal_refs("Handläggningen sker enligt förvaltningslagen (2017:900). "
...                                  "Uppgifterna skyddas av offentlighets- och sekretesslagen (2009:400).")]
['förvaltningslagen (2017:900)', 'offentlighets- och sekretesslagen (2009:400)']
>>> [r.text for r in find_legal_refs("lagen (2022:1250) om skyldighet för vissa utförare att vara "
...                                  "registrerade, samt 3 kap. 3 § socialtjänstlagen om kvalitet.")]
['lagen (2022:1250) om skyldighet för vissa utförare att vara registrerade', '3 kap. 3 § socialtjänstlagen']
>>> find_legal_refs("med utgångspunkt i socialtjänstlagen och kommunallagen")
[]
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.patterns import plain_alternation
from diarium.language import ordered, table, words
from diarium.schemas import LegalRef
from diarium.text import squash
from diarium.schemas.structure import Structure

ABBREVIATIONS = plain_alternation(ordered("law_abbreviations"))
# "lagen", "lag", "balken" …: the words that end a statute's name, definite forms first.
STATUTE_FORMS = sorted({form for word, definite in table("statute_words").items() for form in (word, definite)},
                       key=lambda form: (-len(form), form))
STATUTE_WORD = "(?:" + "|".join(f"[{f[0].upper()}{f[0]}]{f[1:]}" for f in STATUTE_FORMS) + ")"
LAW_NAME = rf"(?:(?:[a-zåäö]+-\s+och\s+)?[a-zåäöA-ZÅÄÖ-]*{STATUTE_WORD}\b|(?:{ABBREVIATIONS})\b)"
SFS = r"\((?:SFS\s*)?(?P<sfs>(?:1[89]|20)\d{2}:\d{1,4})\)"
# "om ..." after "lag (2018:672)": up to the punctuation that ends the law's title, else to a word
# that cannot be in one.
ABOUT = (r"(?:\s+(?:om|med)\s+[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,10}(?=\s*[.,;:)]|[ \t]*$)"
         r"|\s+(?:om|med)\s+[a-zåäö][\wåäö-]*(?:\s+(?:och\s+)?[a-zåäö][\wåäö-]*){0,8}?"
         r"(?=[\s]*[.,;:)]|\s+(?:samt|och|eller|i|enligt|som|där|vid|för|ska)\b|\s*$))?")
PINPOINT = re.compile(
    rf"(?<![\w§])(?:(?P<chapter>\d+)\s*kap\.?\s*)?(?P<section>\d+\s?[a-z]?(?:\s*(?:och|,|-|–)\s*\d+\s?[a-z]?)*)\s*(?P<sign>§§?|(?<=\s)[8S$](?=\s))"
    rf"(?:\s*(?:{plain_alternation(words('ordinals'))}|\d+)\s+st(?:ycket|\.))?(?:\s*\d+\s*p(?:unkten|\.))?"
    rf"\s+(?P<law>{LAW_NAME}(?:\s*{SFS})?{ABOUT})"
)
# "lag (2018:672) om ...", "socialtjänstlagens (2001:453)", "offentlighets- och sekretesslagen (2009:400)",
# "LSS (1993:387)": a law name with its SFS number and no pinpoint.
NAMED_SFS = re.compile(
    rf"(?P<law>(?:(?:\b[a-zåäö]+-\s+och\s+)?\b[a-zåäöA-ZÅÄÖ-]*{STATUTE_WORD}s?|\b(?:{ABBREVIATIONS}))\s*{SFS}{ABOUT})"
)
BARE_SFS = re.compile(r"\bSFS\s*(?P<sfs>(?:1[89]|20)\d{2}:\d{1,4})\b")


# A named law ("socialtjänstlagen", "SoL") takes no "om ..." after it; only "lag"/"lagen" does
# ("lagen (2022:1250) om skyldighet ..."): "3 kap. 3 § socialtjänstlagen om kvalitet" ends at the name.
NAMED_TAIL = re.compile(
    rf"(?:\b[a-zåäö]{{3,}}(?:{'|'.join(STATUTE_FORMS)})s?|\b(?:{ABBREVIATIONS}))"
    rf"(?:\s*{SFS.replace('?P<sfs>', '')})?(?P<tail>\s+(?:om|med)\s.*)$", re.S)


def without_tail(match: re.Match) -> int:
    """Where the reference ends: before an "om ..." that follows a named law."""
    tail = NAMED_TAIL.search(match.group(0))
    return match.start() + tail.start("tail") if tail else match.end()


def find_legal_refs(text: str, structure: Structure | None = None) -> list[LegalRef]:
    """Pinpoints first (they may carry an SFS number), then SFS numbers outside them."""
    refs: list[tuple[int, int, str | None, str]] = []
    covered: list[tuple[int, int]] = []
    for match in PINPOINT.finditer(text):
        if match.group("sign")[0] != "§" and match.group("chapter") is None:
            continue          # an OCR'd "§" is only trusted after "N kap."
        end = without_tail(match)
        printed = text[match.start():end]
        if not match.group("sign").startswith("§"):      # OCR read § as 8 or S
            sign = match.start("sign") - match.start()
            printed = printed[:sign] + "§" + printed[sign + 1:]
        refs.append((match.start(), end, match.group("sfs"), squash(printed)))
        covered.append((match.start(), match.end()))
    for pattern in (NAMED_SFS, BARE_SFS):
        for match in pattern.finditer(text):
            if any(s <= match.start() < e for s, e in covered):
                continue
            end = without_tail(match)
            refs.append((match.start(), end, match.group("sfs"), squash(text[match.start():end])))
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
