"""A board's prefix glued to the year's two digits, a zero-padded serial and the document's
number ("KS31-00041/05"), also broken at its hyphen over a line's end."""
from __future__ import annotations

from diarium.extract.dnr import find_dnr


def numbers(text: str) -> list[str]:
    return [fact.dnr for fact in find_dnr(text)]


def test_a_glued_prefix_and_year_with_a_document_number() -> None:
    assert numbers("Taxan antagen i kommunfullmäktige 2031-10-14, BN31-00041/05 upphör att gälla.") == ["BN31-00041/05"]


def test_broken_at_its_hyphen() -> None:
    assert numbers("antagen 2031-10-14, BN31-\n\n00041/05 upphör att gälla") == ["BN31-00041/05"]


def test_a_product_code_without_a_document_number_is_none() -> None:
    assert numbers("Artikel AB12-01234 levereras i maj.") == []
