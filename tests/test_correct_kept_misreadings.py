"""Repair on a page that kept its å/ä/ö: a rare listed word that a likely slip makes of a
common one ("tör" for "för": an "f" read as "t") is read as that word."""
from __future__ import annotations

from diarium.corrections import repair
from diarium.corrections.scoring import CandidateScorer


def test_a_rare_word_a_likely_slip_explains_is_read_as_the_common_one():
    text = ("Nämnden ansvarar tör att avtalet följs i Ekeby kommun.\n"
            "Beslutet gäller från årsskiftet och redovisas för fullmäktige.\n")
    out, changes = repair(text)
    assert "ansvarar för att" in out
    assert [(c.original, c.replacement) for c in changes if c.applied] == [("tör", "för")]


def test_a_common_word_is_no_misreading():
    scorer = CandidateScorer()
    assert [c[0] for c in scorer.candidates("tör", "kept", True)][:1] == ["för"]
    assert [c[0] for c in scorer.candidates("finns", "kept", True)] == []
