"""A decision line that only points back ("Beslut: enligt förslag") stands for the proposal
stated above it in the same ärende."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

SUMMARY = """Ekeby regionfullmäktige 3 maj 2022

12. Anmälningsärenden

Regionfullmäktige beslutar att notera revisionsrapporten.

Beslut: enligt förslag

13. Valärenden

Regionfullmäktige beslutade enligt valberedningens förslag.

Beslut: Enligt förslaget.

14. Övriga frågor

Inga frågor har kommit in.

Beslut: enligt förslag
"""


def test_each_pointing_decision_is_the_proposal_above_it() -> None:
    assert [d.text for d in find_decisions(SUMMARY)] == [
        "Regionfullmäktige beslutar att notera revisionsrapporten.",
        "Regionfullmäktige beslutade enligt valberedningens förslag.",
    ]


def test_a_decision_with_words_of_its_own_is_not_replaced() -> None:
    text = SUMMARY.replace("Beslut: enligt förslag\n\n13.", "Beslut: Regionfullmäktige remitterar rapporten.\n\n13.")
    texts = [d.text for d in find_decisions(text)]
    assert "Regionfullmäktige beslutar att notera revisionsrapporten." not in texts


def test_a_pointing_line_does_not_reach_over_an_earlier_decision_line() -> None:
    text = ("Ekeby regionfullmäktige 3 maj 2022\n\nÄrenden\n\nRegionfullmäktige beslutar att notera rapporten.\n\n"
            "Beslut: Regionfullmäktige remitterar motionerna.\n\nInga frågor har kommit in.\n\n"
            "Beslut: enligt förslag\n")
    assert [d.text for d in find_decisions(text)] == ["Regionfullmäktige remitterar motionerna."]
