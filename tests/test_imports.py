"""The import graph (bench/imports.py): no cycles, dependencies one way along the stages, no
diarium imports hidden inside functions."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import diarium

SPEC = importlib.util.spec_from_file_location(
    "bench_imports", Path(__file__).resolve().parents[1] / "bench" / "imports.py")
assert SPEC and SPEC.loader
imports = importlib.util.module_from_spec(SPEC)
sys.modules["bench_imports"] = imports
SPEC.loader.exec_module(imports)

def test_checker_finds_a_cycle_and_its_members():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert imports.cycles(graph) == [["a", "b", "c"]]


def test_stages_order_the_package():
    assert imports.stage("diarium.language.months") < imports.stage("diarium.ingest.pdf") \
        < imports.stage("diarium.extract.persons") < imports.stage("diarium.pipeline") \
        < imports.stage("diarium.diff.sections") < imports.stage("diarium") \
        < imports.stage("diarium.commands.store") < imports.stage("diarium.cli")


def test_no_cycles_and_no_import_against_the_stages():
    assert imports.problems() == []


def test_the_api_function_keeps_the_name_extract():
    import diarium.extract  # noqa: F401  (the subpackage, already imported)
    record = diarium.extract("Socialnämnden beslutar att godkänna partnerskapet.")
    assert record.authority == "Socialnämnden"
    assert sys.modules["diarium.extract"].extract_text is not None
