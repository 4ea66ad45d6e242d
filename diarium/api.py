"""The Python API: one plain function for each thing diarium does.

The command line (`diarium.cli`) calls these; so can any program. A source is a Document, a
file (a `pathlib.Path`) or a text (a `str`):

* `load(path)`                → Document (pages → lines → words, with OCR confidences)
* `repair(source)`            → (repaired text, changes): Swedish OCR damage undone
* `extract(source)`           → Record: the facts with evidence, after repair where needed
* `process(source)`           → Processed: document, repaired text, changes and record
* `compare(old, new)`         → Comparison: what changed between two versions

>>> record = extract("Socialnämnden beslutar att godkänna partnerskapet.")
>>> record.authority
'Socialnämnden'
>>> text, changes = repair("Socialndmnden beslutar att godkdnna forslaget.")
>>> text, len(changes)
('Socialnämnden beslutar att godkänna förslaget.', 3)
"""
from __future__ import annotations

from pathlib import Path

from diarium.diff import Comparison, compare_prepared, prepare
from diarium.ingest import load
from diarium.pipeline import Processed, as_document, process, repaired
from diarium.schemas import Change, Document, Record

Source = Document | str | Path


def repair(source: Source, *, min_confidence: float | None = None,
           join_hyphenation: bool = True) -> tuple[str, list[Change]]:
    """The repaired text of a source (pages separated by form feeds, one line for each line)
    and every change, applied or, below `min_confidence`, only logged."""
    return repaired(as_document(source), min_confidence, join_hyphenation)


def extract(source: Source, *, repair: bool | None = None,
            min_confidence: float | None = None) -> Record:
    """The facts of a source, repairing OCR first when it needs it (`repair=` forces it)."""
    record = process(source, repair=repair, min_confidence=min_confidence).record
    assert record is not None           # process extracts unless told not to
    return record


def compare(old: Source, new: Source) -> Comparison:
    """Two versions through the pipeline, then compared: facts, sections, clauses, words."""
    return compare_prepared(prepare(old), prepare(new))


__all__ = ["Comparison", "Processed", "Source", "compare", "extract", "load", "process", "repair"]
