"""Parties named where an agreement names them: with an organisationsnummer and after a role
label ("Exploatör: Y AB"); the signature block ("för Region Norrland") is `party_signing`'s,
what a defined term stands for `party_defined`'s, a list of terms `party_terms`'.

An organisationsnummer names a party only where the page speaks of an agreement, a grant or
parties: the signing service's log page of a protokoll ("Organisation: Ekeby kommun,
Organisationsnr: …") names no party. When no name stands before a number (a form whose values
stand in a column of their own), the nearest name-like line above it is the name; failing that,
the number is kept as a party named by its number. A signing service's log ("Dokumentet är
signerat av …") prints the signer's organisation and number on any page, and a footer at the
foot of every page prints the issuer's; they name no party. A party box whose head row holds
only a role and column labels ("Jordägare  Postadress  Org. nr: …") has the name under it; a
förhandlingsprotokoll names its parties on "för X" lines under "Parter".

>>> from diarium.structure import analyse
>>> from diarium.extract.orgnr import find_orgnrs
>>> from diarium.extract.units import text_units
>>> text = ("Parter:\\na) Ekeby kommun (212000-9994), nedan kallad Kommunen\\n"
...         "b) Norrskärs Havsbad AB (556900-1232), nedan kallad Exploatören\\n")
>>> units = text_units(text, analyse(text))
>>> [(p.name, p.orgnr) for p in from_orgnrs(text, find_orgnrs(text), units)]
[('Ekeby kommun', '212000-9994'), ('Norrskärs Havsbad AB', '556900-1232')]
>>> text = "Avtal om markanvisning\\nExploatör: Byggbolaget Väst AB, Org nr: 5566 123 451\\n"
>>> [(p.name, p.orgnr, p.orgnr_valid) for p in from_labels(text, text_units(text, analyse(text)))]
[('Byggbolaget Väst AB', None, None)]
>>> text = "Protokoll\\fDokumentet är signerat\\nOrganisation: Ekeby kommun\\nOrganisationsnr: 212000-9994\\n"
>>> from_orgnrs(text, find_orgnrs(text), text_units(text, analyse(text)))
[]
>>> text = "Avtal\\n\\nDokumentet är signerat av Ciceron\\nOrganisation: Ekeby kommun\\nOrganisationsnr: 212000-9994\\n"
>>> from_orgnrs(text, find_orgnrs(text), text_units(text, analyse(text)))      # the same log on an agreement's page
[]
"""
from __future__ import annotations

import re
from bisect import bisect_right

from diarium.extract.evidence import evidence
from diarium.extract.party_labels import after_head_row
from diarium.extract.party_names import NOT_A_PARTY, clean_name, main_part, name_at_end, sentence_around, strip_markup
from diarium.extract.patterns import plain_words
from diarium.extract.units import Unit
from diarium.language import table, words
from diarium.schemas import OrgNr, Party
from diarium.text import page_starts

ROLES = table("party_roles")
# A page that speaks of an agreement, a grant or its parties.
PARTY_CONTEXT = re.compile(
    rf"(?i){plain_words(words('agreement_words'))}|{plain_words(words('grant_words'))}|\bparter|"
    rf"\b{plain_words([*ROLES, *ROLES.values()])}\b|\bnedan\s+kallad")
# "Köpare: X AB", "Köparen: X AB"; the name runs to the next label's colon, whose role word is
# cut off ("Beställare: Ekeby kommun   Leverantör: Norrby AB": two boxes on one line).
ROLE_WORDS = plain_words([*ROLES, *ROLES.values()])
LABEL = re.compile(rf"(?i)(?<![\wåäö])(?P<role>{ROLE_WORDS})(?:\s*\([^)]*\))?\s*:\s*(?P<name>[^;:]+)")
NEXT_ROLE = re.compile(rf"(?i)\s+{ROLE_WORDS}\s*$")
TRAILING_NUMBER = re.compile(r"(?i)[\s,(]*(?:org(?:anisations)?\.?\s*-?\s*n\w{0,6}r\.?|orgnr)?\s*[:.]?\s*"
                             r"\(?\s*\d[\d\s–-]{8,14}\d\s*\)?\s*,?\s*$")
FIRST_NAMES = words("first_names")
# A signing service's log just above the number: the signer's account, no party.
SIGNING_LOG = re.compile(rf"(?i){plain_words(words('signing_log_words'))}")
# A defined term ends a party's clause: what follows it describes the party or its property
# ("…, nedan kallad Kommunen, ägare till X (tidigare del av Y)") and says nothing of its leaving.
DEFINED_TERM = re.compile(r"(?i)\bnedan\s+(?:kallad|kallat|kallade|benämnd|benämnt|benämnda)\b")
# A label of a personnummer in the clause: the party named there is a natural person.
PERSONNUMMER = re.compile(rf"(?i)(?<![\wåäö]){plain_words(words('personnummer_labels'))}(?![\wåäö])")


def page_text(text: str, offset: int) -> str:
    """The page (form-feed separated) holding `offset`."""
    starts = page_starts(text)
    page = bisect_right(starts, offset) - 1
    end = starts[page + 1] - 1 if page + 1 < len(starts) else len(text)
    return text[starts[page]:end]


def in_party_context(text: str, offset: int) -> bool:
    return bool(PARTY_CONTEXT.search(page_text(text, offset)))


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


def looks_like_person(name: str) -> bool:
    """'Albin Olsson' is a person, 'Nils Lindahl Fastigheter AB' is not."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and parts[0] in FIRST_NAMES and all(p[:1].isupper() for p in parts)


def name_like(line: str) -> str | None:
    """A short line that is a name on its own (a form's value column: 'Ekeby Kommun')."""
    line = strip_markup(line)
    if not line or len(line.split()) > 6 or re.search(r"\d{3}|[.:;!?]$|@", line):
        return None
    name = clean_name(line)
    return name if name and not looks_like_person(name) else None


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


UNNAMED = "org.nr "         # the name a number gets when no name stands with it


def unnamed(orgnr: str) -> str:
    return UNNAMED + orgnr


def is_unnamed(party: Party) -> bool:
    """A party known only by its number so far."""
    return party.name.startswith(UNNAMED)


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


FOOTER_LINES = 3          # non-blank lines at a page's foot that a footer may fill


def at_page_foot(text: str, offset: int) -> bool:
    """Is `offset` in the last few non-blank lines of its page?"""
    page_end = text.find("\f", offset)
    after = text[offset:page_end if page_end >= 0 else len(text)]
    return sum(1 for line in after.split("\n") if line.strip()) <= FOOTER_LINES


def footer_numbers(text: str, org: OrgNr) -> set[int]:
    """Starts of the mentions of a number printed at the foot of two pages or more: a footer
    the structure did not see on every page ("Organisationsnummer: 212000-0000 | info@…")."""
    feet = {ev.start for ev in org.evidence if at_page_foot(text, ev.start)}
    return feet if len(feet) > 1 else set()


def own_clause(sentence: str, number: str) -> str:
    """The clause of `sentence` that prints `number`, when a defined term closes it: from the
    previous defined term (another party's clause) to its own; else the whole sentence."""
    at = sentence.find(number)
    close = DEFINED_TERM.search(sentence, at) if at >= 0 else None
    if close is None:
        return sentence
    opens = [m.end() for m in DEFINED_TERM.finditer(sentence, 0, at)]
    return sentence[opens[-1] if opens else 0:close.start()]


# Contact fields that open an address block (short ones, "BG", "Tel", may begin a company's name).
ADDRESS_LABELS = {w.casefold() for w in words("contact_labels") if " " not in w and len(w) >= 5}


def opens_address(name: str) -> bool:
    """'Postadress Box 12 123 45 Ekeby': an address block read as a name (not a head row of labels)."""
    return name.split()[0].casefold().strip(".:") in ADDRESS_LABELS and not only_heads(name)


def from_orgnrs(text: str, orgnrs: list[OrgNr], units: list[Unit]) -> list[Party]:
    """A party for every organisationsnummer printed where the page speaks of parties; never
    one in the footer of every page (the issuer's own address block)."""
    parties = []
    for org in orgnrs:
        feet = footer_numbers(text, org)
        for ev in org.evidence:
            if not in_party_context(text, ev.start) or SIGNING_LOG.search(text, max(0, ev.start - 300), ev.start) \
                    or ev.start in feet:
                continue
            at = unit_at(units, ev.start)
            around = sentence_around(units[at[0]].text, at[1], at[1] + 1) if at else text[max(0, ev.start - 200):ev.end + 100]
            if NOT_A_PARTY.search(own_clause(around, text[ev.start:ev.end])):
                continue
            found = name_before_number(units, *at) if at else name_on_line(text, ev.start)
            if found and opens_address(found[0]):
                found = None            # "Postadress Box 12 … Org.nr: …": an address block's number, no name
            if found is None:
                name, span = org.name or unnamed(org.orgnr), (ev.start, ev.end)
            else:
                name, span = found[0], (found[1], ev.end)
            org.name = org.name or (found[0] if found else None)
            parties.append(Party(name=name, orgnr=org.orgnr, orgnr_valid=org.orgnr_valid,
                                 evidence=[evidence(text, *span)]))
    return parties


def from_labels(text: str, units: list[Unit]) -> list[Party]:
    """'Exploatör: Y AB', 'Köpare: X' — a role label and the name after it."""
    parties = []
    for unit in units:
        if ":" not in unit.text:
            continue                    # (a label ends in a colon: most paragraphs have none)
        breaks: list[int] | None = None
        at = 0
        while (match := LABEL.search(unit.text, at)) is not None:
            following = NEXT_ROLE.search(match.group("name"))      # the next box's label on the same line
            name_end = match.start("name") + following.start() if following else match.end("name")
            at = name_end if following else match.end()
            breaks = unit.line_starts(text) if breaks is None else breaks
            end = next((b for b in breaks if b > match.start("name") and unit.text[b - 2] != ","), name_end)
            raw = TRAILING_NUMBER.sub("", unit.text[match.start("name"):min(end, name_end)])
            name = clean_name(main_part(re.split(r"(?i),?\s*org(?:anisations)?\.?\s*n", raw)[0]))
            if not name or looks_like_person(name) or PERSONNUMMER.search(unit.text, match.start("name"), end):
                continue
            start = match.start("name")
            parties.append(Party(name=name, evidence=[evidence(text, *unit.span(start, start + len(name)))]))
    return parties
