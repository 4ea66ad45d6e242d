"""A dash list of fees in a decision, each item without a full stop, and the sentence after it
printed with no blank line ("- … 800 kronor per" / "tillfälle" / "Nya avgifter ska gälla …"):
the sentence is a decision of its own, in a Beslut section and in an ärendelista's Förslag
cell. A name wrapped into the next line stays in its item. Written for these tests in the style
of another kommun's papers; no word of them is in code or word lists."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.structure import analyse

SECTION = ("§ 5 Dnr TE-2031-00012\nAvgifter för felparkering\n\nBeslut\n\n"
           "Nämnden för Teknik fastställer avgifter för felparkering i Ekeby kommun:\n"
           "- Överskriden tid, ej betalt 300 kronor per tillfälle\n"
           "- Boendekort för områdena Centrum, Norra Hamnen och Västra\n"
           "Villastaden 350 kronor per månad\n"
           "- Parkering för rörelsehindrad 800 kronor per\n"
           "tillfälle\n"
           "Nya avgifter för felparkering ska gälla från och med\n"
           "2031-04-08.\n\n"
           "Sammanfattning\n\nNämnden har sett över avgifterna.\n")

TABLE = ("| | Ärende | Beteckning | Förslag |\n| --- | --- | --- | --- |\n"
         "| 6. | Avgifter för<br>felparkering | 2031-00754 | Förslag till beslut i kommunfullmäktige<br>"
         "Kommunfullmäktige fastställer avgifter för<br>felparkering i Ekeby kommun:<br>"
         "- Överskriden tid, ej betalt 300 kronor per tillfälle<br>"
         "- Parkering för rörelsehindrad 800 kronor per<br>tillfälle<br>"
         "Nya avgifter för felparkering ska gälla från och med<br>2031-04-08. |\n")


def texts(text: str) -> list[str]:
    return [d.text for d in find_decisions(text, analyse(text))]


def test_the_sentence_after_a_dash_list_is_a_decision_of_its_own() -> None:
    found = texts(SECTION)
    assert found[-1] == "Nya avgifter för felparkering ska gälla från och med 2031-04-08."
    assert "Norra Hamnen och Västra Villastaden 350 kronor per månad" in found[0]
    assert found[0].endswith("800 kronor per tillfälle")


def test_the_sentence_after_a_dash_list_in_a_proposal_cell_is_a_decision_of_its_own() -> None:
    found = texts(TABLE)
    assert found[-1] == "Nya avgifter för felparkering ska gälla från och med 2031-04-08."
    assert found[0].endswith("800 kronor per tillfälle")
