"""`diarium diff` on the command line: formats, output file, exit codes, bad input."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from diarium.cli import app

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
OLD, NEW = SAMPLES / "001_c1e99815419374d5.txt", SAMPLES / "diff" / "001_v2.txt"
runner = CliRunner()


def test_json_has_documents_entries_in_swedish_and_both_records() -> None:
    result = runner.invoke(app, ["diff", "--format", "json", str(OLD), str(NEW)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["old"]["sha256"] and data["new"]["path"].endswith("001_v2.txt")
    kinds = {c["kind"]: c for c in data["changes"] if c["substantive"]}
    assert {"orgnr_changed", "party_added", "period_changed", "amount_changed", "clause_changed"} <= set(kinds)
    assert kinds["amount_changed"]["label"] == "Belopp ändrat"
    assert kinds["amount_changed"]["new_value"] == 1500000
    assert data["facts"]["new"]["parties"]


def test_markdown_on_stdout_by_default_with_summary_and_one_row_per_edit(tmp_path: Path) -> None:
    result = runner.invoke(app, ["diff", str(OLD), str(NEW)])
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("# Jämförelse av två versioner")
    assert "| Organisationsnummer ändrat | 1 |" in text and "| **Totalt** | **10** |" in text
    assert "| 7 | Text ändrad | 5.7 Uppsägning | s. 1 | s. 2 | Uppsägningstiden är ~~fyra~~ månader" in text
    assert "⚠ Det nya organisationsnumret 802002-7811 har fel kontrollsiffra." in text
    assert "reworded" not in text and "number:" not in text


def test_exit_code_and_output_file(tmp_path: Path) -> None:
    same = runner.invoke(app, ["diff", "--exit-code", str(OLD), str(OLD)])
    out = tmp_path / "rapport.html"
    changed = runner.invoke(app, ["diff", "--exit-code", "-o", str(out), str(OLD), str(NEW)])
    assert (same.exit_code, changed.exit_code) == (0, 3)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="sv">' in page and "@media print" in page
    assert "10 substantive edits" in changed.output


def test_bad_input_and_usage(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["diff", str(tmp_path / "nope.pdf"), str(OLD)])
    assert missing.exit_code == 1 and "no such file" in missing.output
    bad = runner.invoke(app, ["diff", "--format", "docx", str(OLD), str(OLD)])
    assert bad.exit_code == 2
