"""A capital "I", a lone "j" or "t" inside a sentence is the word "i" an OCR misread."""
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


def test_a_lone_j_or_t_inside_a_sentence_is_i_but_an_abbreviations_t_stays():
    lost = ("Forvaltningen redovisar kostnaden j balansrakningen for Ekeby kommun och\n"
            "beskriver t rapporten hur medlen fordelas, t o m ar 2025 enligt planen.\n")
    text = repair(lost)[0]
    assert "kostnaden i balansräkningen" in text and "beskriver i rapporten" in text
    assert "t o m" in text


def test_a_capital_i_after_an_ordinal_label_stays_a_roman_numeral():
    page = ("Planen för Ekeby kommun beskriver arbetet i flera delar och steg.\n"
            "Planen för etapp I omfattar skolan, skede I innebär att vägen byggs och\n"
            "zon I gäller för området medan avdelning I svarar och sektion I ansvarar för det.\n")
    text = repair(page)[0]
    for label in ("etapp I omfattar", "skede I innebär", "zon I gäller",
                  "avdelning I svarar", "sektion I ansvarar"):
        assert label in text, label
