"""The scalars (doc_type, authority, date) of layouts unseen documents bring: pages that lost
their line breaks, letters, a party clause that names a board with its abbreviation.

The snippets are written for these tests in the style of another kommun's papers; no word of
them is in code or word lists.
"""
from __future__ import annotations

from diarium.extract import find_authority, find_doc_type
from diarium.extract.dates import document_date
from diarium.structure import analyse

SENTENCES = ("Ekeby kommunfullmäktige sammanträdde i stadshuset och behandlade ärendena i den ordning "
             "som kallelsen angav, varvid ordföranden ledde förhandlingarna. ")
FLAT_PAGE = "Protokoll fört vid sammanträde med kommunfullmäktige den 3 mars 2031. " + SENTENCES * 6


def test_a_page_that_lost_its_line_breaks_is_text_though_it_ends_in_its_counter():
    text = "\f".join(f"{FLAT_PAGE}{n} (3)" for n in (1, 2, 3))
    structure = analyse(text)
    assert not structure.furniture
    found = document_date(text, structure)
    assert found is not None and found.value == "2031-03-03"


def test_a_running_header_with_its_counter_is_still_furniture():
    page = "EKEBY KOMMUN   PROTOKOLL   Sida {} (3)\nKommunfullmäktige\n\n§ {}\nText om ärendet {}.\n"
    text = "\f".join(page.format(n, 10 + n, "ABC"[n - 1]) for n in (1, 2, 3))
    kinds = {(f.page, f.kind) for f in analyse(text).furniture}
    assert {(2, "header"), (3, "header")} <= kinds


def test_a_party_clause_names_the_board_before_its_abbreviation():
    text = ("AVTAL\n\nMellan Ekeby kommun, Omsorgsnämnden (ON), organisationsnummer 212000-0000 (nedan "
            "Beställaren) och Norrby Bygg AB (nedan Entreprenören) har förevarande avtal träffats.\n")
    assert find_authority(text)[0] == "Omsorgsnämnden"


def test_a_letter_closing_with_a_greeting_is_a_skrivelse():
    text = ("Ekeby 2031-05-02\n\nKommunstyrelsen\n\nSynpunkter på motionen om bostäder\n\n"
            "Norrby Bostäder AB vill härmed yttra sig över motionen och avstyrker den.\n\n"
            "Med vänliga hälsningar\n\nAnna Berg, vd\n\f"
            "EKEBY KOMMUN   SAMMANTRÄDESPROTOKOLL   1 (1)\nKommunstyrelsen\n§ 12\nBeslut\nMotionen avslås.\n")
    assert find_doc_type(text)[0] == "skrivelse"


def test_a_greeting_in_a_tjansteskrivelse_keeps_its_kind():
    text = ("Ekeby kommun\n\nFörslag till beslut\nNämnden godkänner planen.\n\nBeskrivning av ärendet\n"
            "Planen har tagits fram.\n\nMed vänlig hälsning\n\nAnna Berg\n")
    assert find_doc_type(text)[0] == "tjänsteutlåtande"


def test_a_flat_page_that_narrates_the_meeting_is_a_protokoll():
    text = ("\fDen 3 mars 2031 Närvarande vid uppropet: ordföranden och övriga ledamöter utom Anna Berg "
            "och Per Ek. Som ersättare inträder Eva Lund för Anna Berg. Per Ek infinner sig under ärendet 12. "
            "Eva Lund lämnar sammanträdet under ärendet 14 och ersätts av Karl Holm.\n")
    assert find_doc_type(text)[0] == "protokoll"
