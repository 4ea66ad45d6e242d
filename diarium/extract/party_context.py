"""Where a page speaks of parties, and what a party's name looks like on its own: the
agreement, grant and role words that make a page one that names parties, a signing service's
log (which names none), a natural person's name ("Anna Berg") told from an organisation's, and
a short line that is a name by itself (a form's value column).

>>> looks_like_person("Anna Berg"), looks_like_person("Norrby Bygg AB")
(True, False)
>>> name_like("Norrby Bygg AB"), name_like("Tel: 010-123 45 67")
('Norrby Bygg AB', None)
"""
from __future__ import annotations

import re
from bisect import bisect_right

from diarium.extract.party_names import clean_name, strip_markup
from diarium.extract.patterns import plain_words
from diarium.language import table, words
from diarium.text import page_starts

ROLES = table("party_roles")
# A page that speaks of an agreement, a grant or its parties.
PARTY_CONTEXT = re.compile(
    rf"(?i){plain_words(words('agreement_words'))}|{plain_words(words('grant_words'))}|\bparter|"
    rf"\b{plain_words([*ROLES, *ROLES.values()])}\b|\bnedan\s+kallad")
FIRST_NAMES = words("first_names")
# A signing service's log just above the number: the signer's account, no party.
SIGNING_LOG = re.compile(rf"(?i){plain_words(words('signing_log_words'))}")


def page_text(text: str, offset: int) -> str:
    """The page (form-feed separated) holding `offset`."""
    starts = page_starts(text)
    page = bisect_right(starts, offset) - 1
    end = starts[page + 1] - 1 if page + 1 < len(starts) else len(text)
    return text[starts[page]:end]


def in_party_context(text: str, offset: int) -> bool:
    return bool(PARTY_CONTEXT.search(page_text(text, offset)))


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
