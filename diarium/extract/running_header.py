"""The issuer a running header names: the same name before the page counter at the top of
every page ("Länstrafiken 1 (8)", "Länstrafiken 2 (8)", …), where nothing else in the head
says who issued the document (a förvaltning or bolag whose name has no board word).

>>> running_header("Länstrafiken 1 (3)\\nAvtal om skolskjuts\\n\\fLänstrafiken 2 (3) Parter\\n\\fLänstrafiken 3 (3) Slut")
('Länstrafiken', 0, 12)
>>> running_header("Sida 1 (2)\\nText\\n\\fSida 2 (2)\\nMer") is None
True
"""
from __future__ import annotations

import re

from diarium.language import table, words

HEADER = re.compile(r"[ \t]*(?P<name>[A-ZÅÄÖ][\wåäö&-]*(?:[ \t]+[A-ZÅÄÖ][\wåäö&-]*){0,3})[ \t]+\d{1,3}[ \t]?\(\d{1,3}\)")
MIN_PAGES = 2
# A running header that names the document's kind ("Sammanträdesprotokoll 2 (9)") names no issuer.
NOT_ISSUERS = {w.casefold() for w in words("page_furniture")} | {k.lstrip("*").casefold() for k in table("document_kinds")}


def running_header(text: str) -> tuple[str, int, int] | None:
    """(name, start, end) of the name that heads two pages or more before their page counter."""
    seen: dict[str, tuple[int, int, int]] = {}
    at = 0
    for page in text.split("\f"):
        first = next((m for m in re.finditer(r"[^\n]*\S[^\n]*", page)), None)
        header = HEADER.match(page, first.start()) if first else None
        if header and not NOT_ISSUERS & set(header.group("name").casefold().split()):
            count, start, end = seen.get(header.group("name"), (0, at + header.start("name"), at + header.end("name")))
            seen[header.group("name")] = (count + 1, start, end)
        at += len(page) + 1
    named = [(name, start, end) for name, (count, start, end) in seen.items() if count >= MIN_PAGES]
    return min(named, key=lambda n: n[1]) if named else None
