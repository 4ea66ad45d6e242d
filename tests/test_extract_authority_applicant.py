"""An application's writer is the public body of its applicant field, not the court above it
nor the counterparty below it."""
from diarium.extract.authority import find_authority


def test_agency_applying_to_a_court_against_a_kommun() -> None:
    text = ("Förvaltningsrätten i Norrby Box 12\n123 45 Norrby\nAnsökan om avgift\nSökande\n"
            "Skolinspektionen, Box 1, 123 45 Västby\nMotpart\nEkeby kommun\nSaken\nAvgift enligt lag\n"
            "Yrkande\nSkolinspektionen yrkar att förvaltningsrätten beslutar att Ekeby kommun ska betala 10 000 kronor.\n")
    found = find_authority(text)
    assert found is not None and found[0] == "Skolinspektionen"
