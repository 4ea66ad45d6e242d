"""Signers printed side by side without titles: a line of names and nothing else. Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons


def test_a_line_of_two_names_under_a_kallelse_date_is_two_persons():
    text = ("EKEBY KOMMUN KALLELSE 3[3] Kommunstyrelsen\n\n2017-01-09\n\nKarin Söderholm Magnus Lindvall\n")
    assert [p.name for p in find_persons(text)] == ["Karin Söderholm", "Magnus Lindvall"]


def test_two_signers_side_by_side_in_a_signature_block_are_not_one_name():
    text = "KALLELSE\n\n2017-01-09\n\nKarin Söderholm Magnus Lindvall\n\nNorrby Bygg AB Ekeby Kommun\n"
    assert [p.name for p in find_persons(text)] == ["Karin Söderholm", "Magnus Lindvall"]


def test_a_line_of_organisations_is_no_persons():
    assert find_persons("Beslutet skickas till\n\nNorrby Bygg AB Ekeby Kommun\n") == []
