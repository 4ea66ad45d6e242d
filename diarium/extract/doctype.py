"""Document type: tjänsteutlåtande, avtal, protokoll, skrivelse, rapport, or annat.

The label printed at the top ("PROTOKOLL", "Tjänsteskrivelse", "SLUTRAPPORT", a letterhead
column) decides, and so does one in a running page header ("Tjänsteutlåtande / Dnr ... /
Sida 3 (4)"); a label in the body ("Beslutsunderlag: Tjänsteskrivelse 2024-03-05", "lämnar en
årsrapport") does not. Without a label the document's structure decides (Justerare and §
paragraphs make a protokoll, "Förvaltningens förslag till beslut" a tjänsteutlåtande, "Detta
partnerskap är upprättat mellan" or a "Parter" section an agreement).

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
>>> find_doc_type("UMEÅ KOMMUN        PROTOKOLL\\nSammanträdesdatum: 2024-03-21\\n" + "x\\n" * 20 +
...               "Beslutsunderlag\\nTjänsteskrivelse 2024-03-05\\n")[0]
'protokoll'
>>> find_doc_type("Malmö stad\\nSLUTRAPPORT\\nI protokoll § 112 beslutades att teckna avtal.")[0]
'rapport'
>>> find_doc_type("Utdrag ur protokoll\\nKommunstyrelsen\\n§ 7 Överenskommelse om samverkan")[0]
'protokoll'
"""
from __future__ import annotations

import re

from diarium.language import table
from diarium.language.letters import sv_pattern
from diarium.text import lines_with_offsets
from diarium.schemas.structure import Structure



def labels_by_kind() -> dict[str, list[str]]:
    """kind → the labels that print it, in the order of `document_kinds.tsv`."""
    kinds: dict[str, list[str]] = {}
    for label, kind in table("document_kinds").items():
        kinds.setdefault(kind, []).append(label)
    return kinds


LABELS = list(labels_by_kind().items())
# A tjänsteutlåtande or protokoll label outranks an agreement or report word in a title under it
# ("Tjänsteutlåtande / Överenskommelse om ...", "PROTOKOLLSUTDRAG / § 7 Avtal om ...").
RANK = {"tjänsteutlåtande": 0, "protokoll": 0, "skrivelse": 1, "avtal": 1, "rapport": 1}
HEAD_LINES = 12


def label_line(words: list[str]) -> re.Pattern[str]:
    """The label on a line of its own (maybe with 'om ...', a date after it), or as a column of a
    letterhead ("ÖREBRO KOMMUN      TJÄNSTESKRIVELSE"), as printed or in capitals."""
    label = "(?:" + "|".join([sv_pattern(w) for w in words] + [sv_pattern(w.upper()) for w in words]) + ")"
    upper = "(?:" + "|".join(sv_pattern(w.upper()) for w in words) + ")"
    return re.compile(
        rf"^[ \t]*{label}(?:[ \t]+(?:för|från|om|till|mellan|avseende|gällande|fört|FÖR|OM|\d).*)?[ \t]*:?$"
        rf"|^\S.*?\S[ \t]{{3,}}{label}(?:[ \t]{{3,}}.*)?$|^[ \t]*{label}[ \t]{{3,}}\S"
        rf"|^(?:[A-ZÅÄÖ]+[ \t]+){{1,4}}{upper}[ \t]*$")


LABEL = {kind: label_line(words) for kind, words in LABELS}
PAGE_MARK = re.compile(r"(?i)^\s*(?:sida\s+\d+|\d+\s*\(\d+\)\s*$|dnr\b|diarienummer\b)")
TJUT_STRUCTURE = re.compile(r"(?im)^\s*" + sv_pattern("Förvaltningens förslag") + r"(?:\s+till\s+beslut)?\s*[:|]?\s*$")
PROTOKOLL_SIGNS = re.compile(
    r"(?im)^\s*(?:justerandes\s+sign|justerare\b|utses\s+att\s+justera|paragrafer\b|sammanträdesdatum\b|"
    r"§\s*\d+\b|beslutande\s*:?\s*$|utdragsbestyrkande)")
AVTAL_STRUCTURE = re.compile(
    r"(?im)(?:detta|denna)\s+(?:avtal|partnerskap|överenskommelse|samarbetsavtal)\s+(?:är|har)\s+"
    r"(?:upprättat|upprättats|ingåtts|träffats|slutits)|^\s*(?:\d+\.\s*)?(?:underskrift(?:er)?|avtalsparter|parter)\s*$")


def label_hits(text: str) -> list[tuple[str, int, int, bool]]:
    """(kind, start, end, is page furniture) of every printed label; furniture is a label in the
    first lines or in a running page header (next to "Sida 3 (4)" / "Dnr", or first on a page)."""
    lines = [(o, line) for o, line in lines_with_offsets(text) if line.strip()]
    page_first = {m.end() for m in re.finditer(r"\f\s*", text)}
    hits = []
    for index, (offset, line) in enumerate(lines):
        for kind, pattern in LABEL.items():
            match = pattern.match(line)
            if not match:
                continue
            near = [line for _, line in lines[max(0, index - 2):index + 3]]
            furniture = index < HEAD_LINES or offset in page_first or any(PAGE_MARK.match(n) for n in near)
            lead = len(line) - len(line.lstrip())
            hits.append((kind, offset + lead, offset + len(line.rstrip()), furniture))
            break
    return hits


def find_doc_type(text: str, structure: Structure | None = None) -> tuple[str, int, int]:
    """(kind, start, end of the evidence) — ('annat', 0, 0) when nothing says what it is."""
    hits = label_hits(text)
    furniture = [h for h in hits if h[3]]
    if furniture:
        kind, start, end, _ = min(furniture, key=lambda h: (RANK[h[0]], h[1]))
        return kind, start, end
    signs = {m.group(0).strip().split()[0].lower().rstrip(":") for m in PROTOKOLL_SIGNS.finditer(text)}
    for kind, pattern, enough in (("protokoll", PROTOKOLL_SIGNS, len(signs) >= 2),
                                  ("tjänsteutlåtande", TJUT_STRUCTURE, True),
                                  ("avtal", AVTAL_STRUCTURE, True)):
        match = pattern.search(text) if enough else None
        if match:
            lead = len(match.group(0)) - len(match.group(0).lstrip())
            return kind, match.start() + lead, match.end()
    early = [h for h in hits if h[1] < 3000]
    if early:
        kind, start, end, _ = min(early, key=lambda h: h[1])
        return kind, start, end
    return "annat", 0, 0
