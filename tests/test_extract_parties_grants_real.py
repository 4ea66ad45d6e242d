"""Parties of grants and forms on real excerpts of other meetings and other bodies (the extra
set's documents, copied into tests/data/extract/) and hand-made variants: the party field of a
filled-in form as OCR gives it, grant lists one organisation a line, a recipient after its
amount, an applicant whose request is granted, and the organisations that are not parties (a
refused list, a party's subsidiary in the background, one side of an agreement that is a kind
of organisation, a body named above the decisions it sent)."""
from __future__ import annotations

from pathlib import Path

import pytest

from diarium.extract.orgnr import find_orgnrs
from diarium.extract.parties import find_parties
from diarium.structure import analyse

DATA = Path(__file__).parent / "data" / "extract"


def names(text: str) -> list[str]:
    return [p.name for p in find_parties(text, find_orgnrs(text), analyse(text))]


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# --- real excerpts ------------------------------------------------------------------------

def test_party_field_of_a_scanned_form_whose_columns_ocr_split_into_lines():
    # "Parti" alone on its line, the value two lines down, the other labels scattered below.
    assert names(read("parties_XA02_partistod_form_columns.txt")) == ["Kristdemokraterna i Kungsbacka"]


def test_party_field_value_with_the_noise_of_empty_fields_after_it():
    # "Parti Organisationsnummer Köntonummer" (OCR ö for o) / "Vänsterpartiet Kungsbacka pod SN".
    assert names(read("amounts_XA02_operators_form.txt")) == ["Vänsterpartiet Kungsbacka"]


def test_the_sender_of_a_letter_that_received_a_grant():
    assert names(read("amounts_XA01_letter_colon_dash.txt")) == ["Sverigedemokraterna i Kungsbacka kommun"]


def test_grant_list_one_organisation_a_line_and_a_refused_list():
    assert names(read("parties_XB05_grant_list.txt")) == [
        "Burs bygdegårdsförening", "Havdhem bygdegårdsförening", "Levide bygdegårdsförening",
        "När bygdegårdsförening", "Stenkumla bygdegårdsförening", "Öja bygdegårdsförening"]


def test_recipient_after_the_amount_and_a_refused_applicant():
    assert names(read("parties_XA08_fordelar_till.txt")) == ["FUB Kungsbacka"]


def test_applicant_for_a_kommunal_borgen_that_the_proposal_grants():
    # One long line a page, heavy OCR damage; the company named with its abbreviation too.
    assert names(read("parties_XB08_borgen.txt")) == ["Mellanskånes Renhållnings AB"]


def test_a_subsidiary_numbered_in_the_background_of_an_agreement_is_no_party():
    found = find_parties(text := read("parties_XA04_dotterbolag.txt"), find_orgnrs(text), analyse(text))
    assert [(p.name, p.orgnr) for p in found] == [
        ("Kungsbacka kommun", "212000-1256"), ("Spira Bostäder AB", "559258-9799")]
    assert "559404-4686" in [o.orgnr for o in find_orgnrs(text)]     # the number stays an orgnr fact


def test_a_body_named_above_the_decisions_it_sent_signs_nothing():
    assert names(read("parties_alvsbyn_body_above_decisions.txt")) == []


# --- hand-made variants of other layouts ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # an application form: the label row with its value row under it, an orgnr in its own column
    ("ANSÖKAN OM FÖRENINGSBIDRAG\nFöreningens namn Organisationsnummer\nTorekovs Båtklubb 802400-1508\n"
     "Utdelningsadress Postnummer Postort\nHamnvägen 2 269 77 Torekov\nKontaktperson Telefonnummer\n"
     "Eva Ek 070-123 45 67\n", ["Torekovs Båtklubb"]),
    # a grant list with bullets and the amount after the purpose
    ("Kultur- och fritidsnämnden beslutar att följande föreningar tilldelas aktivitetsbidrag:\n"
     "- IK Stern, ungdomsverksamhet 25 000 kr\n- Sävsjö Schacksällskap, turnering 4 000 kr\n"
     "- Hyra av lokal 3 000 kr\n", ["IK Stern", "Sävsjö Schacksällskap"]),
    # a list under "följande" that grants nothing names no recipients
    ("Nämnden noterar följande inkomna skrivelser:\nBrf Tallen, skrivelse om buller\n", []),
    # an attendance list's column heads are no form
    ("Närvarande\nNamn Parti\nAnna Berg (S)\nPer Holm (M)\n", []),
])
def test_forms_and_grant_lists_of_other_layouts(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Arbetet med den lokala överenskommelsen mellan föreningslivet och Uppsala kommun fortsätter.", []),
    ("Kommunstyrelsen godkänner avtalet mellan kommunen och Hammarby IF. Sunne kommun", ["Hammarby IF"]),
])
def test_one_side_of_an_agreement_that_is_a_kind_of_organisation(text, expected):
    assert [n for n in names(text) if "kommun" not in n] == expected


def test_two_organisations_that_differ_only_in_their_own_capitalised_word_are_two():
    text = ("Nämnden beviljar bidrag enligt följande fördelning:\nEksta bygdegårdsförening  5 000 kr\n"
            "Öja bygdegårdsförening  9 000 kr\n")
    assert names(text) == ["Eksta bygdegårdsförening", "Öja bygdegårdsförening"]


@pytest.mark.parametrize("gap", ["        ", " "])      # the layout's gap, or OCR's one space
def test_a_contents_entry_that_starts_with_for_signs_nothing(gap):
    text = ("Innehåll\n\nDiskussion om framtagande av risk- och väsentlighetsanalys 2024\n"
            f"för Eksta Bostads AB och Stiftelsen Tjolöholm{gap}4\n\nJusterandes signatur\n\nUnderskrift\n")
    assert names(text) == []


def test_a_signing_services_log_on_an_agreements_page_names_no_party():
    text = ("Avtal om medfinansiering mellan parterna.\n\nDokumentet   är signerat av Ciceron\n\n"
            "Organisation: Kungsbacka kommun\nOrganisationsnr: 212000-1256\n")
    assert [n for n in names(text) if "212000" in n or n == "Kungsbacka kommun"] == []


@pytest.mark.parametrize("text", [
    "Nämnden beslutar att bevilja föreningsbidrag enligt nedan.\n\n| Förening | Ändamål | Belopp (kr) |\n"
    "|---|---|---|\n| Fjärås IK | Verksamhetsbidrag | 45 000 |\n| Tölö hembygdsförening | Lokalbidrag | 12 500 |\n",
    "Nämnden beslutar att bevilja föreningsbidrag enligt nedan.\n\nFörening                 Belopp\n"
    "Fjärås IK                45 000 kr\nTölö hembygdsförening    12 500 kr\nLokalhyra                3 000 kr\n",
])
def test_a_grant_table_whose_column_names_the_recipients(text):
    assert names(text) == ["Fjärås IK", "Tölö hembygdsförening"]


def test_a_table_of_recipients_in_a_document_that_grants_nothing_names_no_party():
    text = ("Redovisning av inkomna ansökningar.\n\n| Förening | Belopp (kr) |\n|---|---|\n"
            "| Fjärås IK | 45 000 |\n| Tölö hembygdsförening | 12 500 |\n")
    assert names(text) == []
