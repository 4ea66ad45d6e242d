"""The table of the lexicon's beginnings (`language/prefixes.py`): no false negatives, and the
keys it lets through keep their order."""
from __future__ import annotations

from diarium.language.lexicon import load
from diarium.language.letters import fold
from diarium.language.prefixes import PrefixFilter, prefix_bits

# Made-up words in the style of a Swedish municipality's register.
WORDS = ["ekebyvägen", "norrbybygg", "bygglovsärende", "anna", "berg", "detaljplan"]


def test_every_beginning_of_every_word_passes() -> None:
    table = PrefixFilter(prefix_bits(WORDS))
    assert all(table.may_begin(w[:n]) for w in WORDS for n in range(1, len(w) + 1))


def test_most_strings_no_word_begins_with_are_ruled_out() -> None:
    table = PrefixFilter(prefix_bits(WORDS))
    strangers = [f"q{n}x{n * 7}z" for n in range(200)]
    assert sum(map(table.may_begin, strangers)) < 5


def test_listed_only_keeps_the_possible_keys_in_order() -> None:
    table = PrefixFilter(prefix_bits(WORDS))
    keys = ["berg", "qqzz1", "anna", "zzqq2", "ekeby"]
    assert table.listed_only(keys) == ["berg", "anna", "ekeby"]


def test_no_bits_rule_nothing_out() -> None:
    table = PrefixFilter(b"")
    assert not table and table.may_begin("qqzz") and table.listed_only(["x", "y"]) == ["x", "y"]


def test_the_loaded_lexicon_has_the_table_of_its_folded_strings() -> None:
    lex = load()
    assert lex.prefixes
    for word in ["förvaltningens", "kommunstyrelsen", "bygglov"]:
        assert all(lex.prefixes.may_begin(fold(word)[:n]) for n in range(1, len(word) + 1))
