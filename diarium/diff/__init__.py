"""Compare two versions of an agreement: facts, sections, clauses and words, robust to OCR noise.

Stages: `normalise` (page furniture, glyphs, wrapping) → `sections` (headings, sentences,
words) → `align` (sections by number and content, then one word diff of both versions) →
`substance` (is a difference substantive or only OCR-like?) → `changes` (one change per
sentence) and `facts` (parties, orgnr, period and amounts from the two records) →
`render_md` / `render_html`.

>>> result = compare_texts(
...     "5.7 Uppsägning\\nUppsägningstiden är fyra månader från det att\\npart sagt upp partnerskapet.",
...     "5.7 Uppsägning\\n• Uppsägningstiden är tre måna-\\nder från det att part sagt upp partnerskapet.")
>>> [(c.kind, c.section, c.substantive, c.reason) for c in result.report.changes]
[('clause_changed', '5.7', True, 'number: fyra → tre')]
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diarium.diff.align import Alignment, align
from diarium.diff.changes import Group, clause_rows, section_for
from diarium.diff.facts import fact_changes
from diarium.diff.model import DiffChange, DiffReport, DocInfo
from diarium.diff.sections import split_sections
from diarium.pipeline import process
from diarium.schemas import Document, Record


@dataclass
class Comparison:
    report: DiffReport
    alignment: Alignment
    rows: list[tuple[DiffChange, Group | None]] = field(default_factory=list)  # change, its words


@dataclass
class Prepared:
    """One version, repaired, with its facts."""
    text: str
    info: DocInfo
    record: Record | None = None


def compare_texts(old_text: str, new_text: str, *, old_record: Record | None = None,
                  new_record: Record | None = None, old_info: DocInfo | None = None,
                  new_info: DocInfo | None = None) -> Comparison:
    """Compare two (repaired) texts; records, when given, add the fact-level changes."""
    alignment = align(split_sections(old_text), split_sections(new_text))
    rows: list[tuple[DiffChange, Group | None]] = []
    if old_record is not None and new_record is not None:
        texts = [" ".join(t.text for t in tokens) for tokens in (alignment.old_tokens, alignment.new_tokens)]
        rows += [(c, None) for c in fact_changes(old_record, new_record, locator(alignment), *texts)]
    rows += clause_rows(alignment)
    report = DiffReport(
        old=old_info or DocInfo(path="OLD"), new=new_info or DocInfo(path="NEW"),
        changes=[change for change, _ in rows],
        facts={"old": dump(old_record), "new": dump(new_record)})
    return Comparison(report, alignment, rows)


def dump(record: Record | None) -> dict[str, Any] | None:
    return record.model_dump(mode="json") if record is not None else None


def locator(alignment: Alignment) -> Callable[[str, bool], tuple[str, str]]:
    """(section number, title) of the section that holds a fact's text."""
    def locate(text: str, new_side: bool) -> tuple[str, str]:
        section = section_for(alignment, text, new_side) or section_for(alignment, text, not new_side)
        if section is None and len(text) > 40:
            section = section_for(alignment, text[:40], new_side)
        return (section.ref, section.title) if section else ("", "")
    return locate


def prepare(source: Document | str | Path) -> Prepared:
    """Ingest, repair and extract one version through the pipeline: a Document, a file (Path)
    or a text (str)."""
    processed = process(source)
    document = processed.document
    info = DocInfo(path=document.path, sha256=document.sha256, kind=document.kind,
                   pages=len(document.pages), repaired=bool(processed.changes))
    return Prepared(processed.repaired, info, processed.record)


def compare_files(old: str | Path, new: str | Path) -> Comparison:
    """`diarium diff OLD NEW` as a function: both files through the pipeline, then compared."""
    return compare_prepared(prepare(Path(old)), prepare(Path(new)))


def compare_prepared(before: Prepared, after: Prepared) -> Comparison:
    """Two versions that went through the pipeline, compared."""
    return compare_texts(before.text, after.text, old_record=before.record,
                         new_record=after.record, old_info=before.info, new_info=after.info)


__all__ = ["Comparison", "DiffChange", "DiffReport", "compare_files", "compare_prepared",
           "compare_texts", "prepare"]
