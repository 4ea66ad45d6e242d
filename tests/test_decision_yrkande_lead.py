"""A member's yrkande with an att list is a proposal, not the board's decision."""
from diarium.extract.decisions import find_decisions

MINUTES = ("§4 Försäljning av fastigheter\n\n"
           "Förelåg verkställande direktörens skrivelse, daterad den 20 april 2031.\n\n"
           "Under överläggning yrkade ledamoten Anna Berg att styrelsen beslutar\n\n"
           "att avslå samtliga förslag till försäljning,\n\n"
           "att fastigheten Ekeby 3 förs över till Norrby Bostäder AB.\n")


def test_yrkande_lead_in_decides_nothing() -> None:
    assert [d.text for d in find_decisions(MINUTES)] == []


def test_board_lead_in_still_decides() -> None:
    text = MINUTES.replace("Under överläggning yrkade ledamoten Anna Berg att styrelsen beslutar",
                           "Ordföranden föreslår att styrelsen beslutar")
    assert len(find_decisions(text)) == 2
