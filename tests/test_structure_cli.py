"""`diarium structure FILE [--json]`: the outline a user reads, and the Structure as JSON."""
from __future__ import annotations

import json
from pathlib import Path

from diarium.schemas.structure import Structure

GOLD = Path(__file__).resolve().parent / "gold"


def test_outline_shows_furniture_with_why_and_the_section_tree(run_diarium):
    result = run_diarium("structure", "--no-repair", GOLD / "umea_protokoll.txt")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("3 pages")
    furniture = out.split("Furniture\n")[1].split("\n\n")[0]
    assert "Sida 1 (3)" in furniture and "ends in page number 1" in furniture
    assert "UMEÅ KOMMUN" in furniture and "in the header block of the page number" in furniture
    assert "Justerandes sign" in furniture and "page-template words at the page edge" in furniture
    sections = out.split("Sections\n")[1]
    assert "§ 23 Dnr IFN-2024-0112 Idéburet offentligt partnerskap om stödboende för unga vuxna" in sections
    assert "[named: beslut]" in sections and "[1] 1. att ingå ett idéburet offentligt partnerskap" in sections


def test_json_is_the_structure_with_spans_into_the_repaired_text(run_diarium):
    result = run_diarium("structure", "--json", GOLD / "lerum_protokoll.txt")
    assert result.returncode == 0, result.stderr
    structure = Structure.model_validate(json.loads(result.stdout))
    assert len(structure.pages) == 4
    assert {" ".join(f.text.split()) for f in structure.furniture if f.page == 3} == {
        "LERUMS KOMMUN SAMMANTRÄDESPROTOKOLL", "Socialnämnden Sida 3 (4)", "Sammanträdesdatum 2023-05-16"}
    numbers = [s.heading.number for s in structure.walk() if s.heading and s.heading.kind == "paragraph"]
    assert numbers == ["41", "42", "43"]


def test_unreadable_input_fails_with_one_line(run_diarium, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run_diarium("structure", empty)
    assert result.returncode == 1
    assert result.stderr.startswith("diarium: ") and result.stderr.count("\n") == 1
