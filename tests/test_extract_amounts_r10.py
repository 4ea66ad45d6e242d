"""Amounts first missed on an open batch, written for these tests in another body's style: a
number broken over a line after an approximator, and a scale word without "kronor" in a
sentence whose money noun is a compound's head."""
from __future__ import annotations

from diarium.extract.amounts import find_amounts


def values(text: str) -> list[int]:
    return [a.value for a in find_amounts(text)]


def test_a_number_broken_over_a_line_after_an_approximator():
    text = "Inklusive administration blir den minskade kostnaden ca 1\n380 tkr per år för nämnden.\n"
    assert values(text) == [1_380_000]


def test_a_row_label_and_a_number_on_the_next_line_stay_apart():
    assert values("Antal platser 12\n500 kronor per plats\n") == [500]


def test_a_compound_money_noun_makes_a_scale_word_count_kronor():
    text = "Detta statsbidrag uppgår till 57 miljoner och nämnden har ännu inte beslutat om det.\n"
    assert values(text) == [57_000_000]


def test_a_scale_word_without_money_in_the_sentence_counts_no_kronor():
    assert values("Tjänsten har 2,1 miljoner användare och växer.\n") == []
