"""A company board's minutes: a member's yrkande is no decision; the company on the breadcrumb is the body."""
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


def test_company_of_a_breadcrumb_is_the_authority() -> None:
    from diarium.extract.authority import find_authority
    text = ("Din position: Hem > Ekeby kommun > AB Norrby Bostäder > Sammanträde 2031-04-29\n\n"
            "Sammanträde 2031-04-29\n\n§1 Val av justerare\n\nAnna Berg utsågs att justera dagens protokoll.\n")
    found = find_authority(text)
    assert found is not None and found[0] == "AB Norrby Bostäder"
