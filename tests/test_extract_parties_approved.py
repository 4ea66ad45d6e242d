"""Parties of the agreements a decision approves, written for these tests in the layout of
another kommun's protokoll with its signed agreement attached: a company named "X i <ort> AB",
and a counterparty named only in the decision while the attached agreement lists its own
parties with their organisationsnummer."""
from __future__ import annotations

from diarium.extract import find_parties

TEXT = """§ 58 Dnr KS 2024/0412
Exploateringsavtal för Norra Industriområdet

Beslut
Kommunfullmäktige godkänner exploateringsavtal mellan kommunen och Lagerhus i Borås AB samt
överenskommelse om fastighetsreglering mellan kommunen och Fastighets AB Viskan, undertecknade
av bolagen 2024-11-20.

EXPLOATERINGSAVTAL
Parter
Borås Stad, org.nr 212000-1561, nedan kallad Staden
Lagerhus i Borås AB, org.nr 556677-8899, nedan kallat Bolaget

År 2016 tecknades ett avtal med Västra Lagerbolaget om arrende.
"""


def names() -> list[str]:
    return [p.name for p in find_parties(TEXT)]


def test_a_company_named_x_i_place_ab_is_one_name():
    assert "Lagerhus i Borås AB" in names()


def test_a_counterparty_of_an_approved_agreement_stays_beside_a_numbered_party_clause():
    assert "Fastighets AB Viskan" in names()
    assert "Västra Lagerbolaget" not in names()       # a former agreement in the background


def test_the_kommun_whose_signatories_sign_is_the_public_party():
    text = ("MÖLNDALS STAD\nKommunstyrelsens arbetsutskott\n\n§ 91 Dnr KS 2024/0288\nMarkanvisningsavtal för "
            "Lackarebäck\n\nBeslut\nKommunstyrelsen godkänner markanvisningsavtal inom kvarteret Spinnrocken, "
            "undertecknat av Bostadsbolaget Kvarnen AB 2024-10-02.\nKommunstyrelsens ordförande utses att för "
            "stadens räkning underteckna avtalet.\n")
    parties = find_parties(text)
    assert [p.name for p in parties] == ["Bostadsbolaget Kvarnen AB", "Mölndals stad"]
    assert parties[1].public
