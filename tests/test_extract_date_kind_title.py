"""A flat letterhead's date after the document's kind and the writer's title run into one line."""
from diarium.extract.dates import document_date


def test_kind_title_then_date_on_a_flat_page() -> None:
    text = ("Anna Berg Tjänsteskrivelse Enhetschef 2031-02-16 Norrby nämnd Budget för 2032 NN-2031/4 "
            "Förslag till beslut Norrby nämnd beslutar att godkänna budgeten. Bakgrund Nämnden beslutade den 3 januari 2031.")
    found = document_date(text)
    assert found is not None and found.value == "2031-02-16"
