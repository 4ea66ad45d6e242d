"""The Swedish word lists under diarium/language/data: each says what it is for, each is read by
the code, and none holds a name copied from a document."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from diarium.language import table, words

DATA = Path(__file__).resolve().parents[1] / "diarium" / "language" / "data"
PACKAGE = DATA.parents[1]
LISTS = sorted(DATA.glob("*.txt")) + sorted(DATA.glob("*.tsv"))


def source_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_every_list_starts_with_what_it_is_for(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and len(first) > 30


def test_every_list_is_read_by_the_code():
    code = source_text()
    unread = [p.name for p in LISTS if not re.search(rf"""["']{re.escape(p.stem)}["']""", code)]
    assert unread == []


def test_no_organisation_or_place_of_a_sample_is_a_not_name():
    # These made tests pass once by name; an organisation is recognised by its form instead.
    assert not {"Convictus", "Rädda", "Barnen", "Röda", "Korset", "Frälsningsarmén", "Stockholms",
                "Stockholm", "Gemenskap"} & words("not_names")


def test_tables_have_their_columns():
    assert table("amount_units")["tkr"] == "1000"
    assert table("public_bodies")["nämnd"].split("\t") == ["board", "nämnden", "nämnderna"]
    assert all(len(row.split("\t")) == 3 for row in table("public_bodies").values())
