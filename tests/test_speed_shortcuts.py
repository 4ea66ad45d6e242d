"""The speed shortcuts of the persons readers and the structure give what the plain tests gave."""
from __future__ import annotations

import random
import re

from diarium.extract.person_names import person_name
from diarium.extract.persons_found import inside
from diarium.extract.persons_labelled import label_pattern
from diarium.extract.persons_listed import _second_name_word
from diarium.structure.body import ends_sentence

WHOLE_LINE_ABBREVIATION = re.compile(r"(?:^|\s)(?:\w{1,4}\.){2,}$")


def test_inside_is_any_span_containing_the_offset() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 15)) for a in (rng.randint(0, 100) for _ in range(rng.randint(0, 8)))]
        claimed_at = inside(spans)
        for offset in range(0, 120):
            assert claimed_at(offset) == any(start <= offset < end for start, end in spans)


def test_ends_sentence_reads_the_last_word_as_the_whole_line_pattern_did() -> None:
    lines = ["Nämnden beslutar m.m.", "Se bilaga t.o.m.", "Se bilagan.", "bl.a.", "x\tm.m.", "avgift 1.2.",
             "Anna Berg, ordf.", "Ekeby kommun:", "ab.cd.", "Slut!", "  ", "", "ämne é.ö."]
    for line in lines:
        stripped = line.rstrip()
        expected = stripped.endswith((".", "!", "?", ":")) and not WHOLE_LINE_ABBREVIATION.search(stripped)
        assert ends_sentence(line) == expected, line


def test_person_name_rejects_by_count_and_last_word_as_before() -> None:
    assert person_name("Anna Berg") == "Anna Berg"
    assert person_name("Anna Maria Lind af Berg") == "Anna Maria Lind af Berg"
    assert person_name("Anna Berg Per Ek Eva Lund Bo") is None
    assert person_name("Anna berg") is None
    assert person_name("ANNA BERG") == "Anna Berg"


def test_label_pattern_still_finds_labels_in_capitals_and_after_punctuation() -> None:
    found = [m.group("label") for m in label_pattern().finditer(
        "Ärende 4. Föredragande: Anna Berg (FÖREDRAGANDE: Per Ek) xFöredragande: Eva Lund")]
    assert found == ["Föredragande", "FÖREDRAGANDE"]


def test_a_row_is_read_only_where_a_second_name_word_follows() -> None:
    text = "Anna Berg och Per af Ek. Nämnden beslutar"
    assert _second_name_word(text, 0) and _second_name_word(text, text.index("Per"))
    assert not _second_name_word(text, text.index("Nämnden"))
