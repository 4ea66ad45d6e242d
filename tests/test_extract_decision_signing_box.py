"""A scanned protokollsutdrag whose page foot prints the signing box: its label row
("Justerare  Utdragsbestyrkande") stands under the last line of a decision with no blank line
between, the box's scanned initials under it. Neither is a decision's words, and the decision
goes on after the next page's head. Written for these tests in the style of another nämnd's
protokoll; no word of it is in code or word lists."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.structure import analyse

UTDRAG = ("Ekeby kommun SAMMANTRÄDESPROTOKOLL 4 (9)\n\nMiljönämnden 2031-04-02\n\n"
          "§ 41 Dnr MN 2031-118\nRiktlinjer för strandskydd\n\n"
          "Beslut\n\n"
          "Miljönämnden antar riktlinjer för strandskydd enligt nedan:\n\n"
          "1. Strandskyddet prövas för varje tomt för sig.\n\n"
          "2. Bryggor prövas särskilt med hänsyn till det rörliga friluftslivet\n"
          "Justerare  Utdragsbestyrkande\n\n"
          "¢\n\n"
          "KB\n\n"
          "L ~ /\n"
          "\fEkeby kommun SAMMANTRÄDESPROTOKOLL 5 (9)\n\nMiljönämnden 2031-04-02\n\n"
          "3. Riktlinjerna gäller från den 1 juni 2031.\n\n"
          "Beskrivning av ärendet\n\n"
          "Nämnden har inte haft några riktlinjer för strandskydd tidigare.\n")


def test_a_signing_box_row_and_the_page_foot_under_it_are_no_decision_words() -> None:
    found = [(d.number, d.text) for d in find_decisions(UTDRAG, analyse(UTDRAG))]
    assert (2, "Bryggor prövas särskilt med hänsyn till det rörliga friluftslivet") in found
    assert not any("Justerare" in text or "KB" in text.split() for _, text in found)



def test_the_same_labels_high_on_a_page_end_no_text_under_them() -> None:
    from diarium.extract.decision_furniture import without_footers
    from diarium.schemas.structure import Spanned
    text = "Justerandes sign  Utdragsbestyrkande\nTaxan gäller från den 1 juli 2031.\n"
    spans = [Spanned(page=2, start=0, end=36), Spanned(page=2, start=37, end=len(text) - 1)]
    assert without_footers(spans, text, set(), lambda start: False) == spans[1:]
    assert without_footers(spans, text, set(), lambda start: True) == []


HIGH_BOX = ("Ekeby kommun SAMMANTRÄDESPROTOKOLL 1 (2)\n\nMiljönämnden 2031-04-02\n\n§ 42 Dnr MN 2031-119\n"
            "Taxa för tillsyn\n\nBeslut\n\n1. Miljönämnden antar taxa för tillsyn enligt miljöbalken, daterad "
            "2031-03-01.\n\n\fEkeby kommun SAMMANTRÄDESPROTOKOLL 2 (2)\n\nMiljönämnden 2031-04-02\n\n"
            "Taxan gäller i hela kommunen.\nJusterandes sign  Utdragsbestyrkande\n\n"
            "2. Taxan gäller från den 1 juli 2031.\n\n"
            "3. Miljönämnden ger förvaltningen i uppdrag att informera företagen om taxan.\n\n"
            "Beskrivning av ärendet\n\nNämnden har sett över taxan och jämfört den med grannkommunerna.\n")


def test_a_signing_box_row_high_on_a_page_is_no_heading_and_no_decision_words() -> None:
    found = [(d.number, d.text) for d in find_decisions(HIGH_BOX, analyse(HIGH_BOX))]
    assert [number for number, _ in found] == [1, 2, 3]
    assert not any("Justerandes" in text for _, text in found)
