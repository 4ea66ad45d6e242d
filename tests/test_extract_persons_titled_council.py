"""A politician's title in its definite neuter form before the name ("borgarrådet Anna Berg").
Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons


def test_council_titles_in_the_definite_form_name_their_holder():
    text = ("Roteln för kultur; borgarrådet Karin Söderholm\n"
            "Ärendet har beretts av landstingsrådet Magnus Lindvall i samråd med förvaltningen.\n")
    found = {p.name: p.role for p in find_persons(text)}
    assert found.get("Karin Söderholm") == "Borgarråd"
    assert found.get("Magnus Lindvall") == "Landstingsråd"


def test_a_name_with_its_title_after_it_in_a_letterhead_that_lost_its_line_breaks():
    text = ("Kanslienheten Karin Söderholm Kanslichef Kallelse Datum Tid: Onsdagen den 10 maj 2017 "
            "Kl. 08:30 Plats: Stadshuset")
    found = {p.name: p.role for p in find_persons(text)}
    assert found.get("Karin Söderholm") == "Kanslichef"
    assert "Kanslienheten Karin Söderholm" not in found
