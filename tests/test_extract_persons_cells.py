"""Persons alone on the lines of an agenda table's cells: presenters under an item's time slot,
the justerare in the row labelled with that function. Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons
from diarium.structure import analyse


def people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in find_persons(text, analyse(text))}


AGENDA = (
    "| Nr | Ärende | Beteckning | Förslag |\n"
    "| --- | --- | --- | --- |\n"
    "|  | Val av justerare |  | Ordinarie<br>Tove Malmgren (C)<br>Ersättare<br>Gunnar Ekwall (KD) |\n"
    "| 4. | Information om lokalplanen<br>Klockan 10:00-10:40<br>Hedda Lindqvist<br>Sixten Brandt<br>"
    "Aina Holmér | 2024-00031 | - |\n"
    "| 5. | Bokslut 2024 för<br>Ekeby kommun<br>13.00–13.30<br>Valter Sjöberg | 2024-00032 |"
    " Kommunfullmäktige godkänner bokslutet. |\n"
)


def test_presenters_alone_under_a_time_slot_are_persons():
    found = people(AGENDA)
    for name in ("Hedda Lindqvist", "Sixten Brandt", "Aina Holmér", "Valter Sjöberg"):
        assert name in found and found[name] is None


def test_the_justerare_of_a_function_row_have_that_role_not_the_labels():
    found = people(AGENDA)
    assert found["Tove Malmgren"] == "Justerare"
    assert found["Gunnar Ekwall"] == "Justerare"


def test_an_organisation_or_a_unit_under_a_time_slot_is_no_person():
    text = ("| Nr | Ärende | Beteckning |\n| --- | --- | --- |\n"
            "| 1. | Information<br>Klockan 09:00-09:20<br>Norrby Bygg AB<br>Planeringsenheten | 2024-00040 |\n")
    assert people(text) == {}


def test_presenters_under_a_time_slot_in_an_agenda_printed_as_layout_text():
    text = ("KALLELSE\n\n"
            "4.  Bokslut 2024 för      2024-00032 Förslag till beslut i kommunfullmäktige\n"
            "Ekeby kommun              Kommunfullmäktige godkänner bokslutet\n"
            "10.00–10.25               för år 2024.\n\n"
            "Hedda Lindqvist           Kommunfullmäktige fastställer resultatet.\n"
            "Sixten Brandt             mål med tillhörande fokusområden.\n\n"
            "Kommunfullmäktige fastställer ramar för nämnderna.\n")
    found = people(text)
    assert "Hedda Lindqvist" in found and "Sixten Brandt" in found
