"""What the word rules read around a word: a layout's blank line does not end a sentence
(the word before a line's first word is read across the gap), and a listed place as printed
is a name. Made-up text in another body's style."""
from __future__ import annotations

from diarium.corrections import repair


def test_a_number_after_a_blank_line_keeps_the_sentence_it_runs_on_from() -> None:
    # Lost page: "där" ends the line above the blank line, so "1" is the clause's subject.
    text = ("Varje risk graderas i fyra steg enligt en skala dar\n\n"
            "1 motsvarar lagsta niva och 4 motsvarar hogsta niva for forvaltningen.")
    assert [c for c in repair(text)[1] if c.original == "1"] == []


def test_a_listed_place_as_printed_keeps_its_letters() -> None:
    # Lost page: "Skaras" is the genitive of a listed place, no "Skäras".
    base = "Forvaltningen har lamnat ett forslag till beslut om samverkan for barn och unga. "
    text = base + "Avtalet galler Skaras kommun och Ekeby kommun. " + base
    assert [c for c in repair(text)[1] if c.original == "Skaras"] == []
