"""Amount tables whose caption names the unit in ways a text dump keeps: heads of a word and a
year after the unit, a participle in the parenthesis, cells bordered by pipes, a taxa's
"…, i kronor per år" clause, and a running foot with the page number inside the table."""
from diarium.extract.amounts import find_amounts


def values(text: str) -> list[int]:
    return [a.value for a in find_amounts(text)]


def test_caption_unit_before_heads_of_a_word_and_a_year() -> None:
    text = ("Ekonomi\n\nResultat (miljoner kronor)  Utfall 2024  Budget 2025  Utfall 2025\n"
            "Intäkter  12,5  13,0  14,2\nKostnader  -98,1  -101,0  -99,4\n")
    assert values(text) == [12500000, 13000000, 14200000, 98100000, 101000000, 99400000]


def test_participle_in_the_caption_and_pipe_bordered_cells() -> None:
    text = ("Regeringen beslutar att följande ska gälla.\n"
            "2.1 | Tilldelade anslag (belopp angivna i tkr) |\n"
            "Utgiftsområde 7 Näringsliv\n"
            "Disponeras av Norrby länsstyrelse | 4 250 |\n"
            "ap.1 | Norrby länsstyrelse (ram) | 4 250 |\n"
            "Disponeras av Ekeby länsstyrelse | 915 |\n"
            "ap.2 | Ekeby länsstyrelse (ram) | 915 |\n")
    assert values(text) == [4250000, 915000]


TAXA = """3.1 Hämtning i kärl

Årsavgift, i kronor, för helårsabonnemang med kärl, inklusive grundavgift

Kärlstorlek Hämtningsintervall Rötning | Egen kompost
140 liter Varje vecka, helår 4 310 4 310
Varannan vecka, helår 2 155 2155

Ekeby kommun Renhållningstaxa 2027

7
\f3.2 Hämtning i container

Grundavgift per container, i kronor per år

1 480

Årsavgift, i kronor, för container

Storlek Hämtningsintervall Rötning
2,5–4 kubikmeter Varje vecka, helår 71 300
Varannan vecka, helår 40 650

Ekeby kommun Renhållningstaxa 2027

8
"""


def test_taxa_tables_under_a_clause_naming_kronor() -> None:
    assert values(TAXA) == [4310, 2155, 1480, 71300, 40650]


def test_running_foot_and_page_number_give_no_amount() -> None:
    found = values(TAXA)
    assert 2027 not in found and 7 not in found and 8 not in found


def test_lone_page_number_under_a_form_column() -> None:
    text = "Avgifter, kronor\nHyra per dag 835\nExtra kärl, per styck 1010\n\nEkeby kommun Taxa\n\n15\n"
    assert values(text) == [835, 1010]


def test_a_span_in_the_label_is_no_speck() -> None:
    text = "Avgifter (tkr)\nStorlek  Budget  Utfall\n1–2 m3 Varje vecka  1 100  1 150\n4,5–6 m3 Varje vecka  1 200\n"
    assert values(text) == [1100000, 1150000, 1200000]


def test_a_figure_with_a_leading_zero_is_no_amount() -> None:
    text = "Avgifter, i kronor per år\n\nStorlek Intervall Pris\nVarje vecka, delår 16 040\nVarannan vecka, delår § 020\n"
    assert values(text) == [16040]


def test_a_sentence_naming_kronor_is_no_caption() -> None:
    assert values("Avgiften, i kronor per timme, höjs med 2 procent.\nBeslut enligt § 45\n") == []
