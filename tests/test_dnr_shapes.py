"""Case-number shapes without a label, and a statute series that is no case number."""
from diarium.extract.dnr import find_dnr


def values(text: str) -> list[str]:
    return [fact.dnr for fact in find_dnr(text)]


def test_department_number_with_unit() -> None:
    assert values("Näringsdepartementet\nRegeringsbeslut\n2031-08-28\nN2031/4417/RS\nEkeby kommun") == ["N2031/4417/RS"]


def test_plan_code_serial_and_year() -> None:
    assert values("§ 4 Avtal om busstrafik på Ekebybanan 402-118-2031 ... 5") == ["402-118-2031"]


def test_register_code_in_parentheses() -> None:
    text = "Anna Berg har avsagt sig uppdraget som ersättare i Ekeby regionstyrelse (EK310442)."
    assert values(text) == ["EK310442"]


def test_statute_series_is_no_case() -> None:
    assert values("Av Ekebyverkets föreskrifter EKFS 2031:9 framgår att arbetet ska utvecklas") == []


def test_telephone_number_is_no_case() -> None:
    assert values("Ring Anna Berg på 031-123-2031 eller (0123456)") == []


def test_a_department_number_with_a_space_before_its_unit() -> None:
    text = "uppdragen (N2031/08072/RS,\nN2031/08077 /RS) upphör."
    assert [d.dnr for d in find_dnr(text)] == ["N2031/08072/RS", "N2031/08077/RS"]


def test_a_labelled_number_behind_its_register_letters_and_a_slash() -> None:
    text = "AVTAL\nDnr: EK/310074\nAvtalsnummer: 12/31\n"
    assert [d.dnr for d in find_dnr(text)] == ["EK/310074"]
