"""Diarienummer: the case number, as printed (whitespace removed), each distinct string once.

Municipalities write them in many ways: "Dnr 2.3.4-565/2021" (a classification plan code),
"2021/565", "SN 2024/123", "KS-2023-0456", "KS/2019/0001/0009", "KS/2019:341"; other
authorities too: a länsstyrelse's "7557-2023", a department's "LI2025/00306" or "Ku98/216/Ka", a
court's "mål nr M 1651-11". A number after a dnr label is always taken (a date never); without
one, only the forms no date, amount or paragraph reference takes: board-prefixed, a department's,
a serial and a year. The structure gives two more places: the column of a table headed by a dnr
label ("Beteckning"), and a list of cases, one a line, each line opening with its number.

>>> [d.dnr for d in find_dnr("Tjänsteutlåtande\\nDnr 2021/565\\nSida 3 (4)")]
['2021/565']
>>> [d.dnr for d in find_dnr("Bilagorna till huvudavtalet med diarienummer 2021-56 5innehåller")]
['2021-565']
>>> [d.dnr for d in find_dnr("Bilagorna med diarienummer 2021-56 Sinnehåller. Dnr SN 2019/47 Svar på remissen")]
['2021-565', 'SN2019/47']
>>> [d.dnr for d in find_dnr("§ 45 Dnr SN 2024/123 och ärende KS-2023-0456, KS/2019/0001/0009")]
['SN2024/123', 'KS-2023-0456', 'KS/2019/0001/0009']
>>> [d.dnr for d in find_dnr("Bilaga Stockholms stads socialnämnd, dnr 2..3.4-569/2021")]
['2.3.4-569/2021']
>>> [d.dnr for d in find_dnr("Äldrenämnden\\nDiarienummer AN 2024/00187")]   # OCR lost the dots of Ä
['ÄN2024/00187']
>>> [d.dnr for d in find_dnr("taxan som antogs (KS-\\n2023-00666), detaljplanen (KS/2019:341 § 85) och "
...                          "Länsstyrelsens begäran 7557-2023, remissen (LI2025/00306)")]
['KS-2023-00666', 'KS/2019:341', '7557-2023', 'LI2025/00306']
>>> [d.dnr for d in find_dnr("Datum             Diarienummer\\n2024-09-26        ATN-2024-00061\\nmål nr M 1651-11")]
['ATN-2024-00061', 'M1651-11']
>>> [d.dnr for d in find_dnr("Diarienummer 2023/BUN 0203 40\\n… tillstånd (Lst dnr 551-856-13) (MR 406/12 MTN)")]
['2023/BUN020340', '551-856-13', 'MR406/12MTN']
>>> find_dnr("Beslutsunderlag: Tjänsteskrivelse KS 2022-10-20")
[]
>>> [d.dnr for d in find_dnr("beslutad § 194, KS 2022–00417. Regeringens uppdrag S2024/01873. § 65 Dnr 2023BUN41\\n"
...                          "Ärendenummer: 5120844 | Inskickat 2024-11-02")]
['KS2022–00417', 'S2024/01873', '2023BUN41', '5120844']
>>> [d.dnr for d in find_dnr("yttra sig över motionerna 2023-00135 och 2023-\\n00118.")]
['2023-00135', '2023-00118']
>>> find_dnr("lag (2018:672) om ekonomiska föreningar; SFS 2001:453; åren 2015/2016, 2017-2023")
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.dnr_layout import column_hits, dangling_hits, dated_line_hits, label_row_hits
from diarium.extract.dnr_shapes import (
    BOARD_YEAR_GLUED, LABEL, REGISTER_CODE, TWO_SERIALS_YEAR, UNIT_DEPARTMENT, is_date, is_statute_series, normalise,
)
from diarium.extract.evidence import evidence
from diarium.extract.patterns import bodies, plain_alternation
from diarium.extract.regions import finditer, regions
from diarium.language import table, words
from diarium.language.letters import SWEDISH_LETTERS, fold, sv_pattern
from diarium.language.lexicon import Lexicon, load as load_lexicon
from diarium.schemas import DnrFact
from diarium.schemas.structure import Structure

# Table cells of a text dump: "|" parts cells, "<br>" breaks a line within one ("BN-2023-<br>002572").
MARKUP = re.compile(r"<br\s*/?>|\|")
KEYWORD = rf"(?:\b(?i:{LABEL})\.?\s*:?\s*)"
# A separator inside a number; a number broken at its own hyphen keeps it ("KS-" / "2023-00666").
# (OCR may set a blank line after the break: "(KS-" / "" / "2023-00666)".)
LINE_BREAK = r"-[ \t]*\n(?:[ \t]*\n)?[ \t]*"
SEP = rf"(?:{LINE_BREAK}|\s?[-/:]\s?)"
# After a label an en dash separates too ("dnr MH 2025–473", "mål nr P 17219–24"); without one
# an en dash is a range of years or numbers.
LABELLED_SEP = rf"(?:{LINE_BREAK}|\s?[-/:–]\s?)"
# Optional board prefix, a number (maybe a classification code with dots), then more parts.
BODY = (rf"(?P<body>(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{{0,5}}(?:\s|-|/)?)?\d+(?:\.{{1,2}}\d+)*"
        rf"(?:{LABELLED_SEP}\d+(?:\.\d+)*)+(?:(?<=[-/]\d\d) (?:\d|S(?!ida\b))(?=[a-zåäö]{{3}}))?)")
# After a label, a last group of digits one space after the number that ends the line is the
# archive's plan code, part of the number ("Dnr KS 02-820 107").
PLAN_CODE = r"(?:(?<=\d) \d{1,4}(?=[ \t]*(?:\n|$)))?"
WITH_KEYWORD = re.compile(KEYWORD + BODY[:-1] + PLAN_CODE + ")")
NOT_BOARDS = words("not_case_prefixes")
# A board's number may set an en dash before a zero-padded serial ("KS 2022–00417"): no range of
# years or numbers ends in one.
SERIAL_SEP = rf"(?:{SEP}|–(?=0\d{{3,5}}\b))"
BOARDS = bodies("board")
# A classification code after the serial's hyphen, a stray space put in by the text layer
# ("KS 2031/00135- 1.2.1"): only a dotted code, never a count or a page after a dash.
STRAY_CODE = r"-[ \t]\d{1,2}(?:\.\d{1,2})+"
# A board's "yy/serial" never ends in a whole year: "KS 20/2031" is a protokoll's § 20 of 2031.
BOARD_PREFIXED = re.compile(
    rf"(?<![\w/-])(?P<body>(?P<board>[A-ZÅÄÖ]{{2,5}})(?:\s|-|/|{LINE_BREAK})?(?:19|20)\d{{2}}{SERIAL_SEP}\d{{1,6}}"
    rf"(?:[-/.]\d{{1,6}})*(?:{STRAY_CODE})?|(?P<board2>[A-ZÅÄÖ]{{2,5}}) \d{{2}}/(?!(?:19|20)\d\d(?!\d))\d{{3,5}}"
    rf"|(?P<board3>[A-ZÅÄÖ]{{2,5}}) \d{{3,6}}/\d{{2}} [A-ZÅÄÖ]{{2,5}})(?![\w/-])")    # "MR 406/12 MTN": serial/yy and a unit
# After a label, the year first and the board's prefix after it: "Diarienummer 2023/BUN 0203 40".
# (also glued: "Dnr 2023KS133").
# The year may be two digits glued to the prefix and the serial: "Diarienummer: 31AB4567".
YEAR_FIRST = re.compile(KEYWORD + r"(?P<body>(?:(?:19|20)\d{2}/?|\d{2}(?=[A-ZÅÄÖ]{2,5}\d))[A-ZÅÄÖ]{2,5}[ \t]?\d{2,6}"
                        r"(?:[ \t]\d{1,4})?)(?![\w/-])")
# After a label, a year and its serial joined by a point: "Dnr: KS 2024.123" (never a date's
# "2024.03.01", never an amount's "12.500").
YEAR_POINT = re.compile(KEYWORD + r"(?P<body>(?:[A-ZÅÄÖ]{2,5}[ -]?)?(?:19|20)\d{2}\.\d{1,6})(?![\w.,/-])")
# After a label, a number with no separator, as an e-service prints its "Ärendenummer: 4176537",
# maybe behind the letters of its register ("ärendenummer M31234", "Dnr: AB/123456").
PLAIN_NUMBER = re.compile(KEYWORD + r"(?P<body>(?:[A-ZÅÄÖ]{1,3}/?)?\d{5,9})(?![\w/,:-]|\.\w|[ \t]\d)")
# A department's "LI2025/00306", "Ku98/216/Ka": letters, a year, a serial, maybe its unit.
DEPARTMENT = re.compile(r"(?<![\w/-])(?P<body>[A-ZÅÄÖ][A-Za-zåäö]{1,2}(?:19|20)?\d{2}/\d{2,6}(?:/[A-ZÅÄÖ][a-zåäö]{1,3})?)(?![\w/-])")
# A department of one letter ("S2024/01873", Socialdepartementet): the whole year and a
# zero-padded serial.
DEPARTMENT_LETTER = re.compile(r"(?<![\w/-])(?P<body>[A-ZÅÄÖ](?:19|20)\d{2}/0\d{4})(?![\w/-])")
# A serial and a year, a länsstyrelse's "7557-2023" (not a span of years "2017-2023", not an
# organisationsnummer "212000-4797").
SERIAL_YEAR = re.compile(r"(?<![\w/.,-])(?P<body>(?!(?:19|20)\d\d\b)\d{3,5}-[ \t]*\n?[ \t]*(?:19|20)\d{2})"
                         rf"(?![\w/-]|\s*{plain_alternation(table('amount_units'))}\b)")     # "500-2000 kr" is money
# An agency's prefix, a zero-padded serial and the year's two digits: "NV-03827-24".
AGENCY_SERIAL = re.compile(r"(?<![\w/-])(?P<body>[A-ZÅÄÖ]{2,5}-0\d{3,5}-\d{2})(?![\w/-])")
# A year and a zero-padded serial of five or six digits, no prefix ("2012-00293"): no date,
# amount or telephone number has that shape. After a four-digit code (no year) it is a
# register's own number, a föreskrift's "1384 2024-00072" (kommunkod, year, serial), no case.
# Broken at its own hyphen at a line's end, it is still one number ("motion 2023-00135 och 2023-" / "00118").
YEAR_SERIAL = re.compile(r"(?<![\w/.,-])(?<![\s(](?!19|20)\d{4}[ \t])(?<!^(?!19|20)\d{4}[ \t])"
                         rf"(?P<body>(?:19|20)\d{{2}}(?:{LINE_BREAK}|-)0\d{{4,5}})(?![\w/,-]|\.\w)", re.M)
# "2024-328 – Rapport …": a list of cases, each line opening with its number and a dash.
CASE_LINE = re.compile(r"(?m)^[ \t]*(?P<body>(?:19|20)\d{2}-\d{3,6})(?=[ \t]+[–—-][ \t])")   # OCR's "—" too

# Every case number has two runs of digits with a separator between them; the patterns run only
# around those (see `regions`), as far as a label and a board prefix reach before, parts after.
NUMBER_ANCHOR = re.compile(r"\d[ \t]?[-/:.–][ \t]*\n?[ \t]*\d")
PLAIN_ANCHOR = re.compile(r"\d{5}")
YEAR_BOARD_ANCHOR = re.compile(r"(?:19|20)\d\d/?[A-ZÅÄÖ]|\d\d[A-ZÅÄÖ]{2,5}\d")
REACH = 40


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


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return load_lexicon()


def without_title_s(view: str, start: int, end: int, body: str) -> tuple[int, int, str]:
    """A number's last digit read as "S" glued to the next word ("2021-56 Sinnehåller") only when
    the S does not begin a word of its own: "Dnr KS 2018/56 Svar på remiss" ends at 56."""
    if not body.endswith(" S"):
        return start, end, body
    word = re.match(r"[a-zåäö]+", view[end:])
    if word and ("S" + word.group()).lower() in lexicon():
        return start, end - 2, body[:-2]
    return start, end, body


def _printed_hits(view: str) -> list[tuple[int, int, str]]:
    """(start, end, printed) of every case number the text's own words mark as one."""
    near = regions(NUMBER_ANCHOR, view, before=REACH, after=REACH)
    hits = [without_title_s(view, m.start("body"), m.end("body"), m.group("body"))
            for m in finditer(WITH_KEYWORD, view, near) if not is_date(m.group("body"))]
    hits += [(m.start("body"), m.end("body"), m.group("body"))
             for m in finditer(YEAR_FIRST, view, regions(YEAR_BOARD_ANCHOR, view, before=REACH, after=REACH))]
    keyed = {start for start, _, _ in hits}
    for match in finditer(BOARD_PREFIXED, view, near):
        board = match.group("board") or match.group("board2") or match.group("board3")
        if board in NOT_BOARDS or is_statute_series(board) or match.start() in keyed or is_date(match.group("body")):
            continue
        hits.append((match.start(), match.end(), match.group("body")))
    hits += [(m.start("body"), m.end("body"), m.group("body"))
             for m in finditer(PLAIN_NUMBER, view, regions(PLAIN_ANCHOR, view, before=REACH, after=REACH))]
    hits += [(m.start("body"), m.end("body"), m.group("body")) for m in finditer(YEAR_POINT, view, near)]
    for pattern in (DEPARTMENT, DEPARTMENT_LETTER, SERIAL_YEAR, CASE_LINE, AGENCY_SERIAL, YEAR_SERIAL,
                    UNIT_DEPARTMENT, TWO_SERIALS_YEAR, BOARD_YEAR_GLUED):
        hits += [(m.start("body"), m.end("body"), m.group("body")) for m in finditer(pattern, view, near)]
    hits += [(m.start("body"), m.end("body"), m.group("body"))
             for m in finditer(REGISTER_CODE, view, regions(PLAIN_ANCHOR, view, before=REACH, after=REACH))]
    return hits



def find_dnr(text: str, structure: Structure | None = None) -> list[DnrFact]:
    """Every diarienummer printed, in order of first appearance."""
    view = MARKUP.sub(lambda m: (" " if m.group() == "|" else "\n").ljust(len(m.group())), text)
    hits = _printed_hits(view) + column_hits(text, structure) + label_row_hits(view) + dangling_hits(view) \
        + dated_line_hits(view)
    found: dict[str, DnrFact] = {}
    covered: list[tuple[int, int]] = []
    for start, end, printed in sorted(hits, key=lambda hit: (hit[0], -hit[1])):
        if any(s <= start < e for s, e in covered):
            continue                      # a part of a number already read ("2023-00666" of "KS-2023-00666")
        covered.append((start, end))
        value = restored(normalise(printed), text)
        ev = evidence(text, start, end)
        if value in found:
            found[value].evidence.append(ev)
        else:
            found[value] = DnrFact(dnr=value, evidence=[ev])
    return same_with_hyphen(list(found.values()))


def same_with_hyphen(facts: list[DnrFact]) -> list[DnrFact]:
    """A number printed once with an en dash where the text prints it elsewhere with a hyphen
    ("KS-2031–00012" and "KS-2031-00012") is that one number, as the hyphen prints it."""
    by_value = {fact.dnr: fact for fact in facts}
    out = []
    for fact in facts:
        plain = by_value.get(fact.dnr.replace("–", "-"))
        if plain is not None and plain is not fact:
            plain.evidence.extend(fact.evidence)
        else:
            out.append(fact)
    return out
