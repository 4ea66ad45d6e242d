"""Periods on real excerpts (corpus train/dev documents, tests/data/extract/) and hand-made
variants: only the terms of agreements, leases, partnerships and grants; consultation windows
and reporting windows are not terms; a whole year stated as a term is one."""
from __future__ import annotations

from pathlib import Path

import pytest

from diarium.extract.periods import find_periods
from diarium.structure import analyse

DATA = Path(__file__).parent / "data" / "extract"


def periods_of(text: str) -> list[tuple[str, str, str]]:
    return [(p.start, p.end, p.kind) for p in find_periods(text, analyse(text))]


def test_consultation_windows_of_a_detaljplan_are_not_terms():
    assert periods_of((DATA / "periods_K025_samrad.txt").read_text(encoding="utf-8")) == []


def test_a_reporting_window_is_not_a_term():
    assert periods_of((DATA / "periods_K039_reporting_window.txt").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("text, expected", [
    ("Kommunfullmäktige beviljar partierna partistöd för år 2026.", [("2026-01-01", "2026-12-31", "bidrag")]),
    ("Avtalet avser år 2009 och kan förlängas.", [("2009-01-01", "2009-12-31", "avtal")]),
    ("Föreningen beviljas ett bidrag om 400 000 kronor för 2023.", [("2023-01-01", "2023-12-31", "bidrag")]),
    ("Lokalen finansieras med verksamhetsstöd för åren 2024-2025.", [("2024-01-01", "2025-12-31", "bidrag")]),
    ("Arrendeavtalet gäller under perioden 2026-01-01 till och med 2035-12-31.",
     [("2026-01-01", "2035-12-31", "arrende")]),
])
def test_terms(text, expected):
    assert periods_of(text) == expected


@pytest.mark.parametrize("text", [
    "Föreningen har ansökt om 150 000 kronor i föreningsbidrag för 2023.",          # applied, not granted
    "Ersättningen för år 2025 baseras på genomsnittet av kommunernas kostnader.",   # a price year
    "Vi vill att förvaltningen utreder hur stödet kan säkras under 2024 och 2025.",
    "Kommunens åtgärder i avtalet, som kostnadsberäknats till 4,7 miljoner kronor, finansieras genom "
    "projekt 5119 Verksamhetsområden övrigt, under år 2026.",
    "Förslaget har varit utställt för granskning under tiden 1 mars–29 mars 2024 enligt avtalet.",
    "Trafikförsörjningsprogram 2021-2025 och avtal mellan åren 2017 och 2023.",
])
def test_not_terms(text):
    assert periods_of(text) == []


def test_a_list_of_terms_under_a_heading_that_names_them():
    text = ("Aktuella partnerskap i kulturnämnden\n\nHembygdsarkivet\n\n"
            "Norrby hembygdsförening – 1 juli 2024–31 december 2027.\n\nLokalhistoria\n\n"
            "Södra Vi IK – 1 januari 2024–30 juni 2025.\n")
    assert periods_of(text) == [("2024-07-01", "2027-12-31", "partnerskap"), ("2024-01-01", "2025-06-30", "partnerskap")]


def test_a_term_stated_as_a_length_from_its_start_day():
    text = (DATA / "periods_XB10_length_from_start.txt").read_text(encoding="utf-8")
    assert periods_of(text) == [("2023-10-01", "2028-09-30", "upplåtelse")]


def test_a_protokoll_posting_window_is_no_grant():
    # "anslaget" is the protokoll posted on the notice board, not a grant (anslag)
    text = (DATA / "parties_alvsbyn_body_above_decisions.txt").read_text(encoding="utf-8")
    assert periods_of(text) == []


def test_a_grant_year_named_by_its_heading():
    text = (DATA / "parties_XA08_fordelar_till.txt").read_text(encoding="utf-8")
    assert ("2026-01-01", "2026-12-31", "bidrag") in periods_of(text)


@pytest.mark.parametrize("text, expected", [
    ("Avtalet gäller i 18 månader från och med den 1 mars 2024.", [("2024-03-01", "2025-08-31", "avtal")]),
    ("Arrendet löper på tre år fr.o.m. 2024-02-29.", [("2024-02-29", "2027-02-28", "arrende")]),
    ("Handläggningen tar tre månader från den 1 mars 2024.", []),
    ("Budget 2026\n\nNämnden antar budgeten.", []),
])
def test_lengths_and_headings(text, expected):
    assert periods_of(text) == expected


def test_a_grant_year_after_a_blank_line_the_page_layout_set_in_mid_sentence():
    text = ("Delbeslut\n\nLänsstyrelsen beviljar Exempelby kommun ett bidrag på 250 000 kr för\n\n"
            "inventering av förorenade områden i kommunen\nunder 2024.\n\nBeslutet kan inte överklagas.\n")
    assert [(p.start, p.end, p.kind) for p in find_periods(text, analyse(text))] == [("2024-01-01", "2024-12-31", "bidrag")]


def test_a_year_in_the_next_sentence_after_a_blank_line_is_no_grant_year():
    text = ("Länsstyrelsen beviljar kommunen ett bidrag på 250 000 kr.\n\n"
            "Inventeringen gjordes under 2019.\n")
    assert find_periods(text, analyse(text)) == []
