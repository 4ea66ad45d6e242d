"""A statute named before its pinpoint in the genitive or with a whole chapter, the chapter word
spelt out or glued to its number, and abbreviations of procurement and care statutes."""
from __future__ import annotations

from diarium.extract.legal_refs import find_legal_refs


def texts(text: str) -> list[str]:
    return [r.text for r in find_legal_refs(text)]


def test_a_statute_in_the_genitive_before_its_pinpoint() -> None:
    assert texts("Enligt skollagens 3 kap 12 § ska Ekeby kommun pröva ansökan.") == ["skollagens 3 kap 12 §"]


def test_a_whole_chapter_after_the_statute() -> None:
    assert texts("Ersättning enligt PBL 14 kap vid vägrat lov.") == ["PBL 14 kap"]
    assert texts("krav på en stiftelse enligt kommunallagens 10 kapitel. Av stadgarna") == ["kommunallagens 10 kapitel"]


def test_a_chapter_glued_to_its_number() -> None:
    assert texts("Det framgår av 4.kap. 2 § KL.") == ["4 kap. 2 § KL"]


def test_a_procurement_abbreviation_with_its_sign_lost() -> None:
    assert texts("utan annonsering enligt 6 kap. 2 LUF, trots detta") == ["6 kap. 2 § LUF"]


def test_a_bare_statute_word_names_no_statute() -> None:
    assert texts("i lagen 2 kap. om detta och i förordningen 3 kap") == []


def test_a_chapter_and_section_after_the_statute_stay_one_reference() -> None:
    assert texts("enligt plan- och bygglagen 9 kap. 30 § punkt 4") == ["plan- och bygglagen 9 kap. 30 § punkt 4"]
