"""Amounts on real excerpts (corpus train/dev documents, tests/data/extract/) and hand-made
variants: the unit on both sides of a number, a decimal point, a scale word whose "kronor" was
said before, money columns of tables and money fields of filled-in forms."""
from __future__ import annotations

from pathlib import Path

import pytest

from diarium.extract.amounts import find_amounts
from diarium.structure import analyse

DATA = Path(__file__).parent / "data" / "extract"


def values(text: str) -> list[int]:
    return [a.value for a in find_amounts(text, analyse(text))]


def test_a_scale_word_without_kronor_after_a_named_amount():
    text = (DATA / "amounts_K041_miljarder.txt").read_text(encoding="utf-8")
    assert values(text) == [16_800_000_000, 11_300_000_000]


def test_a_decimal_point_and_what_the_amount_is_per():
    text = (DATA / "amounts_K040_decimal_point.txt").read_text(encoding="utf-8")
    assert [(a.value, a.per) for a in find_amounts(text)] == [(2_400_000, "år")]


@pytest.mark.parametrize("text, expected", [
    ("Nämnden beviljar kr 40 000 kr till föreningen.", [40000]),
    ("Bidraget är kr 75 000 och betalas ut i januari.", [75000]),
    ("Köpeskillingen är 14 638 500 kronor (kr 14 638 500).", [14638500]),
    ("3 miljoner invånare och kl. 13.30", []),
    # justified text widened the first thousands gap; a lone double gap stays two numbers' gap
    ("Regionen har beviljat ett bidrag till ett belopp av 2  345 600 kr. ", [2345600]),
    ("Avgiften för år 3  450 kr per timme.", [450]),
])
def test_units_before_and_after(text, expected):
    assert values(text) == expected


def test_money_column_of_a_table_whose_head_names_the_unit():
    text = ("Fördelning av föreningsbidrag 2025\n\n| Förening | Ändamål | Belopp (kr) |\n|---|---|---|\n"
            "| Fjärås IK | Verksamhetsbidrag | 45 000 |\n| Tölö hembygdsförening | Lokalbidrag | 12 500 |\n"
            "| Antal medlemmar | | 310 |\n\nText efter tabellen.\n")
    assert values(text)[:2] == [45000, 12500]


def test_number_columns_under_a_caption_that_names_the_unit():
    text = ("Tabell 2. Bidrag per förening (tkr)\n\nFörening            2024      2025\n"
            "Fjärås IK             45        50\nTölö IF               12        15\n")
    assert sorted(values(text)) == [12000, 15000, 45000, 50000]


def test_money_fields_of_a_filled_in_form():
    text = ("ANSÖKAN OM FÖRENINGSBIDRAG\nFörening: Ljusets Vänner\nAntal medlemmar: 120\n"
            "Sökt belopp (kr): 25 000\nVarav lokalkostnad, tkr:   12\n")
    assert values(text) == [25000, 12000]


# --- scanned forms (the extra set's partistöd forms as Tesseract swe gives them) -----------

def test_money_column_of_a_scanned_form_with_column_operators_and_a_dropped_digit():
    # "Kronor" heads the column; "- 79045" is an expense, not a negative amount; the form's sum
    # (x + 147 000 - 79 045 = 190 470) puts back the digit OCR dropped from "12215".
    found = values(read("amounts_XA01_partistod_form.txt"))
    assert found[:4] == [122515, 147000, 79045, 190470]
    assert 12755 in found and 12215 not in found and -79045 not in found


def test_ore_amounts_and_tick_box_noise_in_a_scanned_form():
    found = values(read("amounts_XA01_oresbelopp_form.txt"))
    assert {148366, 264600, 218121, 194845, 24695, 104832, 5038, 12000, 12145, 6491, 165201, 52920} <= set(found)
    assert not {0, 4} & set(found)          # a zero and a stray digit beside "Kommunikation — övrigt"


def test_operators_and_section_heads_of_a_scanned_form():
    found = values(read("amounts_XA02_operators_form.txt"))
    assert found == [258907, 147000, 114175, 291732, 15909, 4951, 10810, 24500, 853, 5300, 6048, 68371,
                     14700, 31104, 45804]


def test_a_colon_dash_amount_whose_dash_ocr_dropped():
    found = values(read("amounts_XA01_letter_colon_dash.txt"))
    assert 17087 in found and 679304 in found and 2025 not in found


def test_a_fee_table_whose_first_head_names_the_fees():
    text = ("| Terminsavgifter | 2025 (beslutade 2024) | 2026 |\n| --- | --- | --- |\n"
            "| Terminsavgift. Grundavgift<br>ämne/instrument samt ”kulår”. | 1140 | 1 148 |\n"
            "| Fördjupningslinje | 2280 | 2 296 |\n\n| Deltagare | 2025 | 2026 |\n| --- | --- | --- |\n"
            "| Antal elever | 1140 | 1 200 |\n")
    assert values(text) == [1140, 1148, 2280, 2296]


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("text, expected", [
    ("Kostnaden beräknas till 60–70 000 kr.", [60000, 70000]),
    ("Ramen ökas från 1,6 till 2,0 Mdr kr.", [1600000000, 2000000000]),
    ("Bidrag mellan 2 och 3 miljoner kronor.", [2000000, 3000000]),
    ("Investeringsstöd överstigande 50 kkr.", [50000]),
    ("En markanvisningsavgift om 1 miljon (1 000 000) kronor ska erläggas.", [1000000]),
    ("Grundskola årskurs 4-6 113 339 kr/år", [113339]),      # OCR closed the column gap after "4-6"
    ("Punkt 2 - 40 000 kr till föreningen.", [40000]),        # a list number is no range
    ("År 2024 och 5 000 kr.", [5000]),
])
def test_ranges_parentheses_and_glued_spans(text, expected):
    assert values(text) == expected


def test_page_numbers_of_a_table_of_contents_are_no_amounts():
    # (the form line after the contents, a money label and its figure, still is one)
    text = ("Innehållsförteckning\n\n§ 131 Dnr FG-2024-00707\nRapportering anmälda olycksfall och tillbud   16\n\n"
            "§ 132 Dnr FG-2024-00707\nInterkommunala ersättningar Marks kommun och Varberg   17\n\n"
            "§ 133 Dnr FG-2024-00734\nInterkommunal ersättning inom GR   19\n\nÖvrig ersättning   2 500\n")
    assert values(text) == [2500]


def test_rows_of_a_cost_calculation_that_name_their_own_unit():
    # a calculation sheet: rows "label (tkr)   value", a row in kr among them, a share in per cent,
    # an "Avgår" row whose minus is the column's operator
    text = ("Kostnadsberäkning\n\n"
            "Lönekostnader enheten (tkr)          12 400\n"
            "Avgår kostnader för staben (tkr) -2 100\n"
            "Lönekostnader (tkr)                  10 300\n"
            "Påslag i procent för administration 4\n"
            "Kostnad per timme för handläggning (kr) 812\n")
    found = values(text)
    assert {10300000, 12400000} <= set(found)
    assert 4000 not in found and 812000 not in found and -2100000 not in found


def test_a_row_in_kr_under_a_column_headed_tkr():
    text = ("| Enheten | Årskostnad<br>tkr |\n| --- | --- |\n| Personal | 9 100 |\n\n"
            "Materialkostnad (tkr)                1 250\n"
            "Kostnad per timme för tillsyn (kr) 655\n")
    found = values(text)
    assert 655 in found and 655000 not in found and 1250000 in found


def test_a_money_column_whose_rows_the_text_layer_stacked_into_one_cell():
    text = ("| Kr/h | Post |\n| --- | --- |\n| 512<br>96<br>1 030 | Handläggning<br>Pålägg<br>Summa |\n"
            "| 1 065 | Timkostnad 2026 |\n")
    amounts = find_amounts(text, analyse(text))
    assert sorted(a.value for a in amounts) == [96, 512, 1030, 1065]
    assert [text[ev.start:ev.end] for a in amounts if a.value == 1030 for ev in a.evidence] == ["1 030"]


def test_a_cell_that_stacks_its_unit_heads_and_figures():
    text = ("| Särskilda bestämmelser |  |\n| --- | --- |\n"
            "| Timavgift<br>Avgift tas ut per påbörjad timme. | Kronor exklusive moms<br>940<br>"
            "Kronor inklusive moms<br>1 175 |\n| Antal kontroller<br>Per år | Antal<br>12 |\n")
    assert sorted(values(text)) == [940, 1175]


def test_a_multi_year_overview_whose_caption_prints_the_unit_and_the_years():
    # an årsredovisning's flerårsöversikt: the years on the caption line, OCR kept one space,
    # a percentage row and a cell broken by a speck
    text = ("Flerårsöversikt (Tkr) 2024 2023 2022 2021\n"
            "Nettoomsättning 12 310 11 875 9 402 8 007\n"
            "Årets resultat 1 204 515 312 -1 090\n"
            "Eget kapital 44:17 18 220 17 705 17 390\n"
            "Soliditet (%) 71 68 66 64\n\nStyrelsen föreslår …\n")
    assert values(text) == [12_310_000, 11_875_000, 9_402_000, 8_007_000, 1_204_000, 515_000, 312_000,
                            -1_090_000, 18_220_000, 17_705_000, 17_390_000]


def test_a_scale_word_later_in_the_paragraph_of_a_named_amount():
    text = ("Bolaget redovisar ett resultat på 4,2 miljoner kronor. I det ingår en försäljning av mark\n"
            "för 6,5 miljoner. Intäkterna ökade till 18,9 miljoner jämfört med året innan.\n\n"
            "Kommunen har 2 miljoner besökare.\n")
    assert values(text) == [4_200_000, 6_500_000, 18_900_000]


@pytest.mark.parametrize("text, expected", [
    # the number in words between the figures and the unit, as agreements print a köpeskilling
    ("Köpeskillingen är 2 350 000 (tvåmiljonertrehundrafemtiotusen) kronor.", [2_350_000]),
    # a range of two whole numbers around a spaced dash; a list number before a dash is no range
    ("Kostnaden beräknas till 400 000 - 650 000 kronor.", [400_000, 650_000]),
    ("Etapp 2 – 180 000 kronor", [180_000]),
])
def test_amounts_in_agreement_and_estimate_wording(text, expected):
    assert values(text) == expected


def test_decimal_figures_of_a_statement_under_a_unit_and_years_caption():
    text = ("Resultaträkning (mnkr)    2024    2023\nVerksamhetens intäkter    1 234,5    1 198,2\n"
            "Årets resultat    45,2    -12,3\n\nText.\n")
    assert values(text) == [1_234_500_000, 1_198_200_000, 45_200_000, -12_300_000]


def test_the_unit_in_the_head_over_the_row_labels_is_every_columns():
    text = "| Belopp, tkr | 2025 | 2026 |\n|---|---|---|\n| Personal | 1 200 | 1 250 |\n| Lokaler | 300 | 310 |\n"
    assert values(text) == [1_200_000, 1_250_000, 300_000, 310_000]


@pytest.mark.parametrize("text, expected", [
    # a negative balance in a sentence keeps its sign, also where the line wraps after it
    ("Bolaget redovisar ett resultat på -2,4 miljoner kronor\nför året.", [-2_400_000]),
    # a form row's minus is the column's operator, dropped
    ("Summa intäkter 120.000:-\nAvgår kostnader enligt nedan -95.500:-\n", [120_000, 95_500]),
])
def test_the_sign_of_a_balance_and_of_a_column(text, expected):
    assert values(text) == expected
