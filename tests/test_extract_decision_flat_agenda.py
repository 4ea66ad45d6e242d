"""A kallelse whose agenda lost its line breaks: each row's "Beslut i <body>:" proposal is a
decision of that agenda item, the same words in two rows two decisions, the page's footer none."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

FLAT_AGENDA = ("Kansliet Kallelse Datum Tid: Tisdagen den 4 maj 2021 Kl. 09:00 Plats: Stadshuset "
               "Kallelse till kommunstyrelsen Till kommunstyrelsen (öppet sammanträde) "
               "4. Delårsrapport för kommunstyrelsen 2021 Beslut i kommunstyrelsens arbetsutskott: "
               "Enligt förvaltningens förslag. 5. Investeringsmedel till ny förskola Beslut i "
               "kommunstyrelsens arbetsutskott: Enligt förvaltningens förslag. 6. Reviderad "
               "delegeringsordning Beslut i kommunstyrelsens arbetsutskott: Kommunstyrelsen antar "
               "delegeringsordningen. KS 2021/76 Postadress: Ekeby kommun, Ekeby Tel: Fax: E-post: "
               "info@ekeby.se\n")


def test_each_row_of_a_flat_agenda_gives_its_own_proposal() -> None:
    assert [d.text for d in find_decisions(FLAT_AGENDA)] == [
        "Enligt förvaltningens förslag.", "Enligt förvaltningens förslag.",
        "Kommunstyrelsen antar delegeringsordningen."]


def test_a_lone_beslut_in_running_text_is_no_heading() -> None:
    text = ("Nämnden fick information om ärendet. Beslut i nämnden fattas i maj när utredningen "
            "är klar. Kommunstyrelsen tar del av informationen.\n")
    assert find_decisions(text) == []
