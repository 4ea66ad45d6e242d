"""A taxa's web page names no letterhead: the body its head says adopted it, and the date it did,
are the page's authority and date."""
from __future__ import annotations

from diarium.extract.authority import find_authority
from diarium.extract.dates import document_date

PAGE = ("Taxa för tillsyn av värmepumpar\n\nFastställt av kommunfullmäktige 14 april 2031 § 27.\n"
        "Diarienummer KS 2030/412.\n\nOm taxan\n\nTaxan gäller för tillsyn enligt miljöbalken.\n\n"
        "Taxa\n\nAvgiften är 1 100 kronor per timme.\n")


def test_the_adopting_body_and_date_of_a_taxa_page() -> None:
    authority, date = find_authority(PAGE), document_date(PAGE)
    assert authority is not None and authority[0] == "Kommunfullmäktige"
    assert date is not None and date.value == "2031-04-14"

