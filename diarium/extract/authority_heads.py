"""Bodies the first document's head names on their own: a board on a line or column of the
head (a name in capitals read as running text), the board its title line says the document is
of, a board inside a field of a flat page's opening (a participle ending in a board's word is
none), a board in an anslag box's body label or in a heading, and the organisation or state
agency the letterhead names first (also opening a field of a flat page, or in a title in
capitals)."""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.agency import agency_in_head
from diarium.extract.body_names import (
    ANY_BOARD, BOARD_LINE, BOARDS, CAPITALS_ORGANISATION, FLAT_BOARD, LABEL_INSIDE, LABELLED_BOARD, MINISTRY_LINE,
    ORGANISATION, ORGANISATION_FIRST, OWNERS_MINUTES, Found, capitalised, first_match, organisation_name,
)
from diarium.extract.doctype_owner import title_owner
from diarium.extract.first_document import FirstDocument
from diarium.extract.flat_head import HEAD_CHARS, field_labels
from diarium.language import words

# Field labels at the start of a flat page's field ("Fax ", "Postadress: ").
FIELD_LABEL = re.compile(rf"^\s*(?:{field_labels().pattern})(?:\s*[:/]\s*|\s+)")


def board_in_head(first: FirstDocument) -> Found | None:
    for offset, column in first.head():
        if column.lstrip()[:1].islower():
            continue        # the end of a wrapped title ("… för nämnden och nämndens" / "arbetsutskott")
        # a name in capitals ("SOCIALNÄMNDEN") read as it is written in running text
        read = column[:1] + column[1:].lower() if column.isupper() else column
        found = first_match(BOARD_LINE, read, offset) or first_match(MINISTRY_LINE, read, offset)
        if found:
            return found
    return None


def owning_board(first: FirstDocument) -> Found | None:
    """The board whose document its title line says it is ("Styrelsens protokoll 12 april 2031")."""
    owner = title_owner(first)
    if owner is None:
        return None
    offset, line = first.head_lines()[0]
    at = offset + len(line) - len(line.lstrip())
    if owner.casefold() in {body.definite for body in BOARDS}:
        return owner, at, at + len(owner)       # the board its own title names bare: "Styrelsens protokoll"
    return first_match(BOARD_LINE, owner, at)


def board_in_flat_head(first: FirstDocument) -> Found | None:
    """On a page that lost its line breaks, a board inside a field of its opening (before its
    first heading): "Handläggare: Nina Ek Kultur- och föreningsnämnden Checklista för …"."""
    if first.flat is None:
        return None
    end = first.flat.start + HEAD_CHARS
    for offset, column in first.head():
        found = first_match(FLAT_BOARD, participles_out(column), offset) if offset < end else None
        if found:
            return found
    return None


@lru_cache(maxsize=1)
def participle() -> re.Pattern[str]:
    """A participle that ends in a board's word (`board_participles.txt`), in any form."""
    return re.compile(rf"(?i)(?<![\wåäö-])(?:{'|'.join(sorted(words('board_participles')))})\w*")


def participles_out(column: str) -> str:
    """The column with a participle that ends in a board's word blanked ("samt var för sig
    benämnd …": named, no nämnd), its length kept for the offsets."""
    return participle().sub(lambda m: " " * len(m.group(0)), column)


def board_in_headings(first: FirstDocument) -> Found | None:
    """The first board a heading of the first document names."""
    for section in first.sections():
        heading = section.heading
        found = first_match(ANY_BOARD, heading.text, heading.start) if heading is not None else None
        if found:
            return found
    return None


def labelled_board(first: FirstDocument) -> Found | None:
    """A board after a body label anywhere on the first two pages ("Organ  Myndighetsnämnden")."""
    for offset, column in first.opening_columns():
        found = first_match(LABELLED_BOARD, column, offset)
        if found:
            return found
    if first.flat is None:
        return None
    opening = set(first.pages[:2])
    lines = [line for line in first.lines() if line.page in opening]
    return next(filter(None, (first_match(LABEL_INSIDE, line.text, line.start) for line in lines)), None) \
        or next(filter(None, (first_match(OWNERS_MINUTES, line.text, line.start) for line in lines)), None)


def letterhead_body(first: FirstDocument) -> Found | None:
    """The organisation or state agency the head names first: an agency's letterhead stands above
    the address of the kommun it writes to ("Trafikverket" … "Ekeby kommun / Box 1")."""
    candidates = [f for f in (organisation_in_head(first), agency_in_head(first.head())) if f is not None]
    return min(candidates, key=lambda f: f[1]) if candidates else None


def organisation_in_head(first: FirstDocument) -> Found | None:
    for offset, column in first.head():
        named = ORGANISATION.match(column)
        if named:
            return organisation_name(named), offset, offset + len(column)
    if first.flat is not None:
        for offset, column in first.head():
            value = FIELD_LABEL.sub("", column, count=1)
            named = ORGANISATION_FIRST.match(value) if value != column else None
            if named:
                at = offset + len(column) - len(value) + len(named.group(0)) - len(named.group(0).lstrip())
                return organisation_name(named), at, at + len(named.group(0).strip())
    return organisation_in_capitals(first)


def organisation_in_capitals(first: FirstDocument) -> Found | None:
    """The organisation a title in capitals names ("TAXOR NORRBYS KOMMUN 2031").

    >>> from diarium.extract.authority import find_authority
    >>> find_authority("Förslag TAXOR OCH AVGIFTER NORRBYS KOMMUN 2031 Bilaga 1 Taxa för tillsyn")[0]
    'Norrbys kommun'
    """
    for offset, column in first.head():
        named = CAPITALS_ORGANISATION.search(column)
        if named:
            return f"{capitalised(named.group('name'))} {named.group('word').lower()}", offset + named.start(), offset + named.end()
    return None
