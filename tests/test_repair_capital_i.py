"""A capital "I" inside a sentence is the word "i" an OCR read with a capital."""
from __future__ import annotations

from diarium.corrections import repair

PAGE = ("Nämnden för Ekeby kommun har fått en återrapportering från förvaltningen.\n"
        "Uppdraget ingår I arbetet med barn och unga som bor I kommunen.\n"
        "Fas I visar att åtgärderna är rätt. I kommunen finns även en plan.\n")


def test_a_capital_i_inside_a_sentence_becomes_i():
    text = repair(PAGE)[0]
    assert "ingår i arbetet" in text and "bor i kommunen" in text


def test_a_capital_i_after_a_label_or_opening_a_sentence_stays():
    text = repair(PAGE)[0]
    assert "Fas I visar" in text and "rätt. I kommunen" in text
