"""The head of a first page that lost its line breaks, cut back into its fields.

A page printed as one long line ("PROTOKOLL 1 (42) Kommunstyrelsen Plats och tid
Kommunstyrelsens sammanträdesrum … Beslutande …") has no lines or columns for the scalar
finders to read. Its letterhead and header fields are still there, each behind its label:
the line's opening (up to the first heading inside it) and its close (the page footer) are
cut before every field label printed with its capital — letterhead fields, date, dnr, contact
and attendance labels, body labels (`language/data`) — and around page numbers ("1 (42)",
"Sida 1(31)"). Each piece is then read as a line of the head.

>>> text = "PROTOKOLL 1 (42) Kommunstyrelsen Plats och tid Kommunstyrelsens sammanträdesrum, kl Beslutande Bert Ek (S)"
>>> [field for _, field in flat_fields(text, 0, len(text))]
['PROTOKOLL', '1 (42)', 'Kommunstyrelsen', 'Plats och tid Kommunstyrelsens sammanträdesrum, kl', 'Beslutande Bert Ek (S)']
>>> text = "KONTORET Handläggare Berg Anna Datum 2016-08-29 Diarienummer KSN-2016-1422 Kommunstyrelsen Riktlinjer"
>>> [field for _, field in flat_fields(text, 0, len(text))]
['KONTORET', 'Handläggare Berg Anna', 'Datum 2016-08-29', 'Diarienummer KSN-2016-1422', 'Kommunstyrelsen Riktlinjer']
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.language import table, words
from diarium.language.letters import sv_pattern

HEAD_CHARS = 500          # the opening of a flat page that holds its letterhead and header
FOOT_CHARS = 300          # its close, where the page footer stands
PAGE_NUMBER = re.compile(r"(?:\bSida\s+)?(?<![\w/-])\d{1,3}\s?\(\s?\d{1,3}\s?\)")
# The case number after a dnr label ends the field: "Diarienummer KSN-2016-1422 | Kommunstyrelsen".
DNR_VALUE = re.compile(r"(?:[A-ZÅÄÖ]{1,6}\s)?\S*\d\S*")


@lru_cache(maxsize=1)
def field_labels() -> re.Pattern[str]:
    """Every field label as printed at the start of a field: with its capital, or in capitals."""
    labels = {*table("letterhead_fields"), *(label.casefold() for label in table("date_labels")),
              *(label.rstrip(".:") for label in words("dnr_labels")), *words("contact_labels"),
              *(label.casefold() for label in table("attendance_labels")), *words("body_labels")}
    forms = sorted({label for label in labels if len(label) > 2}, key=len, reverse=True)
    printed = [sv_pattern(form[:1].upper() + form[1:]) for form in forms] + [sv_pattern(form.upper()) for form in forms]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(printed)})(?![\w-])")


def dnr_labels() -> re.Pattern[str]:
    forms = sorted({label.rstrip(".:") for label in words("dnr_labels")}, key=len, reverse=True)
    return re.compile(rf"(?i)^(?:{'|'.join(sv_pattern(form) for form in forms)})\s*:?\s*")


def flat_fields(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, field) of text[start:end], cut before field labels and around page numbers."""
    piece = text[start:end]
    cuts = {0, len(piece)}
    cuts.update(match.start() for match in field_labels().finditer(piece))
    for match in PAGE_NUMBER.finditer(piece):
        cuts.update((match.start(), match.end()))
    points = sorted(cuts)
    fields: list[tuple[int, str]] = []
    for a, b in zip(points, points[1:]):
        fields += _after_dnr(start + a, piece[a:b])
    return [(offset + len(field) - len(field.lstrip()), field.strip()) for offset, field in fields if field.strip()]


def _after_dnr(offset: int, field: str) -> list[tuple[int, str]]:
    """A dnr field ends after its case number; what follows is the next field."""
    label = dnr_labels().match(field)
    value = DNR_VALUE.match(field, label.end()) if label else None
    if label is None or value is None or not field[value.end():].strip():
        return [(offset, field)]
    return [(offset, field[:value.end()]), (offset + value.end(), field[value.end():])]


def flat_head(text: str, start: int, end: int, first_heading: int | None) -> list[tuple[int, str]]:
    """The fields of a flat page (text[start:end]): its opening up to its first heading, and
    its footer."""
    head_end = min(end, start + HEAD_CHARS, first_heading if first_heading is not None else end)
    foot_start = max(head_end, end - FOOT_CHARS)
    while foot_start < end and not text[foot_start - 1].isspace():
        foot_start += 1                 # from a word's start
    return flat_fields(text, start, head_end) + (flat_fields(text, foot_start, end) if foot_start < end else [])
