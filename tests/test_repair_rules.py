"""OCR repair rules and their configuration: word lists as data, tuning numbers overridable."""
from __future__ import annotations

from dataclasses import replace

import pytest

from diarium.corrections import ByMode, RepairConfig, repair
from diarium.corrections.config import DEFAULT
from diarium.corrections.lines import RULE_ORDER, passes_for
from diarium.corrections.rules.split_compound import NEVER_LEFT
from diarium.language import words

# A page that lost its å/ä/ö, as an English OCR model leaves it.
LOST_PAGE = (
    "Forvaltningens forslag till beslut\n"
    "Socialndmnden ger socialdirektoren 1 uppdrag att teckna ett avtal\n"
    "om verksamhet for ensamkommande barn och unga som star utanfor\n"
    "samhallets insatser. Partnerskapet ar ett samarbete mellan tre parter.\n"
)


def test_a_config_field_changes_behaviour_without_editing_code():
    default = repair(LOST_PAGE)[0]
    assert "socialdirektören i uppdrag" in default
    timid = RepairConfig(one_as_i_confidence=ByMode(lost=0.4, kept=0.4))
    out, changes = repair(LOST_PAGE, config=timid)
    assert "socialdirektören 1 uppdrag" in out
    one = next(c for c in changes if c.original == "1")
    assert one.confidence == 0.4 and not one.applied


def test_config_is_frozen_and_shared_per_value():
    with pytest.raises(AttributeError):
        DEFAULT.doc_bonus_zipf = 3.0    # type: ignore[misc]
    assert replace(DEFAULT) == DEFAULT and hash(replace(DEFAULT)) == hash(DEFAULT)


@pytest.mark.parametrize("text", [
    "Resultatet visas i figur 1 nedan och i tabell 1 ovan.",    # a label before the number
    "Avgiften är 1 kr per dag från 1 januari.",                 # a unit, a month
])
def test_one_stays_a_number_after_a_label_or_before_a_unit(text):
    assert repair(text)[0] == text


@pytest.mark.parametrize("text", [
    "Det finns en plan men ingen budget för arbetet.",          # "meningen" is a word
    "Nämnden har nya riktlinjer och hela förvaltningen deltar.",
])
def test_a_function_word_never_starts_a_split_compound(text):
    assert repair(text)[0] == text


def test_split_compounds_are_still_joined():
    out = repair("Beslutet fattas av social förvaltningen i staden.")[0]
    assert out == "Beslutet fattas av socialförvaltningen i staden."


def test_word_lists_are_language_data():
    assert words("function_words") <= NEVER_LEFT
    assert words("glue_words") <= words("function_words")


def test_rules_apply_in_order_and_only_where_they_can():
    names = [rule.__name__ for rule, _, _ in RULE_ORDER]
    assert names.index("restore_names") < names.index("repair_words")
    assert names.index("join_split_compounds") < names.index("restore_names")
    lost = [rule.__name__ for rule in passes_for("lost", False)]
    assert "swap_years_or_is" not in lost and "fix_mojibake" not in lost
    assert "fix_mojibake" in [rule.__name__ for rule in passes_for("kept", True)]
