"""A state agency's letterhead run together on one line: the form's id and version date, the
document's kind and its date, the case number, the page counter."""
from __future__ import annotations

from diarium.extract.dates import document_date


def test_the_date_after_the_kind_not_the_form_version_date() -> None:
    text = ("NRV1000, v2.1, 2029-03-01 BESLUT 2031-06-27 Dnr 412/2031 1 (4) Ekeby kommun Box 12 "
            "123 45 Ekeby Beslut om tillsyn Norrbyverket beslutar att avsluta ärendet. "
            "Skäl för beslutet Ekeby kommun har lämnat de uppgifter som begärts.\n")
    found = document_date(text)
    assert found is not None and found.value == "2031-06-27"


def test_a_kind_word_in_running_text_gives_no_date() -> None:
    text = ("Norrbyverket\n\nÄrendet gäller tillsyn över Ekeby kommun\n\n"
            "Kommunen lämnade in en ansökan 2031-06-27 om förlängd tid.\n")
    assert document_date(text) is None


def test_the_date_opening_a_row_with_the_page_counter_and_the_case_number() -> None:
    text = ("\n\nT J Ä N S T E S K R I V E L S E\n\n2031-09-22 Sida 1 av 2 Dnr KS 2031/012\n\nKansliet\n\n"
            "Till Kommunfullmäktige\n\nTilläggsanslag 2031\n\nFörslag till beslut\n\n"
            "Kommunstyrelsen föreslår kommunfullmäktige besluta om tilläggsanslag.\n")
    found = document_date(text)
    assert found is not None and found.value == "2031-09-22"
