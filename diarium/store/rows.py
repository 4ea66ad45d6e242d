"""A processed document → the rows the store holds for it (pure; runs in the worker).

The rows are built where the pipeline ran: a pool worker then inserts them itself, and a
Dask worker sends them, as a `StoredDocument` that pickles cheaply, to the client to insert.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any

from diarium.redact import Redactor
from diarium.schemas import Change, Document, Record
from diarium.store.schema import FACT_TABLES
from diarium.version import PIPELINE_VERSION

Row = dict[str, Any]


@dataclass
class StoredDocument:
    path: str                   # for messages: as given, masked when redacting
    sha256: str
    document: Row
    pages: list[Row] = field(default_factory=list)
    corrections: list[Row] = field(default_factory=list)
    facts: dict[str, list[Row]] = field(default_factory=dict)
    exact_path: bool = True     # document["path"] is the file's own (not masked)

    @property
    def ok(self) -> bool:
        return self.document["status"] == "ok"

    @property
    def page_count(self) -> int:
        return self.document["pages"]

    @property
    def fact_count(self) -> int:
        return sum(len(rows) for rows in self.facts.values())


def evidence_columns(evidence: list[dict]) -> Row:
    first = evidence[0] if evidence else {}
    return {
        "page": first.get("page"), "span_start": first.get("start"),
        "span_end": first.get("end"), "snippet": first.get("snippet"),
        "evidence": json.dumps(evidence, ensure_ascii=False) if evidence else None,
    }


def fact_rows(record: dict) -> dict[str, list[Row]]:
    """The dumped Record's facts as rows of the fact tables (columns as in schema.FACT_TABLES)."""
    def rows(items: list[dict], columns: dict[str, str]) -> list[Row]:
        return [{column: item.get(key) for column, key in columns.items()}
                | evidence_columns(item.get("evidence") or []) for item in items]

    dnr_items = record.get("dnr_facts") or [{"dnr": d} for d in record.get("dnr") or []]
    facts = {
        "parties": rows(record["parties"], {"name": "name", "orgnr": "orgnr",
                                            "orgnr_valid": "orgnr_valid", "public": "public"}),
        "orgnrs": rows(record["orgnrs"], {"orgnr": "orgnr", "orgnr_valid": "orgnr_valid",
                                          "name": "name"}),
        "periods": rows(record["periods"], {"start_date": "start", "end_date": "end",
                                            "kind": "kind"}),
        "amounts": rows(record["amounts"], {"value": "value", "currency": "currency",
                                            "per": "per", "text": "text"}),
        "decisions": rows(record["decisions"], {"number": "number", "text": "text"}),
        "dnr": rows(dnr_items, {"dnr": "dnr"}),
        "persons": rows(record["persons"], {"name": "name", "role": "role", "party": "party"}),
        "legal_refs": rows(record["legal_refs"], {"sfs": "sfs", "text": "text"}),
    }
    assert facts.keys() == FACT_TABLES.keys()
    return facts


def page_rows(document: Document, repaired: str) -> list[Row]:
    repaired_pages = repaired.split("\f")
    rows = []
    for number, (page, text) in enumerate(zip_longest(document.pages, repaired_pages), start=1):
        rows.append({
            "number": number,
            "source": page.source if page else None,
            "mean_conf": page.mean_conf if page else None,
            "raw_text": page.text if page else "",
            "repaired_text": text if text is not None else page.text,
        })
    return rows


def correction_rows(changes: list[Change]) -> list[Row]:
    return [{
        "page": c.page, "line": c.line, "span_start": c.start, "span_end": c.end,
        "new_start": c.new_start, "new_end": c.new_end, "original": c.original,
        "replacement": c.replacement, "confidence": c.confidence, "reason": c.reason,
        "applied": c.applied,
    } for c in changes]


def resolved(path: str) -> str:
    """The file's absolute path with links resolved: one file, one path, however it was
    spelled (`docs/a.txt`, `./a.txt`, `$PWD/docs/a.txt`). A name that is no local path
    ('<text>', a URL) is kept as it is."""
    if path.startswith("<") or "://" in path:
        return path
    return os.path.realpath(path)


def path_key(path: str, redact: bool) -> tuple[str, bool]:
    """The path the store keeps for a file, and whether it is exact (not masked)."""
    key = resolved(path)
    if redact:
        masked = Redactor().text(key)
        return masked, masked == key
    return key, True


def redacted_rows(pages: list[Row], corrections: list[Row], record: dict,
                  paths: list[str]) -> tuple[Redactor, list[str], int]:
    """Mask personnummer in place in the rows of one document, its texts first so that the
    pieces of a number cut by a snippet are known; return the redactor, the masked paths and
    how many numbers the text held (the raw or the repaired, whichever more)."""
    redactor = Redactor()
    raw = repaired = 0
    for page in pages:
        before = redactor.masked
        page["raw_text"] = redactor.text(page["raw_text"])
        middle = redactor.masked
        page["repaired_text"] = redactor.text(page["repaired_text"])
        raw, repaired = raw + middle - before, repaired + redactor.masked - middle
    masked_paths = [redactor.text(p) for p in paths]
    corrections[:] = redactor.value(corrections)
    record.update(redactor.value(record))
    return redactor, masked_paths, max(raw, repaired)


def stored_document(document: Document, repaired: str, changes: list[Change],
                    record: Record, *, redact: bool = False,
                    seconds: float | None = None) -> StoredDocument:
    """Everything the store keeps about one successfully processed document; with `redact`,
    every personnummer masked in it, its path and file name included."""
    pages = page_rows(document, repaired)
    corrections = correction_rows(changes)
    record_data = record.model_dump(mode="json")
    path, given = resolved(document.path), document.path
    redactions = 0
    if redact:
        _, (path, given), redactions = redacted_rows(pages, corrections, record_data,
                                                     [path, given])
    facts = fact_rows(record_data)
    row = {
        "path": path, "given_path": given, "doc_id": record_data["doc_id"],
        "sha256": document.sha256,
        "kind": document.kind, "pages": len(pages), "doc_type": record_data["doc_type"],
        "authority": record_data["authority"], "date": record_data["date"],
        "title": record_data["title"], "mean_conf": document.mean_conf, "status": "ok",
        "error": None, "pipeline_version": PIPELINE_VERSION, "repaired": bool(changes),
        "changes": sum(c.applied for c in changes),
        "facts": sum(len(rows) for rows in facts.values()),
        "redacted": redact, "redactions": redactions, "seconds": seconds,
        "record": json.dumps(record_data, ensure_ascii=False),
    }
    return StoredDocument(given, document.sha256, row, pages, corrections, facts,
                          exact_path=path == resolved(document.path))


def failed_document(path: str, sha256: str, reason: str, *, redact: bool = False,
                    seconds: float | None = None) -> StoredDocument:
    """The row recording that a document could not be processed, and why (with `redact`,
    personnummer masked in the path and the reason too)."""
    full, given = resolved(path), path
    if redact:
        redactor = Redactor()
        full, given, reason = redactor.text(full), redactor.text(given), redactor.text(reason)
    row = {
        "path": full, "given_path": given, "doc_id": None, "sha256": sha256, "kind": None,
        "pages": 0, "doc_type": None, "authority": None, "date": None, "title": None,
        "mean_conf": None, "status": "failed", "error": reason,
        "pipeline_version": PIPELINE_VERSION, "repaired": False, "changes": 0, "facts": 0,
        "redacted": redact, "redactions": 0, "seconds": seconds, "record": None,
    }
    return StoredDocument(given, sha256, row, exact_path=full == resolved(path))
