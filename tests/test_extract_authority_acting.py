"""A state body that acts in the operative sentence of a decision or an application whose
letterhead is lost is its issuer; a body only addressed or mentioned is not."""
from __future__ import annotations

from diarium.extract.authority import find_authority


def test_the_government_deciding_in_a_letter_without_letterhead() -> None:
    text = ("Box 12\n123 45 NORRBY\nUppdrag till länsstyrelserna i Norrby och Söderby län om tillsyn.\n"
            "Regeringen beslutar att uppdraget ska redovisas senast den 1 mars 2031.\nFINANSIERING\n")
    found = find_authority(text)
    assert found is not None and found[0] == "Regeringen"


def test_an_agency_claiming_in_an_application_to_a_court() -> None:
    text = ("ANSÖKAN 2031-05-02 Dnr 12/2031 Till Förvaltningsrätten i Norrby Ansökan om vite "
            "Sökande Skolinspektionen Motpart Norrby Skola AB Yrkande Skolinspektionen yrkar att "
            "rätten förelägger bolaget vite.")
    found = find_authority(text)
    assert found is not None and found[0] == "Skolinspektionen"


def test_an_agency_addressed_is_not_the_issuer() -> None:
    found = find_authority("Yttrande\nEkeby kommun beslutar att lämna synpunkter till Regeringen.\n")
    assert found is None or found[0] != "Regeringen"


def test_a_remissyttrande_summing_up_a_proposition_is_not_the_government_s() -> None:
    text = ("Sammanfattning\nRegeringen föreslår riksdagen att anta en ny lag om bygglov. Ekeby kommun "
            "tillstyrker förslaget i huvudsak.\n\nSynpunkter\nKommunen anser att tidsfristerna bör förlängas.\n\n"
            "Anna Berg\nkommunstyrelsens ordförande\n")
    assert find_authority(text) is None or find_authority(text)[0] != "Regeringen"


def test_a_report_telling_of_an_agency_s_decision_is_not_the_agency_s() -> None:
    text = ("Slutrapport\n\nProjektet Ekeby läser\n\nSkolverket beslutar att bidraget ska betalas ut i två "
            "delar. Projektet har genomförts under året.\n")
    assert find_authority(text) is None or find_authority(text)[0] != "Skolverket"
