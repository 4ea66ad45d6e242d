"""An abbreviation with the sign and section after it ("MBL § 11"), as a negotiation's heading
cites it, also with OCR's set-apart "8" for the sign where nothing else follows on the line."""
from __future__ import annotations

from diarium.extract.legal_refs import find_legal_refs


def texts(text: str) -> list[str]:
    return [r.text for r in find_legal_refs(text)]


def test_an_abbreviation_then_its_sign_and_section() -> None:
    assert texts("Förhandling enligt MBL § 11 med Ekeby kommuns personalenhet.") == ["MBL § 11"]
    assert texts("Information enligt MBL§19 lämnades.") == ["MBL § 19"]


def test_an_ocr_eight_for_the_sign_at_the_end_of_a_heading_line() -> None:
    assert texts("FÖRHANDLINGSPROTOKOLL\nMBL 8 14\n\nDatum: 2031-05-02") == ["MBL § 14"]


def test_an_eight_followed_by_more_is_no_sign() -> None:
    assert texts("enligt MBL 8 11,5 procent") == []
    assert texts("SoL 8 10 st ärenden") == []
    assert texts("KF 8 233") == []        # a body's abbreviation, not a statute's
