"""A year after a preposition of a point in time is a target, a start or an end, no whole-year term;
a year after a preposition of a term is one."""
from __future__ import annotations

from diarium.extract.periods import find_periods


def terms(text: str) -> list[tuple[str, str]]:
    return [(p.start, p.end) for p in find_periods(text)]


def test_a_target_year_of_an_agreement_is_no_term() -> None:
    assert terms("Målet är en överenskommelse som tar sikte på år\n2045.") == []


def test_an_end_year_of_an_agreement_is_no_term() -> None:
    assert terms("Avtalet med Norrby Bygg AB sträcker sig fram till år 2029.") == []


def test_a_year_the_agreement_is_for_is_a_term() -> None:
    assert terms("Överenskommelsen avser år 2031.") == [("2031-01-01", "2031-12-31")]
    assert terms("Avtalet gäller för år 2031.") == [("2031-01-01", "2031-12-31")]
