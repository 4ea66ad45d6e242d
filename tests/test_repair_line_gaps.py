"""A layout's blank line does not end a sentence: the rules that read the word before a
line's first word read it across the gap. Made-up text in another body's style."""
from __future__ import annotations

from diarium.corrections import repair


def test_a_number_after_a_blank_line_keeps_the_sentence_it_runs_on_from() -> None:
    # Lost page: "där" ends the line above the blank line, so "1" is the clause's subject.
    text = ("Varje risk graderas i fyra steg enligt en skala dar\n\n"
            "1 motsvarar lagsta niva och 4 motsvarar hogsta niva for forvaltningen.")
    assert [c for c in repair(text)[1] if c.original == "1"] == []
