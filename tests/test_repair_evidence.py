"""The document's evidence read in one pass: the same words, bare words and page damage as
the separate passes."""
from __future__ import annotations

from diarium.corrections.evidence import (DocumentEvidence, bare_words, doc_vocabulary,
                                          page_damage, survey)
from diarium.language.lexicon import load

# Made-up pages in another body's style, with OCR damage and repeats.
PAGE_ONE = ["Ekeby kommun, Miljö- och byggnämnden", "Beslut om bygglov för Norrby Bygg AB",
            "Anna Berg/Holm föreslar att namnden beslutar", "Dnr 2024/117 § 12 sida 1 (3)"]
PAGE_TWO = ["Namnden beslutar att bevilja bygglov.", "Xqzkrt Xqzkrt blev kvar i arendet",
            "", "Ekeby kommun", "— 12 —"]


def test_survey_gives_what_the_separate_passes_give() -> None:
    lex, lines = load(), PAGE_ONE + PAGE_TWO
    known, unknown, bare, counts = survey(lines, lex)
    assert (known, unknown) == doc_vocabulary(lines, lex)
    assert list(known.items()) == list(doc_vocabulary(lines, lex)[0].items())
    assert bare == bare_words(lines)
    for page in (PAGE_ONE, PAGE_TWO, lines):
        assert page_damage(page, lex, counts) == page_damage(page, lex)


def test_evidence_keeps_each_lines_damage_counts() -> None:
    lex = load()
    evidence = DocumentEvidence.of(PAGE_ONE + PAGE_TWO, lex)
    assert set(evidence.line_damage) == set(PAGE_ONE + PAGE_TWO)
    assert evidence.line_damage["Xqzkrt Xqzkrt blev kvar i arendet"] == (5, 2, 1)
    # a line the document lacks is counted on the spot
    assert page_damage(["Xqzkrt kvar"], lex, evidence.line_damage) == 0.5
