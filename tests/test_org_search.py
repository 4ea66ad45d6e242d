"""`diarium facts --org` reads organisation names as Swedish: definite forms, the genitive,
case, å/ä/ö, abbreviations of legal forms and places, and an orgnr in any spacing.

The store is built here by `diarium run` from the seeds (Stockholms stadsmission, Rädda
Barnen, Svenska Röda Korset …) and two hand-made texts in tests/data/orgs/ (a kommun, an
ekonomisk förening written "ek. för.", an aktiebolag "i Sthlm AB").
"""
from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DIARIUM = [sys.executable, "-c", "from diarium.cli import main; main()"]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("orgs")
    for path in [*sorted((ROOT / "samples").glob("00[0-4]_*.txt")),
                 *sorted((ROOT / "tests" / "data" / "orgs").glob("*.txt"))]:
        shutil.copy(path, folder / path.name)
    db = folder / "orgs.db"
    made = subprocess.run([*DIARIUM, "run", str(folder), "--db", str(db), "--workers", "0", "-q"],
                          capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    return db


def found(store: Path, *args: str) -> set[str]:
    """The file names `diarium facts … --csv` lists."""
    result = subprocess.run([*DIARIUM, "facts", "--db", str(store), "--csv", *args],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return {Path(row["path"]).name[:3] for row in csv.DictReader(io.StringIO(result.stdout))}


STADSMISSION = {"000", "001", "002", "004"}     # the seeds naming Stockholms stadsmission


@pytest.mark.parametrize("query", ["stadsmissionen", "Stockholms stadsmissions",
                                   "STOCKHOLMS STADSMISSION", "stokholms Stadsmision",
                                   "Sthlms stadsmission"])
def test_definite_genitive_case_misspelt_and_abbreviated_forms(store, query):
    assert found(store, "--org", query) == STADSMISSION


def test_folded_letters_and_a_name_of_two_words(store):
    assert found(store, "--org", "Radda barnen") == found(store, "--org", "Rädda Barnen") != set()
    assert found(store, "--org", "röda korset") == found(store, "--org", "Svenska Röda Korset")
    # Every word in one name: "Röda" is Röda Korset's, "Barnen" Rädda Barnen's.
    assert found(store, "--org", "Röda Barnen") == set()


def test_kommun_and_kommunen_and_genitive(store):
    assert found(store, "--org", "kommunen") == found(store, "--org", "Kungsbacka kommuns") == {"avt"}


@pytest.mark.parametrize("query", ["Byggkooperativet Gläntan ekonomisk förening",
                                   "Byggkooperativet Gläntan ek.för.", "gläntan"])
def test_ekonomisk_forening_written_out_or_abbreviated(store, query):
    assert found(store, "--org", query) == {"avt"}


def test_ab_is_aktiebolag_and_not_handelsbolag(store):
    assert found(store, "--org", "Fritidsbolaget i Stockholm aktiebolag") == {"bes"}
    assert found(store, "--org", "fritidsbolagets") == {"bes"}
    assert found(store, "--org", "Fritidsbolaget HB") == set()


@pytest.mark.parametrize("number", ["556123 4567", "5561234567", "556123-4567", "16556123-4567", "16 556123-4567"])
def test_orgnr_in_any_spacing_by_orgnr_and_by_org(store, number):
    assert found(store, "--orgnr", number) == {"bes"}
    assert found(store, "--org", number) == {"bes"}
