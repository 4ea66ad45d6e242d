"""A page that lost its line breaks, its members printed with initials ("B O Lindqvist",
"R Nils Sundin") and no parties: the initials begin names, they are no column of parties.
Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons
from diarium.structure.lines import text_lines
from diarium.structure.attendance_flat import find_flat_attendance
from diarium.structure.name_runs import split_run

FLAT = ("EKEBY KOMMUN PROTOKOLL 1(40) Plats och tid Folkets hus, tisdagen den 4 mars 2003 Beslutande "
        "T G Holmqvist, ordf. Eva Strand B O Lindqvist Tore Ek Maja Lundgren Petra Alm Vera Sjödin "
        "Olle Hägg Greta Falk Runar Brandt Hedda Wallin Ines Berglund Sixten Åberg Anna Dahl Lars Borg "
        "Karin Nyström Bengt Ekholm R Nils Sundin "
        "Övriga deltagande Odd Lax, sekr. Utses att justera Eva Strand")


def test_an_initial_begins_the_next_name_in_a_run():
    names = [" ".join(name) for name in split_run("Eva Strand B O Lindqvist Tore Ek R Nils Sundin".split())]
    assert names == ["Eva Strand", "B O Lindqvist", "Tore Ek", "R Nils Sundin"]


def test_initials_among_many_given_names_are_no_column_of_parties():
    rows = {row.name: row.party for row in find_flat_attendance(text_lines(FLAT)) if row.group == "Beslutande"}
    assert {"T G Holmqvist", "Eva Strand", "B O Lindqvist", "Tore Ek", "Sixten Åberg", "Hedda Wallin"} <= set(rows)
    assert set(rows.values()) == {None}


def test_every_member_of_a_flat_list_with_initials_is_a_person():
    names = {p.name for p in find_persons(FLAT)}
    assert {"T G Holmqvist", "B O Lindqvist", "Maja Lundgren", "Vera Sjödin", "Runar Brandt",
            "Ines Berglund", "Odd Lax"} <= names
