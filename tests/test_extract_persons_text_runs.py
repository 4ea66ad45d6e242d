"""A list that lost its line breaks: a name with no party run together with the next one's.
Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons


def test_two_names_run_together_before_a_party_are_two_persons():
    text = ("Kommunstyrelsen 2011-03-01 Plats och tid Rådhuset kl 14:00 Ines Wallin (M) Tord Sandell (S) "
            "Hedda Lindqvist Runar Bergkvist (KD) Maja Ekdahl (C) 228 Motion om cykelvägar")
    found = {p.name: p.party for p in find_persons(text)}
    assert found.get("Runar Bergkvist") == "KD"
    assert "Hedda Lindqvist" in found
    assert not any(len(name.split()) > 3 for name in found)


def test_names_with_the_paragraphs_they_attended_are_persons_even_when_the_sign_was_lost():
    text = ("Vid sammanträdet deltog även Tord Sandell ( 255), Hedda Lindqvist (§ 245) och "
            "Runar Bergkvist ( , ) under ärendena om budgeten.")
    found = {p.name for p in find_persons(text)}
    assert {"Tord Sandell", "Hedda Lindqvist", "Runar Bergkvist"} <= found


def test_a_year_in_parentheses_is_no_presence():
    assert "Tord Sandell" not in {p.name for p in find_persons("Enligt Tord Sandell (2014) växer staden.")}


def test_a_member_who_moves_or_reserves_in_minutes_without_parties_is_a_person():
    text = ("Kommunstyrelsens förslag till kommunfullmäktige:\nEnligt arbetsutskottet.\n\n"
            "Karin Söderholm anmäler reservation mot beslutet.\n\n"
            "Magnus Lindvall yrkar på bifall till kommunstyrelsens förslag.\n\nKommunstyrelsen yrkar bifall.\n")
    found = {p.name for p in find_persons(text)}
    assert {"Karin Söderholm", "Magnus Lindvall"} <= found
    assert not any("Kommunstyrelsen" in name for name in found)
