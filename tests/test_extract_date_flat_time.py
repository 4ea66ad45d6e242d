"""On a protokoll's first page that lost its line breaks, the date after a one-word "Tid:" label
whose value the place label's run separates from it, a time of day after the date."""
from __future__ import annotations

from diarium.extract.dates import document_date

FLAT = ("Protokoll nr 4 fört vid styrelsesammanträde för Norrby Bostäder AB Tid: Plats: 12 maj 2031 kl "
        "Bolagets kontor, Storgatan 1 Närvarande ledamöter: Anna Berg Per Ek Eva Lund Frånvarande: "
        "1 Sammanträdet öppnas Ordföranden öppnade sammanträdet och läste upp dagordningen. "
        "2 Föregående protokoll lades till handlingarna. ")


def test_the_date_after_a_time_label_and_before_the_time_of_day() -> None:
    found = document_date(FLAT * 2)
    assert found is not None and found.value == "2031-05-12"


def test_a_date_with_no_time_of_day_after_it_is_not_the_meetings() -> None:
    text = FLAT.replace(" 12 maj 2031 kl ", " ").replace("Ordföranden", "Taxan gäller 12 maj 2031 enligt ordföranden")
    found = document_date(text * 2)
    assert found is None or found.value != "2031-05-12"
