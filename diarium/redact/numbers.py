"""Finding personnummer and samordningsnummer in text, in every written form (see `diarium.redact`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from stdnum import luhn

from diarium.language import table, words

OCR_DIGITS: dict[str, str] = table("ocr_digits")
DIGITISH = "0-9" + re.escape("".join(OCR_DIGITS))
# A run of digits and digit-like letters holding at least one real digit.
GROUP = re.compile(rf"[{DIGITISH}]*[0-9][{DIGITISH}]*")
SPACES = " \t\u00a0\u202f\u2009\u2007"
DASHES = "-+–‐‑−_"                 # the separator after the date (+: aged 100 or more)
BREAKS = "\n\r\u00ad"              # a line break, or a soft hyphen where a line was wrapped
MAX_GAP = 6                        # " -\n  " at most between two groups of one number
MIN_REAL_DIGITS = 6                # of ten: fewer, and it is a word OCR'd, not a number
FRAGMENT_DIGITS = 6                # a cut-off piece of a masked number this long is masked too
LABEL_WINDOW = 24                  # characters before a number searched for a label

WORD_CHAR = re.compile(r"\w")
PERSONNUMMER_LABELS = sorted(words("personnummer_labels"), key=len, reverse=True)
PHONE_LABELS = sorted(words("phone_labels"), key=len, reverse=True)
LABELLED = re.compile(
    r"(?i)(?:^|[^\w.-])(?:" + "|".join(map(re.escape, PERSONNUMMER_LABELS)) + r")\W{0,3}$")
PHONE = re.compile(
    r"(?i)(?:^|[^\w.])(?:" + "|".join(map(re.escape, PHONE_LABELS)) + r")\W{0,3}$")


@dataclass(frozen=True)
class Found:
    """A personnummer in a text: its span, and its ten digits (YYMMDDNNNN)."""
    start: int
    end: int
    digits: str


# --- what a personnummer is -------------------------------------------------------------------

def valid_date(year: int, month: int, day: int) -> bool:
    """A real date; a samordningsnummer's day is the day + 60."""
    if day > 60:
        day -= 60
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def is_personnummer(digits: str) -> bool:
    """Ten digits YYMMDDNNNN, or twelve with the century, that are a personnummer or a
    samordningsnummer: a real date and a correct Luhn check digit.

    >>> is_personnummer("1212121212"), is_personnummer("191212121212")
    (True, True)
    >>> is_personnummer("1212721219")    # samordningsnummer: day 12 + 60
    True
    >>> is_personnummer("8086494070")    # an organisationsnummer: month 20
    False
    """
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    if len(digits) == 12:
        century, digits = int(digits[:2]), digits[2:]
        year = century * 100 + int(digits[:2])
        if century not in (18, 19, 20) or year > date.today().year:
            return False
        years = [year]
    else:
        years = [1900 + int(digits[:2]), 2000 + int(digits[:2])]  # Feb 29 in either century
    month, day = int(digits[2:4]), int(digits[4:6])
    return any(valid_date(y, month, day) for y in years) and luhn.is_valid(digits)


# --- finding them in text ---------------------------------------------------------------------

def gap_kind(gap: str) -> str | None:
    """How two digit groups are joined: 'space', 'dash' or 'break' (a line break, no dash), or
    None when the text between them cannot be inside one number."""
    if not gap or len(gap) > MAX_GAP or any(c not in SPACES + DASHES + BREAKS for c in gap):
        return None
    gap = gap.replace("\r\n", "\n")
    dashes = sum(c in DASHES for c in gap)
    if dashes > 1 or sum(c in "\n\r" for c in gap) > 1:
        return None
    if dashes:
        return "dash"
    return "break" if any(c in BREAKS for c in gap) else "space"


@dataclass
class Digit:
    offset: int        # in the text
    digit: str         # the digit it reads as
    real: bool         # a digit, not a letter OCR made of one
    gap: str | None    # how it is joined to the digit before it, if by a gap
    group_start: bool


def digits_of(text: str, groups: list[re.Match]) -> list[Digit]:
    """The characters of a run of groups, each with what joins it to the one before."""
    out: list[Digit] = []
    for n, group in enumerate(groups):
        gap = gap_kind(text[groups[n - 1].end():group.start()]) if n else None
        for i, char in enumerate(group.group()):
            out.append(Digit(group.start() + i, OCR_DIGITS.get(char, char), char.isdigit(),
                             gap if i == 0 else None, i == 0))
    return out


def regions(text: str) -> list[list[Digit]]:
    """Runs of digit groups joined by short gaps: where a number may be written."""
    found: list[list[Digit]] = []
    run: list[re.Match] = []
    for match in GROUP.finditer(text):
        if run and gap_kind(text[run[-1].end():match.start()]) is None:
            found.append(digits_of(text, run))
            run = []
        run.append(match)
    if run:
        found.append(digits_of(text, run))
    return found


def may_start(chars: list[Digit], s: int) -> bool:
    """A number starts at a group's start or after letters glued before it ("pnrB931224")."""
    i = s
    while not chars[i].group_start:
        i -= 1
        if chars[i].real:
            return False
    return True


def may_end(chars: list[Digit], e: int) -> bool:
    """A number ends at a group's end or before letters glued after it."""
    if e == len(chars) or chars[e].group_start:
        return True
    return all(not c.real for c in chars[e:next_group(chars, e)])


def next_group(chars: list[Digit], i: int) -> int:
    """Where the group after the one holding chars[i] starts."""
    i += 1
    while i < len(chars) and not chars[i].group_start:
        i += 1
    return i


def well_grouped(window: list[Digit], labelled: bool) -> bool:
    """Gaps only where a personnummer has them: after the date (any separator), between
    YYYY|MM|DD (spaces, all or none) and in the middle of the last four; after a label, anywhere."""
    gaps = {i: c.gap for i, c in enumerate(window) if i and c.gap}
    if labelled:
        return True
    year = len(window) - 8
    date_end = year + 4
    if not set(gaps) <= {year, year + 2, date_end, date_end + 2}:
        return False
    if any(kind == "dash" for i, kind in gaps.items() if i != date_end):
        return False
    if date_end + 2 in gaps and date_end not in gaps:
        return False
    date_gaps = {year, year + 2} & set(gaps)
    return not date_gaps or date_gaps == {year, year + 2}


def is_candidate(text: str, window: list[Digit]) -> bool:
    digits = "".join(c.digit for c in window)
    if sum(c.real for c in window) < MIN_REAL_DIGITS + len(window) - 10:
        return False
    if not is_personnummer(digits):
        return False
    before = text[max(0, window[0].offset - LABEL_WINDOW):window[0].offset]
    labelled = bool(LABELLED.search(before))
    if not labelled and len(window) == 10 and not any(c.gap for c in window[1:]) \
            and PHONE.search(before):
        return False  # "Tel 0701234567": a phone number whose digits happen to check
    return well_grouped(window, labelled)


def find(text: str) -> list[Found]:
    """Every personnummer and samordningsnummer in `text`, in order.

    >>> [(f.digits, f.start, f.end) for f in find("pnr: 1212 12-1212 och 191212121212")]
    [('1212121212', 5, 17), ('1212121212', 22, 34)]
    """
    found = []
    for chars in regions(text):
        s = 0
        while s < len(chars):
            hit = None
            if may_start(chars, s):
                for length in (12, 10):
                    e = s + length
                    if e <= len(chars) and may_end(chars, e) and is_candidate(text, chars[s:e]):
                        hit = e
                        break
            if hit is None:
                s += 1
                continue
            window = chars[s:hit]
            found.append(Found(window[0].offset, window[-1].offset + 1,
                               "".join(c.digit for c in window)[-10:]))
            s = hit
    return found
