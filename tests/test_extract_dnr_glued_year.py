"""A board's prefix glued to the year's two digits, a zero-padded serial and the document's
number ("BN30-00217/03"), also broken at its hyphen over a line's end."""
from __future__ import annotations

from diarium.extract.dnr import find_dnr


def numbers(text: str) -> list[str]:
    return [fact.dnr for fact in find_dnr(text)]


def test_a_glued_prefix_and_year_with_a_document_number() -> None:
    assert numbers("Ordningen som nämnden fastställde 2030-03-09 under BN30-00217/03 ersätts härmed.") == ["BN30-00217/03"]


def test_broken_at_its_hyphen() -> None:
    assert numbers("fastställd 2030-03-09, BN30-\n\n00217/03 ersätts") == ["BN30-00217/03"]


def test_a_product_code_without_a_document_number_is_none() -> None:
    assert numbers("Artikel AB12-01234 levereras i maj.") == []
