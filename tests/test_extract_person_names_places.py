"""Two words that look like a name but name an organisation: a body's or a branch's name ending
in a place, a centre, a club. Made-up names."""
from __future__ import annotations

from diarium.extract.person_names import person_name
from diarium.extract.persons import find_persons


def test_a_branch_named_after_its_place_is_no_person():
    assert person_name("Nordljus Borås") is None
    assert person_name("Organ Västerås") is None


def test_a_place_genitive_after_an_unknown_word_is_no_person():
    assert person_name("Styrelse Hallands") is None


def test_a_surname_that_is_also_a_place_stays_a_name():
    assert person_name("Lova Berg") == "Lova Berg"
    assert person_name("Anna Mora") == "Anna Mora"


def test_a_centre_or_a_club_is_no_person():
    assert person_name("Digitalt Center") is None
    assert person_name("Norrby Tennisklubb") is None
    assert person_name("Anna Centerwall") == "Anna Centerwall"


def test_a_unit_in_an_attendance_list_is_not_emitted():
    text = ("Beslutande        Ledamöter\n"
            "                  Maja Larsson (C), ordförande\n\n"
            "Övriga närvarande Ester Ekman, enhetschef\n"
            "                  Analys Center §§ 3, 5\n")
    assert "Analys Center" not in {p.name for p in find_persons(text)}
