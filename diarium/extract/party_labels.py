"""Field labels glued to a name: a form's head row ("Parti  Organisationsnummer  Kontonummer")
that the text joined to the value under it. A label is never a name, and two labels in a row
are a head row: the name is what follows the last of them.

>>> after_head_row("Uppgifter Förening Organisationsnummer Kontonummer Norrby Bygdegårdsförening")
'Norrby Bygdegårdsförening'
>>> after_head_row("Parti Organisationsnummer")
>>> after_head_row("Ekeby Idrottsförening")
'Ekeby Idrottsförening'
>>> text = "Avtal\\n\\nHyresgäst\\n\\nOrganisationsnummer: 802400-1128\\n"
>>> under_role_label(text, text.index("802400")), under_role_label("Företag\\nOrganisationsnummer 802400-1128", 30)
(True, False)
"""
from __future__ import annotations

from functools import lru_cache

from diarium.language import table, words

ROLE_REACH = 6            # non-blank lines above a number that its party's role label may stand on


@lru_cache(maxsize=1)
def field_labels() -> frozenset[str]:
    """Every one-word field label of a form (the party field, the contact fields)."""
    every = words("form_fields") | words("contact_labels") | words("form_party_fields")
    return frozenset(label.casefold() for label in every if " " not in label)


def is_field_label(token: str) -> bool:
    return token.casefold().strip(".:,;|") in field_labels()


def after_head_row(name: str) -> str | None:
    """`name` without a head row of labels before it; None when nothing but labels is left."""
    tokens = name.split()
    last = max((k for k in range(1, len(tokens)) if is_field_label(tokens[k]) and is_field_label(tokens[k - 1])),
               default=None)
    if last is None:
        return name
    rest = " ".join(tokens[last + 1:])
    return rest or None


@lru_cache(maxsize=1)
def role_labels() -> frozenset[str]:
    """A party's role as a label ("Hyresgäst", "Arrendatorn"), in either form."""
    roles = table("party_roles")
    return frozenset({*roles, *roles.values()})


def under_role_label(text: str, offset: int) -> bool:
    """Does a party's role label stand on a line of its own just above `offset` on its page
    (a party block whose name the copy lost)?"""
    page_start = text.rfind("\f", 0, offset) + 1
    lines = [line.strip(" :|*") for line in text[page_start:offset].split("\n")[:-1] if line.strip()]
    return any(line.casefold() in role_labels() for line in lines[-ROLE_REACH:])
