"""The stages in order: ingest → repair → structure → extract. Pure except for `load` reading
the file.

>>> result = process("Socialnämnden beslutar att godkänna partnerskapet.")
>>> result.record.authority
'Socialnämnden'
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from diarium.corrections import repair as repair_text
from diarium.extract.record import extract_text
from diarium.ingest import load
from diarium.ingest.text import document_from_string
from diarium.schemas import Change, Document, Record
from diarium.schemas.document import OCR_SOURCES
from diarium.schemas.structure import Structure
from diarium.structure import analyse


@dataclass
class Processed:
    document: Document
    repaired: str                   # the repaired text, pages separated by form feeds
    changes: list[Change] = field(default_factory=list)
    structure: Structure | None = None
    record: Record | None = None

    @property
    def original(self) -> str:
        return self.document.text


def needs_repair(document: Document) -> bool:
    """Text from OCR, or plain text that may be old OCR; a born-digital text layer is left as is."""
    return document.kind == "text" or any(p.source in OCR_SOURCES for p in document.pages)


def as_document(source: Document | str | Path) -> Document:
    """A Document as is, a path (Path) read from disk, a text (str) as a one-document string."""
    if isinstance(source, Document):
        return source
    if isinstance(source, Path):
        return load(source)
    return document_from_string(source)


def repaired(document: Document, min_confidence: float | None = None,
             join_hyphenation: bool = True) -> tuple[str, list[Change]]:
    """The document's repaired text and the changes (the repair's own threshold by default)."""
    if min_confidence is None:
        return repair_text(document, join_hyphenation=join_hyphenation)
    return repair_text(document, min_confidence=min_confidence, join_hyphenation=join_hyphenation)


def process(source: Document | str | Path, *, repair: bool | None = None,
            min_confidence: float | None = None, extract: bool = True,
            structure: bool = True, doc_id: str | None = None) -> Processed:
    """Run the pipeline on a Document, a path (Path) or a text (str).

    `repair=None` repairs when `needs_repair` says so; True/False force it. The structure
    stage runs when asked for or when the facts are extracted (they are read from it).
    """
    document = as_document(source)
    if repair if repair is not None else needs_repair(document):
        text, changes = repaired(document, min_confidence)
    else:
        text, changes = document.text, []
    result = Processed(document=document, repaired=text, changes=changes)
    if structure or extract:
        result.structure = analyse(text, document)
    if extract:
        result.record = extract_text(
            text, original=document.text, changes=changes, structure=result.structure,
            doc_id=doc_id or default_doc_id(document.path),
        )
        result.record.source = document.path
        result.record.sha256 = document.sha256
        result.record.repaired = bool(changes)
    return result


def default_doc_id(path: str) -> str:
    """'samples/001_c1e99815419374d5.txt' → '001'; other names → the file stem."""
    stem = Path(path).name.split(".")[0]
    return stem.split("_")[0] if "_" in stem else stem
