"""An old protokoll whose pages lost their line breaks and § signs: its decisions are the
sentences in which the body acts, also in the past tense ("Fullmäktige godkände …"), each
ending at its own full stop, not at the next § number's."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

FLAT = ("PROTOKOLL Ekeby landstingsfullmäktige Justerat onsdagen den 7 december Anna Berg Per Ek "
        "287 Inledning Ordföranden förklarade sammanträdet öppnat. Upprop förrättades. Fullmäktige "
        "godkände de anmälda förhindren. 288 Kungörelse Kungörelsen anslogs den 10 november 2005 på "
        "anslagstavlan. 289 Justering Fullmäktige beslutade enligt ordförandens förslag att "
        "växeltjänstgöring fick ske under sammanträdet.\n")


def test_past_tense_acts_on_a_flat_page_are_decisions_each_to_its_own_stop() -> None:
    assert [d.text for d in find_decisions(FLAT)] == [
        "Fullmäktige godkände de anmälda förhindren.",
        "Fullmäktige beslutade enligt ordförandens förslag att växeltjänstgöring fick ske under sammanträdet.",
    ]


NO_BLANK_LINES = ("Norrby länsstyrelse\nBox 12\n123 45 NORRBY\n"
                  "Villkoren för bidragen till de regionala organen framgår av särskilda beslut för dessa.\n"
                  "Regeringen beslutar att följande ska gälla under budgetåret 2014 för nedan angivna anslag.\n"
                  "FINANSIERING\n1 | Anslag |\n")


def test_an_enacting_sentence_on_a_line_of_its_own_in_a_paragraph_with_no_blank_lines() -> None:
    assert [d.text for d in find_decisions(NO_BLANK_LINES)] == [
        "Regeringen beslutar att följande ska gälla under budgetåret 2014 för nedan angivna anslag."]


def test_an_enacting_line_that_carries_on_a_sentence_is_no_decision_of_its_own() -> None:
    text = ("Norrby länsstyrelse\nBox 12\nEnligt vad som framgår av beslutet om villkor för organen och att\n"
            "Regeringen beslutar att följande ska gälla under budgetåret 2014 för nedan angivna anslag.\n")
    assert find_decisions(text) == []


APPOSITIVE = ("Ekeby kommun Miljöenheten Att: Anna Berg Box 12 EKEBY Ärende: Ängsmarkerna vid sjön Beslut om "
              "bidrag Ansvarig myndighet för fonden Norrbyleden, Länsstyrelsen Hallands län, beslutar att "
              "bevilja bidrag till Ekeby kommun för det sökta arbetet. Bidraget uppgår till 40 % av de godkända "
              "kostnaderna. Beslutet kan inte överklagas.\n")


def test_a_flat_decision_whose_board_stands_in_apposition_is_its_whole_sentence() -> None:
    from diarium.extract import find_decisions
    from diarium.structure import analyse
    found = [d.text for d in find_decisions(APPOSITIVE, analyse(APPOSITIVE))]
    assert len(found) == 1
    assert found[0].endswith("Länsstyrelsen Hallands län, beslutar att bevilja bidrag till Ekeby kommun för det sökta arbetet.")
    assert "Ansvarig myndighet för fonden Norrbyleden" in found[0]
