"""A tjänsteutlåtande whose proposing board puts its förslag to the board that decides ("Regionstyrelsen
föreslår regionfullmäktige besluta") goes to that board: the addressee is its authority."""
from __future__ import annotations

from diarium.extract.authority import find_authority


def test_the_board_proposed_to_is_the_addressee() -> None:
    text = ("FÖRSLAG 2031:4\nRegionstyrelsens förslag till beslut\nAvtal om samverkan med Norrby Folkhögskola\n\n"
            "Förslag till beslut\nRegionstyrelsen föreslår regionfullmäktige besluta\natt godkänna avtalet\n\n"
            "Förvaltningens tjänsteutlåtande\nUnderlag\n")
    found = find_authority(text, doc_type="tjänsteutlåtande")
    assert found is not None and found[0] == "Regionfullmäktige"


def test_a_board_that_proposes_without_an_addressee_stays() -> None:
    found = find_authority("Tjänsteskrivelse\nFörslag till beslut\nSocialnämnden föreslår att avgiften höjs.\n",
                           doc_type="tjänsteutlåtande")
    assert found is not None and found[0] == "Socialnämnden"
