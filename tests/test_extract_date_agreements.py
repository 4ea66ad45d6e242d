"""An agreement is dated by its signatures, else by its labelled date; a bare date over its text
(a print date, a version date) is not its date."""
from __future__ import annotations

from diarium.extract.dates import document_date

BODY = ("Samverkansavtal avseende gemensam e-tjänst\n\nBakgrund och syfte med samverkansavtal\n"
        "Ekeby kommun och Norrby kommun samverkar om en gemensam e-tjänst för ansökan om bygglov.\n\n"
        "Avtalstid\nAvtalet gäller tills vidare med sex månaders uppsägning.\n")


def test_a_bare_date_over_an_agreement_is_not_its_date() -> None:
    assert document_date("2031-02-12\n1 (3)\n" + BODY, doc_type="avtal") is None


def test_an_agreements_labelled_date_is_its_date() -> None:
    found = document_date("Avtal  1(3)\nDatum: 2031-02-12\n" + BODY, doc_type="avtal")
    assert found is not None and found.value == "2031-02-12"
