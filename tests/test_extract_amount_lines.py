"""An amount a sentence breaks over a line: its first thousands group ends one line, the
rest and the unit open the next."""
from __future__ import annotations

from diarium.extract.amounts import find_amounts


def test_the_first_group_at_the_end_of_the_line_before():
    text = "Bidraget från regionen beräknas uppgå till 12\n250 000 kr i prisnivå 2025.\n"
    found = find_amounts(text)
    assert [a.value for a in found] == [12_250_000]
    assert text[found[0].evidence[0].start:found[0].evidence[0].end].startswith("12")


def test_a_year_ending_the_line_is_no_group():
    assert [a.value for a in find_amounts("Ramen för år 2026\n400 000 kr fördelas.")] == [400_000]


def test_a_figure_of_a_row_above_is_no_group():
    assert [a.value for a in find_amounts("Antal platser 12\n400 000 kr per år")] == [400_000]


def test_a_unit_on_the_next_line_of_a_table_cell():
    text = ("| 4. | Nya avgifter | 2025-00311 | Nämnden fastställer avgiften för årskort till 2400 kronor per år"
            " och för kvartalskort till 240<br>kronor per månad.<br>Ombudgetering med 750 000<br>kronor. |\n")
    found = find_amounts(text)
    assert [(a.value, a.per) for a in found] == [(2400, "år"), (240, "månad"), (750_000, None)]
    ev = found[1].evidence[0]
    assert text[ev.start:ev.end] == "240<br>kronor"


def test_a_cell_break_between_two_figures_joins_no_groups():
    assert [a.value for a in find_amounts("| Budget 2026<br>500 000 kr |\n")] == [500_000]


def test_a_first_group_at_the_end_of_a_cells_line():
    text = "| 3. | Bidraget beräknas uppgå till 12<br>250 000 kr i prisnivå 2025. |\n"
    assert [a.value for a in find_amounts(text)] == [12_250_000]


def test_a_letter_read_for_a_digit_inside_an_amount():
    found = find_amounts("Bidraget uppgår till 1 5OO 000 kr per år och ramen till l 250 000 kronor.")
    assert [(a.value, a.per) for a in found] == [(1_500_000, "år"), (1_250_000, None)]
    assert found[0].evidence[0].snippet == "1 5OO 000 kr"


def test_a_code_before_an_amount_keeps_its_letters():
    assert [a.value for a in find_amounts("Ärende IO 500 kr och 25 OOO kr.")] == [500, 25_000]


def test_a_cell_border_or_a_sentences_i_before_an_amount_is_no_digit():
    assert [a.value for a in find_amounts("| 500 000 kr |\nI 250 000 kronor ingår moms.")] == [500_000, 250_000]


def test_two_groups_ocr_printed_without_their_space():
    found = find_amounts("Ombyggnad av torget i Norrby 12845 300 kronor")
    assert [a.value for a in found] == [12_845_300]
