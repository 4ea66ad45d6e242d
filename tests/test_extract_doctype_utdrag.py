"""A protokoll's paragraph standing alone, without a justering box: its § heading holds the
decision; what it names under it (an agreement's title, a tjänsteskrivelse in its underlag) is its
matter, not the document's kind."""
from __future__ import annotations

from diarium.extract.doctype import find_doc_type

UTDRAG = ("EKEBY KOMMUN\nKommunstyrelsen\nDatum\n2031-03-04\n\n§ 45                Dnr KS 2031/12\n"
          "Avtal om markanvisning för del av Norrby 1:2\n\nBeslut\nKommunstyrelsen godkänner avtalet med "
          "Norrby Bygg AB.\n\nSammanfattning av ärendet\nKommunen har förhandlat fram ett avtal.\n\n"
          "Beslutsunderlag\nTjänsteskrivelse 2031-02-01\n\nBeslutet skickas till\nNorrby Bygg AB\n")


def test_a_single_paragraph_with_its_decision_is_a_protokoll() -> None:
    assert find_doc_type(UTDRAG)[0] == "protokoll"


def test_a_paragraph_with_a_proposal_to_the_next_body_is_a_protokoll() -> None:
    text = ("Kommunstyrelsens arbetsutskott\n2031-03-04\n\n§ 45 Avtal om markanvisning\n\n"
            "Förslag till beslut i kommunstyrelsen\nKommunstyrelsen godkänner avtalet med Norrby Bygg AB.\n\n"
            "Beskrivning av ärendet\nKommunen har förhandlat fram ett avtal.\n")
    assert find_doc_type(text)[0] == "protokoll"


def test_clause_paragraphs_without_a_decision_stay_what_they_are() -> None:
    assert find_doc_type("STADGAR för Norrby IF\n\n§ 1 Namn\nFöreningens namn är Norrby IF.\n\n§ 2 Ändamål\nText.\n")[0] \
        == "annat"


def test_a_label_before_the_paragraph_keeps_its_kind() -> None:
    text = ("TJÄNSTESKRIVELSE\nDatum 2031-02-01\n\n§ 45 Avtal om markanvisning\n\nFörslag till beslut\n"
            "Kommunstyrelsen godkänner avtalet.\n")
    assert find_doc_type(text)[0] == "tjänsteutlåtande"
