"""Organisationsnummer: ten digits, NNNNNN-NNNN, the last a Luhn check digit.

Found in text in many shapes — with or without the hyphen, with spaces, split over a line
or page break ("808649-\\n4070"), with OCR digit confusions (O/0, l/1, S/5, B/8). The
third digit of an organisationsnummer is 2 or more, which tells it from a personnummer
(whose third and fourth digits are a month); a bare ten-digit run is only taken after a
keyword ("organisationsnummer", "org.nr"). Checking is python-stdnum's `stdnum.se.orgnr`.

>>> compact("808649- 4070")
'8086494070'
>>> compact("8O2516-5O7O")
'8025165070'
>>> is_valid("800380-4070")
True
>>> is_valid("802002-8639")
False
>>> format("8020021581")
'802002-1581'
>>> [(o.orgnr, o.orgnr_valid) for o in find_orgnrs(
...     "- Ekeby stadsmission organisationsnummer 808649-\\n\\n4070.")]
[('808649-4070', True)]
>>> [o.orgnr for o in find_orgnrs("Telefon: 08-50825403, personnummer 19850412-1234")]
[]

After a keyword the digits may be grouped any way the printer or OCR spaced them, and a number
that fails its check digit is kept, marked invalid:

>>> [(o.orgnr, o.orgnr_valid) for o in find_orgnrs("Exploatör: Byggbolaget AB, Org nr: 5566 123 451")]
[('556612-3451', False)]
>>> [o.orgnr for o in find_orgnrs("org.nr 212000 - 9994")]
['212000-9994']
"""
from __future__ import annotations

import re

from stdnum.se import orgnr as stdnum_orgnr

from diarium.extract.evidence import evidence
from diarium.language import table
from diarium.schemas import OrgNr
from diarium.schemas.structure import Structure

OCR_DIGITS = str.maketrans(table("ocr_digits"))
DIGIT = "[0-9" + re.escape("".join(table("ocr_digits"))) + "]"
LABEL = r"(?:organisations?\s*n\w{0,6}r|org\.?\s*-?\s*n(?:umme)?r|orgnr|org\.\s*nummer)"
KEYWORD = re.compile(rf"(?i)\b{LABEL}\b\.?:?\s*$")
ONLY_LABEL = re.compile(rf"(?i)\W*{LABEL}\W*")


def is_label(words: str) -> bool:
    """Is `words` only the label of an organisationsnummer ("Org. nr:"), never a name?

    >>> is_label("organisationsnummer"), is_label("Org.nr:"), is_label("Organisationen AB")
    (True, True, False)
    """
    return bool(ONLY_LABEL.fullmatch(words))
# Six digits, then a hyphen (maybe followed by a line/page break) or whitespace, then four.
CANDIDATE = re.compile(
    rf"(?<![\w-])({DIGIT}{{6}})(?:[ \t]?([-–])[ \t]*(?:\n[ \t\n]*|\f[^\d]{{0,200}}?)?|[ \t]+)?({DIGIT}{{4}})(?![\w-])"
)
# After a keyword: ten digits however they are grouped ("Org nr: 5566 123 451", "212000 - 9994").
KEYED = re.compile(
    r"(?i)\b(?:organisations?\s*n\w{0,6}r|org\.?\s*-?\s*n(?:umme)?r|orgnr|org\.\s*nummer)\b\.?[ \t]*:?[ \t]*"
    rf"(?P<num>{DIGIT}(?:[ \t]{{0,2}}[-–]?[ \t]{{0,2}}{DIGIT}){{9}})(?![ \t]?[-–]?[ \t]?\d)")


def compact(number: str) -> str:
    """Strip separators and line breaks, and read OCR letters as the digits they stand for."""
    return re.sub(r"[\s\-–.]", "", number).translate(OCR_DIGITS)


def is_valid(number: str) -> bool:
    """Ten digits with a correct Luhn check digit."""
    return stdnum_orgnr.is_valid(compact(number))


def format(number: str) -> str:
    """The canonical NNNNNN-NNNN."""
    return stdnum_orgnr.format(compact(number))


def plausible(digits: str, hyphen: bool, keyword: bool) -> bool:
    """Not every ten-digit run is an organisationsnummer: a phone number or personnummer isn't."""
    if not digits.isdigit() or len(digits) != 10:
        return False
    if keyword:
        return True
    return hyphen and digits[2] >= "2" and sum(c.isdigit() for c in digits) == 10


def keyed_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of every ten-digit number printed right after an orgnr keyword,
    whatever its grouping; mostly letters (a word the OCR read as digits) is not a number."""
    found = []
    for match in KEYED.finditer(text):
        raw = match.group("num")
        if sum(c.isdigit() for c in raw) < 8:
            continue
        found.append((match.start("num"), match.end("num"), compact(raw)))
    return found


def find_orgnrs(text: str, structure: Structure | None = None) -> list[OrgNr]:
    """Every organisationsnummer printed, in order, each distinct number once."""
    found: dict[str, OrgNr] = {}
    for start, end, digits in keyed_numbers(text):
        if not digits.isdigit():
            continue
        number = format(digits)
        ev = evidence(text, start, end)
        if number in found:
            found[number].evidence.append(ev)
        else:
            found[number] = OrgNr(orgnr=number, orgnr_valid=is_valid(digits), evidence=[ev])
    taken = {(ev.start, ev.end) for org in found.values() for ev in org.evidence}
    for match in CANDIDATE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        raw = match.group(0)
        real_digits = sum(c.isdigit() for c in raw)
        if real_digits < 5:          # mostly letters: a word, not a number
            continue
        keyword = bool(KEYWORD.search(text[max(0, match.start() - 40):match.start()]))
        digits = compact(match.group(1) + match.group(3))
        if not keyword and real_digits < 10:
            continue
        if not plausible(digits, bool(match.group(2)), keyword):
            continue
        number = format(digits)
        if number in found:
            found[number].evidence.append(evidence(text, match.start(), match.end()))
            continue
        found[number] = OrgNr(orgnr=number, orgnr_valid=is_valid(digits),
                              evidence=[evidence(text, match.start(), match.end())])
    return sorted(found.values(), key=lambda o: o.evidence[0].start)
