"""A document's date field printed empty: the meeting's time under it is not the document's date."""
from __future__ import annotations

from diarium.extract.dates import document_date

KALLELSE = """Kansliet
Kallelse
Datum
Tid: Tisdagen den 4 maj 2021 Kl. 09:00-11:00
Plats: Stadshuset i Ekeby, sal Ugglan
Kallelse till kommunstyrelsen
Informationsärenden
1. Information om skolans resultat
"""


def test_an_empty_date_field_before_the_meeting_time_gives_no_date() -> None:
    assert document_date(KALLELSE) is None


def test_a_filled_date_field_is_the_date() -> None:
    found = document_date(KALLELSE.replace("Datum\n", "Datum\n2021-04-20\n"))
    assert found is not None and found.value == "2021-04-20"


def test_a_protokoll_time_field_still_dates_the_meeting() -> None:
    found = document_date("Protokoll\nKommunstyrelsen\nTid och plats\n4 maj 2021, Stadshuset\n§ 1 Val av justerare\n")
    assert found is not None and found.value == "2021-05-04"
