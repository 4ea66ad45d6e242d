"""OCR repair puts a long hexadecimal id back together (issue 11): an e-signature's transaction
id the OCR split or spelled with letters for digits. Made-up ids."""
from __future__ import annotations

from diarium.corrections import repair

ID = "0A1B2C3D4E5F60718293A4B5C6D7E8F9001122AB"


def repaired(text: str) -> str:
    return repair(text, join_hyphenation=False)[0]


def test_a_split_id_with_letters_for_digits_is_whole_again():
    damaged = "Transaktionsidentitet: OA1B2C3D4ESF6071 8293A4B5C6D7E8F9OO1122AB"
    assert repaired(damaged) == f"Transaktionsidentitet: {ID}"


def test_the_page_number_after_an_id_stays_apart():
    assert repaired(f"Id: {ID[:20]} {ID[20:]} 1 (3)") == f"Id: {ID} 1 (3)"


def test_rows_of_numbers_and_capitals_are_no_id():
    text = "Ekeby 2019 2020 2021 2022 2023 2024 2025 2026 2027 OLLE DESIDE ABBA\n"
    assert repaired(text) == text


def test_a_page_number_loses_the_colon_the_ocr_read_in_its_gap():
    text = ("Ekeby kommun PROTOKOLL 1 (3)\ntext\nEkeby kommun PROTOKOLL 2:(3)\nenligt 7(9)\n"
            "Ekeby kommun PROTOKOLL 3 (3)\n")
    assert repaired(text).split("\n")[2:4] == ["Ekeby kommun PROTOKOLL 2 (3)", "enligt 7(9)"]


def test_party_marks_read_as_glyphs_on_a_document_that_prints_them():
    text = ("Ledamöter Anna Berg (M), Olle Lind (KD), Eva Ek (5), Per Ås (1)\n"
            "Se bilaga (5) och www. ekeby.se\n")
    lines = repaired(text).split("\n")
    assert lines[0] == "Ledamöter Anna Berg (M), Olle Lind (KD), Eva Ek (S), Per Ås (L)"
    assert lines[1] == "Se bilaga (5) och www.ekeby.se"
    alone = "Eva Ek (5) har ordet.\n"
    assert repaired(alone) == alone
