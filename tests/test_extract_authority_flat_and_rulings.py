"""A participle that ends in a board's word ("nedan benämnd", "sistnämnda": named, mentioned)
inside a flat page's head names no board; in a text of no known kind, a board that rules on the
matter ("… upphäver länsstyrelsens beslut") is its authority."""
from __future__ import annotations

from diarium.extract.authority import find_authority

FLAT = ("\nBilaga 6 AKTIEÖVERLÅTELSEAVTAL Säljare: Köpare: Köpeobjekt: Ekeby Holding AB, ( Säljaren ) "
        "Norrby Fastigheter AB, ( Köparen ) Samtliga aktier i Ekeby Parkering AB, , ( Bolaget ) innehållande såsom "
        "huvudsakliga tillgångar fastigheterna 1. Ekeby Norrgården 1:5 2. Ekeby Norrgården 1:6 Båda belägna i Ekeby "
        "kommun (nedan gemensamt benämnda ( Fastigheterna ) samt var för sig benämnd ( Fastighet ) och i förekommande "
        "fall med angivande av nu nämnda fastighetsbeteckningar). 1\n\nBilagor: Bilaga A Bilaga 1.2 a) Bilaga 1.2 b) "
        "Bilaga 4.2 a) Innehåll i Datarum Hyresavtalet Beräkning av köpeskilling\n")


def test_a_participle_in_a_flat_head_is_no_board() -> None:
    found = find_authority(FLAT)
    assert found is None or "nämnd" not in found[0].casefold()


def test_the_court_that_rules_in_the_domslut_of_a_published_report() -> None:
    text = ("MD 2031:12\n\nFråga om tillsyn över en vattenverksamhet. Mark- och miljödomstolen fann att beslutet "
            "var alltför ingripande.\n\nMARK- OCH MILJÖDOMSTOLENS DOMSLUT\n\n1. Mark- och miljödomstolen upphäver "
            "länsstyrelsens beslut och återförvisar målet till länsstyrelsen.\n")
    found = find_authority(text)
    assert found is not None and found[0] == "Mark- och miljödomstolen"
