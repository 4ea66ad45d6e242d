"""Misfires of round 13's new extraction rules, each in made-up text: a condition read as a
ruling, the preposition "i" read as a damaged day, a participle label over another date, a
letter that opens on the decision it answers, a title's year lost to a short rental inside it,
an order told in a background section, a company's management read as a public board."""
from __future__ import annotations

import pytest

from diarium.extract import periods
from diarium.extract.authority import find_authority
from diarium.extract.dates import document_date
from diarium.extract.decisions import find_decisions
from diarium.extract.doctype import PAGE_COUNTER
from diarium.extract.periods import find_periods
from diarium.structure import analyse


def test_a_condition_on_a_board_is_no_ruling_the_letterhead_names_the_issuer() -> None:
    text = ("Västby kommun\n\nInformation om bygglov\n\n"
            "Om miljönämnden avslår din ansökan kan du överklaga beslutet till länsstyrelsen.\n")
    assert find_authority(text)[0] == "Västby kommun"


def test_a_court_ruling_opening_a_line_still_names_it() -> None:
    text = "Dom\n\nMark- och miljödomstolen avslår överklagandet i sin helhet.\n"
    assert find_authority(text)[0] == "Mark- och miljödomstolen"


def test_the_preposition_i_before_a_month_is_no_damaged_day() -> None:
    text = "Anmälan\n\nVid sammanträdet togs den i juni 2031 inlämnade motionen upp till behandling.\n"
    assert document_date(text) is None


def test_a_damaged_day_digit_in_capitals_is_still_read() -> None:
    text = "Protokoll fört vid sammanträde med tekniska nämnden den I4 februari 1984\n\nNärvarande\n"
    found = document_date(text)
    assert found is not None and found.value == "1984-02-14"


def test_beslutad_reads_its_date_on_its_own_line_only() -> None:
    text = ("Riktlinje för lokalbokning\n\nBeslutad av kommunfullmäktige\n2029-11-20 första versionen\n\n"
            "Riktlinjen gäller alla lokaler.\n")
    assert document_date(text) is None
    found = document_date("Riktlinje för lokalbokning\n\nBeslutad den 4 mars 2030\n\nRiktlinjen gäller alla lokaler.\n")
    assert found is not None and found.value == "2030-03-04"


def test_a_letter_opening_on_a_boards_decision_is_not_that_boards() -> None:
    text = ("Miljönämndens beslut den 2 juni 2031, dnr MN 2031/45\n\n"
            "Jag överklagar härmed beslutet och begär att det upphävs.\n\nAnna Berg\n")
    assert find_authority(text) is None


GRANT = ("Avtal 1(2)\nDatum: 2031-02-10\n\n\nAvtal om verksamhetsbidrag till föreningar\når 2031\n\n"
         "Bidragsgivare:\nNorrby kommun\n\nBidragstagare:\nEkeby scoutkår\n\n"
         "Föreningen får använda kommunens lokal. Hyrestid: 2031-06-20 – 2031-06-25.\n")


def test_a_title_year_keeps_its_term_beside_a_short_rental_inside_it() -> None:
    spans = [(p.start, p.end) for p in find_periods(GRANT)]
    assert ("2031-01-01", "2031-12-31") in spans


def test_the_title_is_found_once_however_many_years_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = periods.find_title
    monkeypatch.setattr(periods, "find_title", lambda *a: calls.append(1) or original(*a))
    text = GRANT + "".join(f"Bidrag för år {year} betalades ut.\n" for year in range(2001, 2011))
    find_periods(text, analyse(text))
    assert len(calls) == 1


def test_a_page_counter_with_a_slash_stands_beside_the_letterhead_date() -> None:
    assert PAGE_COUNTER.match("2/4")
    text = "Tjänsteskrivelse\n2031-04-07 2/4 Diarienummer MN 2031/88\n\nÄrendet\n\nNämnden har fått en fråga.\n"
    found = document_date(text)
    assert found is not None and found.value == "2031-04-07"


def test_an_order_told_in_the_background_is_no_decision() -> None:
    text = ("Redovisning av åtgärder\n\nBakgrund\n\nLänsstyrelsen förelägger kommunen att senast den "
            "1 juni 2031 redovisa vilka åtgärder som vidtagits.\n\nRedovisning\n\nKommunen har bytt ut pumparna.\n")
    assert find_decisions(text) == []


def test_a_companys_management_is_no_public_board() -> None:
    text = ("Norrby Energi AB\n\nNyheter\n\nKoncerndirektionen beslutar om strategin för de kommande fem åren.\n\n"
            "Strategin gäller från hösten.\n")
    assert find_authority(text) is None
    assert find_decisions(text) == []
