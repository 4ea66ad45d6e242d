"""An agreement's term in the ways contracts state it: a count in words repeated in digits, the
length after the start day, "och" before "till och med", days written with a slash."""
from __future__ import annotations

from diarium.extract.periods import find_periods


def terms(text: str) -> list[tuple[str, str]]:
    return [(p.start, p.end) for p in find_periods(text)]


def test_a_count_in_words_and_digits() -> None:
    assert terms("Avtalstiden är två (2) år från och med 2031-01-01.") == [("2031-01-01", "2032-12-31")]


def test_the_length_after_the_start_day() -> None:
    assert terms("Avtalet gäller från den 1 januari 2031 och löper i tre år.") == [("2031-01-01", "2033-12-31")]


def test_och_before_till_och_med() -> None:
    assert terms("Avtalet gäller från 2031-01-01 och till och med 2032-12-31.") == [("2031-01-01", "2032-12-31")]


def test_days_with_a_slash() -> None:
    assert terms("Hyresavtalet gäller från den 1/4 2031 till den 31/3 2034.") == [("2031-04-01", "2034-03-31")]


def test_a_length_of_something_else_after_a_start_is_no_term() -> None:
    assert terms("Norrby Bygg AB bildades från 2031-01-01 och har i tre år haft avtal med kommunen.") == []
    assert terms("Avtalet gäller från 2031-01-01 och tills vidare.") == []
