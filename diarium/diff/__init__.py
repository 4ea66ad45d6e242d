"""Compare two versions of an agreement: one entry per edit, with facts, clause and pages.

Both versions go through the pipeline (ingest → repair → structure → extract); the diff reads
the structure: `view` (sections and their clauses, page furniture, signature blocks and
rotated margin text left out, every word with its page) → `align` (sections by number and
content, then one word diff of both versions, numbers compared whole) → `substance` (is a
difference substantive or only OCR-like?) → `changes` (one entry per changed clause) →
`entries` (a clause that changes a party, orgnr, period or amount is that fact's entry; the
same edit in several places is one entry) → `render_md` / `render_html` (Swedish reports).

>>> result = compare_texts(
...     "5.7 Uppsägning\\nUppsägningstiden är fyra månader från det att\\npart sagt upp partnerskapet.",
...     "5.7 Uppsägning\\n• Uppsägningstiden är tre måna-\\nder från det att part sagt upp partnerskapet.")
>>> [(c.kind, c.section, c.substantive, c.reason) for c in result.report.changes]
[('clause_changed', '5.7', True, 'tal ändrat: fyra → tre')]
>>> result = compare_texts("5.5 Ersättning\\nErsättningen är 1 200 000 kronor per år.",
...                        "5.5 Ersättning\\nErsättningen är 1 500 000 kronor per år.")
>>> [(c.kind, c.old_value, c.new_value, c.new) for c in result.report.changes]
[('amount_changed', 1200000, 1500000, 'Ersättningen är 1 500 000 kronor per år.')]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diarium.diff.align import Alignment, align
from diarium.diff.changes import Group
from diarium.diff.entries import entry_rows
from diarium.diff.model import DiffChange, DiffReport, DocInfo
from diarium.diff.references import renumbered_references
from diarium.diff.view import document_sections
from diarium.pipeline import process
from diarium.schemas import Document, Record
from diarium.schemas.structure import Structure
from diarium.structure import analyse


@dataclass
class Comparison:
    report: DiffReport
    alignment: Alignment
    rows: list[tuple[DiffChange, Group | None]] = field(default_factory=list)  # entry, its words


@dataclass
class Prepared:
    """One version through the pipeline: repaired text, its structure and its facts."""
    text: str
    info: DocInfo
    record: Record | None = None
    structure: Structure | None = None


def compare_texts(old_text: str, new_text: str, *, old_record: Record | None = None,
                  new_record: Record | None = None, old_info: DocInfo | None = None,
                  new_info: DocInfo | None = None, old_structure: Structure | None = None,
                  new_structure: Structure | None = None) -> Comparison:
    """Compare two (repaired) texts; their structures are analysed unless given; records,
    when given, name the organisations behind changed orgnr and add parties without one."""
    old_structure = old_structure or analyse(old_text)
    new_structure = new_structure or analyse(new_text)
    alignment = align(document_sections(old_text, old_structure, new_structure),
                      document_sections(new_text, new_structure, old_structure))
    renumbered_references(alignment)
    rows = entry_rows(alignment, old_record, new_record)
    report = DiffReport(
        old=old_info or DocInfo(path="OLD"), new=new_info or DocInfo(path="NEW"),
        changes=[change for change, _ in rows],
        facts={"old": dump(old_record), "new": dump(new_record)})
    return Comparison(report, alignment, rows)


def dump(record: Record | None) -> dict[str, Any] | None:
    return record.model_dump(mode="json") if record is not None else None


def prepare(source: Document | str | Path) -> Prepared:
    """Ingest, repair, structure and extract one version through the pipeline: a Document, a
    file (Path) or a text (str)."""
    processed = process(source)
    document = processed.document
    info = DocInfo(path=document.path, sha256=document.sha256, kind=document.kind,
                   pages=len(document.pages), repaired=bool(processed.changes))
    return Prepared(processed.repaired, info, processed.record, processed.structure)


def compare_files(old: str | Path, new: str | Path) -> Comparison:
    """`diarium diff OLD NEW` as a function: both files through the pipeline, then compared."""
    return compare_prepared(prepare(Path(old)), prepare(Path(new)))


def compare_prepared(before: Prepared, after: Prepared) -> Comparison:
    """Two versions that went through the pipeline, compared."""
    return compare_texts(before.text, after.text, old_record=before.record,
                         new_record=after.record, old_info=before.info, new_info=after.info,
                         old_structure=before.structure, new_structure=after.structure)


__all__ = ["Comparison", "DiffChange", "DiffReport", "Prepared", "compare_files",
           "compare_prepared", "compare_texts", "prepare"]
