"""An agreement's signing date in the forms signature blocks take: after the place-and-date
field's label, a comma after the place, a place of two words or in capitals, a word date without
"den", a date field over the party it is signed for, and a block that lost its line breaks."""
from __future__ import annotations

from diarium.extract.date_signatures import signing_date


def signed(text: str) -> str | None:
    found = signing_date(text)
    return found.value if found else None


def test_after_the_place_and_date_label() -> None:
    assert signed("Ort/datum: Ekeby 2031-05-02        Ort/datum: Norrby 2031-05-05\n") == "2031-05-05"


def test_a_comma_after_the_place_and_a_word_date() -> None:
    assert signed("Ekeby, den 2 maj 2031\nFör Ekeby kommun\n\nNorrby 4 maj 2031\nFör Norrby Bygg AB\n") == "2031-05-04"


def test_a_place_of_two_words() -> None:
    assert signed("Övre Ekeby 2031-05-02\nFör Ekeby kommun\n") == "2031-05-02"


def test_a_date_field_over_the_party() -> None:
    assert signed("Datum: 2031-05-02\nFör Ekeby kommun\n\nDatum: 2031-05-05\nFör Norrby Bygg AB\n") == "2031-05-05"


def test_a_signature_block_that_lost_its_line_breaks() -> None:
    text = ("Avtalet har upprättats i två exemplar. Ekeby 2031-05-02 För Ekeby kommun Anna Berg "
            "Norrby 2031-05-05 För Norrby Bygg AB Per Ek")
    assert signed(text) == "2031-05-05"


def test_a_decision_or_a_deadline_is_no_signature() -> None:
    assert signed("Kommunfullmäktige beslutade 2031-05-02\nom avtalet. Senast 2035-12-31 ska Bolaget flytta.") is None
