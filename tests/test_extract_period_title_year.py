"""A year in an agreement's title names the case (an application round, a fund's year); where
the agreement also states its term in dates, that is its term, and the title's year is none.
Without such a term the title's year stands."""
from __future__ import annotations

from diarium.extract.periods import find_periods

TERM = ("Avtal 1(2)\nDatum: 2031-10-10\nDiarienummer: NV 2031/1234\n\n\n"
        "Avtal avseende projektbidrag till ideella organisationer\når 2031\n\n"
        "Bidragsgivare:\nNorrbyverket\n\nBidragstagare:\nEkeby idrottsförening\n\n"
        "Projektet ska genomföras under år 2032.\n\nProjekttid: 2032-01-01 – 2032-06-30\n")


def test_a_title_year_yields_to_the_term_stated_in_dates() -> None:
    assert [(p.start, p.end) for p in find_periods(TERM)] == [("2032-01-01", "2032-06-30")]


def test_a_title_year_stands_without_a_dated_term() -> None:
    text = TERM.replace("Projekttid: 2032-01-01 – 2032-06-30\n", "")
    assert [(p.start, p.end) for p in find_periods(text)] == [("2031-01-01", "2031-12-31")]
