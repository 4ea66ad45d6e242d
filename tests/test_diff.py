"""`diarium diff` on real version pairs: planted changes found, cosmetic noise never substantive.

The pairs are in samples/diff/ (see make_pairs.py there): NEW versions of seeds 001 and 004
with planted changes listed in *.changes.json, compared with the clean seed (clean–clean) and
with OCR'd scans of the seed (scan–clean). 001_v3 and 004_v3 were held out during development.
"""
from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diarium.cli import app
from diarium.diff import compare_files, compare_texts
from diarium.diff.evaluate import score
from diarium.diff.normalise import normalise
from diarium.diff.sections import split_sections

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAIRS = SAMPLES / "diff"
SEED = {"001": SAMPLES / "001_c1e99815419374d5.txt", "004": SAMPLES / "004_f6c9172673e2488b.txt"}
OLD_VERSIONS = {
    "001": [SEED["001"], PAIRS / "001-fair_scan_swe.txt", PAIRS / "001-fair_scan_eng.txt"],
    "004": [SEED["004"], PAIRS / "004-fair_scan_swe.txt", PAIRS / "004-fair_scan_eng.txt"],
}
CASES = [(old, PAIRS / f"{seed}_{version}.txt")
         for version in ("v2", "v3") for seed in ("001", "004") for old in OLD_VERSIONS[seed]]


@pytest.mark.parametrize("old,new", CASES, ids=[f"{o.stem}->{n.stem}" for o, n in CASES])
def test_planted_changes_found_and_noise_not_substantive(old: Path, new: Path) -> None:
    planted = json.loads(new.with_suffix(".changes.json").read_text(encoding="utf-8"))
    result = score(compare_files(old, new).report.changes, planted)
    assert result.missed == [], "planted changes not found"
    assert [(c.kind, c.section, c.reason) for c in result.false_substantive] == []


@pytest.mark.parametrize("scan", ["001-fair_scan_swe.txt", "001-fair_scan_eng.txt",
                                  "004-fair_scan_swe.txt", "004-fair_scan_eng.txt"])
def test_scan_of_the_same_text_has_no_substantive_change(scan: str) -> None:
    seed = SEED[scan[:3]]
    report = compare_files(PAIRS / scan, seed).report
    assert report.substantive == []
    assert report.changes, "the OCR noise is still listed, as cosmetic"


def reformat(text: str) -> str:
    """The same words laid out again: other line width, hyphenation, bullets, page furniture."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    out = []
    for number, paragraph in enumerate(paragraphs):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        bullet = lines[0].startswith("•")
        words = " ".join(lines).lstrip("• ")
        wrapped = textwrap.fill(words, width=52, break_on_hyphens=False)
        wrapped = re.sub(r"(\w{4,})(\w{4})\n", r"\1-\n\2", wrapped, count=1)  # one hyphenation
        out.append(("\uf0b7 " if bullet else "") + wrapped)
        if number % 12 == 11:
            out.append(f"Tjänsteutlåtande\nDnr 2021/565\nSida {number // 12 + 2} (9)\f")
    return "\n\n".join(out).replace("–", "-").replace('"', "”")


def test_reformatted_agreement_shows_no_change() -> None:
    text = SEED["001"].read_text(encoding="utf-8")
    comparison = compare_texts(text, reformat(text))
    assert [c.reason for c in comparison.report.changes if c.substantive] == []


def test_normalise_drops_page_furniture_and_bullets() -> None:
    text = "Parterna ska utgå från:\n• Lagstiftningar som berör mål-\ngruppen.\nTjänsteutlåtande\nDnr 2021/565\nSida 3 (8)\nSlut."
    assert normalise(text) == "Parterna ska utgå från:\nLagstiftningar som berör målgruppen. Slut."
    glued = "för detta partnerskap. IOP Dnr 2.3.4-565/2021 Sida \n\n5.8 Hävning"
    assert normalise(glued) == "för detta partnerskap.\n5.8 Hävning"


def test_sections_of_the_2024_agreement() -> None:
    labels = [s.label for s in split_sections(SEED["001"].read_text(encoding="utf-8"))]
    assert "5.7 Uppsägning" in labels and "2.1 Partnerskapets aktörer" in labels
    assert "2.7 Uppdatering i partnerskapet med anledning av ny partnerskapsperiod" in labels
    assert not any(label.startswith(("1 FN:s", "1 Bilaga")) for label in labels)


def test_notice_period_change_is_a_substantive_clause_change_with_numbers_marked() -> None:
    text = SEED["001"].read_text(encoding="utf-8")
    comparison = compare_texts(text, text.replace("fyra månader", "tre månader"))
    [change] = comparison.report.changes
    assert (change.kind, change.section, change.substantive) == ("clause_changed", "5.7", True)
    from diarium.diff.render_html import render_html
    page = render_html(comparison)
    assert "<del>fyra</del>" in page and "<ins>tre</ins>" in page


def test_orgnr_transposition_is_orgnr_changed_for_that_organisation() -> None:
    new = PAIRS / "001_v2.txt"
    changes = compare_files(SEED["001"], new).report.changes
    orgnr = [c for c in changes if c.kind == "orgnr_changed"]
    assert [(c.subject, c.old, c.new, c.substantive) for c in orgnr] == [
        ("Svenska Röda Korset", "802002-8711", "802002-7811", True)]


runner = CliRunner()


def test_cli_json_has_documents_changes_and_facts() -> None:
    result = runner.invoke(app, ["diff", "--format", "json", str(SEED["001"]), str(PAIRS / "001_v2.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["old"]["sha256"] and data["new"]["path"].endswith("001_v2.txt")
    kinds = {c["kind"] for c in data["changes"] if c["substantive"]}
    assert {"orgnr_changed", "party_added", "period_changed", "clause_changed"} <= kinds
    assert data["facts"]["new"]["parties"]


def test_cli_markdown_default_and_exit_code(tmp_path: Path) -> None:
    result = runner.invoke(app, ["diff", str(SEED["001"]), str(PAIRS / "001_v2.txt")])
    assert result.exit_code == 0
    assert "| Organisationsnummer ändrat: Svenska Röda Korset | 802002-8711 | 802002-7811 | 2.1 |" in result.stdout
    assert "~~fyra~~" in result.stdout and "**tre**" in result.stdout
    same = runner.invoke(app, ["diff", "--exit-code", str(SEED["001"]), str(SEED["001"])])
    changed = runner.invoke(app, ["diff", "--exit-code", "-o", str(tmp_path / "r.md"),
                                  str(SEED["001"]), str(PAIRS / "001_v2.txt")])
    assert (same.exit_code, changed.exit_code) == (0, 3)
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Jämförelse")


def test_cli_bad_input_and_usage(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["diff", str(tmp_path / "nope.pdf"), str(SEED["001"])])
    assert missing.exit_code == 1 and "no such file" in missing.output
    bad = runner.invoke(app, ["diff", "--format", "docx", str(SEED["001"]), str(SEED["001"])])
    assert bad.exit_code == 2


def test_section_added_after_ocr_debris_is_clause_added_not_a_rewording() -> None:
    # A scan's stray speck read as "j" ends section 5; NEW adds section 6 right after it.
    old = ("5. Uppsägning\nUppsägningstiden är tre månader från det att part skriftligen sagt\n"
           "upp avtalet. j\n\nMalmö den 14 februari 2025\n")
    new = ("5. Uppsägning\nUppsägningstiden är tre månader från det att part skriftligen sagt\n"
           "upp avtalet.\n\n6. Tvist\nTvist mellan parterna ska i första hand lösas genom dialog.\n\n"
           "Malmö den 14 februari 2025\n")
    changes = [(c.kind, c.section, c.substantive) for c in compare_texts(old, new).report.changes]
    assert ("clause_added", "6", True) in changes
    assert not [c for c in changes if c[0] == "clause_changed" and c[2]]
