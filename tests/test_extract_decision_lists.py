"""Where one decision ends and the next begins under Beslut, written for these tests in the
layout of another kommun's protokoll: bullets that complete an announcing sentence, and a body
of several words that acts again on the next line with no blank line between."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.structure import analyse

ANNOUNCED = ("§ 12 Dnr SBN 2024/118\nDelårsbokslut april 2024\n\nBeslut\n\n"
             "Samhällsbyggnadsnämnden godkänner delårsbokslutet och vill upplysa kommunstyrelsen om att:\n\n"
             "- prognosen för vatten och avlopp visar ett underskott på 4,2 miljoner kronor.\n"
             "- nämnden avser att täcka underskottet ur sin resultatfond.\n\n"
             "Samhällsbyggnadsnämnden förklarar paragrafen omedelbart justerad.\n")
ACTS_AGAIN = ("§ 47 Dnr 2024-00331\nRenhållningstaxa 2025\n\nBeslut\n\n"
              "Nämnden för Miljö och Teknik antar renhållningstaxa 2025, daterad 2024-09-12, och översänder\n"
              "den till kommunfullmäktige för fastställande tillsammans med förvaltningens tjänsteskrivelse.\n"
              "Nämnden för Miljö och Teknik beslutar att införa hämtning av matavfall i hela kommunen från\n"
              "och med den 1 april 2025 och att förvaltningen ska informera hushållen i god tid före starten.\n")


def texts(text: str) -> list[str]:
    return [d.text for d in find_decisions(text, analyse(text))]


def test_bullets_after_a_sentence_that_announces_them_are_one_decision():
    first, justering = texts(ANNOUNCED)
    assert first.startswith("Samhällsbyggnadsnämnden godkänner delårsbokslutet")
    assert "underskott på 4,2 miljoner kronor" in first and first.endswith("ur sin resultatfond.")
    assert justering == "Samhällsbyggnadsnämnden förklarar paragrafen omedelbart justerad."


def test_a_body_of_several_words_acting_again_on_the_next_line_is_a_new_decision():
    found = texts(ACTS_AGAIN)
    assert [text.split()[5] for text in found] == ["antar", "beslutar"]
    assert found[1].endswith("i god tid före starten.")


def test_a_sentence_drawing_the_consequence_of_a_decision_stays_with_it() -> None:
    from diarium.extract import find_decisions
    from diarium.structure import analyse
    text = ("§ 7 Dnr FN 2031-00412\nAvgift för kvällsbesök\n\nBeslut\n\n"
            "Fritidsnämnden föreslår att kommunstyrelsen beslutar att Ekeby kommun tar ut en avgift för besök.\n\n"
            "Fritidsnämnden föreslår vidare att fullmäktige beslutar att\n"
            "avgiften endast ska tas ut för besök under dagtid i den nämnda lokalen.\n"
            "Avgiften blir således oförändrad för kvällsbesöken i lokalen.\n\n"
            "Sammanfattning\n\n"
            "Nämnden har utrett frågan om avgifter för besök i kommunens lokaler under våren och\n"
            "har därvid haft kontakt med föreningarna, som har lämnat synpunkter på avgiften för\n"
            "besöken och på hur bokningarna ska redovisas till nämnden efter att de har gjorts.\n")
    assert [d.text for d in find_decisions(text, analyse(text))][-1] == (
        "Fritidsnämnden föreslår vidare att fullmäktige beslutar att avgiften endast ska tas ut för "
        "besök under dagtid i den nämnda lokalen. Avgiften blir således oförändrad för kvällsbesöken i lokalen.")
