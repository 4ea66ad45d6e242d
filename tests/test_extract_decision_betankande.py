"""Decisions of a riksdag committee's betänkande: the numbered förslag under the second
"Utskottets förslag till riksdagsbeslut" (the first heads a table of contents), each the last
cell of its table row, ending where the reservation and the signature begin."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

BETANKANDE = """Socialutskottets betänkande
|
Ekeby stiftelses årsberättelse
Sammanfattning
Utskottet föreslår att riksdagen lägger årsberättelsen till handlingarna och avslår en motion.
Utskottets förslag till riksdagsbeslut
Ekeby stiftelses årsberättelse
Utskottets tidigare behandling
Översyn av stiftelsens uppdrag
Gällande ordning
Bilaga 1
Förteckning över behandlade förslag
Utskottets förslag till riksdagsbeslut
1. |
Ekeby stiftelses årsberättelse |
Riksdagen lägger redogörelse 2018/19:ES1 till handlingarna.
2. |
Översyn av stiftelsens uppdrag |
Riksdagen avslår motion
2018/19:1234 av Eva Ekholm (L).
Reservation (L)
Stockholm den 9 april 2019
På socialutskottets vägnar
Bo Berg
Följande ledamöter har deltagit i beslutet: Bo Berg (S), Eva Ekholm (L).
"""


def test_the_numbered_forslag_are_the_decision_cells_of_their_rows() -> None:
    found = [(d.number, d.text) for d in find_decisions(BETANKANDE)]
    assert found == [(1, "Riksdagen lägger redogörelse 2018/19:ES1 till handlingarna."),
                     (2, "Riksdagen avslår motion 2018/19:1234 av Eva Ekholm (L).")]
