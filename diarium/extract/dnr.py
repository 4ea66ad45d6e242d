"""Diarienummer: the case number, as printed (whitespace removed), each distinct string once.

Municipalities write them in many ways: "Dnr 2.3.4-565/2021" (a classification plan code),
"2021/565", "SN 2024/123", "KS-2023-0456", "KS/2019/0001/0009". A number after a dnr keyword
is always taken; without a keyword, only the board-prefixed forms (KS-2023-0456, SN 2024/123)
are, since a bare "2015/2016" is usually not a case number.

>>> [d.dnr for d in find_dnr("Tjänsteutlåtande\\nDnr 2021/565\\nSida 3 (4)")]
['2021/565']
>>> [d.dnr for d in find_dnr("Bilagorna till huvudavtalet med diarienummer 2021-56 5innehåller")]
['2021-565']
>>> [d.dnr for d in find_dnr("§ 45 Dnr SN 2024/123 och ärende KS-2023-0456, KS/2019/0001/0009")]
['SN2024/123', 'KS-2023-0456', 'KS/2019/0001/0009']
>>> [d.dnr for d in find_dnr("Bilaga Stockholms stads socialnämnd, dnr 2..3.4-569/2021")]
['2.3.4-569/2021']
>>> [d.dnr for d in find_dnr("Äldrenämnden\\nDiarienummer AN 2024/00187")]   # OCR lost the dots of Ä
['ÄN2024/00187']
>>> find_dnr("Beslutsunderlag: Tjänsteskrivelse KS 2022-10-20")
[]
>>> find_dnr("lag (2018:672) om ekonomiska föreningar; SFS 2001:453; åren 2015/2016")
[]
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.patterns import alternation, bodies
from diarium.language import words
from diarium.language.letters import SWEDISH_LETTERS, fold, sv_pattern
from diarium.schemas import DnrFact
from diarium.schemas.structure import Structure

LABEL = alternation(label.rstrip(".:") for label in words("dnr_labels"))
KEYWORD = rf"(?:\b(?i:{LABEL})\.?\s*:?\s*)"
# Optional board prefix, a number (maybe a classification code with dots), then more parts.
BODY = (r"(?P<body>(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}(?:\s|-|/)?)?\d+(?:\.{1,2}\d+)*"
        r"(?:\s?[-/]\s?\d+(?:\.\d+)*)+(?:(?<=[-/]\d\d) (?:\d|S(?!ida\b))(?=[a-zåäö]{3}))?)")
WITH_KEYWORD = re.compile(KEYWORD + BODY)
NOT_BOARDS = words("not_case_prefixes")
BOARDS = bodies("board")
BOARD_PREFIXED = re.compile(
    r"(?<![\w/-])(?P<body>(?P<board>[A-ZÅÄÖ]{2,5})(?:\s|-|/)(?:19|20)\d{2}[-/]\d{1,6}(?:[-/.]\d{1,6})*)(?![\w/-])")

ISO_DATE_TAIL = re.compile(r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$")   # "KS 2022-10-20" is a date


def normalise(printed: str) -> str:
    """Whitespace removed, a doubled dot (an OCR artefact) made single."""
    compact = re.sub(r"\.{2,}", ".", re.sub(r"\s+", "", printed))
    return re.sub(r"(?<=\d)S$", "5", compact)      # "2021-56 Sinnehåller": OCR S for 5


# "A" → "ÄÅ", "O" → "Ö": the capitals an OCR without Swedish letters prints in their place.
CAPITALS = sorted(c for c in SWEDISH_LETTERS if c.isupper())
FOLDED = {fold(c): "".join(d for d in CAPITALS if fold(d) == fold(c)) for c in CAPITALS}


def restored(value: str, text: str) -> str:
    """'AN2024/00187' → 'ÄN2024/00187' when OCR lost the dots of a board's initial and the text
    names the board ("Äldrenämnden"): a board prefix is the initials of the board's name."""
    prefix = re.match(r"[A-ZÅÄÖ]{2,5}", value)
    if value[:1] not in FOLDED or not prefix:
        return value
    for letter in FOLDED[value[0]]:
        for board in BOARDS:             # "ÄN": the initials of "Äldrenämnden"
            if prefix.group(0).endswith(board.word[0].upper()) and \
                    re.search(rf"\b{letter}[a-zåäö]+{sv_pattern(board.word)}", text):
                return letter + value[1:]
    return value


def find_dnr(text: str, structure: Structure | None = None) -> list[DnrFact]:
    """Every diarienummer printed, in order of first appearance."""
    hits = [(m.start("body"), m.end("body"), m.group("body")) for m in WITH_KEYWORD.finditer(text)]
    keyed = {start for start, _, _ in hits}
    for match in BOARD_PREFIXED.finditer(text):
        if match.group("board") in NOT_BOARDS or match.start() in keyed or ISO_DATE_TAIL.search(match.group("body")):
            continue
        hits.append((match.start(), match.end(), match.group("body")))
    found: dict[str, DnrFact] = {}
    for start, end, printed in sorted(hits):
        value = restored(normalise(printed), text)
        ev = evidence(text, start, end)
        if value in found:
            found[value].evidence.append(ev)
        else:
            found[value] = DnrFact(dnr=value, evidence=[ev])
    return list(found.values())
