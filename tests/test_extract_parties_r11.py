"""Round 11 party and amount shapes: flat label rows, bare name lines under a role, a name
before "med organisationsnummer", redaction masks, öre rounding and the singular "krona"."""
from diarium.extract.amounts import find_amounts
from diarium.extract.parties import find_parties


def names(text: str) -> set[str]:
    return {p.name for p in find_parties(text)}


def test_flat_label_row_pairs_labels_with_values_in_order() -> None:
    text = ("AKTIEÖVERLÅTELSEAVTAL Säljare: Köpare: Köpeobjekt: Ekeby kommun, , EKEBY ( Kommunen ) "
            "Norrby Invest AB, ( Köparen ) Samtliga aktier i Norrby Garage AB ( Bolaget ) innehållande fastigheter.")
    assert {"Ekeby kommun", "Norrby Invest AB"} <= names(text)
    assert "Norrby Garage AB" not in names(text)


def test_role_label_over_a_bare_name_line() -> None:
    text = "Ansökan om avgift\nSökande\nTillsynsverket, 103 85 Stockholm\nMotpart\nEkeby kommun\nSaken\nAvgift enligt lag.\n"
    assert "Ekeby kommun" in names(text)


def test_name_before_med_organisationsnummer() -> None:
    text = ("Beslut\n(i) att som moderbolag förvärva aktiebolaget Norrby 100 AB med organisationsnummer "
            "556677-8899 enligt bilagt aktieöverlåtelseavtal.")
    assert ("Norrby 100 AB", "556677-8899") in {(p.name, p.orgnr) for p in find_parties(text)}


def test_redaction_mask_is_no_part_of_a_name() -> None:
    text = "Beslut\n1. Norrby Nät AB, xxx.xx 556677-8899, godkänns förvärva aktier enligt avtal.\n"
    assert "Norrby Nät AB" in names(text)


def test_ore_round_half_up_and_singular_krona() -> None:
    values = {a.value for a in find_amounts("Avgiften är 62,50 kronor per hektar och 1 krona per kvadratmeter.")}
    assert {63, 1} <= values


def test_members_listed_in_apposition_to_a_set_of_owners() -> None:
    text = ("Beslut\n1. Ekeby Nät AB, 556677-8899, godkänns förvärva aktier i Norrby Fiber Holding AB.\n"
            "Envar av de tre ägarna, Ekeby Nät AB, Väster Bredband AB och Öster Stadsnät AB, erhåller en tredjedel av aktierna.\n")
    assert {"Ekeby Nät AB", "Väster Bredband AB", "Öster Stadsnät AB"} <= names(text)
