"""A myndighet's beslut whose text lost its line breaks: the kind "Beslut" printed over the
letterhead is no decision heading, and the enacting sentence is found across an abbreviation's
full stop ("7 kap. 4 § miljöbalken")."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

FLAT = ("Beslut Datum Dnr 511-1234-25 1 / 4 Beslut om bildande av Ekebergets naturreservat "
        "Uppgifter om naturreservatet Namn: Ekeberget Kommun: Norrby Areal: 120 hektar\n"
        "\f\n"
        "2 / 4 Länsstyrelsens beslut Länsstyrelsen beslutar med stöd av 7 kap. 4 § miljöbalken "
        "(1998:808) att förklara området på bifogad karta som naturreservat. Reservatet har den "
        "avgränsning som utmärks i fält.\n")


def test_the_letterhead_under_the_kind_is_no_decision_and_the_enacting_sentence_is() -> None:
    assert [d.text for d in find_decisions(FLAT)] == [
        "Länsstyrelsen beslutar med stöd av 7 kap. 4 § miljöbalken (1998:808) att förklara området "
        "på bifogad karta som naturreservat."]
