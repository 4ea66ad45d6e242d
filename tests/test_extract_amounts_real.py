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
