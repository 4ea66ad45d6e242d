"""A scale word without "kronor": kronor in a sentence that speaks of money, never a count of
something else ("miljoner resor"), also after another bare scale word in the paragraph."""
from diarium.extract.amounts import find_amounts


def values(text: str) -> list[int]:
    return [a.value for a in find_amounts(text)]


def test_a_cost_sentence_counts_kronor() -> None:
    assert values("Den totala kostnaden för skolskjutsar under 2023 låg på ca 8,5 miljoner. Det är mer än väntat.") \
        == [8500000]


def test_a_count_after_a_bare_scale_word_is_no_amount() -> None:
    text = "Under året gjordes 2,1 miljoner resor i Ekeby, och 2,4 miljoner resenärer reste med buss."
    assert values(text) == []


def test_a_number_broken_over_a_line_inside_its_groups() -> None:
    assert values("Köpeskillingen är 2 340\n000 kronor och erläggs på tillträdesdagen.") == [2340000]


def test_kronor_printed_before_the_figures() -> None:
    assert values("Köpeskillingen uppgår till kronor 2 340 000.") == [2340000]
    assert values("Avgiften var 4 000 kronor 2024 och höjs.") == [4000]
