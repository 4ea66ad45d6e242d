"""The unseen-slip search's keys (`CandidateScorer._unseen_keys`): the listed ones of
`same_length_keys`, fewer keys looked up."""
from __future__ import annotations

import pytest

from diarium.corrections.scoring import CandidateScorer
from diarium.corrections.unseen import same_length_keys

# Made-up poor-scan forms: a slip early, late, and none that makes a word.
FORMS = ["kormunstyrelsen", "ekebyvagxn", "bygglovsansokqn", "norrbyskolqn", "qzxkommun",
         "annabergsgatan", "sammantradet"]


@pytest.mark.parametrize("form", FORMS)
def test_unseen_keys_have_every_listed_key(form: str) -> None:
    scorer = CandidateScorer()
    assert scorer._hits(scorer._unseen_keys(form)) == scorer._hits(same_length_keys(form))


def test_a_slip_early_in_a_long_form_leaves_few_keys() -> None:
    scorer = CandidateScorer()
    assert len(scorer._unseen_keys("kormunstyrelsen")) < len(same_length_keys(
        "kormunstyrelsen")) / 2
