"""A decision granting money to several recipients, with the forms some of them filled in: every
recipient the decision names is a party, the forms' numbers go to the recipients they name, a
form's head row of labels is no part of a name, and a form naming no recipient adds no party."""
from __future__ import annotations

from diarium.extract.orgnr import find_orgnrs
from diarium.extract.parties import find_parties
from diarium.extract.party_clauses import from_orgnrs
from diarium.extract.units import text_units
from diarium.structure import analyse

DECISION = """Ekeby kommun

Fullmäktige beviljar Framstegspartiet, Norrbylistan och Ekebyalliansen partistöd för 2026.

Partistödet betalas ut i januari 2026.
"""
STACKED_FORM = """\f
Redovisning av partistöd

Uppgifter om partiet

Parti
Norrbylistan

Organisationsnummer

802471-1239

Kontonummer

Utdelningsadress

Kontaktperson

Anna Berg
"""
ROW_FORM = """\f
Redovisning av partistöd 2025
Uppgifter om partiet
Parti Organisationsnummer Kontonummer
Ekebyalliansen 802488-4564 [ix

Postort
Ekeby

Kontaktperson

Telefonnummer
"""
BRANCH_FORM = """\f
Redovisning av partistöd 2025
Uppgifter om partiet
Parti Organisationsnummer Kontonummer

Ekebykretsens Framstegare
Utdelningsadress E-postadress

Postnummer Postort Telefonnummer
Ekeby

Kontaktperson
Per Holm, Ordförande
"""


def found(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.orgnr) for p in find_parties(text)}


def test_every_recipient_beside_the_numbered_forms():
    assert found(DECISION + STACKED_FORM + ROW_FORM) == {
        ("Framstegspartiet", None), ("Norrbylistan", "802471-1239"), ("Ekebyalliansen", "802488-4564")}


def test_a_head_row_is_no_part_of_the_name():
    text = ("Redovisning av bidrag\n\nÅr 2025\n\nUppgifter\nFörening Organisationsnummer Kontonummer\n"
            "Ekeby Båtklubb 802488-4564\n\nPostort\nEkeby\n")
    parties = from_orgnrs(text, find_orgnrs(text), text_units(text, analyse(text)))
    assert [(p.name, p.orgnr) for p in parties] == [("Ekeby Båtklubb", "802488-4564")]


def test_a_form_naming_no_recipient_adds_no_party():
    assert found(DECISION + BRANCH_FORM) == {("Framstegspartiet", None), ("Norrbylistan", None), ("Ekebyalliansen", None)}
