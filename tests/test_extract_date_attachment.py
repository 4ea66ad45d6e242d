"""An attachment to a protokoll is dated by the protokoll it belongs to ("Bilaga 3 till
kommunstyrelsens protokoll den 26 maj 2031"); the anslag's "Protokollet är justerat … den …"
dates no document."""
from __future__ import annotations

from diarium.extract.dates import document_date


def test_an_attachment_takes_its_protokolls_date() -> None:
    found = document_date("Bilaga 4:2 till kulturnämndens protokoll den 26 maj 2031\n\nRiktlinjer för "
                          "bidrag till studieförbund i Ekeby kommun\n\nFörvaltningen föreslår nämnden besluta")
    assert found is not None and found.value == "2031-05-26"


def test_a_justified_protokoll_in_the_anslag_gives_no_date() -> None:
    found = document_date("Riktlinjer för bidrag\n\nProtokollet är justerat och tillkännagivet den 2 april 2031"
                          "\n\nFörvaltningen föreslår nämnden besluta")
    assert found is None or found.value != "2031-04-02"
