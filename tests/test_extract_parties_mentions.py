"""Parties under a lone role label (the address block below it), and organisations that a
party clause seems to name but that are no parties: a counterparty in an agenda item's title,
a company's former name. Made-up snippets in other bodies' layouts."""
from __future__ import annotations

from diarium.extract.parties import find_parties


def names(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.orgnr) for p in find_parties(text)]


GRANT = """Avtal om projektbidrag till ideella organisationer år 2026

Bidragsgivare:
Ekeby kommun
Kultur- och fritidsförvaltningen
123 45 Ekeby

Kontaktperson: Anna Berg

Bidragstagare:

Norrby Idrottsförening
Byvägen 4
123 46 Norrby

Organisationsnummer: 802002–4173
Bankgiro: 5784–5018

1. Bidrag
Ekeby kommun har beviljat ett projektbidrag om 120 000 kr.
"""


def test_the_address_block_under_a_lone_role_label_names_the_party():
    found = names(GRANT)
    assert ("Norrby Idrottsförening", "802002-4173") in found
    assert any(name == "Ekeby kommun" for name, _ in found)


def test_a_recipient_label_over_the_next_paragraph_names_no_party():
    text = ("Beslutet skickas till\nSökande\n\n"
            "§ 12\nNämnden beviljar ansökan om bygglov för Ekeby 3:4.\n")
    assert names(text) == []


def test_an_agenda_title_naming_a_company_is_no_party():
    text = ("Kallelse till kommunstyrelsen\n\nÄrenden\n\n"
            "7 Uppföljning av strategi 2025 8 Uppdrag om bolaget - inriktning 9 Avtal med Norrby Park AB för 2026\n\n"
            "10 Borgensbegäran - Ekeby tennisklubb\n")
    assert names(text) == []


def test_the_same_company_in_a_decision_is_a_party():
    text = ("9 Avtal med Norrby Park AB för 2026\n\n"
            "Kommunstyrelsen godkänner avtal med Norrby Park AB för 2026.\n")
    assert [name for name, _ in names(text)] == ["Norrby Park AB"]


def test_a_former_company_name_is_no_second_party():
    text = ("Kommunstyrelsen godkänner tillägg till exploateringsavtal mellan kommunen och Norrby Bostad AB.\n\n"
            "År 2019 godkändes exploateringsavtal mellan kommunen och Norrby Bygg AB\n"
            "(namnändrat till Norrby Bostad AB).\n\n"
            "Parter\nEkeby kommun, org.nr 212000-1256\nNorrby Bostad AB, f.d. Norrby Bygg AB, org.nr 556677-8899\n")
    found = [name.casefold() for name, _ in names(text)]
    assert "norrby bygg ab" not in found
    assert "norrby bostad ab" in found
