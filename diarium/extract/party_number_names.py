"""The name that goes with an organisationsnummer: the name printed before the number on its
line (not the previous party's, whose number or address the text joined on), a name run over a
line break that is two names, the name in the line under a party box's head row of labels, the
name above a box's field lines, or a form's name on a line of its own above the number — and an
address block ("Postadress Box 12 …") that only looks like a name."""
from __future__ import annotations

import re
from bisect import bisect_right

from diarium.extract.party_context import ROLES, name_like
from diarium.extract.party_labels import after_head_row
from diarium.extract.party_names import clean_name, name_at_end
from diarium.extract.patterns import plain_words
from diarium.extract.units import Unit
from diarium.language import words

def unit_at(units: list[Unit], offset: int) -> tuple[int, int] | None:
    """(index of the unit, index in its text) of a document offset inside a unit."""
    starts = [u.start for u in units]
    k = bisect_right(starts, offset) - 1
    while k >= 0:
        unit = units[k]
        if unit.offsets and unit.offsets[-1] >= offset:
            return k, bisect_right(unit.offsets, offset - 1)
        if unit.offsets and unit.offsets[-1] < offset - 2000:
            break
        k -= 1
    return None


POSTAL_CODE_BEFORE = re.compile(r"\b\d{3}\s?\d{2}\s*$")
NAME_ENDS = {w.lower() for w in words("organisation_forms")} | {"kommun", "stad", "region", "regionen"}


def glued_line(unit: Unit, at: int, i: int, name: str) -> tuple[str, int] | None:
    """A name that runs over a line break but is two names: the first line ends a whole name
    ('… Ekeby kommun' / 'BOLAGET X AB'), or the second is in capitals and the first not."""
    for b in unit.line_starts(unit.document or ""):
        if not at < b < at + len(name):
            continue
        first, second = unit.text[at:b].strip(), unit.text[b:i]
        tail = clean_name(second.split(",")[0].split("(")[0])
        if not tail:
            continue
        ends_name = len(first.split()) >= 2 and first.split()[-1].strip(",").lower() in NAME_ENDS
        # "… 123 45 Ekeby" / "Särö Belysning AB, 556…": the first line ends an address.
        after_address = bool(POSTAL_CODE_BEFORE.search(unit.text[:at]))
        if ends_name or after_address or (tail.isupper() and not first.isupper()):
            return tail, b
    return None


# Words of a party box's head row ("Jordägare   Postadress   Org. nr: …"): a role and the
# labels of the columns under it, never a name.
HEAD_WORDS = {w.casefold() for w in [*ROLES, *ROLES.values(), *words("contact_labels")]}
LINE_UNDER = re.compile(r"[^\n]*\n(?:[ \t]*\n)*[ \t]*(?P<line>[^\n]*)")
COLUMN_END = re.compile(rf"(?i)\s{{2,}}|\s+(?:{plain_words(words('contact_labels'))})\s*:|\s+\d")


def only_heads(name: str) -> bool:
    """'Jordägare Postadress': the heads of a party box's columns, not a name."""
    return all(w.casefold().strip(".:,") in HEAD_WORDS for w in name.split())


def name_under_heads(text: str, number_at: int) -> tuple[str, int, int] | None:
    """The name in the first column of the line under a head row ("Ekeby kommun  Tfn: …")."""
    under = LINE_UNDER.match(text, number_at)
    if not under:
        return None
    line = under.group("line")
    end = COLUMN_END.search(line)
    name = name_like(line[:end.start() if end else len(line)])
    if not name or not name[:1].isalpha() or only_heads(name):
        return None
    return name, under.start("line"), under.start("line") + len(name)


# Another organisationsnummer earlier in the same paragraph: party lines that the text joined
# ("Dalabygg AB, org.nr 556123-4567 / Falu kommun, org.nr 212000-2122").
EARLIER_NUMBER = re.compile(r"(?<!\d)\d{6}[ \t]?[-–]?[ \t]?\d{4}(?!\d)\)?")


def own_line_start(unit: Unit, before: str, cut: int, i: int) -> int:
    """Where the number's own line starts, when the lines between hold the previous party's
    address and that line prints a name: party lines of their own ("…, 123 45 Ekeby" /
    "Norrby Belysning AB, 556…") are not one joined line; a name split over lines stays whole."""
    if cut == 0:
        return cut
    starts = [b for b in unit.line_starts(unit.document or "") if cut < b <= i]
    if not starts or "," not in before[cut:starts[-1]].strip(" ,\n"):
        return cut
    return starts[-1] if name_at_end(before[starts[-1]:]) else cut


def name_before_number(units: list[Unit], k: int, i: int) -> tuple[str, int, int] | None:
    """(name, start, end in the document) of the name printed before the number at units[k].text[i]."""
    unit = units[k]
    before = unit.text[:i]
    numbers = list(EARLIER_NUMBER.finditer(before))
    cut = numbers[-1].end() if numbers else 0      # the name is printed after the number before it
    cut = own_line_start(unit, before, cut, i)
    name = name_at_end(before[cut:])
    name = after_head_row(name) if name else None
    if name and only_heads(name):
        return name_under_heads(unit.document or "", unit.span(i, i + 1)[0])
    if name:
        at = cut + max(before[cut:].rfind(name.split()[0]), 0)
        glued = glued_line(unit, at, i, name)
        if glued:
            name, at = glued
        return name, unit.span(at, i)[0], unit.span(at, i)[1]
    if before.strip(" ,.:;(") or k == 0:
        return None
    previous = units[k - 1]           # a form: the name stands on a line of its own above
    name = name_like(previous.text) if previous.page == unit.page else None
    if name:
        return name, previous.start, previous.offsets[-1] + 1
    return None


LINE_REACH = 300          # characters back from a number that its name may stand in


def name_on_line(text: str, offset: int) -> tuple[str, int, int] | None:
    """The name before a number on a line no paragraph holds (a page printed as one long line
    that the structure took for furniture): the clause before it on its own line."""
    start = max(text.rfind("\n", 0, offset) + 1, offset - LINE_REACH)
    before = text[start:offset]
    name = name_at_end(before)
    if not name or name not in before:
        return name_above_fields(text, start) if FIELD_LINE.match(before) else None
    return name, start + before.rfind(name), offset


FIELD_LINE = re.compile(rf"(?i)[ \t]*{plain_words(words('contact_labels'))}\s*:")
FIELDS_ABOVE = 4          # lines of a box's fields ("Adress: …", "Tfn: …") between its name and number


def name_above_fields(text: str, line_start: int) -> tuple[str, int, int] | None:
    """The name on the line above a box's field lines ("Norrby Konsult AB" / "Adress: …" /
    "Org.nr: 556…"), when the number's own line holds only its label."""
    end = line_start - 1
    for _ in range(FIELDS_ABOVE):
        start = text.rfind("\n", 0, max(end, 0)) + 1
        line = text[start:end]
        if not line.strip() or "\f" in line:
            return None
        if not FIELD_LINE.match(line):
            name = name_like(line)
            return (name, start + line.find(name), start + line.find(name) + len(name)) \
                if name and name in line and not only_heads(name) else None
        end = start - 1
    return None


# Contact fields that open an address block (short ones, "BG", "Tel", may begin a company's name).
ADDRESS_LABELS = {w.casefold() for w in words("contact_labels") if " " not in w and len(w) >= 5}


def opens_address(name: str) -> bool:
    """'Postadress Box 12 123 45 Ekeby': an address block read as a name (not a head row of labels)."""
    return name.split()[0].casefold().strip(".:") in ADDRESS_LABELS and not only_heads(name)
