"""The party readers' candidates before the filters (`find_parties(candidates=…)`), the features
`bench/party_rank.py` learns from (bench/party_rank_features.py, loaded by path), and the rules'
output unchanged by the hook."""
from __future__ import annotations

import doctest
import importlib.util
import sys
from pathlib import Path

from diarium.extract.parties import find_parties

ROOT = Path(__file__).resolve().parent.parent


def load(path: Path):
    spec = importlib.util.spec_from_file_location("bench_party_rank_features", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_party_rank_features"] = module
    spec.loader.exec_module(module)
    return module


bench = load(ROOT / "bench" / "party_rank_features.py")

AGREEMENT = ("Parter\nLeverantör: Stiftelsen Västerby folkhögskola, org.nr 816400-1234\n\n"
             "Leverantören hyr sina lokaler av Ekö Förvaltning AB, org.nr 556987-6543.\n")
LEFT = ("Under 2033 slöt kulturnämnden ett avtal med Västerby musikförening och Ekö scoutkår. "
        "Ekö scoutkår har sedan dess utträtt ur avtalet.")


def test_the_hook_tags_each_reader_and_leaves_the_output_alone() -> None:
    sink: list = []
    plain = find_parties(AGREEMENT)
    tapped = find_parties(AGREEMENT, candidates=sink)
    assert [p.model_dump() for p in tapped] == [p.model_dump() for p in plain]
    assert {(reader, p.name) for reader, p in sink} == {("labels", "Stiftelsen Västerby folkhögskola"),
                                                       ("orgnrs", "Stiftelsen Västerby folkhögskola")}


def test_the_sink_holds_copies_made_before_the_filters() -> None:
    sink: list = []
    kept = find_parties(LEFT, candidates=sink)
    assert "Ekö scoutkår" not in [p.name for p in kept]
    assert ("agreements", "Ekö scoutkår") in {(reader, p.name) for reader, p in sink}
    assert not {id(p) for _, p in sink} & {id(p) for p in kept}


def test_candidates_merge_readers_and_mark_what_the_rules_kept() -> None:
    found = {c.party.name: c for c in bench.party_candidates(LEFT)}
    assert found["Västerby musikförening"].kept and not found["Ekö scoutkår"].kept
    assert found["Ekö scoutkår"].readers == {"agreements"}
    filters = bench.TextFilters.of(LEFT)
    assert bench.features(found["Ekö scoutkår"], filters, list(found.values()))["refused"] == 1.0
    assert bench.features(found["Västerby musikförening"], filters, list(found.values()))["refused"] == 0.0


def test_wide_candidates_add_every_company_named() -> None:
    found = {c.party.name: c for c in bench.party_candidates(AGREEMENT, wide=True)}
    assert found["Ekö Förvaltning AB"].readers == {"text_company"}
    assert not found["Ekö Förvaltning AB"].kept
    assert found["Stiftelsen Västerby folkhögskola"].readers == {"labels", "orgnrs"}


def test_the_bench_modules_doctests() -> None:
    # bench/ lies outside pytest's testpaths: its doctests run here
    assert doctest.testmod(bench, optionflags=doctest.NORMALIZE_WHITESPACE).failed == 0
