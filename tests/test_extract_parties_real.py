"""Parties and organisationsnummer on real excerpts (corpus train/dev documents, copied into
tests/data/extract/) and on hand-made variants of the layouts of other bodies: party clauses
with a)/b) items and defined terms, forms whose names stand in a column of their own, a
signing service's log page, agendas as markdown tables, signature blocks, running text and
grant decisions."""
from __future__ import annotations

from pathlib import Path

import pytest

from diarium.extract import extract_text
from diarium.extract.orgnr import find_orgnrs
from diarium.extract.parties import find_parties
from diarium.structure import analyse

DATA = Path(__file__).parent / "data" / "extract"


def parties_of(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.orgnr) for p in find_parties(text, find_orgnrs(text), analyse(text))]


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# --- real excerpts ------------------------------------------------------------------------

def test_party_clause_with_lettered_items_and_defined_terms():
    assert parties_of(read("parties_K025_parter.txt")) == [
        ("Kungsbacka kommun", "212000-1256"), ("Gottskärs Havsbad AB", "556169-7698")]


def test_party_clause_whose_items_the_ocr_glued_together():
    # The OCR moved the "a)" "b)" markers away; the two lines form one paragraph. The defined
    # term ("nedan kallad Kommunen") ends the first party, so the second is not "Kommunen Dan …".
    assert parties_of(read("parties_K015_parter_glued.txt")) == [
        ("Kungsbacka kommun", "212000-1256"), ("Dan Stenlund Fastigheter AB", "556950-8434")]


def test_form_whose_names_and_numbers_stand_in_a_column_of_their_own():
    found = parties_of(read("parties_K024_arrendeavtal_form.txt"))
    assert [orgnr for _, orgnr in found] == ["212000-1256", "849400-2549"]
    assert found[1][0] == "Kungsbacka Tennisklubb"


def test_signing_service_log_of_a_protokoll_names_no_party():
    text = read("parties_K002_signing_log.txt")
    assert [o.orgnr for o in find_orgnrs(text)] == ["212000-1256"]    # still an orgnr fact
    assert parties_of(text) == []


def test_signature_block_names_both_parties_of_a_scanned_agreement():
    assert parties_of(read("parties_K027_signatures.txt")) == [
        ("Kungsbacka kommun", None), ("Region Halland", None)]


def test_counterparties_of_agreements_in_an_agenda_table():
    names = [name for name, _ in parties_of(read("parties_K033_arendelista.txt"))]
    # "undertecknat av X", "medfinansieringsavtal med X" (a title follows on the next cell line),
    # "mellan kommunen och X": the kommun is the one the document names.
    assert sorted(names) == ["Gottskärs Havsbad AB", "Kungsbacka Tennisklubb", "Kungsbacka kommun",
                             "Region Halland", "Trafikverket"]


def test_grant_recipients_in_an_agenda_table_and_not_a_discharged_board():
    names = [name for name, _ in parties_of(read("parties_K034_arendelista.txt"))]
    assert names[0] == "Ung Företagsamhet Halland"           # "beviljar … finansieringsperiod för X"
    assert "Miljöpartiet de gröna" in names and "Kungsbackaborna" in names
    assert not any("Tjolöholm" in name for name in names)   # ansvarsfrihet is no grant
    assert "Kungsbacka kommun" not in names                   # only an agreement still to be drafted


def test_companies_an_approved_agreement_is_sent_to():
    # and the kommun, whose ordförande "utses att för kommunens räkning underteckna avtalet"
    assert parties_of(read("parties_K031_tjansteskrivelse.txt")) == [
        ("Derome Bostad AB", None), ("Damoj 11 AB", None), ("Kungsbacka kommun", None)]


# --- layouts of other bodies (hand-made) ---------------------------------------------------

def test_running_text_names_the_counterparty_whole_across_a_line_break():
    text = ("Tekniska nämnden föreslår att kommunfullmäktige godkänner avtal mellan kommunen och\n"
            "Kommanditbolaget Ekåsen om marköverlåtelse.\n\nAlingsås kommun\n")
    assert parties_of(text) == [("Alingsås kommun", None), ("Kommanditbolaget Ekåsen", None)]


def test_name_split_over_a_line_before_its_orgnr():
    text = ("Kommunen tecknar härmed ett samverkansavtal med Stiftelsen\nHemgården i Väst, org.nr 802479-3005, "
            "om drift av mötesplatsen.\n")
    assert parties_of(text)[0] == ("Stiftelsen Hemgården i Väst", "802479-3005")


def test_defined_term_then_a_name_in_capitals_on_the_next_line():
    text = ("AVTAL OM MARKANVISNING\n\nMellan Härryda kommun (212000-1488), nedan kallad Kommunen\n"
            "BYGGBOLAGET VÄST AB (556677-8899), nedan kallat Bolaget, har följande avtal träffats.\n")
    assert parties_of(text) == [("Härryda kommun", "212000-1488"), ("BYGGBOLAGET VÄST AB", "556677-8899")]


def test_role_label_and_an_orgnr_printed_with_broken_spacing():
    text = "Exploateringsavtal för Solängen\nExploatör: Riksbyggen ekonomisk förening, Org nr: 7020 017 781\n"
    [party] = find_parties(text, find_orgnrs(text), analyse(text))
    assert (party.name, party.orgnr) == ("Riksbyggen ekonomisk förening", "702001-7781")
    assert party.orgnr_valid is True


def test_an_orgnr_failing_its_check_digit_is_kept_and_marked_invalid():
    text = "Avtal om lokalhyra\nHyresgäst: Föreningen Lyktan, organisationsnummer 802400-1129\n"
    [party] = find_parties(text)
    assert (party.name, party.orgnr, party.orgnr_valid) == ("Föreningen Lyktan", "802400-1129", False)
    record = extract_text(text)
    assert [(o.orgnr, o.orgnr_valid) for o in record.orgnrs] == [("802400-1129", False)]


def test_an_orgnr_with_no_name_near_it_still_makes_a_party():
    text = "Avtal om lokalhyra\n\nHyresgäst\n\nOrganisationsnummer: 802400-1128\nTelefon: 031-12 34 56\n"
    [party] = find_parties(text)
    assert party.orgnr == "802400-1128" and party.name


@pytest.mark.parametrize("text, expected", [
    ("Kultur- och fritidsnämnden beviljar föreningen Ljusets Vänner 80 000 kr i verksamhetsbidrag.",
     ["Ljusets Vänner"]),
    ("Föreningen Folkets Hus i Ed, som äger fastigheten, beviljas ett bidrag om 40 000 kronor.",
     ["Föreningen Folkets Hus i Ed"]),
    ("Kommunstyrelsen beviljar Moderaterna, Centerpartiet och Miljöpartiet de gröna partistöd för år 2026.",
     ["Moderaterna", "Centerpartiet", "Miljöpartiet de gröna"]),
    ("Kommunfullmäktige beviljar styrelsen för stiftelsen Brunnsparken ansvarsfrihet för 2024.", []),
    ("Myndigheten beslutar vilka anordnare som ska beviljas statsbidrag.", []),
])
def test_grant_recipients(text, expected):
    assert [name for name, _ in parties_of(text)] == expected


def test_landlord_refused_applicant_and_outgoing_contractor_are_not_parties():
    text = ("Socialnämnden har ingått ett idéburet offentligt partnerskap med Föreningen Fyren, org.nr "
            "802019-0115.\nLokalen hyrs av Bostadsbolaget AB, org.nr 556137-2946, som är hyresvärd.\n"
            "Föreningen Stegen, org.nr 802400-1128, ansökte om att ingå men fick avslag.\n"
            "Nu gällande avtal tecknades med Transportbolaget Syd AB och löper ut den 31 mars 2025.\n")
    assert [(n, o) for n, o in parties_of(text) if not n.startswith("Social")] == [("Föreningen Fyren", "802019-0115")]


def test_every_party_keeps_evidence_in_the_text():
    text = read("parties_K025_parter.txt")
    for party in find_parties(text):
        for ev in party.evidence:
            assert text[ev.start:ev.end] == ev.snippet and party.name.split()[0] in ev.snippet


@pytest.mark.parametrize("text, expected", [
    ("EXPLOATERINGSAVTAL\n\nMellan Kungsbacka kommun (”Kommunen”) och Fastighets AB Vallen (”Exploatören”) "
     "har följande avtal träffats.\n", ["Kungsbacka kommun", "Fastighets AB Vallen"]),
    ("Kommunstyrelsen godkänner avtalet med ”Brf Tallen” om servitut.\n", ["Brf Tallen"]),
    ("Avtal om medfinansiering har tecknats mellan Lerums kommun och Trafikverket.\n", ["Lerums kommun", "Trafikverket"]),
])
def test_parties_named_with_quoted_defined_terms_and_before_the_agreement(text, expected):
    assert [name for name, _ in parties_of(text)] == expected


def test_a_name_in_capitals_glued_to_the_line_before_is_cut_there():
    text = ("Exploateringsavtal\n\nParter\nMellan Kungsbacka kommun\nBOLAGET BYGG AB, org.nr 556677-8899, "
            "har följande avtal träffats.\n")
    assert ("BOLAGET BYGG AB", "556677-8899") in parties_of(text)


def test_a_name_whose_legal_form_ends_the_line_is_not_cut():
    text = "Kommunen tecknar ett samverkansavtal med Kommanditbolaget\nTårtbiten, org.nr 969612-3456, om drift.\n"
    assert parties_of(text)[0] == ("Kommanditbolaget Tårtbiten", "969612-3456")


def test_party_lines_of_their_own_after_an_address_each_keep_their_name():
    # A party clause whose lines the structure keeps in one paragraph: the third party's name
    # is on its own line, after the second party's address (not "Stadshuset").
    text = ("Mellan nedanstående parter träffas härmed avtal om samverkan enligt följande:\n"
            "§1 Parter\nTrafikverket, Region Öst, 202100-6313, 781 89 Borlänge, nedan Trafikverket\n\n"
            "Ekeby kommun, 212000-0530, Stadshuset, Storgatan 1, 611 83 Ekeby\n"
            "Norrby Belysning AB, 556012-5790, Box 12, 611 21 Norrby, nedan Bolaget\n")
    assert parties_of(text) == [("Trafikverket", "202100-6313"), ("Ekeby kommun", "212000-0530"),
                                ("Norrby Belysning AB", "556012-5790")]
