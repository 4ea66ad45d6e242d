"""An abbreviation with the sign and section after it ("MBL § 14"), as a negotiation's heading
cites it, also with OCR's set-apart "8" for the sign where nothing else follows on the line; a
chapter and several sections whose sign a transcript dropped ("3 kap. 10-11 och 14 LOU"), and a
section without its sign before a statute cited by its SFS number ("enligt 12 i förordningen (2031:14)")."""
from __future__ import annotations

from diarium.extract.legal_refs import find_legal_refs


def texts(text: str) -> list[str]:
    return [r.text for r in find_legal_refs(text)]


def test_an_abbreviation_then_its_sign_and_section() -> None:
    assert texts("Samverkan enligt MBL § 14 skedde med Ekeby kommuns fack.") == ["MBL § 14"]
    assert texts("Information enligt MBL§19 lämnades.") == ["MBL § 19"]


def test_an_ocr_eight_for_the_sign_at_the_end_of_a_heading_line() -> None:
    assert texts("FÖRHANDLINGSPROTOKOLL\nMBL 8 14\n\nDatum: 2031-05-02") == ["MBL § 14"]


def test_an_eight_followed_by_more_is_no_sign() -> None:
    assert texts("enligt MBL 8 12,5 procent") == []
    assert texts("SoL 8 10 st ärenden") == []
    assert texts("BN 8 417") == []        # a body's abbreviation, not a statute's


def test_a_chapter_and_several_sections_whose_sign_was_lost() -> None:
    assert texts("Bolaget är enligt 3 kap. 10-11 och 14 LOU en upphandlande myndighet.") == ["3 kap. 10-11 och 14 §§ LOU"]


def test_a_section_whose_sign_was_lost_before_a_numbered_statute() -> None:
    found = [(r.sfs, r.text) for r in find_legal_refs(
        "Beslutet kan inte överklagas, enligt 12 i förordningen (2031:14) om stöd till föreningar. Villkor")]
    assert found == [("2031:14", "12 § i förordningen (2031:14) om stöd till föreningar")]


def test_a_number_before_a_numbered_statute_without_a_citing_word_is_no_section() -> None:
    assert texts("se bilaga 2 i förordningen (2031:14).") == ["förordningen (2031:14)"]


def test_a_statute_first_then_a_section_without_its_sign_and_its_punkt() -> None:
    assert texts("insatser enligt lagen om stöd och service till vissa funktionshindrade (LSS) "
                 "7 punkt 3. Beslutet gäller") == [
        "lagen om stöd och service till vissa funktionshindrade (LSS) 7 § punkt 3"]
    assert texts("Se avtalets bilaga 7 punkt 3.") == []
