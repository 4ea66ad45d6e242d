"""A web page's breadcrumb trail ("Hem > Ekeby kommun > Ekeby Bostäder AB > Sammanträde
2031-04-29"): the page is the last crumb's, so its body is the most specific organisation on the
trail — a company the kommun owns, named by its legal form, after the kommun itself.

>>> company_in_breadcrumb([(0, "Hem > Ekeby kommun > AB Norrby Bostäder > Sammanträde 2031-04-29")])
('AB Norrby Bostäder', 21, 39)
>>> company_in_breadcrumb([(0, "Hem > Ekeby kommun > Sammanträden")]) is None
True
"""
from __future__ import annotations

import re

from diarium.extract.patterns import plain_words
from diarium.language import words

CRUMB_SEPARATOR = re.compile(r"\s+[>»›]\s+")
MIN_CRUMBS = 3
CAPITALISED = r"[A-ZÅÄÖ][\wåäö&-]*"


def company_pattern() -> re.Pattern[str]:
    """A name with its company form first or last ("AB Norrby Bostäder", "Norrby Energi AB")."""
    forms = plain_words(w for w in words("organisation_forms") if w.isupper())
    name = rf"{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}}"
    return re.compile(rf"^(?:{forms}\s+{name}|{name}\s+{forms})$")


COMPANY = company_pattern()


def company_in_breadcrumb(head: list[tuple[int, str]]) -> tuple[str, int, int] | None:
    """The last company crumb of a head line that is a breadcrumb trail."""
    for offset, column in head:
        crumbs = CRUMB_SEPARATOR.split(column)
        if len(crumbs) < MIN_CRUMBS:
            continue
        at, found = 0, None
        for crumb in crumbs:
            at = column.index(crumb, at)
            if COMPANY.match(crumb.strip()):
                found = (crumb.strip(), offset + at, offset + at + len(crumb.strip()))
            at += len(crumb)
        if found is not None:
            return found
    return None
