"""A page that lost its line breaks: the member a substitute replaces, then the next members'
names with nothing between. Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons
from diarium.structure.attendance_entries import scan

FLAT = ("Plats och tid Stadshuset, kl Beslutande Ines Wallin, ordförande Odd Lax, ersättare för "
        "Elvira Hägg Tord Sandell Maja Ekdahl Runar Bergkvist, ersättare för Gudrun Alm Sixten Brandt "
        "Ej tjänstgörande Hedda Lindqvist Utses att justera Tord Sandell")


def test_the_replaced_member_is_the_first_name_of_the_run():
    pieces = [(p.name, p.replaces) for p in scan("Odd Lax, ersättare för Elvira Hägg Tord Sandell Maja Ekdahl")]
    assert pieces == [("Odd Lax", "Elvira Hägg"), ("Tord Sandell", None), ("Maja Ekdahl", None)]


def test_every_member_after_a_replaced_one_is_a_person():
    names = {p.name for p in find_persons(FLAT)}
    assert {"Elvira Hägg", "Tord Sandell", "Maja Ekdahl", "Gudrun Alm", "Sixten Brandt"} <= names


def test_the_signers_after_justerat_and_its_date_in_a_flat_protokoll():
    text = ("PROTOKOLL Regionfullmäktige Justerat onsdagen den 7 december Ines Wallin Tord Sandell "
            "Hedda Lindqvist 287 Inledning Ordföranden förklarade sammanträdet öppnat.")
    found = {p.name: p.role for p in find_persons(text)}
    assert {name: found.get(name) for name in ("Ines Wallin", "Tord Sandell", "Hedda Lindqvist")} == {
        "Ines Wallin": "Justerare", "Tord Sandell": "Justerare", "Hedda Lindqvist": "Justerare"}
