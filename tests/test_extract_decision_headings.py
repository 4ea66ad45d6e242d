"""Which "Förslag …" headings hold decisions: one addressed to a body does, a förslag of
something in the text of a tjänsteskrivelse does not. The snippet is written for this test in
the layout of another kommun's tjänsteskrivelse."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.structure import analyse

TEXT = """TJÄNSTESKRIVELSE

Fördelning av medel för föreningsstöd 2025

Förslag till kommunfullmäktige

Kommunfullmäktige fördelar 2,4 miljoner kronor till nämnderna enligt bilaga 1.

Bakgrund

Regeringen har beslutat om ett riktat bidrag till kommunerna.

Förslag till fördelning

Förvaltningen har i dialog med nämnderna tagit fram ett förslag.

Fritidsnämnden får hälften av medlen.
"""


def test_a_forslag_to_a_body_holds_decisions_a_forslag_of_a_thing_does_not():
    assert [d.text for d in find_decisions(TEXT, analyse(TEXT))] == [
        "Kommunfullmäktige fördelar 2,4 miljoner kronor till nämnderna enligt bilaga 1."]
