"""A board's case number whose classification code the text layer parted from its hyphen."""
from diarium.extract.dnr import find_dnr


def test_code_after_a_stray_space() -> None:
    text = "TJÄNSTEUTLÅTANDE\nDatum\nDnr\nSida\n1 (3)\nNorrby nämnd\n2031-11-02\nNN 2031/01234- 1.2.1\n"
    assert [fact.dnr for fact in find_dnr(text)] == ["NN2031/01234-1.2.1"]


def test_dash_before_a_count_is_no_code() -> None:
    assert [fact.dnr for fact in find_dnr("Ärende NN 2031/0135- 12 ärenden i listan")] == []
