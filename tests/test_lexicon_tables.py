"""The lexicon's byte tables (`language/keytable.py`): the diacritic-folded index and the forms
that are only a word load as flat bytes, with no object per string, and answer as the dicts
they replace did."""
from __future__ import annotations

from itertools import islice

import pytest

from diarium.language.keytable import KeyTable, key_table_bytes
from diarium.language.lexicon import BEGIN, END, WORD, ZIPF_ONE, compile_tables, load
from diarium.language.letters import fold

# Made-up forms in the style of a Swedish municipality's register.
INDEX = {"ekebyvagen": "ekebyvägen", "norrbybygg": "norrbybygg", "mote": "möte|mote",
         "atgard": "åtgärd", "a": "å|ä"}
STRANGERS = ["ekebyvage", "ekebyvagenx", "", "mot", "q" * 40, "ekeby\tvagen", "åtgärd"]


def test_the_key_table_answers_as_the_dict() -> None:
    table = KeyTable(key_table_bytes(INDEX))
    for key in [*INDEX, *STRANGERS]:
        assert table.get(key) == INDEX.get(key), key
        assert (key in table) == (key in INDEX), key
    assert table.present([*STRANGERS, *INDEX]) == set(INDEX)
    assert dict(table) == INDEX and len(table) == len(INDEX)


def test_an_empty_table_holds_nothing() -> None:
    table = KeyTable(key_table_bytes({}))
    assert not table and table.get("mote") is None and "mote" not in table
    assert table.present(["mote", "a"]) == set()


def test_a_table_of_many_keys_finds_each_past_collisions() -> None:
    index = {f"k{n}x": f"v{n}" for n in range(5000)}
    table = KeyTable(key_table_bytes(index))
    assert all(table.get(key) == value for key, value in index.items())
    assert table.present(f"k{n}y" for n in range(5000)) == set()


def test_other_bytes_are_no_table() -> None:
    with pytest.raises(ValueError):
        KeyTable(b"\0" * 64)


def test_forms_that_are_only_a_word_leave_the_role_table() -> None:
    data = compile_tables({"ekebyvägen": WORD, "norrby": WORD | BEGIN, "bygg": WORD | END},
                          {"bygg": 4.0})
    plain = KeyTable(data["plain"])
    assert "ekebyvägen" in plain and "ekebyvägen" not in data["entries"]
    assert set(data["entries"]) == {"norrby", "bygg"} and "norrby" not in plain


def test_the_loaded_lexicon_answers_for_its_plain_words() -> None:
    lex = load()
    assert isinstance(lex.keys, KeyTable) and isinstance(lex.plain, KeyTable)
    assert len(lex.plain) > 100_000
    for form in islice(lex.plain, 0, 20_000, 1000):
        assert form not in lex.roles and lex.is_word(form) and lex.in_hunspell(form)
        assert form in lex.by_key(fold(form)) and lex.zipf(form) == 0.0
    assert not any(code == WORD for code in islice(lex.roles.values(), 50_000))
    assert all(code & ~WORD or code >= ZIPF_ONE for code in islice(lex.roles.values(), 50_000))


def test_a_cache_with_a_broken_byte_table_is_built_again(tmp_path, monkeypatch) -> None:
    from diarium.language import lexicon

    built = {"entries": {"norrby": WORD | BEGIN}, "plain": key_table_bytes({"ekeby": ""}),
             "keys": key_table_bytes({}), "heads": frozenset({"norrby"}),
             "head_keys": frozenset({"norrby"}), "loose_keys": frozenset(),
             "deletions": b"", "prefixes": b"", "format": lexicon.FORMAT}
    path = tmp_path / "lexicon.marshal"
    lexicon.save(built, path)
    path.with_suffix(".plain").write_bytes(b"broken")
    monkeypatch.setattr(lexicon, "cache_path", lambda: path)
    monkeypatch.setattr(lexicon, "build", lambda: built)
    lexicon.load.cache_clear()
    try:
        lex = lexicon.load()
        assert "ekeby" in lex and KeyTable(path.with_suffix(".plain").read_bytes())
    finally:
        lexicon.load.cache_clear()
