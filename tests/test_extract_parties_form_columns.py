"""A form's value line holds the values of several columns: after a wide gap the next column's
value starts, so two signatories side by side under a party field are no organisation."""
from __future__ import annotations

from diarium.extract.party_forms import form_parties


def test_two_persons_side_by_side_under_a_party_field_are_no_party():
    text = ("Beslutet skickas till\nSökande\n\nAnna Berg                    Per Ekman\n"
            "Kommundirektör               Planchef\n\nFörnamn    Efternamn\n\nE-postadress     Mobiltelefon\n\n"
            "Organisationsnummer\n556036-0793\n")
    assert form_parties(text) == []


def test_an_organisation_in_the_first_column_keeps_its_number():
    text = ("Föreningens namn       Organisationsnummer\nNorrby Båtklubb        809772-7070\n"
            "Utdelningsadress Postnummer Postort\nKontaktperson Telefonnummer\n")
    assert [(p.name, p.orgnr) for p in form_parties(text)] == [("Norrby Båtklubb", "809772-7070")]
