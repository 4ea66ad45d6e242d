"""A form's dead stem (`CandidateScorer._dead_stem`): the keys that keep it are never listed,
so the hit test may drop them first."""
from __future__ import annotations

import pytest

from diarium.corrections.scoring import CandidateScorer
from diarium.language.letters import fold

FORMS = ["kormunstyrelsen", "Ekebyvagxn", "bygglovsansokqn", "Norrbyskolqn", "qzxkommun",
         "forvaltningen", "atgarder"]


@pytest.mark.parametrize("form", FORMS)
def test_hits_given_the_stem_are_the_hits(form: str) -> None:
    scorer = CandidateScorer()
    lower = form.lower()
    key = fold(lower)
    stem = scorer._dead_stem(key)
    one = scorer.model.variants(lower, "lost", max_edits=1)
    two = scorer.model.variants(lower, "lost", limit=400, one_edits=one)
    assert scorer._hits(one, stem) == scorer._hits(one)
    assert scorer._hits(two, stem) == scorer._hits(two)


def test_a_word_has_no_dead_stem_and_a_garbled_form_has_one() -> None:
    scorer = CandidateScorer()
    assert scorer._dead_stem("kommunstyrelsen") == ""
    assert scorer._dead_stem("qzxkommun").startswith("q")
