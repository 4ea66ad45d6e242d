"""Round 11 party and amount shapes: flat label rows, bare name lines under a role, a name
before "med organisationsnummer", redaction masks, öre rounding and the singular "krona"."""
from diarium.extract.amounts import find_amounts
from diarium.extract.parties import find_parties


def names(text: str) -> set[str]:
    return {p.name for p in find_parties(text)}


def test_flat_label_row_pairs_labels_with_values_in_order() -> None:
    text = ("KÖPEKONTRAKT Säljare: Köpare: Objekt: Västby kommun, , VÄSTBY ( Säljaren ) "
            "Norrby Fastighet AB, ( Köparen ) Alla andelar i Norrby Parkering AB ( Bolaget ) med tillhörande mark.")
    assert {"Västby kommun", "Norrby Fastighet AB"} <= names(text)
    assert "Norrby Parkering AB" not in names(text)


def test_role_label_over_a_bare_name_line() -> None:
    text = "Ansökan om avgift\nSökande\nTillsynsverket, Box 5, 123 45 Norrby\nMotpart\nEkeby kommun\nSaken\nAvgift enligt lag.\n"
    assert "Ekeby kommun" in names(text)


def test_name_before_med_organisationsnummer() -> None:
    text = ("Beslut\n2. att köpa bolaget Norrby Holding 7 AB med organisationsnummer "
            "556123-4567 enligt bifogat köpeavtal.")
    assert ("Norrby Holding 7 AB", "556123-4567") in {(p.name, p.orgnr) for p in find_parties(text)}


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
