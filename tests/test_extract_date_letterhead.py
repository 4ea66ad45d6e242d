"""A state agency's letterhead run together on one line: the form's id and version date, the
document's kind and its date, the case number, the page counter."""
from __future__ import annotations

from diarium.extract.dates import document_date


def test_the_date_after_the_kind_not_the_form_version_date() -> None:
    text = ("BLK-77 utg. 4, 2030-11-15 BESLUT 2033-02-08 Ärendenr 9876-2033 2 (3) Västerby kommun Stadshuset "
            "765 43 Västerby Föreläggande om åtgärder Ekövärket förelägger kommunen att se över rutinerna. "
            "Motivering Västerby kommun har inte visat att kontrollen följts upp.\n")
    found = document_date(text)
    assert found is not None and found.value == "2033-02-08"


def test_a_kind_word_in_running_text_gives_no_date() -> None:
    text = ("Ekövärket\n\nTillsynen avser Västerby kommun\n\n"
            "Ett beslut togs 2033-02-08 om fortsatt granskning.\n")
    assert document_date(text) is None


def test_the_date_opening_a_row_with_the_page_counter_and_the_case_number() -> None:
    text = ("\n\nMiljöförvaltningen\n\n2033-11-08 Sida 2 (3) Diarienr MN 2033/457\n\nHandläggare Lars Holm\n\n"
            "Till Miljönämnden\n\nTaxa för tillsyn 2034\n\nFörslag till beslut\n\n"
            "Miljönämnden föreslår kommunfullmäktige att anta taxan.\n")
    found = document_date(text)
    assert found is not None and found.value == "2033-11-08"
