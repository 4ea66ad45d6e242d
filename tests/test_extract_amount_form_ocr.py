"""Figures of a scanned form's money column whose öre OCR damaged: the decimal comma moved off
the figure or read as a colon, and a typed figure that groups the millions with the thousands."""
from __future__ import annotations

from diarium.extract.amount_columns import column_amounts

FORM = """Redovisning av bidrag
1 Översikt Kronor Kommentar
Saldo från förra året {first}
Erhållet bidrag {second}
Kostnader (rad 2 + 3) - 72.908
Saldo till nästa år ={third}
Uppgifterna är riktiga, intygar föreningens styrelse.
"""


def values(first: str, second: str, third: str) -> list[int]:
    return [v for v, _, _ in column_amounts(FORM.format(first=first, second=second, third=third))]


def test_a_space_before_the_decimal_comma():
    assert values("40 411 ,42", "+ 125.000", "52.373,75")[0] == 40411


def test_a_colon_read_for_the_decimal_comma():
    assert values("281:75", "+ 125.000", "52.373:75") == [282, 125000, 72908, 52374]


def test_four_digits_before_the_thousands_when_ore_are_printed():
    assert values("281,75", "1017 500,00", "52.373,75")[1] == 1017500


def test_a_time_is_no_figure():
    text = "Kostnader Kronor\nMöte i lokalen kl. 18:30\nHyra 2 500\nUppgifterna är riktiga, intygar föreningens styrelse.\n"
    assert [v for v, _, _ in column_amounts(text)] == [2500]


ITEMS = """2 Kostnader Kronor Kommentar
Hyra
12.400
Tryck
{damaged}
Resor
3.150
Summa kostnader = {total}
Uppgifterna är riktiga, intygar föreningens styrelse.
"""


def test_a_damaged_item_read_from_the_printed_sum():
    text = ITEMS.format(damaged="Z4;:615", total="20.165")
    assert [v for v, _, _ in column_amounts(text)] == [12400, 4615, 3150, 20165]


def test_a_damaged_item_the_sum_does_not_explain_is_dropped():
    text = ITEMS.format(damaged="Z4;:615", total="20.000")
    assert [v for v, _, _ in column_amounts(text)] == [12400, 3150, 20000]
