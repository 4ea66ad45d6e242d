"""The seller and the buyer of a purchase told in running text (a court report's facts, a
tjänsteskrivelse's background), written for these tests in another body's style."""
from __future__ import annotations

from diarium.extract import find_parties


def names(text: str) -> list[str]:
    return sorted(p.name for p in find_parties(text))


def test_the_seller_and_the_buyer_who_took_over_the_purchase():
    text = ("Enligt köpekontrakt d 3 maj 1991 sålde Ekeby kommun till B.K. ett område av fastigheten Ekeby 4:11. "
            "Handpenning, 20 miljoner kr, erlades vid avtalets undertecknande.\n\n"
            "B.K. överlät enligt en dagtecknad handling sina rättigheter enligt köpekontraktet till Norrby Bygg "
            "Aktiebolag (Norrby).\n")
    assert names(text) == ["Ekeby kommun", "Norrby Bygg Aktiebolag"]


def test_a_sale_without_its_agreement_names_no_party():
    assert names("Under året sålde Ekeby kommun tre tomter till Norrby Bygg AB.") == []
