"""Statute references on real excerpts (train and dev documents of the Kungsbacka corpus, copied
to tests/data/extract/) and on hand-made sentences in the ways other bodies cite: OCR's "$" and
"8" for "§", ranges, a whole chapter, a section's punkt, abbreviations and full names of one
statute, abbreviations a text defines, references broken over table cells."""
from __future__ import annotations

from pathlib import Path

import pytest

from diarium.extract.legal_refs import find_legal_refs

DATA = Path(__file__).resolve().parent / "data" / "extract"


def refs(text: str) -> list[tuple[str | None, str]]:
    return [(r.sfs, r.text) for r in find_legal_refs(text)]


def test_ocr_signs_ranges_and_misprints_in_real_text():
    text = (DATA / "legal-refs-K024-K025-K027-K009.txt").read_text(encoding="utf-8")
    assert refs(text) == [
        (None, "11 kap. 5-6a §§ jordabalken"),      # "5-6a $$" at a line's end
        (None, "43 § anläggningslagen"),            # "43 $": no chapter, the OCR'd sign still read
        (None, "7 kap 11 § MB"),                    # "(7 kap 11" / "$ MB)" over a line break
        (None, "12 kap 6 § Miljöbalken"),           # "12 kap 68 Miljöbalken": the § read as a glued 8
        (None, "14 kap. 6 § SoL"),                  # "14 kap § 6 SoL", printed twice: once
        (None, "24 e § LSS"),
    ]
    assert [len(r.evidence) for r in find_legal_refs(text)] == [1, 1, 1, 1, 2, 2]


def test_abbreviations_the_text_defines():
    text = (DATA / "legal-refs-K008.txt").read_text(encoding="utf-8")
    assert refs(text) == [
        ("2018:597", "lag (2018:597) om kommunal bokföring och redovisning"),
        (None, "LKBR 6:9"),                          # defined as "(LKBR)", cited chapter:section
        ("2006:412", "lagen (2006:412) om allmänna vattentjänster"),
        (None, "2 § LAV"),                           # "2§ LAV"; "(LAV) anges i 6 §" cites no statute after it
    ]


def test_references_broken_over_the_lines_of_a_table_cell():
    text = (DATA / "table-K034.txt").read_text(encoding="utf-8")
    assert refs(text) == [(None, "3 kap. 6 § lag om skydd mot olyckor"),
                          (None, "3 kap. 1 § förordning om skydd mot olyckor")]


@pytest.mark.parametrize("text, expected", [
    ("Insatsen beviljas enligt 9 § 3 LSS.", [(None, "9 § 3 LSS")]),
    ("Bygglov krävs enligt 9 kap. 2$ plan- och bygglagen (2010:900).",
     [("2010:900", "9 kap. 2 § plan- och bygglagen (2010:900)")]),
    ("Ärendet prövas enligt 21 kap. plan- och bygglagen.", [(None, "21 kap. plan- och bygglagen")]),
    ("Revisionen regleras i 12 kap. kommunallagen och 5 kap. 11–14 §§ kommunallagen.",
     [(None, "12 kap. kommunallagen"), (None, "5 kap. 11–14 §§ kommunallagen")]),
    ("Hänsyn enligt 2 kap. 3 § MB. Försiktighetsprincipen i 2 kap. 3 § miljöbalken gäller.",
     [(None, "2 kap. 3 § MB")]),
    ("Beslutet fattas med stöd av 6 kap 39 § kommunallagen (2017:725) och 6 § andra stycket FL.",
     [("2017:725", "6 kap 39 § kommunallagen (2017:725)"), (None, "6 § andra stycket FL")]),
    ("Se bilaga 4 kap. i rapporten, § 10 i reglementet och punkt 1.7 i delegationsordningen.", []),
    # a Kungsbacka fee table (extra set, XA05): the statute and its number first, the pinpoint after
    ("Denna taxa är beslutad med stöd av kommunallagen (2017:900), 2 kap. 5-6 §§.\n\nAvgifter tas ut "
     "enligt de grunder som framgår av kommunallagen (2017:900), 2 kap.\n\n6 § – självkostnadsprincipen.",
     [("2017:900", "kommunallagen (2017:900), 2 kap. 5-6 §§"), ("2017:900", "kommunallagen (2017:900), 2 kap. 6 §")]),
    ("Lagen (2017:900), 3 kap. gäller.", [("2017:900", "Lagen (2017:900)")]),
])
def test_forms_of_other_bodies(text, expected):
    assert refs(text) == expected


def test_one_reference_keeps_every_place_it_is_cited():
    text = "Enligt 4 kap. 1 § SoL … enligt 4 kap. 1 § socialtjänstlagen … enligt 4 kap. 1 $ SoL."
    [ref] = find_legal_refs(text)
    assert ref.text == "4 kap. 1 § SoL"
    assert [text[ev.start:ev.end] for ev in ref.evidence] == [
        "4 kap. 1 § SoL", "4 kap. 1 § socialtjänstlagen", "4 kap. 1 $ SoL"]


@pytest.mark.parametrize("text, expected", [
    # the statute named first, then chapter and section, maybe a punkt and an SFS number after
    ("Prövningen sker enligt Miljöbalken 9 kap. 6 § och Plan- och bygglagen 8 kap. 4 §.",
     [(None, "Miljöbalken 9 kap. 6 §"), (None, "Plan- och bygglagen 8 kap. 4 §")]),
    ("Ansökan uppfyller kraven i PBL 9 kap. 31 § punkt 2 men inte PBL 9 kap. 31 §.",
     [(None, "PBL 9 kap. 31 § punkt 2"), (None, "PBL 9 kap. 31 §")]),
    ("Enligt plan- och bygglagen 9 kap 33 § (PBL, SFS 2010:900) får lov ges.",
     [("2010:900", "plan- och bygglagen 9 kap 33 § (PBL, SFS 2010:900)")]),
    # the pinpoint, then the law's abbreviation and number in brackets
    ("villkoren enligt 9 kap 30-32 a §§ (PBL, SFS 2010:900) är uppfyllda",
     [("2010:900", "9 kap 30-32 a §§ (PBL, SFS 2010:900)")]),
    # a punkt makes another reference than its section
    ("Enligt 8 kap. 9 § PBL och 8 kap. 9 § 3 punkten PBL ska",
     [(None, "8 kap. 9 § PBL"), (None, "8 kap. 9 § 3 punkten PBL")]),
    # a range of lettered sections is not its first section
    ("rapportering enligt 16 kap 6 f § SoL och enligt 16 kap 6 f-g §§ SoL samt 28 f-g §§ LSS",
     [(None, "16 kap 6 f § SoL"), (None, "16 kap 6 f-g §§ SoL"), (None, "28 f-g §§ LSS")]),
    # the sign before the section after a statute's number
    ("Enligt museilagen (2017:563) §4 gäller", [("2017:563", "museilagen (2017:563) §4")]),
])
def test_law_first_bracketed_abbreviations_punkt_and_letter_ranges(text, expected):
    assert refs(text) == expected
