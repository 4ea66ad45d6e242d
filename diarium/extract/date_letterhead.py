"""A date printed right after the document's kind in its letterhead: a state agency's "BESLUT
2019-05-03 Dnr 511-1234-19" or "ANSÖKAN 2012-06-27 Dnr 252/2012 1 (10)", the columns of the
letterhead run together (after a form's id and version date, which is not the document's).

>>> kind_dated([(0, "KKV1000, v2.0, 2030-01-04 BESLUT 2031-06-27"), (46, "Dnr 12/2031")]).value
'2031-06-27'
>>> kind_dated([(0, "Anna Berg Tjänsteskrivelse Enhetschef 2031-02-16 Norrby nämnd")]).value
'2031-02-16'
>>> kind_dated([(0, "Beslut om bidrag"), (17, "Nämnden beslutade 2031-06-27")]) is None
True
"""
from __future__ import annotations

import re

from diarium.extract.date_phrases import DATE, Found, date_in
from diarium.extract.doctype import label_pattern
from diarium.language import table

LETTERHEAD_COLUMNS = 3      # the kind and its date stand in the letterhead, its first columns
KINDS = [label for label in table("document_kinds")]
KIND_THEN_DATE = re.compile(
    r"(?<![\w-])(?:" + "|".join([label_pattern(k) for k in KINDS] + [label_pattern(k, True) for k in KINDS])
    # one capitalised word may stand between: the writer's title, its column run into the line
    # ("Tjänsteskrivelse Ekonomichef 2030-11-04")
    + rf")(?:[ \t]+[A-ZÅÄÖ][a-zåäö]+)?[ \t]+(?P<date>{DATE.pattern[4:]})(?![\w-])")


def kind_dated(head: list[tuple[int, str]]) -> Found | None:
    """The date right after the document's kind in one of the letterhead's first columns."""
    for offset, column in head[:LETTERHEAD_COLUMNS]:
        match = KIND_THEN_DATE.search(column)
        found = date_in(match.group("date"), offset + match.start("date")) if match else None
        if found:
            return found
    return None
