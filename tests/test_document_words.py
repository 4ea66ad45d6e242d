"""No gold name or orgnr copied into diarium/ (bench/document_words.py), and the check itself."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("document_words", ROOT / "bench" / "document_words.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["document_words"] = module
    spec.loader.exec_module(module)
    return module


def test_no_gold_names_in_diarium() -> None:
    hits = load_check().find_document_words()
    assert not hits, "\n".join(f"{h.path}:{h.line}: {h.name} ({h.source})" for h in hits)


def make_tree(root: Path, code: str) -> None:
    (root / "bench" / "gold" / "real").mkdir(parents=True)
    (root / "bench" / "gold" / "extra").mkdir(parents=True)
    (root / "tests" / "gold").mkdir(parents=True)
    (root / "bench" / "gold" / "real" / "SPLIT.tsv").write_text(
        "# comment\ndoc\tsplit\nK901\ttrain\nK902\ttest\n", encoding="utf-8")
    record = {"persons": [{"name": "Anna Berg"}, {"name": "Solo"}],
              "parties": [{"name": "Norrby Bygg AB", "orgnr": "556677-8899"}, {"name": "Kort AB"}]}
    (root / "bench" / "gold" / "real" / "K901.json").write_text(json.dumps(record), encoding="utf-8")
    # a frozen test-split file is never opened: invalid JSON would raise if it were
    (root / "bench" / "gold" / "real" / "K902.json").write_text("not json", encoding="utf-8")
    held_out = load_check().HELD_OUT[0]       # the batch being written: never opened either
    (root / "bench" / "gold" / "extra" / f"{held_out}01.json").write_text("not json", encoding="utf-8")
    (root / "diarium").mkdir()
    (root / "diarium" / "mod.py").write_text(code, encoding="utf-8")


def test_check_finds_names_wrapped_surname_first_and_orgnr(tmp_path: Path) -> None:
    check = load_check()
    make_tree(tmp_path, '"""Signed by Anna\n    Berg; "Berg, Anna"; org.nr 556677 8899."""\n'
                        '# Solo and Kort AB are too short to be looked for\n')
    hits = check.find_document_words(tmp_path, tmp_path / "none.tsv")
    assert sorted((h.line, h.name) for h in hits) == [(1, "Anna Berg"), (2, "556677 8899"), (2, "Berg, Anna")]


def test_check_allowlist_and_clean_exit(tmp_path: Path) -> None:
    check = load_check()
    make_tree(tmp_path, "# Norrby Bygg AB is a party\n")
    allow = tmp_path / "allow.tsv"
    assert [h.name for h in check.find_document_words(tmp_path, allow)] == ["Norrby Bygg AB"]
    allow.write_text("# why\nNorrby Bygg AB\tmade up for this test\n", encoding="utf-8")
    assert check.find_document_words(tmp_path, allow) == []
    assert check.main(["--root", str(tmp_path), "--allow", str(allow)]) == 0
