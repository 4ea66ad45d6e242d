"""A table whose head row the converter left above it as a plain line of labels: its recipients,
case numbers and money are read by the labels of that line."""
from diarium.api import extract
from diarium.extract.party_lists import organisation
from diarium.extract.table_heads import with_detached_head
from diarium.structure import analyse

REGISTER = ("Norrby kommun\nFritidsnämnden\n\nRedovisning av utbetalda föreningsstöd\n\n"
            "Dnr     Förening        Stödform        Datum      Belopp\n\n"
            "[Tabell 7-1](tabeller/7-1.csv)\n\n"
            "| 2231 | Ekeby IK | Lovaktivitet | 2025-03-02 | 1 500,00 |\n| --- | --- | --- | --- | --- |\n"
            "| 2232 | Västerby Ryttarförening | Lokalstöd | 2025-03-02 | 12 000,00 |\n"
            "| 2240 | Ulla Idrottsförening | Lovaktivitet | 2025-03-02 | 800 |\n")


def test_the_label_line_above_becomes_the_head_row():
    [table] = analyse(REGISTER).tables
    headed = with_detached_head(REGISTER, table)
    assert [cell.text for cell in headed.rows[0]] == ["Dnr", "Förening", "Stödform", "Datum", "Belopp"]
    assert len(headed.rows) == 4


def test_a_sentence_or_two_titles_above_a_table_are_no_head():
    text = "Nämnden beslutar följande\n\n| 12 | Ekeby IK | 500 |\n| --- | --- | --- |\n| 13 | Norrby SK | 700 |\n"
    [table] = analyse(text).tables
    assert with_detached_head(text, table) is table
    text = "Kommundirektör       Ekonomichef\n\n| Ekeby IK | 500 |\n| --- | --- |\n| Norrby SK | 700 |\n"
    [table] = analyse(text).tables
    assert with_detached_head(text, table) is table


def test_register_of_payments_gives_recipients_case_numbers_and_amounts():
    record = extract(REGISTER)
    assert {p.name for p in record.parties} >= {"Ekeby IK", "Västerby Ryttarförening", "Ulla Idrottsförening"}
    assert {"2231", "2232", "2240"} <= set(record.dnr)
    assert {1500, 12000, 800} <= {a.value for a in record.amounts}


def test_organisation_word_outweighs_an_opening_first_name():
    assert organisation("Ulla Idrottsförening")
    assert organisation("Karin Scoutkår")
    assert not organisation("Ulla Berg")


def test_reference_number_label_of_an_agreement_head():
    record = extract("Ramavtal\n\nRef. nr. 21/45 Slutdatum 2026-03-31\n\nAvtalet gäller mellan Ekeby kommun och Norrby Bygg AB.\n")
    assert "21/45" in record.dnr
