"""A dash list of fees in a decision, each item without a full stop, and the sentence after it
printed with no blank line ("- … 600 kronor per" / "gång" / "Nya avgifter ska gälla …"): the
sentence is a decision of its own, in a Beslut section and in an ärendelista's Förslag cell. A
name wrapped into the next line stays in its item. Written for these tests in the style of
another kommun's papers; no word of them is in code or word lists."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.structure import analyse

SECTION = ("§ 5 Dnr KF-2031-00012\nAvgifter för lokalbokning\n\nBeslut\n\n"
           "Nämnden för Fritid fastställer avgifter för bokning av lokaler i Ekeby kommun:\n"
           "- Sen avbokning 250 kronor per gång\n"
           "- Årskort för områdena Torget, Norrhamn och Övre\n"
           "Hagen 350 kronor per månad\n"
           "- Uteblivet besök i bokad lokal 600 kronor per\n"
           "gång\n"
           "Nya avgifter för lokalbokning ska gälla från och med\n"
           "2031-04-08.\n\n"
           "Sammanfattning\n\nNämnden har sett över avgifterna.\n")

TABLE = ("| | Ärende | Dnr | Förslag |\n| --- | --- | --- | --- |\n"
         "| 6. | Avgifter för<br>lokalbokning | 2031-00754 | Nämndens förslag till fullmäktige<br>"
         "Kommunfullmäktige fastställer avgifter för<br>lokalbokning i Ekeby kommun:<br>"
         "- Sen avbokning 250 kronor per gång<br>"
         "- Uteblivet besök i bokad lokal 600 kronor per<br>gång<br>"
         "Nya avgifter för lokalbokning ska gälla från och med<br>2031-04-08. |\n")


def texts(text: str) -> list[str]:
    return [d.text for d in find_decisions(text, analyse(text))]


def test_the_sentence_after_a_dash_list_is_a_decision_of_its_own() -> None:
    found = texts(SECTION)
    assert found[-1] == "Nya avgifter för lokalbokning ska gälla från och med 2031-04-08."
    assert "Norrhamn och Övre Hagen 350 kronor per månad" in found[0]
    assert found[0].endswith("600 kronor per gång")


def test_the_sentence_after_a_dash_list_in_a_proposal_cell_is_a_decision_of_its_own() -> None:
    found = texts(TABLE)
    assert found[-1] == "Nya avgifter för lokalbokning ska gälla från och med 2031-04-08."
    assert found[0].endswith("600 kronor per gång")
