"""`diarium extract`, `diarium schema`, the pipeline with OCR repair, evidence mapping, spaCy."""
from __future__ import annotations

import json
from pathlib import Path

import spacy

from diarium.extract import extract_text
from diarium.extract.evidence import original_offset
from diarium.pipeline import process
from diarium.schemas import Change, Record

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def seed(number: str) -> Path:
    return next(SAMPLES.glob(f"{number}_*.txt"))


def test_extract_json_has_the_facts_schema_shape(run_diarium):
    result = run_diarium("extract", "--json", seed("004"))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["doc_id"] == "004"
    assert record["date"] == "2019-04-16"
    assert {p["orgnr"] for p in record["parties"]} >= {"802012-1581", "802006-1688", "802006-1019", "802003-1954"}
    first = record["parties"][0]["evidence"][0]
    assert first["page"] == 1 and first["snippet"] == "Convictus organisationsnummer 802012-1581"
    Record.model_validate(record)


def test_extract_summary_and_bad_input(run_diarium, tmp_path):
    result = run_diarium("extract", seed("000"))
    assert result.returncode == 0
    assert "Socialnämnden godkänner slutrapporten." in result.stdout
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run_diarium("extract", empty)
    assert result.returncode == 1
    assert result.stderr.startswith(f"diarium: {empty}:")


def test_schema_command(run_diarium):
    result = run_diarium("schema")
    schema = json.loads(result.stdout)
    assert {"dnr", "parties", "periods", "amounts", "decisions", "persons", "legal_refs"} <= set(schema["properties"])


def test_pipeline_repairs_damaged_ocr_before_extracting():
    """Seed 002 is real, damaged OCR: 'Socialndmnden', 'Ridda Barnen', 'mdnaders'."""
    result = process(seed("002"))
    record = result.record
    assert record.repaired
    assert record.authority == "Socialnämnden"
    assert [p.orgnr for p in record.parties if p.orgnr] == ["802002-8638", "802002-8711", "802003-1954"]
    assert [(a.value, a.per) for a in record.amounts] == [(5888919, "12 månader")]
    assert [d.number for d in record.decisions] == [1, 2, 3, 4, 5, 6]
    for fact in [*record.parties, *record.decisions, *record.amounts]:
        for ev in fact.evidence:
            assert result.repaired[ev.start:ev.end] == ev.snippet
            assert ev.original is not None
    # at least one fact was read through a repair, and its original shows the damage
    assert any(ev.original != ev.snippet for d in record.decisions for ev in d.evidence)


def test_original_snippet_maps_through_changes():
    original = "Socialndmnden beslutar att godkdnna partnerskapet."
    repaired = "Socialnämnden beslutar att godkänna partnerskapet."
    changes = [
        Change(page=1, line=1, start=0, end=13, new_start=0, new_end=13, original="Socialndmnden",
               replacement="Socialnämnden", confidence=0.9, reason="confusion ä←d"),
        Change(page=1, line=1, start=27, end=35, new_start=27, new_end=35, original="godkdnna",
               replacement="godkänna", confidence=0.9, reason="confusion ä←d"),
    ]
    text = "Förvaltningens förslag till beslut\n"
    shift = len(text)
    changes = [c.model_copy(update={"start": c.start + shift, "end": c.end + shift,
                                    "new_start": c.new_start + shift, "new_end": c.new_end + shift})
               for c in changes]
    record = extract_text(text + repaired, original=text + original, changes=changes)
    ev = record.decisions[0].evidence[0]
    assert (ev.snippet, ev.original) == (repaired, original)
    assert original_offset(shift + 30, changes) == shift + 27      # inside a replacement → its start


def test_spacy_components_on_a_blank_swedish_pipeline():
    nlp = spacy.blank("sv")
    nlp.add_pipe("diarium_orgnr")
    nlp.add_pipe("diarium_periods")
    doc = nlp("Convictus organisationsnummer 802012-1581 deltar fr.o.m. den 1 maj 2024 t.o.m. den 30 april 2025.")
    assert [o.orgnr for o in doc._.orgnrs] == ["802012-1581"]
    assert [(p.start, p.end) for p in doc._.periods] == [("2024-05-01", "2025-04-30")]
    assert [s.text for s in doc.spans["orgnr"]] == ["802012-1581"]


def test_evidence_pages_of_a_born_digital_pdf():
    result = process(SAMPLES / "generated" / "004.pdf")
    pages = [ev.page for ev in result.record.parties[0].evidence]
    assert pages[0] == 1 and max(pages) > 1
    for period in result.record.periods:
        for ev in period.evidence:
            page_text = result.repaired.split("\f")[ev.page - 1]
            assert ev.snippet in page_text
