"""A participle that ends in a board's word ("nedan benämnd", "sistnämnda": named, mentioned)
inside a flat page's head names no board; in a text of no known kind, a board that rules on the
matter ("… upphäver länsstyrelsens beslut") is its authority."""
from __future__ import annotations

from diarium.extract.authority import find_authority

FLAT = ("\nBilaga 3 ARRENDEKONTRAKT Upplåtare: Arrendator: Arrendestället: Västerby Gård AB, i detta kontrakt "
        "benämnd Upplåtaren, Ekö Ryttarförening, nedan benämnd Arrendatorn, en del av fastigheten Västerby Hagen 2:14 "
        "om cirka fyra hektar, sistnämnda enligt kartan i bilaga 1, med betesmark, ett stall och en ridbana som "
        "Upplåtaren håller i gott skick under hela arrendetiden. 2\n\n"
        "Innehåll: Karta Besiktningsprotokoll Arrendeavgift och indexering\n")


def test_a_participle_in_a_flat_head_is_no_board() -> None:
    found = find_authority(FLAT)
    assert found is None or "nämnd" not in found[0].casefold()


def test_the_court_that_rules_in_the_domslut_of_a_published_report() -> None:
    text = ("PMD 2033:4\n\nÖverklagande av ett vite för vilseledande reklam. Frågan gällde om annonsen gav en "
            "felaktig bild av priset.\n\nPATENT- OCH MARKNADSÖVERDOMSTOLENS AVGÖRANDE\n\nPatent- och "
            "marknadsöverdomstolen avslår överklagandet och fastställer tingsrättens dom.\n")
    found = find_authority(text)
    assert found is not None and found[0] == "Patent- och marknadsöverdomstolen"
