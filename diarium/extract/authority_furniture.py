"""The organisation a page's running header or footer opens with ("Ekeby kommun  Taxa 2031  4"):
page furniture repeated on the pages of the first document names the body that issued it, where
its head names none (an excerpt that starts on an inner page, past the letterhead).
"""
from __future__ import annotations

from diarium.extract.body_names import ORGANISATION_FIRST, Found, organisation_name
from diarium.extract.first_document import FirstDocument

RUNNING = ("header", "footer")


def furniture_body(first: FirstDocument) -> Found | None:
    """The organisation that opens a running header or footer on the first document's pages."""
    pages = set(first.pages)
    for line in first.structure.furniture:
        named = ORGANISATION_FIRST.match(line.text) if line.kind in RUNNING and line.page in pages else None
        if named:
            lead = len(named.group(0)) - len(named.group(0).lstrip())
            return organisation_name(named), line.start + lead, line.start + len(named.group(0))
    return None

