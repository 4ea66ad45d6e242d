"""Financial statements in a text dump: the unit printed once in the caption or a head line,
rows of bare figures under section labels, a notes column, cost rows printed with a minus in
every column, and OCR specks between the cells. Snippets are made up in the layouts other
bodies print (a bolag's resultaträkning, a region's balansräkning, a kommun's lokalplan)."""
from __future__ import annotations

from diarium.extract.amount_captions import table_cells
from diarium.extract.amounts import find_amounts


def values(text: str) -> list[int]:
    return [a.value for a in find_amounts(text)]


BOLAG = """Norrby Fastigheter AB
RESULTATRÄKNING

belopp i tkr

Utfall Budget Budget

2023 2024 2025
Rörelsens intäkter
Hyresintäkter 212 410 220 905 231 760
Övriga intäkter 1 215 980 1 020
Rörelsens kostnader
Driftkostnader -88 120 -91 400 -95 300
Avskrivningar -40 115 -41 000 -42 500
Resultat från finansiella poster
Räntekostnader och liknande -12 300 -/3 410 =-14 900
PERIODENS RESULTAT 73 090 75 075 79 080
"""


def test_section_labels_do_not_end_the_statement():
    found = values(BOLAG)
    assert {212_410_000, 220_905_000, 231_760_000, 79_080_000} <= set(found)
    assert 1_215_000 in found and 980_000 in found


def test_years_decide_the_columns_over_word_heads():
    # three year columns: "1 215 980 1 020" is 1 215 | 980 | 1 020, not 1 215 980 | 1 020
    assert 1_215_980_000 not in values(BOLAG)


def test_a_minus_in_every_column_is_the_rows_operator():
    found = values(BOLAG)
    assert {88_120_000, 91_400_000, 95_300_000, 40_115_000} <= set(found)
    assert all(v > 0 for v in found)


def test_ocr_specks_between_cells():
    found = values(BOLAG)
    assert {12_300_000, 73_410_000, 14_900_000} <= set(found)


def test_a_row_that_mixes_signs_keeps_them():
    text = "Flerårsöversikt (tkr) 2024 2023 2022\nResultat efter finansiella poster 1 250 -3 480 410\n"
    assert [v for v, _, _ in table_cells(text)] == [1_250_000, -3_480_000, 410_000]


def test_a_balance_row_keeps_its_minus_in_every_column():
    text = "Resultaträkning (tkr) 2024 2023\nVerksamhetens intäkter 12 400 11 900\nÅrets resultat -2 150 -1 075\n"
    assert [v for v, _, _ in table_cells(text)] == [12_400_000, 11_900_000, -2_150_000, -1_075_000]


def test_the_notes_column_is_no_amount():
    text = ("Balansräkning\n\nBelopp i mnkr\n\nNot 2024 2023\n"
            "Materiella anläggningstillgångar 12 4 310 4 120\n"
            "Kortfristiga fordringar 14 405 398\nSumma tillgångar 4 715 4 518\n")
    found = [v for v, _, _ in table_cells(text)]
    assert found == [4_310_000_000, 4_120_000_000, 405_000_000, 398_000_000, 4_715_000_000, 4_518_000_000]


def test_a_spaced_minus_before_a_figure():
    text = "Resultaträkning, tkr\nNot 2024 2023\nVerksamhetens kostnader 3 – 1 210 440 – 1 187 300\n"
    assert [v for v, _, _ in table_cells(text)] == [1_210_440_000, 1_187_300_000]


def test_belopp_in_miljoner_and_a_year_after_each_head_word():
    text = ("Investeringar i nya lokaler, belopp i miljoner\n\n"
            "Plan 2025 Plan 2026 Plan 2027\n\n140 95 1210\n")
    assert values(text) == [140_000_000, 95_000_000, 1_210_000_000]


def test_a_long_line_of_prose_still_ends_the_table():
    text = ("Kostnader (tkr)\nPost 2025 2026\nLokaler 590 615\n"
            "Nämnden har under året arbetat med 12 projekt och 3 uppdrag\nMed 40 deltagare 12\n")
    assert [v for v, _, _ in table_cells(text)] == [590_000, 615_000]


def test_notes_and_years_on_the_caption_line():
    text = ("Resultaträkning\nBelopp i mnkr Not 2024 2025\n"
            "Verksamhetens intäkter 1 1 210 1 305\nVerksamhetens kostnader 2, 3, 17 -4 120 -4 380\n"
            "Avskrivningar 4,5 -150 -162\n")
    assert [v for v, _, _ in table_cells(text)] == [
        1_210_000_000, 1_305_000_000, 4_120_000_000, 4_380_000_000, 150_000_000, 162_000_000]


def test_text_after_a_label_below_the_table_is_no_row():
    text = ("Kostnader (tkr)\nPost 2025 2026\nLokaler 590 615\nKommentar\nUnder året har 12\n")
    assert [v for v, _, _ in table_cells(text)] == [590_000, 615_000]


def test_a_row_with_a_note_after_a_section_label():
    text = ("Balansräkning\nBelopp i mnkr\nNot 2024 2023\nTillgångar\n"
            "Kortfristiga fordringar 14 405 398\nSkulder\nLångfristiga skulder 22 1 171 1 837\n")
    assert [v for v, _, _ in table_cells(text)] == [405_000_000, 398_000_000, 1_171_000_000, 1_837_000_000]


def test_a_head_row_that_opens_with_the_unit_in_the_label_columns_place():
    text = ("Utfall och prognos\n\nMnkr Utfall Budget Prognos Avvikelse\n\nårets 2024 | 2025\n"
            "Servicenämnden 12,5 13,0 12,8 0,2\nFastigheter 3,2 | 3,4 3,3 -0,1\n\nText som följer.\n")
    assert [a.value for a in find_amounts(text)] == [12_500_000, 13_000_000, 12_800_000, 200_000,
                                                     3_200_000, 3_400_000, 3_300_000, -100_000]


def test_a_sentence_opening_with_a_unit_is_no_head_row():
    text = "Miljoner kronor har avsatts till projektet\nEtapp 1 12 14\n"
    assert not {12_000_000, 14_000_000} & set(values(text))


def test_a_row_broken_by_specks_gives_no_tail():
    text = ("Tkr Utfall Budget Prognos\nNämnden 10,5 11,0 10,8\nKontoret -9,0| — -12,5 20] -&4 0,3\n")
    assert [a.value for a in find_amounts(text)] == [10_500, 11_000, 10_800]


def test_a_year_a_column_gap_before_the_unit_heads_the_table():
    text = "Kostnader 2026                    tkr\nPersonal                        1 200\nLokaler                           300\n"
    assert values(text) == [1_200_000, 300_000]


def test_a_table_that_prints_signs_keeps_a_row_of_minuses():
    text = ("Mnkr Utfall Budget Avvikelse\nNämnden -10,5 -11,0 -0,5\nKontoret -129,5 -131,0 1,5\n")
    assert values(text) == [-10_500_000, -11_000_000, -500_000, -129_500_000, -131_000_000, 1_500_000]


# A kommun's budget transfer to a förbund: the caption names plain kronor after "belopp", the
# rows print seven- and eight-digit figures with one space between cells, one row leaves cells empty.
FORBUND = """Tillskott till Ekeby vattenförbund, belopp i kronor
2024   2025    2026
Driftbidrag 41 250 300 42 118 020 43 905 660
Justering tidigare år -1 204 500 877 120
Ram enligt plan     40 045 800 42 995 140 44 120 000
"""


def test_belopp_i_kronor_captions_a_table_of_kronor():
    assert table_cells(FORBUND) and [v for v, _, _ in table_cells(FORBUND)][:3] == [41250300, 42118020, 43905660]


def test_a_row_leaving_cells_empty_keeps_its_figures_whole():
    assert {-1204500, 877120} <= set(values(FORBUND))
    assert 204 not in values(FORBUND) and 120 not in values(FORBUND)


def test_belopp_kronor_still_heads_a_column_of_kronor():
    text = "Nämnd        Begärt belopp, kronor   Beviljat belopp, kronor\nTeknik                      400 000\n\nSUMMA                       2 300 000\n"
    assert 2300000 in values(text)


def test_a_unit_heading_a_middle_column_scales_the_figure_before_a_short_closing_cell():
    text = ("Pågående mål\n\nMotpart   Läge   Krav (tkr)   Reserverat?\n"
            "Norrby Bygg AB 2023 Prövas i hovrätt 1 420 Nej\n\nEkeby vägförening Förlikning 96 Ja\n")
    assert {1420000, 96000} <= set(values(text)) and 2023000 not in values(text)
