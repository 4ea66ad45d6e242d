"""A grant's year named after the fund it is paid from, in the sentence that grants it."""
from __future__ import annotations

from diarium.extract.periods import find_periods


def test_the_year_of_a_granted_utdelning() -> None:
    text = ("§ 40 Dnr SN-2031-00012\nFördelning av medel ur Anna Bergs stiftelse 2031\n\nBeslut\n\n"
            "Socialnämnden beviljar utdelning ur Anna Bergs stiftelse\n2031 enligt förvaltningens förslag "
            "till fördelning, daterad 2031-04-02.\n")
    assert [(p.start, p.end, p.kind) for p in find_periods(text)] == [("2031-01-01", "2031-12-31", "utdelning")]


def test_a_date_after_the_grant_is_no_year() -> None:
    assert find_periods("Nämnden beviljar bidrag enligt beslut 2031-04-02 i ärendet.") == []


def test_a_grant_year_in_the_genitive() -> None:
    text = ("§ 7 Dnr SN-2031-00020\nFöreningsbidrag\n\nBeslut\n\nSocialnämnden fördelar resterande medel 2031 års\n"
            "föreningsbidrag, inom området socialt arbete, till Norrby IF, med 40 000 kr.\n")
    assert [(p.start, p.end) for p in find_periods(text)] == [("2031-01-01", "2031-12-31")]


def test_a_budget_year_in_the_genitive_is_no_term() -> None:
    assert find_periods("Nämnden fördelar 2031 års budget enligt förslaget med 40 000 kr.") == []
