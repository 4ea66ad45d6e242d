"""A protokoll whose title names its board in the genitive and prints no label of its own
("Direktionens protokoll från sammanträdet den 12 april 2034"), and a flat page whose label
stands after a page counter field of its own: the kind and the board of the document."""
from __future__ import annotations

from diarium.extract.authority import find_authority
from diarium.extract.doctype import find_doc_type

OWNED = ("Direktionens protokoll från sammanträdet den 12 april 2034\n\nDeltagare\n\nLedamöter\n"
         "Lars Holm (KD), ordförande\nKarin Dahl (V)\n\nTjänstemän\nEva Sand, förbundschef\n\n"
         "17. Dagordningen\n\nDagordningen godkändes utan ändringar.\n")

LISTED = ("Västerby kommun\n\nTjänsteskrivelse\n\nUnderlag\n"
          "Miljöförvaltningens tjänsteskrivelse, 2034-03-15\n\nFörslag till beslut\n\nMiljönämnden beslutar att anta planen.\n")

COUNTER_FIRST = ("\n3 (8) Nämndsekreterare Karin Dahl Protokoll från byggnadsnämndens möte tisdagen den 6 juni 2034 "
                 "Lokal: Sessionssalen, Västerby. § 52 Val av protokollsjusterare Lars Holm utsågs att justera. "
                 + "§ 53 Bygglov för carport på Ekö 1:9 Nämnden beviljar bygglov enligt ansökan. " * 12 + "\n")


def test_a_title_with_its_board_in_the_genitive_is_that_boards_protokoll() -> None:
    assert find_doc_type(OWNED)[0] == "protokoll"
    found = find_authority(OWNED)
    assert found is not None and found[0] == "Direktionen"


def test_a_genitive_label_below_the_title_names_another_document() -> None:
    assert find_doc_type(LISTED)[0] == "tjänsteutlåtande"


def test_a_flat_pages_label_after_its_page_counter() -> None:
    assert find_doc_type(COUNTER_FIRST)[0] == "protokoll"
