"""A board named by its field ("Nämnden för Teknik", "Nämnden för Kultur & Fritid") stops before
another party a party clause names next to it: a place and its body's word ("… och Norrby stad",
"…, Region Ekeby")."""
from __future__ import annotations

import re

from diarium.api import extract
from diarium.extract.body_names import FIELD_BOARD


def board(text: str) -> str:
    match = re.search(FIELD_BOARD, text)
    assert match is not None
    return match.group(0)


def test_the_field_stops_before_a_place_and_its_body() -> None:
    assert board("genom Nämnden för Teknik och Norrbys Stad (212000-0002)") == "Nämnden för Teknik"
    assert board("genom Nämnden för Vård & Omsorg, Region Ekeby") == "Nämnden för Vård & Omsorg"


def test_fields_joined_by_och_and_ampersand_stay_one_name() -> None:
    assert board("Nämnden för Miljö & Hälsoskydd beslutar") == "Nämnden för Miljö & Hälsoskydd"
    assert board("Nämnden för Kultur och Fritid beslutar") == "Nämnden för Kultur och Fritid"


def test_an_agreement_made_through_a_board_is_that_boards() -> None:
    text = ("Mellan Ekeby kommun (212000-0001), genom Nämnden för Teknik och Norrbys Stad\n(212000-0002), "
            "genom Kretsloppsnämnden, har denna dag träffats följande\n\nAVTAL\n\nom leverans av dricksvatten\n\n"
            "1. Avtalstid\nDetta avtal gäller tills vidare.\n")
    assert extract(text).authority == "Nämnden för Teknik"
