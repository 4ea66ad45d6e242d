"""A decision that ends by naming the wording it adopts ("… med följande ändring:") keeps that
wording, written for these tests in the layout of another kommun's protokoll: the text after the
colon is part of the decision until the deciding body speaks again; and a body that rules again
with the same verb on the next line starts a new decision."""
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


SAME_VERB_AGAIN = ("§ 14 Dnr KS 2024-00077\nBegäran om anstånd med amortering\n\nBeslut\n\n"
                   "Kommunfullmäktige avslår Norrby IK:s begäran om anstånd med amortering för\n"
                   "perioden 2024-01-01 till 2026-12-31 för det lån som kommunen har gått i borgen för.\n"
                   "Kommunfullmäktige avslår Ekeby FF:s ansökan om ett nytt lån på 2 400 000 kronor för\n"
                   "ombyggnaden av klubbstugan och medger inte att kommunen går i borgen för det.\n")


def test_a_body_acting_again_with_the_same_verb_on_the_next_line_is_a_new_decision():
    found = texts(SAME_VERB_AGAIN)
    assert [text.split()[2] for text in found] == ["Norrby", "Ekeby"]
