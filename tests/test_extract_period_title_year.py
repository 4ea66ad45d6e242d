"""A year in an agreement's title names the case (an application round, a fund's year); where
the agreement also states its term in dates, that is its term, and the title's year is none.
Without such a term the title's year stands."""
from __future__ import annotations

from diarium.extract.periods import find_periods

TERM = ("Västerby kommun\n\nÖverenskommelse om verksamhetsstöd ur kulturfonden år 2034\n\n"
        "Stödgivare: Västerby kommun\nStödmottagare: Ekö teaterförening\n\n"
        "Föreningen sätter upp tre föreställningar för skolorna i kommunen.\n\n"
        "Avtalstid: 2034-09-01 – 2035-05-31\n")


def test_a_title_year_yields_to_the_term_stated_in_dates() -> None:
    assert [(p.start, p.end) for p in find_periods(TERM)] == [("2034-09-01", "2035-05-31")]


def test_a_title_year_stands_without_a_dated_term() -> None:
    text = TERM.replace("Avtalstid: 2034-09-01 – 2035-05-31\n", "")
    assert [(p.start, p.end) for p in find_periods(text)] == [("2034-01-01", "2034-12-31")]
