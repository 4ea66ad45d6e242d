"""Parties of agreement clauses in shapes first met on unseen documents, written for these
tests in other bodies' style: a defined term after a description of the party (its property),
an approved agreement whose sides follow a long clause on what it is about (a table cell of an
agenda), a company whose name runs through "i" to its legal form or ends in its number, and a
name printed in two spellings."""
from __future__ import annotations

from diarium.extract import find_parties
from diarium.extract.party_identity import same_party
from diarium.schemas import Party


def parties(text: str) -> list[tuple[str, str | None]]:
    return sorted((p.name, p.orgnr) for p in find_parties(text))


def test_a_defined_term_stands_for_the_numbered_name_not_the_property_it_owns():
    text = ("MARKANVISNINGSAVTAL\n\nParter:\n\na) Ekeby kommun (212000-2783), nedan kallad Kommunen\n\n"
            "b) NORRBY BYGG AB (556036-0793),\ntomträttshavare till Norrby 4:12, nedan kallad Bolaget\n"
            "Kommunen och Bolaget kallas gemensamt Parterna\n")
    assert parties(text) == [("Ekeby kommun", "212000-2783"), ("NORRBY BYGG AB", "556036-0793")]


def test_the_sides_of_an_approved_agreement_after_a_long_clause_in_a_table_cell():
    text = ("Ekeby kommun\nKallelse\n\n| Nr | Ärende | Förslag |\n|---|---|---|\n"
            "| 7. | Markavtal | Byggnadsnämnden tillstyrker att<br>markavtal rörande planområdet Norrby "
            "3:14<br>m.fl. i Ekeby tecknas, mellan kommunen och Lövsta<br>Fastigheter Nr 2, som har signerat "
            "2025-03-01.<br>Byggnadsnämnden tillstyrker att<br>markavtal rörande planområdet Norrby 3:14 m.fl. i "
            "Ekeby<br>tecknas, mellan kommunen och Åsby Mark i Ekeby<br>Kommanditbolag, som har signerat "
            "2025-03-02. |\n")
    assert parties(text) == [("Ekeby kommun", None), ("Lövsta Fastigheter Nr 2", None),
                             ("Åsby Mark i Ekeby Kommanditbolag", None)]


def test_a_table_of_contents_that_lost_its_line_breaks_names_no_sides():
    text = ("Samverkansavtal 2 (6) Innehåll 1 Inledning 2 2 Avtalets syfte och samverkan mellan parterna "
            "Styrgrupp Arbetsgrupp Rapportering 5 3 Ekonomi 6\n")
    assert parties(text) == []


def test_a_name_spelled_with_a_letter_less_is_the_same_party():
    assert same_party(Party(name="KOMMANDITBOLAGET LUNDSTRÖMMS FASTIGHETER NR 7", orgnr="916543-2101"),
                      Party(name="Kommanditbolaget Lundströms Fastigheter Nr 7"))
    assert not same_party(Party(name="Norrby IF"), Party(name="Norrbo IF"))


def test_a_parent_company_and_its_subsidiary_are_two_parties():
    text = "Regionstyrelsen tillstyrker att regionen tecknar avtal med Norrby Vård AB och Norrby Vård Sjukhuset AB om vårdplatser."
    assert sorted(name for name, _ in parties(text)) == ["Norrby Vård AB", "Norrby Vård Sjukhuset AB"]
    assert same_party(Party(name="Ljusa Bostäder"), Party(name="Ljusa Bostäder AB"))


def test_a_point_or_colon_inside_a_name_does_not_end_the_list():
    text = ("Regionen tecknar avtal med Norrby Hälsa AB och Norrby S:t Olofs vård AB om vårdplatser. "
            "Serviceavtal med A.B.C Kliniken AB om städning.")
    assert sorted(name for name, _ in parties(text)) == ["A.B.C Kliniken AB", "Norrby Hälsa AB",
                                                         "Norrby S:t Olofs vård AB"]


def test_a_party_line_that_lost_its_breaks_drops_labels_and_the_address_before():
    text = ("Avtal Parter Ekeby kommun, 212000-2783, 123 45 Ekeby Norrby Bygg AB, 556036-0793, Box 12, "
            "123 46 Norrby 1. Avtalets omfattning Bolaget ska leverera.")
    assert parties(text) == [("Ekeby kommun", "212000-2783"), ("Norrby Bygg AB", "556036-0793")]


def test_a_role_box_head_in_capitals_is_no_part_of_the_name():
    text = ("KÖPEAVTAL\n\nSÄLJARE\nEkeby kommun\n212000-2783\n\nKÖPARE\nNorrby Bygg AB\n556036-0793\n\n"
            "1. Överlåtelse\nSäljaren överlåter fastigheten.")
    assert parties(text) == [("Ekeby kommun", "212000-2783"), ("Norrby Bygg AB", "556036-0793")]


def test_a_number_printed_apart_from_any_name_is_the_named_counterpartys():
    text = ("Norrby Omsorg AB\nStorgatan 1\n123 45 Ekeby\n\nAvtal om hemtjänst\n\n"
            "Mellan Ekeby kommun och Norrby Omsorg AB har följande avtal träffats.\n\n"
            "Organisationsnummer: 556036-0793\n")
    assert parties(text) == [("Ekeby kommun", None), ("Norrby Omsorg AB", "556036-0793")]


def test_the_parties_label_before_their_list():
    text = "Samverkansavtal\n\nAvtalsparter: Ekeby kommun och Norrby Omsorg AB\n\nAvtalet gäller från 2026-01-01."
    assert parties(text) == [("Ekeby kommun", None), ("Norrby Omsorg AB", None)]


def test_an_abbreviation_in_parentheses_between_the_agreement_and_its_party():
    text = "Kulturnämnden ingår ett idéburet offentligt partnerskap (IOP) med Norrby Konstförening från 1 mars 2026."
    assert ("Norrby Konstförening", None) in parties(text)


def test_a_title_in_capitals_names_both_sides():
    assert parties("AVTAL MELLAN EKEBY KOMMUN OCH NORRBY OMSORG AB\n\n1. Bakgrund\nAvtalet gäller.") == [
        ("EKEBY KOMMUN", None), ("NORRBY OMSORG AB", None)]


def test_a_party_line_ends_its_name_at_the_next_fields_label():
    text = ("Avtal\n\nParter\nNorrby Bygg AB Postadress Box 12, 123 45 Ekeby Org.nr 556036-0793\n"
            "Ekeby kommun Postadress 123 46 Ekeby Org.nr 212000-2783\n")
    assert parties(text) == [("Ekeby kommun", "212000-2783"), ("Norrby Bygg AB", "556036-0793")]


def test_the_parties_named_as_the_subject_of_a_sentence():
    assert parties("Parterna i detta avtal är Ekeby kommun och Norrby Omsorg AB.") == [
        ("Ekeby kommun", None), ("Norrby Omsorg AB", None)]
