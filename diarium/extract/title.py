"""Title: the main heading of the first page plus its subtitle, one line.

Lines that are page furniture (the nämnd, a date, "Tjänsteutlåtande", "Dnr", "Sida 1 (4)")
are skipped; the heading runs until the first section heading or a blank line followed by
a new paragraph. A subtitle line starting with a dash is joined with " - ".

>>> find_title("Socialnämnden\\n\\n2019-04-16\\n\\nIdéburet offentligt partnerskap - om verksamhet\\n\\n"
...            "för utsatta EU-medborgare\\n\\n- Samverkan mellan socialförvaltningen och fyra ideella\\n\\n"
...            "organisationer\\n\\nFörvaltningens förslag till beslut\\n")[0]
'Idéburet offentligt partnerskap - om verksamhet för utsatta EU-medborgare - Samverkan mellan socialförvaltningen och fyra ideella organisationer'
"""
from __future__ import annotations

import re

from diarium.extract.dates import DATE
from diarium.extract.decisions import PAGE_FURNITURE, is_heading
from diarium.extract.text import dehyphenate, lines_with_offsets, sv_pattern

SECTION = re.compile(
    r"(?i)^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:" + "|".join(sv_pattern(w) for w in (
        "Sammanfattning", "Bakgrund", "Ärendet", "Ärendebeskrivning", "Inledning", "Beslutsunderlag",
        "Förslag till beslut", "Förvaltningens förslag", "Beslut", "Handläggare", "Till")) + r")\b")
FURNITURE = re.compile(
    r"(?i)^\s*(?:[\w-]*(?:nämnden|styrelsen|förvaltningen|fullmäktige)|[\w ]+\s(?:kommun|stad)|"
    r"tjänsteutlåtande|tjansteutlatande|protokoll.*|sammanträdesprotokoll|handläggare.*|till\s.*|dnr.*|"
    r"diarienummer.*|sida\s.*|datum.*|sammanträdesdatum.*|\d+\s*\(\d+\)|[-–]?\s*\d+\s+\w*\s*stockholms|.{0,3})\s*$")
MAX_LINES = 8


def find_title(text: str) -> tuple[str, int, int] | None:
    """(title, start, end) from the first page, or None."""
    lines = lines_with_offsets(text[:4000])
    picked: list[tuple[int, str]] = []
    blank_after = False
    for offset, line in lines:
        stripped = line.strip()
        if not stripped:
            blank_after = bool(picked)
            continue
        if not picked and (SECTION.match(line) or is_heading(line)):
            return None            # the document starts with a section: no title printed
        if not picked and (FURNITURE.match(line) or DATE.fullmatch(stripped) or PAGE_FURNITURE.match(line)):
            continue
        if picked and (SECTION.match(line) or is_heading(line) or len(picked) >= MAX_LINES):
            break
        if picked and blank_after and not (stripped[0].islower() or stripped.startswith(("-", "–"))):
            break
        picked.append((offset, line))
        blank_after = False
    if not picked:
        return None
    title = ""
    for _, line in picked:
        piece = " ".join(line.split())
        if title and piece[:1] in "-–":
            title = f"{title.rstrip(' .')} {piece[0]} {piece[1:].strip()}"
        else:
            title = dehyphenate(title, piece)
    title = title.rstrip(" .")
    start = picked[0][0] + len(picked[0][1]) - len(picked[0][1].lstrip())
    return title, start, picked[-1][0] + len(picked[-1][1].rstrip())
