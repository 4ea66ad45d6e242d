"""Authority: the nämnd (board) the document is addressed to or issued by.

Looked for, in order: a line near the top that is only a board's name ("Socialnämnden" above
the date), the board that decides in the decision items ("Socialnämnden godkänner ..."),
"För socialnämnden" / "Till socialnämnden", and finally the board named most often.

>>> find_authority("Socialnämnden\\n\\n2019-04-16\\n\\nIdéburet offentligt partnerskap")[0]
'Socialnämnden'
>>> find_authority("Förslag till beslut\\nKultur- och fritidsnämnden beslutar att godkänna")[0]
'Kultur- och fritidsnämnden'
>>> find_authority("Till\\nSpånga-Tensta stadsdelsnämnd\\n")[0]
'Spånga-Tensta stadsdelsnämnd'
>>> find_authority("Protokoll\\nKommunstyrelsens arbetsutskott\\n")[0]
'Kommunstyrelsens arbetsutskott'
>>> find_authority("Stadsdelsnämnden Spånga-Tensta        Utdrag ur protokoll\\n")[0]
'Stadsdelsnämnden Spånga-Tensta'
>>> find_authority("Staden, genom socialnämnden Nordost, org.nr 212000-1355")[0]
'Socialnämnden Nordost'
>>> find_authority("Ordförande: Anna Ek (S)\\nSocialnämnden Anna Ek (S) beslutar")[0]
'Socialnämnden'
>>> find_authority("Arbetsmarknads- och socialnämnden beslutar att godkänna rapporten.")[0]
'Arbetsmarknads- och socialnämnden'
"""
from __future__ import annotations

import re
from collections import Counter

from diarium.extract.dates import columns
from diarium.text import lines_with_offsets, squash

NOT_AREAS = ["Beslutar", "Den", "Det", "Dnr", "Datum", "Sida", "Protokoll", "Sammanträdesdatum", "Tjänsteutlåtande",
             "Ordförande", "Sekreterare", "Justerare", "För", "Till", "Och", "Samt", "Kommun", "Stad", "I", "Se"]
BOARD = (r"(?:[A-ZÅÄÖ][a-zåäö]+-\s+(?:och|samt)\s+|[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*\s+(?=[a-zåäö]+n[äaidé4]mnd(?:en)?\b))?"
         r"[A-ZÅÄÖa-zåäö][a-zåäö-]*"
         r"(?:n[äaidé4]mnden|n[äaidé4]mnd|styrelsen|fullm[äa]ktige|utskott(?:et)?)"
         r"(?:s\s+(?:arbetsutskott|individutskott|utskott)(?:et)?"
         # a district or area after the board's name: "Stadsdelsnämnden Spånga-Tensta", "Socialnämnden Nordost"
         r"|(?<=mnden)[ ](?!(?:" + "|".join(NOT_AREAS) + r")\b)[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*\b(?![ ][A-ZÅÄÖ(]))?")
BOARD_LINE = re.compile(rf"^\s*(?:Till\s+)?(?P<board>{BOARD})(?:\s+i\s+[A-ZÅÄÖ][\wåäö]+(?:\s+[a-zåäö]+)?)?\s*$")
DECIDES = re.compile(rf"(?P<board>{BOARD})\s+(?:beslutar|godkänner|föreslår|tillstyrker|antar|noterar|lägger|ger|överlämnar)\b")
FOR_BOARD = re.compile(rf"(?i)\b(?:för|till)\s+(?P<board>{BOARD})\b")
ANY_BOARD = re.compile(rf"\b(?P<board>{BOARD})\b")
NOT_BOARDS = re.compile(r"(?i)^(?:nämnden|nämnd|styrelsen|utskottet|utskott|styrgrupp)$|stadsdelsnämnderna|nämnderna")


def canonical(board: str) -> str:
    """'socialnämnden' → 'Socialnämnden'; 'socialnämnd' → 'Socialnämnden'."""
    board = squash(board)
    board = re.sub(r"n[äaidé4]mnd", "nämnd", re.sub(r"fullmaktige", "fullmäktige", board))
    if re.search(r"nämnd$", board) and " " not in board:     # "Spånga-Tensta stadsdelsnämnd" is a name
        board += "en"
    return board[:1].upper() + board[1:]


def first_match(pattern: re.Pattern, text: str, offset: int = 0) -> tuple[str, int, int] | None:
    for match in pattern.finditer(text):
        board = match.group("board")
        if not NOT_BOARDS.search(board):
            return canonical(board), offset + match.start("board"), offset + match.end("board")
    return None


def find_authority(text: str) -> tuple[str, int, int] | None:
    """(board, start, end) in `text`, or None."""
    head = [(o, line) for o, line in columns(lines_with_offsets(text[:3000])) if line.strip()][:16]
    for offset, line in head:
        found = first_match(BOARD_LINE, line, offset)
        if found:
            return found
    for pattern in (DECIDES, FOR_BOARD):
        found = first_match(pattern, text)
        if found:
            return found
    first: dict[str, tuple[str, int, int]] = {}
    counts: Counter[str] = Counter()
    for match in ANY_BOARD.finditer(text):
        if not NOT_BOARDS.search(match.group("board")):
            board = canonical(match.group("board"))
            counts[board] += 1
            first.setdefault(board, (board, match.start(), match.end()))
    return first[counts.most_common(1)[0][0]] if counts else None
