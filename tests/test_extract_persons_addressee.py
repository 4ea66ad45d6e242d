"""The addressee after "Att:" and a party's counsel after "Ombud:" in a page that lost its line
breaks. Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons


def test_the_addressee_after_att_is_a_person_and_box_is_no_part_of_the_name():
    text = "Norrby län Kulturenheten Att: Sixten Brandt Box 1204 EKEBY Projekt: Gamla kartor Beslut om stöd"
    assert [(p.name, p.role) for p in find_persons(text)] == [("Sixten Brandt", None)]


def test_counsel_after_ombud_is_a_person_with_the_title():
    text = ("Motpart Norrby Bygg AB (556000-0000), Box 114, 872 23 Ekeby Ombud: Advokaten Karin Lindqvist, "
            "Advokatfirman Lindqvist KB, Box 11, 404 39 Ekeby Saken Avgift")
    assert {p.name: p.role for p in find_persons(text)}.get("Karin Lindqvist") == "Advokat"
