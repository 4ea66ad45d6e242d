"""Organisations a case names where no party is named, written for these tests in other bodies'
style: an agreement in the list of underlag (also where the text lost its line breaks), a grant
table's column head "Beviljat belopp", an agreement the document calls a separate one; and an
adjective of the grant ("kommunal borgen") that is no part of its recipient's name."""
from __future__ import annotations

from diarium.extract import find_parties


def names(text: str) -> list[str]:
    return sorted(p.name for p in find_parties(text))


def test_an_agreement_in_the_list_of_underlag_names_no_party():
    text = ("Sammanfattning av ärendet\n\nEkeby tennisklubb önskar kommunal borgen för ett lån om 2 000 000 kr.\n\n"
            "Beslutsunderlag\nTjänsteskrivelse, 2016-03-02\nNyttjanderättsavtal med Norrby Golf AB\nAnsökan\n\n"
            "Beslut\n\nKommunfullmäktige beviljar Ekeby tennisklubb borgen om 2 000 000 kr.\n")
    assert names(text) == ["Ekeby tennisklubb"]


def test_the_kommun_of_an_earlier_agreement_in_flat_underlag_is_no_party():
    text = ("Ekeby kommun Sammanträdesprotokoll Kommunstyrelsen Utökad kommunal borgen för Ekeby Bostäder AB "
            "Sammanfattning Ekeby Bostäder AB (EBAB) står inför stora investeringar. Kommunkontoret föreslår att "
            "Ekeby Bostäder AB beviljas en utökad borgensram. Beslutsunderlag Kommunfullmäktiges beslut ( 99) "
            "gällande avtal om kommunal borgen mellan kommunen och EBAB. Kommunkontorets skrivelse. "
            "Yrkanden Anna Berg (S) yrkar bifall.")
    assert "Ekeby kommun" not in names(text)


def test_a_granted_amounts_column_head_names_no_recipient():
    text = ("Nämnd            Område           Begärt belopp, kronor Beviljat belopp, kronor\n"
            "Vård                                                       500 000\n\n"
            "Kultur & Fritid                                             1 000 000\n")
    assert names(text) == []


def test_a_separate_agreement_names_no_party_of_the_document():
    text = ("Samverkansavtal\n\nRegionerna har inrättat ett enkelt bolag, Ekeby Center. Arbetsfördelningen mellan "
            "Ekeby Center och Norrby Förbund regleras i särskilt avtal mellan Ekeby Center och Norrby Förbund.\n")
    assert names(text) == []


def test_an_adjective_of_the_grant_ends_the_recipients_name():
    assert names("Kommunfullmäktige beviljar Ekeby tennisklubb kommunal borgen om 2 000 000 kr.") == ["Ekeby tennisklubb"]
    assert names("Nämnden beviljar Norrby IF tillfälligt stöd om 50 000 kr.") == ["Norrby IF"]
