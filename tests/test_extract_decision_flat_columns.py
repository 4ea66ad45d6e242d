"""A kallelse's ärendelista whose table the text layer flattened into two interleaved columns:
the title, time and presenters on the left, the Förslag column on the right after a wide gap.
Each act of the body is one decision; a blank line in mid-sentence (page layout) does not end
one, nor does a page break into the next page's table whose first row only carries it on."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

HEAD = "EKEBY KOMMUN\n\nKALLELSE\n\nUpprättad\n2031-05-16\n\nKommunstyrelsen\n\n"
TABLE_HEAD = "|  | Ärende | Beteckning | Förslag |\n| --- | --- | --- | --- |\n"
AGENDA = (
    HEAD + TABLE_HEAD + "| 1. | Taxa för tillsyn | 2031-00101 | Förslag till beslut i kommunfullmäktige<br>"
    "Kommunfullmäktige antar taxan för tillsyn. |\n\n"
    "\f\nEKEBY  KOMMUN\n\n2 (3)\n\n"
    "2.  Budget 2032, plan 2031-00212 Förslag till beslut i kommunfullmäktige\n"
    "2033–2034                      Kommunfullmäktige fastställer budget 2032,\n"
    "plan 2033–2034, daterad 2031-04-10, som underlag för\n"
    "09.00–09.25                    verksamhetsplanen.\n\n"
    "Anna Berg                      Kommunfullmäktige fastställer gemensamma\n"
    "Bo Lind                        mål med tillhörande nyckeltal.\n\n"
    "Kommunfullmäktige fastställer ramar för nämnderna\n"
    "till ett belopp på 1 200 miljoner kronor, varav valnämndens\n\n"
    "del är 2,5 miljoner kronor.\n"
    "Kommunfullmäktige fastställer låneramen\n"
    "till 300 miljoner kronor.\n"
    "Kommunfullmäktige ger kommunstyrelsen i uppdrag\n"
    "att teckna borgen inom ett belopp av 400 miljoner kronor.\n\n"
    "Kommunfullmäktige ger kommunstyrelsen i uppdrag\n"
    "att fördela de reserverade\n\n"
    "\f\nEKEBY  KOMMUN\n\n3 (3)\n\n"
    "[Tabell 3-1](kallelse.tabeller/3-1.csv)\n\n"
    + TABLE_HEAD + "|  |  |  | medlen för kompetensutveckling mellan<br>nämnderna. |\n"
    "| 3. | Uppföljning | 2031-00300 | Förslag till beslut i kommunstyrelsen<br>"
    "Kommunstyrelsen godkänner uppföljningen. |\n"
)


def test_the_förslag_column_of_a_flattened_agenda() -> None:
    texts = [d.text for d in find_decisions(AGENDA)]
    assert texts == [
        "Kommunfullmäktige antar taxan för tillsyn.",
        "Kommunfullmäktige fastställer budget 2032, plan 2033–2034, daterad 2031-04-10, som underlag för verksamhetsplanen.",
        "Kommunfullmäktige fastställer gemensamma mål med tillhörande nyckeltal.",
        "Kommunfullmäktige fastställer ramar för nämnderna till ett belopp på 1 200 miljoner kronor, "
        "varav valnämndens del är 2,5 miljoner kronor.",
        "Kommunfullmäktige fastställer låneramen till 300 miljoner kronor.",
        "Kommunfullmäktige ger kommunstyrelsen i uppdrag att teckna borgen inom ett belopp av 400 miljoner kronor.",
        "Kommunfullmäktige ger kommunstyrelsen i uppdrag att fördela de reserverade medlen för kompetensutveckling mellan nämnderna.",
        "Kommunstyrelsen godkänner uppföljningen.",
    ]
