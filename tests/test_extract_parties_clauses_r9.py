"""Party clauses of agreements in shapes first met on an open batch, written for these tests in
other bodies' style: a defined term followed by a description that speaks of the past of the
property (not of the party), a party acting through its own body ("dess kommunstyrelse"), and a
buyer who is a natural person (a personnummer in the clause)."""
from __future__ import annotations

from diarium.extract import find_parties


def parties(text: str) -> list[tuple[str, str | None]]:
    return sorted((p.name, p.orgnr) for p in find_parties(text))


def test_the_description_after_a_defined_term_does_not_unmake_the_party():
    text = ("TILLÄGGSAVTAL\n\n1. PARTER\nSäljare\nEkeby kommun, org.nr. 212000-2783, 123 45 Ekeby, nedan kallad "
            "Kommunen, ägare till fastigheten Ekeby Norrby 3:14 (tidigare del av Norrby 3:1).\n\nKöpare\n"
            "Norrby Bygg AB, org.nr. 556036-0793, Storgatan 1, 123 45 Ekeby, nedan kallad Bolaget.\n")
    assert parties(text) == [("Ekeby kommun", "212000-2783"), ("Norrby Bygg AB", "556036-0793")]


def test_a_former_party_before_its_defined_term_is_still_not_numbered_as_a_party():
    text = ("Avtal\n\nParter: Norrby Bygg AB, org.nr 556036-0793, som tidigare ingick i avtalet, nedan kallad "
            "Bolaget.\n")
    assert ("Norrby Bygg AB", "556036-0793") not in parties(text)


def test_the_body_a_party_acts_through_is_not_part_of_its_name():
    text = ("KÖPEKONTRAKT\nParter\nSäljare: Ekeby kommun, dess kommunstyrelse, org. nr 212000-2783, 123 45 Ekeby, "
            "nedan benämnd ”Kommunen”.\n")
    assert parties(text) == [("Ekeby kommun", "212000-2783")]


def test_a_buyer_printed_with_a_personnummer_is_a_person_not_a_party():
    text = ("KÖPEKONTRAKT\nParter\nSäljare: Ekeby kommun, org. nr 212000-2783, nedan benämnd ”Kommunen”.\n"
            "Köpare: Förnamnet Efternamnsson, pers. nr XXXXXX-XXXX, (1/2-del), Adress, nedan benämnda ”Köparna”\n")
    assert parties(text) == [("Ekeby kommun", "212000-2783")]


def test_a_relative_pronoun_ends_the_name_of_a_counterparty():
    text = "Till detta kommer en avgift enligt avtal med Norrtrafiken vilken ökat från 9\ntill 14 kr per resa.\n"
    assert ("Norrtrafiken", None) in parties(text)


def test_an_address_block_and_an_ocr_garbled_signature_name_no_party():
    from diarium.extract.party_number_names import opens_address
    from diarium.extract.party_names import clean_name
    assert opens_address("Postadress Box 12 123 45 Ekeby") and not opens_address("Postadress Besöksadress")
    assert clean_name("Ekeby kommur?") is None
    assert clean_name("Telefonbolaget Norrby AB") == "Telefonbolaget Norrby AB"


def test_the_number_of_an_address_block_run_into_the_text_gets_no_address_for_a_name():
    text = ("Beslutsunderlag Samarbetsavtal mellan regionerna om ambulansflyg. Parterna kommer att foga egna "
            "kriterier till avtalet. Postadress Box 12 123 45 Ekeby Besöksadress Storgatan 1 Ekeby Kontakt "
            "012-34 56 78 Org.nr: 232100-0016 Handläggare")
    assert not any(name.startswith("Postadress") for name, _ in parties(text))
