"""A government proposition states what it proposes for decision in its formula ("Regeringen
föreslår riksdagen att …", "Regeringen förelägger riksdagen …", the verb capitalised in an
old print) or in a numbered list under "Förslag till riksdagsbeslut"; its decision date stands
under the title ("beslutad den 1 mars 2001"), in an old scan with OCR damage."""
from __future__ import annotations

from diarium.extract.dates import document_date
from diarium.extract.decisions import find_decisions

OLD = ("Prop. 2031/32:12 Regeringens proposition\n\n2031/32:12\n\n"
       "om avtal om vård vid Norrby sjukhus m. m.;\n\nbeslutad den I mars 2031.\n\n"
       "Regeringen Föreslår riksdagen att antaga de förslag som har upptagits i bifogade utdrag av regeringsprotokoll.\n\n"
       "På regeringens vägnar.\n\nANNA BERG PER EK\n\nPropositionens huvudsakliga innehåll\n\n"
       "I propositionen föreslås att riksdagen bemyndigar regeringen att ingå avtalet.\n")

LAID_BEFORE = ("Regeringens proposition\n\n2031/32:40\n\nmed förslag om tilläggsbudget\n\n"
               "Regeringen förelägger riksdagen vad som har tagits upp i bifogade utdrag ur regeringsprotokollet "
               "för de åtgärder och de ändamål som framgår av föredragandens hemställan.\n\n"
               "På regeringens vägnar\n\nAnna Berg\n")

NUMBERED = ("Prop. 2031/32:99\n\nFinansiering av Norrbyleden\n\n"
            "Regeringen överlämnar denna proposition till riksdagen.\n\nNorrby den 19 februari 2032\n\n"
            "Anna Berg\n\n1. Förslag till riksdagsbeslut\n\nRegeringen föreslår att riksdagen\n\n"
            "1. godkänner finansieringen av Norrbyleden (avsnitt 4),\n\n"
            "2. bemyndigar regeringen att teckna borgen för leden (avsnitt 5).\n\n"
            "2. Ärendet och dess beredning\n\nRegeringen beslutade den 2 maj 2031 att utreda saken.\n")


def test_the_formula_with_its_verb_capitalised_is_the_proposal() -> None:
    assert [d.text for d in find_decisions(OLD)] == [
        "Regeringen Föreslår riksdagen att antaga de förslag som har upptagits i bifogade utdrag av regeringsprotokoll."]


def test_a_formula_that_lays_the_matter_before_the_riksdag_is_the_proposal() -> None:
    assert [d.text for d in find_decisions(LAID_BEFORE)] == [
        "Regeringen förelägger riksdagen vad som har tagits upp i bifogade utdrag ur regeringsprotokollet "
        "för de åtgärder och de ändamål som framgår av föredragandens hemställan."]


def test_the_numbered_items_under_forslag_till_riksdagsbeslut_not_the_transmittal() -> None:
    assert [(d.number, d.text) for d in find_decisions(NUMBERED)] == [
        (1, "godkänner finansieringen av Norrbyleden (avsnitt 4)"),
        (2, "bemyndigar regeringen att teckna borgen för leden (avsnitt 5).")]


def test_the_decision_date_under_the_title_with_a_digit_printed_as_a_letter() -> None:
    found = document_date(OLD)
    assert found is not None and found.value == "2031-03-01"


def test_a_month_name_with_one_wrong_letter_after_a_date_label() -> None:
    found = document_date("Norrby kommun\n\nDatum: 31 oklober 2031\n\nYttrande över remiss\n")
    assert found is not None and found.value == "2031-10-31"


def test_a_capital_i_before_a_month_in_prose_is_no_date() -> None:
    assert document_date("Norrby kommun\n\nI mars 2031 beslutade nämnden att utreda saken.\n") is None


def test_a_damaged_date_alone_under_the_letterhead() -> None:
    found = document_date("Ekeby kommun\nSocialnämnden\n\n12 oklober 2031\n\nYttrande över remiss\n\nNämnden har inget att invända.\n")
    assert found is not None and found.value == "2031-10-12"


def test_a_word_one_letter_from_a_short_month_is_no_date() -> None:
    assert document_date("Ekeby kommun\nSocialnämnden\n\n12 jull 2031\n\nYttrande över remiss\n") is None


def test_the_meeting_date_of_an_old_scan_with_its_month_damaged() -> None:
    text = ("Utdrag ur protokoll vid sammanträde med socialnämnden den 31 oklober 2031\n\n"
            "Närvarande: Anna Berg, ordförande\n\n§ 1 Val av justerare\n")
    found = document_date(text)
    assert found is not None and found.value == "2031-10-31"
