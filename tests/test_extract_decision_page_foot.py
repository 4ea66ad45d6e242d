"""A decision at the foot of a letter's page, inside the file's page (one file of several
letters): the page number printed under it and the footer block after the number (the kommun's
address) are the page's, not the decision's words."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

LETTER = """DELEGERINGSBESLUT

Datum
2025-11-26

Sammanställning delegeringsbeslut

Beslut

Nämnden för Service godkänner sammanställningen av delegeringsbeslut under perioden
2025-11-24 till 2025-12-01.

1 (2)
Ekeby kommun
123 45 Ekeby
Besöksadress
Stadshuset, Storgatan 1
Telefon 0300-12 34 56


Bakgrund

Nämnden har delegerat sin beslutanderätt till förvaltningschefen.
"""


def test_the_footer_after_the_page_number_is_no_part_of_the_decision() -> None:
    assert [d.text for d in find_decisions(LETTER)] == [
        "Nämnden för Service godkänner sammanställningen av delegeringsbeslut under perioden "
        "2025-11-24 till 2025-12-01."]
