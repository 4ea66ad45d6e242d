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
from diarium.extract.patterns import alternation, bodies, plain_alternation
from diarium.language import words
from diarium.language.letters import sv_pattern
from diarium.text import lines_with_offsets, squash
from diarium.schemas.structure import Structure

BOARDS = bodies("board")
BOARD_WORD = alternation(form for body in BOARDS for form in body.forms)
# A board of a board: "Kommunstyrelsens arbetsutskott", "Socialnämndens individutskott".
SUB_BOARD = alternation("*" + form for body in BOARDS for form in body.forms)
DISTRICT_BOARDS = [body for body in BOARDS if body.word in words("district_boards")]
DISTRICT_BOARD = alternation(form for body in DISTRICT_BOARDS for form in body.forms)
AFTER_DISTRICT_BOARD = "|".join(f"(?<={sv_pattern(body.definite)})" for body in DISTRICT_BOARDS)
BOARD = (r"(?:[A-ZÅÄÖ][a-zåäö]+-\s+(?:och|samt)\s+|[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*\s+"
         rf"(?={'[a-zåäö]+'}{DISTRICT_BOARD}\b))?"
         r"[A-ZÅÄÖa-zåäö][a-zåäö-]*"
         rf"{BOARD_WORD}"
         rf"(?:s\s+{SUB_BOARD}"
         # a district or area after the board's name: "Stadsdelsnämnden Väster", "Socialnämnden Nord"
         rf"|(?:{AFTER_DISTRICT_BOARD})[ ](?!{plain_alternation(words('not_names'))}\b)[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*\b(?![ ][A-ZÅÄÖ(]))?")
BOARD_LINE = re.compile(rf"^\s*(?:Till\s+)?(?P<board>{BOARD})(?:\s+i\s+[A-ZÅÄÖ][\wåäö]+(?:\s+[a-zåäö]+)?)?\s*$")
DECIDES = re.compile(rf"(?P<board>{BOARD})\s+{plain_alternation(words('decision_verbs'))}\b")
FOR_BOARD = re.compile(rf"(?i)\b(?:för|till)\s+(?P<board>{BOARD})\b")
ANY_BOARD = re.compile(rf"\b(?P<board>{BOARD})\b")
# A board word alone ("nämnden", "styrelsen") or in the plural names no particular board.
NOT_BOARDS = re.compile(
    rf"(?i)^{BOARD_WORD}$|{plain_alternation(b.plural for b in BOARDS if b.plural not in b.forms)}")


def canonical(board: str) -> str:
    """'socialnämnden' → 'Socialnämnden'; 'socialnämnd' → 'Socialnämnden'; OCR's
    'socialnamnden' → 'Socialnämnden'."""
    board = squash(board)
    for body in BOARDS:
        board = re.sub(sv_pattern(body.word), body.word, board)
    for body in BOARDS:
        if board.endswith(body.word) and " " not in board:   # "Västra stadsdelsnämnd" is a name
            board = board[:-len(body.word)] + body.definite
    return board[:1].upper() + board[1:]


def first_match(pattern: re.Pattern, text: str, offset: int = 0) -> tuple[str, int, int] | None:
    for match in pattern.finditer(text):
        board = match.group("board")
        if not NOT_BOARDS.search(board):
            return canonical(board), offset + match.start("board"), offset + match.end("board")
    return None


def find_authority(text: str, structure: Structure | None = None) -> tuple[str, int, int] | None:
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
