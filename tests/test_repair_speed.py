"""Speed-ups of OCR repair that must leave its output as it was: each shortcut is tested to
skip work, and to skip only work that could have found nothing."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diarium.corrections import Repairer, repair
from diarium.corrections import line_rules
from diarium.corrections import lines as lines_module
from diarium.corrections.rules.hex_ids import hex_id_edits
from diarium.corrections.rules.section_sign import SignEvidence, section_sign_edits
from diarium.corrections.rules.stray_marks import stray_mark_edits
from diarium.corrections.rules.symbols import PageSigns, symbol_edits
from diarium.corrections.triggers import (may_have_stray_marks, may_have_symbols,
                                          may_hold_hex_id, may_restore_signs)

# Characters the symbol rules' patterns turn on, and plain letters around them.
SYMBOL_ALPHABET = list("ab ItlmsOw.;_?$!]}|[/—-–()&£§8 01249:,åö\n")
WORDS = {"till": 7.0, "til": 4.2, "all": 5.0, "ab": 3.0}


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(SYMBOL_ALPHABET), max_size=40),
       st.booleans(), st.booleans())
def test_a_rule_finds_nothing_on_a_line_its_trigger_passes_over(line, en_dash, cube):
    page = PageSigns(cube=cube, en_dash=en_dash)
    if symbol_edits(line, page, WORDS.__contains__, lambda w: WORDS.get(w, 0.0)):
        assert may_have_symbols(line)
    if hex_id_edits(line):
        assert may_hold_hex_id(line)
    if stray_mark_edits(line):
        assert may_have_stray_marks(line)
    for evidence in (SignEvidence(eight=True, spaced=True), SignEvidence(eight=True),
                     SignEvidence(spaced=True)):
        if section_sign_edits(line, evidence, "12") or section_sign_edits(line, evidence):
            assert may_restore_signs(line, evidence)


def test_a_line_without_trigger_characters_is_not_scanned(monkeypatch: pytest.MonkeyPatch):
    def scanned(*_args, **_kwargs):
        raise AssertionError("a rule scanned a line it cannot change")

    for rule in ("symbol_edits", "stray_mark_edits", "bar_as_i_edits", "section_sign_edits",
                 "hex_id_edits"):
        monkeypatch.setattr(line_rules, rule, scanned)
    text = "Ekeby kommun beslutar att godkanna avtalet med Norrby Bygg AB om bygglov"
    out, _changes = repair(text, join_hyphenation=False, repairer=Repairer())
    assert out.startswith("Ekeby kommun beslutar att godkänna")


def test_a_word_no_context_can_change_is_settled_before_its_context_is_read(
        monkeypatch: pytest.MonkeyPatch):
    read: list[str] = []
    original = lines_module.Line.read_context

    def reading(self, j):
        read.append(self.tokens[j].core)
        return original(self, j)

    monkeypatch.setattr(lines_module.Line, "read_context", reading)
    repairer = Repairer()
    text = "Nämnden beslutar att godkänna avtalet med Norrby Bygg AB om bygglov"
    out, _changes = repair(text, join_hyphenation=False, repairer=repairer)
    assert out == text
    assert not {"beslutar", "med", "om", "bygglov"} & set(read)
    assert {"beslutar", "med", "om", "bygglov"} <= repairer.settled["kept"]


def test_settling_early_keeps_the_decisions_of_the_late_settling():
    """The same words judged one by one in context (`decide`) and settled first: the same
    words are settled, and every other word gets the same decision."""
    from diarium.corrections.context import Context

    words = ["och", "beslutar", "Forvaltningen", "forslag", "2021", "Dnr", "kommun", "ar",
             "Ekeby", "bygglov", "tva", "McDonald", "NORRBY", "ansokan", "ocksa"]
    for mode in ("lost", "kept"):
        late, early = Repairer(), Repairer()
        for word in words:
            context = Context(mode, prev="om", next="och")
            context.neighbours_changed()
            expected = late.decide(word, context)
            context = Context(mode, prev="om", next="och")
            context.neighbours_changed()
            found = None if early.settles(word, mode) else early.decide(word, context)
            assert repr(found) == repr(expected), (mode, word)
        assert early.settled[mode] == late.settled[mode], mode


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["9F3A", "SOIL", "0E5F", "ABCD", "12", " ", "x", "2024"]),
                max_size=20))
def test_a_hex_id_is_never_passed_over(pieces):
    line = "".join(pieces)
    if hex_id_edits(line):
        assert may_hold_hex_id(line)
