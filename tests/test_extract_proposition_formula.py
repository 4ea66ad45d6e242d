"""A government proposition states what it proposes for decision in its formula ("Regeringen
föreslår riksdagen att …", "Regeringen förelägger riksdagen …", the verb capitalised in an
old print) or in a numbered list under "Förslag till riksdagsbeslut"; its decision date stands
under the title ("beslutad den 1 april 2033"), in an old scan with OCR damage."""
from __future__ import annotations

from diarium.extract.dates import document_date
from diarium.extract.decisions import find_decisions

OLD = ("Prop. 2033/34:57 Regeringens proposition\n\n2033/34:57\n\n"
       "angående färjeförbindelsen till Ekeö;\n\nbeslutad den l april 2033.\n\n"
       "Regeringen Föreslår riksdagen att godkänna de riktlinjer för färjetrafiken som förordas i propositionen.\n\n"
       "LARS HOLM KARIN DAHL\n\nPropositionens huvudsakliga innehåll\n\n"
       "Propositionen behandlar driften av färjan mellan fastlandet och Ekeö.\n")

LAID_BEFORE = ("Regeringens proposition\n\n2033/34:81\n\nangående anslag till vägar i Ekeby län\n\n"
               "Regeringen förelägger riksdagen förslaget om anslag till vägunderhåll i länet "
               "för budgetåret 2034 enligt den bilagda promemorian.\n\n"
               "Karin Dahl\n")

NUMBERED = ("Prop. 2033/34:140\n\nEn ny hamn i Ekeö\n\n"
            "Regeringen överlämnar härmed sitt förslag i ärendet åt riksdagen.\n\nEkeby den 7 mars 2034\n\n"
            "Lars Holm\n\n1. Förslag till riksdagsbeslut\n\nRegeringen föreslår att riksdagen\n\n"
            "1. antar regeringens förslag till lag om hamnavgifter i Ekeö,\n\n"
            "2. godkänner att hamnbolaget får låna upp till tre miljoner kronor.\n\n"
            "2. Bakgrund\n\nHamnen byggdes om under 2029 och 2030.\n")


def test_the_formula_with_its_verb_capitalised_is_the_proposal() -> None:
    assert [d.text for d in find_decisions(OLD)] == [
        "Regeringen Föreslår riksdagen att godkänna de riktlinjer för färjetrafiken som förordas i propositionen."]


def test_a_formula_that_lays_the_matter_before_the_riksdag_is_the_proposal() -> None:
    assert [d.text for d in find_decisions(LAID_BEFORE)] == [
        "Regeringen förelägger riksdagen förslaget om anslag till vägunderhåll i länet "
        "för budgetåret 2034 enligt den bilagda promemorian."]


def test_the_numbered_items_under_forslag_till_riksdagsbeslut_not_the_transmittal() -> None:
    assert [(d.number, d.text) for d in find_decisions(NUMBERED)] == [
        (1, "antar regeringens förslag till lag om hamnavgifter i Ekeö"),
        (2, "godkänner att hamnbolaget får låna upp till tre miljoner kronor.")]


def test_the_decision_date_under_the_title_with_a_digit_printed_as_a_letter() -> None:
    found = document_date(OLD)
    assert found is not None and found.value == "2033-04-01"


def test_a_month_name_with_one_wrong_letter_after_a_date_label() -> None:
    found = document_date("Ekö kommun\n\nDatum: 14 novembcr 2033\n\nSvar på medborgarförslag\n")
    assert found is not None and found.value == "2033-11-14"


def test_a_capital_i_before_a_month_in_prose_is_no_date() -> None:
    assert document_date("Ekö kommun\n\nI maj 2033 gick förvaltningen igenom taxorna.\n") is None


def test_a_damaged_date_alone_under_the_letterhead() -> None:
    found = document_date("Västerby kommun\nMiljönämnden\n\n7 septemher 2033\n\nSvar på medborgarförslag\n\n"
                          "Förvaltningen ser positivt på förslaget.\n")
    assert found is not None and found.value == "2033-09-07"


def test_a_word_one_letter_from_a_short_month_is_no_date() -> None:
    assert document_date("Västerby kommun\nMiljönämnden\n\n3 aptil 2033\n\nSvar på medborgarförslag\n") is None


def test_the_meeting_date_of_an_old_scan_with_its_month_damaged() -> None:
    text = ("Protokoll hållet vid sammanträde med byggnadsnämnden i Västerby den 9 decembor 2033\n\n"
            "Tillstädes: Lars Holm, ordförande\n\n§ 41 Anmälningsärenden\n")
    found = document_date(text)
    assert found is not None and found.value == "2033-12-09"
