"""A government bill's issuer is the subject of the formula that submits it to the riksdag."""
from diarium.extract.authority import find_authority


def test_bill_submitted_by_the_government() -> None:
    text = ("Prop. 2031/32:40\n\nFinansiering av vissa vägar i Norrby län\n\n"
            "Regeringen överlämnar denna proposition till riksdagen.\n\nNorrby den 3 mars 2032\n")
    found = find_authority(text)
    assert found is not None and found[0] == "Regeringen"


def test_ocr_capitalised_verb_of_a_bill() -> None:
    text = ("Regeringens proposition\n\nom avtal om vård\n\n"
            "Regeringen Föreslår riksdagen att godkänna avtalet i bilagan.\n")
    found = find_authority(text)
    assert found is not None and found[0] == "Regeringen"
