"""Parties in layouts first met on unseen documents, written for these tests in other bodies'
style: a list of counterparties announced before a colon, a party clause whose text lost its
line breaks and its numbers (only the label "organisationsnummer" left), and a kommun's own
number in a footer printed at the foot of every page of a form."""
from __future__ import annotations

from diarium.extract import find_parties


def names(text: str) -> list[str]:
    return sorted(p.name for p in find_parties(text))


def test_counterparties_announced_before_a_colon():
    text = ("Förslag till beslut\n"
            "Miljö- och tekniknämnden ger förvaltningen i uppdrag att teckna nya avtal om vattenleverans, med\n"
            "följande vägföreningar: Norrby vägförening, Åsens Vatten ekonomisk förening och Lidens\n"
            "samfällighetsförening.\n")
    assert names(text) == ["Lidens samfällighetsförening", "Norrby vägförening", "Åsens Vatten ekonomisk förening"]


def test_a_party_clause_whose_numbers_the_copy_stripped():
    text = ("Länstrafiken 1 (6) Samverkansavtal om skolskjuts Länstrafiken 2 (6) Mellan Region Norrland, "
            "organisationsnummer och Bjurholms kommun, , nedan benämnd Kommunen, träffas följande "
            "Samverkansavtal om skolskjuts. 1 Bakgrund Kommunen ansvarar för skolskjuts.")
    assert names(text) == ["Bjurholms kommun", "Region Norrland"]


def test_a_kommuns_number_in_the_footer_of_every_page_is_no_party():
    page = ("Ansökan om markupplåtelse\n\nSökande\nFör- och efternamn\n\nVill du bifoga ett avtal?\nJa\n\n"
            "Vännäs kommun | Kommunhuset, 911 81 Vännäs | 0935-140 00\n"
            "Organisationsnummer: 212000-2486 | info@vannas.se | vannas.se\n\n"
            "Ärendenummer: 5512 | Sida {n} av 2\n")
    assert names(page.format(n=1) + "\f" + page.format(n=2).replace("info@", "infoQ")) == []


def test_a_party_box_whose_name_stands_under_its_head_row_and_a_name_the_ocr_lost():
    text = ("Förslag till beslut\nKommunstyrelsen godkänner nyttjanderättsavtal med Bygdegårdsföreningen Lönnen.\n"
            "\fAvtal om nyttjanderätt\n\n"
            "Upplåtare   Postadress   Org. nr: 212000-2494\n\n"
            "Ljusdals kommun   Tfn: 0651-180 00\nKommunledningskontoret\n827 80 LJUSDAL\n\n"
            "Nyttjanderättshavare   Postadress   Org. nr: 802011-2453\n\n1.1\n1.2\n")
    assert sorted((p.name, p.orgnr) for p in find_parties(text)) == [
        ("Bygdegårdsföreningen Lönnen", "802011-2453"), ("Ljusdals kommun", "212000-2494")]


def test_the_parties_of_a_forhandlingsprotokoll_each_on_its_for_line():
    text = ("FÖRHANDLINGSPROTOKOLL\nMBL § 11\n\nDatum: 2025-02-03\nPlats: Rådhuset\n\n"
            "Parter för Sundsvalls kommun\n\nAnna Berg Personalchef\n\nför Vision\n\n"
            "Lars Ek, Ester Ekman\nProtokollförare\n\nMaja Lind, HR-specialist\n\n"
            "§ 1 Förhandling har påkallats av arbetsgivaren.\n")
    assert names(text) == ["Sundsvalls kommun", "Vision"]


def test_the_company_a_region_stands_surety_for():
    text = ("Borgen för lån till AB Länståg\n\nRegionstyrelsen föreslår regionfullmäktige besluta att regionen "
            "går i borgen såsom för egen skuld för AB Länståg intill 12 500 000 kronor.\n")
    assert names(text) == ["AB Länståg"]


def test_party_lines_the_text_joined_each_name_before_its_own_number():
    text = "AVTAL\nParter\nMora Bygg AB, org.nr 556123-4567\nMora kommun, org.nr 2120OO-2098\n"
    assert sorted((p.name, p.orgnr) for p in find_parties(text)) == [
        ("Mora Bygg AB", "556123-4567"), ("Mora kommun", "212000-2098")]


def test_a_heading_that_wraps_a_board_named_by_its_field_is_no_signing_party():
    text = ("NORRBY KOMMUN                  SAMMANTRÄDESPROTOKOLL          4 (9)\nNämnden för Kultur & Fritid\n"
            "Datum\n2031-03-10\n\n§ 21                       Dnr KF-2031-00017\n"
            "Ekonomisk uppföljning till och med februari 2031 - Nämnden\nför Kultur & Fritid\n\n"
            "Omedelbar justering, se separat protokoll.\n\nDet här dokumentet är digitalt signerat\n"
            "Undertecknat av Eva Lund, ordförande\n")
    assert names(text) == []


def test_the_grant_giver_of_a_grant_agreement_by_its_role_label():
    text = "AVTAL OM PROJEKTBIDRAG\n\nBidragsgivare: Norrbyverket\nDatum: 2031-02-01\n"
    assert names(text) == ["Norrbyverket"]
