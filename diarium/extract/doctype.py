"""Document type: tjänsteutlåtande, avtal, protokoll, skrivelse, rapport, or annat.

A printed label wins ("Tjänsteutlåtande" in a page header, "Protokoll"); otherwise the
document's structure decides (a "Förvaltningens förslag till beslut" section is a
tjänsteutlåtande's, "Detta partnerskap är upprättat mellan" and signature lines an agreement's).

>>> find_doc_type("Tjänsteutlåtande\\nDnr 2021/565\\nSida 3 (4)")[0]
'tjänsteutlåtande'
>>> find_doc_type("Socialnämnden\\n2019-04-16\\nFörvaltningens förslag till beslut\\n1. ...")[0]
'tjänsteutlåtande'
>>> find_doc_type("2.1. Partnerskapets aktörer\\nDetta partnerskap är upprättat mellan:\\n6. Underskrift")[0]
'avtal'
>>> find_doc_type("ÖREBRO KOMMUN                 TJÄNSTESKRIVELSE\\nSocialförvaltningen")[0]
'tjänsteutlåtande'
>>> find_doc_type("OREBRO KOMMUN TJANSTESKRIVELSE\\nSocialforvaltningen")[0]   # OCR: spacing and å/ä/ö lost
'tjänsteutlåtande'
>>> find_doc_type("Sammanträdesprotokoll\\nSocialnämnden\\n§ 45")[0]
'protokoll'
"""
from __future__ import annotations

import re

from diarium.extract.text import sv_pattern

LABELS = [
    ("tjänsteutlåtande", ["Tjänsteutlåtande", "Tjänsteskrivelse", "Tjänsteyttrande"]),
    ("protokoll", ["Sammanträdesprotokoll", "Protokollsutdrag", "Utdrag ur protokoll", "Protokoll",
                   "Justerat protokoll"]),
    ("avtal", ["Avtal", "Samarbetsavtal", "Överenskommelse", "Huvudavtal", "Hyresavtal"]),
    ("skrivelse", ["Skrivelse"]),
    ("rapport", ["Rapport", "Slutrapport", "Årsrapport", "Verksamhetsberättelse", "Uppföljningsrapport"]),
]
# A label alone on its line (possibly followed by a date or "för ...").


def label_line(words: list[str]) -> re.Pattern:
    """The label alone on its line (or with a date / 'för ...' after it), as printed or in capitals."""
    alternatives = [sv_pattern(w) for w in words] + [sv_pattern(w.upper()) for w in words]
    label = "(?:" + "|".join(alternatives) + ")"
    # alone on its line, or a column of a letterhead ("ÖREBRO KOMMUN      TJÄNSTESKRIVELSE")
    upper = "(?:" + "|".join(sv_pattern(w.upper()) for w in words) + ")"
    return re.compile(rf"(?m)^\s*{label}(?:\s+(?:för|från|om|\d).*)?\s*$|^\S.*?\S\s{{3,}}{label}\s*$|^\s*{label}\s{{3,}}\S"
                      rf"|^(?:[A-ZÅÄÖ]+\s+){{1,4}}{upper}\s*$")


LABEL = {kind: label_line(words) for kind, words in LABELS}
TJUT_STRUCTURE = re.compile(r"(?im)^\s*" + sv_pattern("Förvaltningens förslag") + r"(?:\s+till\s+beslut)?\s*[:|]?\s*$")
PROTOKOLL_STRUCTURE = re.compile(r"(?im)^\s*(?:justerandes\s+sign|justerare\b|paragrafer\b|sammanträdesdatum\b)")
AVTAL_STRUCTURE = re.compile(
    r"(?im)(?:detta|denna)\s+(?:avtal|partnerskap|överenskommelse|samarbetsavtal)\s+(?:är|har)\s+"
    r"(?:upprättat|upprättats|ingåtts|träffats|slutits)|^\s*(?:\d+\.\s*)?(?:underskrift(?:er)?|avtalsparter|parter)\s*$")
# In priority order: what is searched, where, and the type it gives.
RULES = [
    ("tjänsteutlåtande", LABEL["tjänsteutlåtande"], None),
    ("protokoll", LABEL["protokoll"], 3000),
    ("tjänsteutlåtande", TJUT_STRUCTURE, None),
    ("protokoll", PROTOKOLL_STRUCTURE, None),
    ("avtal", LABEL["avtal"], 3000),
    ("avtal", AVTAL_STRUCTURE, None),
    ("skrivelse", LABEL["skrivelse"], 3000),
    ("rapport", LABEL["rapport"], 3000),
]


def find_doc_type(text: str) -> tuple[str, int, int]:
    """(kind, start, end of the evidence) — ('annat', 0, 0) when nothing says what it is."""
    for kind, pattern, within in RULES:
        match = pattern.search(text if within is None else text[:within])
        if match:
            lead = len(match.group(0)) - len(match.group(0).lstrip())
            return kind, match.start() + lead, match.end()
    return "annat", 0, 0
