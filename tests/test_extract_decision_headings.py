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


AGENDA = """Sammanträde 2031-03-12

14 Bidrag till hembygdsföreningen

Förslag till nämndens beslut

Föreningen Vallby Gille beviljas 12 000 kronor i bidrag för en sommarmarknad.

Ärendebeskrivning

Föreningen har ansökt om 15 000 kronor.

15 Uppföljning

Förslag till kommunstyrelsens beslut

Uppföljningen godkänns och överlämnas till revisorerna.

Ärendebeskrivning

Rapporten finns i bilaga.
"""


def test_a_forslag_to_a_genitive_body_holds_decisions():
    assert [d.text for d in find_decisions(AGENDA, analyse(AGENDA))] == [
        "Föreningen Vallby Gille beviljas 12 000 kronor i bidrag för en sommarmarknad.",
        "Uppföljningen godkänns och överlämnas till revisorerna."]


WRAPPED = """TJÄNSTESKRIVELSE

Försäljning av mark

Förslag till beslut i kommunfullmäktige
Kommunfullmäktige godkänner köpeavtal avseende del av Ekåsen 3:14 och del av

Norrby 1:2 mellan kommunen och Exempelbolaget AB.

Bakgrund

Bolaget har ansökt om att köpa marken.
"""


def test_a_blank_line_inside_a_sentence_does_not_split_the_decision():
    assert [d.text for d in find_decisions(WRAPPED, analyse(WRAPPED))] == [
        "Kommunfullmäktige godkänner köpeavtal avseende del av Ekåsen 3:14 och del av "
        "Norrby 1:2 mellan kommunen och Exempelbolaget AB."]


GOVERNMENT = """Uppdrag till Länsstyrelsen i Ekeby län

Regeringens beslut

Regeringen ger Länsstyrelsen i Ekeby län i uppdrag att redovisa arbetet med vattenvården.

Skälen för regeringens beslut

Riksdagen har beslutat att länsstyrelserna ska samordna vattenvården.

Lagen om vattenvård ändras den 1 januari.
"""


def test_the_reasons_for_a_decision_are_no_decision_heading():
    assert [d.text for d in find_decisions(GOVERNMENT, analyse(GOVERNMENT))] == [
        "Regeringen ger Länsstyrelsen i Ekeby län i uppdrag att redovisa arbetet med vattenvården."]
