"""Amounts with a scale word first met on unseen documents, written for these tests in other
bodies' style: a scaled unit with three decimals, a figure printed in full before "miljoner
kronor", and written-out millions whose "kronor" the sentence said once before."""
from __future__ import annotations

from diarium.extract.amounts import find_amounts


def values(text: str) -> list[int]:
    return [a.value for a in find_amounts(text)]


def test_three_decimals_of_a_scaled_unit():
    assert values("Lånet var på 5,925 Mkr och har amorterats till 5,415 Mkr.") == [5_925_000, 5_415_000]


def test_three_digits_after_a_comma_before_kronor_are_no_decimals():
    assert values("Avgiften är 5,925 kr enligt taxan.") == []


def test_a_figure_in_full_before_miljoner_kronor_is_the_sum():
    assert values("Investeringen, som beräknas uppgå till 9.000.000 miljoner kronor, finansieras med lån.") \
        == [9_000_000]


def test_a_thousand_millions_stay_a_milliard():
    assert values("Ramen är 1 000 miljoner kronor.") == [1_000_000_000]


def test_written_out_millions_after_miljoner_kronor():
    text = ("Nämnden fastställer medel för oförutsedda kostnader till 12 miljoner kronor som fördelas med åtta\n"
            "miljoner till nämnden och fyra miljoner till dess utskott.")
    assert values(text) == [12_000_000, 8_000_000, 4_000_000]


def test_written_out_millions_without_kronor_said_are_no_money():
    assert values("Ekeby har tio miljoner besökare om året och fyra miljoner kronor i intäkter.") == [4_000_000]
