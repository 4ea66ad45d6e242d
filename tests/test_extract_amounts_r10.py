"""Amounts first missed on an open batch, written for these tests in another body's style: a
number broken over a line after an approximator, and a scale word without "kronor" in a
sentence whose money noun is a compound's head."""
from __future__ import annotations

from diarium.extract.amounts import find_amounts


def values(text: str) -> list[int]:
    return [a.value for a in find_amounts(text)]


def test_a_number_broken_over_a_line_after_an_approximator():
    text = "Kostnaden för tillsynen beräknas bli ca 2\n150 tkr under året.\n"
    assert values(text) == [2_150_000]


def test_a_row_label_and_a_number_on_the_next_line_stay_apart():
    assert values("Antal platser 12\n500 kronor per plats\n") == [500]


def test_a_compound_money_noun_makes_a_scale_word_count_kronor():
    text = "Driftbidraget hamnar på 12 miljoner, enligt prognosen i våras.\n"
    assert values(text) == [12_000_000]


def test_a_short_money_stem_inside_a_word_is_no_money_noun():
    assert values("Detaljplanen hamnar på 12 miljoner, enligt prognosen i våras.\n") == []


def test_a_scale_word_without_money_in_the_sentence_counts_no_kronor():
    assert values("Tjänsten har 2,1 miljoner användare och växer.\n") == []


def test_a_head_row_that_opens_with_the_unit_counts_a_year_with_its_head():
    text = "Tkr          Budget 2025     Utfall 2025\nLokaler         1 200           1 150\nSumma           1 650           1 600\n"
    assert values(text) == [1_200_000, 1_150_000, 1_650_000, 1_600_000]


def test_a_unit_after_each_year_of_a_head_row_is_no_amount_and_heads_the_rows():
    text = ("Post                 Budget 2025 tkr    Utfall 2025 tkr\n"
            "Lokaler                    1 200              1 150\nSumma                      1 650              1 600\n")
    assert values(text) == [1_200_000, 1_150_000, 1_650_000, 1_600_000]


def test_a_year_and_a_unit_in_a_sentence_stay_an_amount():
    assert values("Underskottet blev 2025 tkr och 2026 tkr året efter.") == [2_025_000, 2_026_000]


def test_typeset_spaces_between_digit_groups():
    text = "Köpeskillingen är 1\u2009250\u2009000 kronor.\n\nKostnader (tkr)\nPost       2025      2026\nLokaler   1\u202f200     1\u202f300\n"
    found = find_amounts(text)
    assert [a.value for a in found] == [1_250_000, 1_200_000, 1_300_000]
    assert text[found[0].evidence[0].start:found[0].evidence[0].end].startswith("1\u2009250\u2009000")
