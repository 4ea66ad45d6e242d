"""A decision that ends by naming the wording it adopts ("… med följande ändring:") keeps that
wording, written for these tests in the layout of another kommun's protokoll: the text after the
colon is part of the decision until the deciding body speaks again."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.structure import analyse

AMENDED = ("§ 31 Dnr 2024-00212\nTaxa för hemtjänst\n\nBeslut\n\n"
           "Omsorgsnämnden antar förslaget till taxa för hemtjänst, daterat 2024-03-02, och\n"
           "översänder det till kommunfullmäktige för fastställande, med följande ändring:\n\n"
           "Avgiften för trygghetslarm höjs till 250 kronor per månad från och med den\n"
           "1 juli 2024.\n\n"
           "Avgiften räknas årligen upp med prisbasbeloppets förändring.\n\n"
           "Omsorgsnämnden ger förvaltningen i uppdrag att följa upp taxan efter ett år.\n")


def texts(text: str) -> list[str]:
    return [d.text for d in find_decisions(text, analyse(text))]


def test_the_wording_after_a_named_amendment_belongs_to_its_decision():
    found = texts(AMENDED)
    assert len(found) == 2
    assert found[0].startswith("Omsorgsnämnden antar förslaget")
    assert "med följande ändring: Avgiften för trygghetslarm höjs" in found[0]
    assert found[0].endswith("med prisbasbeloppets förändring.")
    assert found[1] == "Omsorgsnämnden ger förvaltningen i uppdrag att följa upp taxan efter ett år."
