"""A protokoll whose title names its board in the genitive and prints no label of its own
("Direktionens protokoll 3 november 2031"), and a flat page whose label stands after a page
counter field of its own: the kind and the board of the document."""
from __future__ import annotations

from diarium.extract.authority import find_authority
from diarium.extract.doctype import find_doc_type

OWNED = ("Direktionens protokoll 3 november 2031\n\nNärvarande\n\nDirektionens ledamöter\nAnna Berg (S), ordförande\n"
         "Per Ek (M)\n\nJustering och sekreterare\nAtt jämte ordförande justera dagens protokoll valdes Per Ek.\n\n"
         "44 § Sammanträdets öppnande\n\nOrdföranden öppnade mötet.\n")

LISTED = ("Ekeby kommun\n\nTjänsteskrivelse\n\nBeslutsunderlag\n"
          "Kommunledningskontorets tjänsteskrivelse, 2031-02-01\n\nFörslag till beslut\n\nKommunstyrelsen beslutar att godkänna avtalet.\n")

COUNTER_FIRST = ("\n1 (12) Kansliet/Anna Berg Protokoll från fullmäktiges sammanträde den 2 maj 2031 Tid: Måndagen den "
                 "2 maj kl Plats: Rådhuset i Ekeby. 35 Fullmäktiges öppnande Ordföranden förklarade sammanträdet öppnat. "
                 + "36 Upprop Upprop genomfördes av fullmäktiges ledamöter Anna Berg (S) Per Ek (M) Eva Lind (C). " * 12 + "\n")


def test_a_title_with_its_board_in_the_genitive_is_that_boards_protokoll() -> None:
    assert find_doc_type(OWNED)[0] == "protokoll"
    found = find_authority(OWNED)
    assert found is not None and found[0] == "Direktionen"


def test_a_genitive_label_below_the_title_names_another_document() -> None:
    assert find_doc_type(LISTED)[0] == "tjänsteutlåtande"


def test_a_flat_pages_label_after_its_page_counter() -> None:
    assert find_doc_type(COUNTER_FIRST)[0] == "protokoll"
