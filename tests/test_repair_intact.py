"""A page with no sign of OCR damage (it kept its å/ä/ö, few unknown words: a fair scan or a
text that was never OCR) keeps what it prints unless the evidence is strong
(`diarium.corrections.intact`). Made-up text in another body's style."""
from __future__ import annotations

import pytest

from diarium.corrections import repair

CLEAN = ("Styrelsen för bolaget består av tre ledamöter som väljs på årsstämman, och de "
         "övriga parternas samtycke krävs för överlåtelse av aktier enligt detta avtal. ")


def applied(text: str) -> list[tuple[str, str]]:
    return [(c.original, c.replacement) for c in repair(text)[1] if c.applied]


@pytest.mark.parametrize("name", ["Hasselo", "Nasby", "Lovsta", "Alvsjo", "Bjorko"])
def test_clean_text_keeps_a_capitalised_name_without_marks(name: str) -> None:
    # A company name the lexicon lacks, one å/ä/ö from a listed place: born-digital text
    # (it lost its line breaks, so it is repaired as plain text) gives no sign of damage.
    text = CLEAN + f"Parterna är Norrby Bygg AB och {name} Holding AB. " + CLEAN
    assert applied(text) == []


def test_clean_text_restores_a_name_the_document_prints_with_its_marks() -> None:
    text = (CLEAN + "Parterna är Norrby Bygg AB och Nasby Holding AB. "
            "Näsby Holding AB äger hälften av aktierna. " + CLEAN)
    assert applied(text) == [("Nasby", "Näsby")]


def test_clean_text_keeps_a_form_it_prints_twice() -> None:
    # An unknown plural printed twice, its listed definite form printed too: the lexicon
    # lacks the form, the OCR did not misread the same letter twice.
    text = (CLEAN + "Det gäller skådespeleriet och skådespeleriet i Ekeby. " + CLEAN
            + "Vi har kommunala skådespelerier i två fall. " + CLEAN
            + "Alla skådespelerier ska följas av skådespeleriet. " + CLEAN)
    assert applied(text) == []


def test_clean_text_still_splits_glued_words() -> None:
    # A split changes no letter: the intact page's margin does not hold it back.
    text = CLEAN + "3. Attutvärdera programmet efter tre år med fokus på resultatet. " + CLEAN
    assert ("Attutvärdera", "Att utvärdera") in applied(text)


def test_a_damaged_page_still_restores_a_capitalised_word() -> None:
    # The same name on a page whose OCR misread many words is no intact page.
    damaged = ("Styrelsen tör bolaget bestar av tre ledamöter som valjs pa arsstämman, och de "
               "övriga parternas samtvcke krävs tör överlatelse av aktier enligt detta avtal. ")
    text = damaged + "Parterna är Norrby Bygg AB och Nasby Holding AB. " + damaged
    assert ("Nasby", "Näsby") in applied(text)



def test_clean_text_keeps_its_number_one() -> None:
    text = CLEAN + "Varje delägare väljer 1 ombud och 1 suppleant till stämman. " + CLEAN
    assert applied(text) == []


def test_clean_text_still_reads_a_capital_i_inside_a_sentence_as_the_word() -> None:
    text = CLEAN + "Ombuden finns I kommunens register över delägare. " + CLEAN
    assert applied(text) == [("I", "i")]


@pytest.mark.parametrize("slip, word", [("Atgärderna", "Åtgärderna"), ("Ovriga", "Övriga"),
                                        ("Arendet", "Ärendet")])
def test_clean_text_restores_a_capital_that_opens_a_sentence(slip: str, word: str) -> None:
    # Tesseract drops the dots or the ring of a capital Å/Ä/Ö; a sentence's first word is
    # no name, and one such slip leaves the page intact.
    text = CLEAN + f"{slip} redovisas för nämnden i Ekeby under våren. " + CLEAN
    assert applied(text) == [(slip, word)]


def test_clean_text_mends_a_common_word_misread_the_same_twice() -> None:
    # Tesseract repeats its glyph slips: a common word read the same wrong way twice is
    # still a slip (a rare form printed twice is the document's own).
    text = (CLEAN + "Nämnden fattade besiut om bidraget till Norrby Bygg AB. " + CLEAN
            + "Anna Berg läste upp besiut och styreisen för Ekeby, och styreisen höll med. "
            + CLEAN)
    assert applied(text) == [("besiut", "beslut"), ("besiut", "beslut"),
                             ("styreisen", "styrelsen"), ("styreisen", "styrelsen")]


def test_clean_text_reads_a_one_before_a_definite_form_as_the_word() -> None:
    # No numeral takes a definite form: "1 planen" is "i planen"; "1 ombud" stays.
    text = (CLEAN + "Kostnaden ryms 1 budgeten och redovisas 1 rapporten. "
            "Varje delägare väljer 1 ombud. " + CLEAN)
    assert applied(text) == [("1", "i"), ("1", "i")]
