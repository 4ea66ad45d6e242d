"""A processed document → the rows the store holds for it (pure; runs in the worker).

The rows are built where the pipeline ran: a pool worker then inserts them itself, and a
Dask worker sends them, as a `StoredDocument` that pickles cheaply, to the client to insert.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any

from diarium.schemas import Change, Document, Record
from diarium.store.redact import redact_text, redact_value
from diarium.store.schema import FACT_TABLES
from diarium.version import PIPELINE_VERSION

Row = dict[str, Any]


@dataclass
class StoredDocument:
    path: str
    sha256: str
    document: Row
    pages: list[Row] = field(default_factory=list)
    corrections: list[Row] = field(default_factory=list)
    facts: dict[str, list[Row]] = field(default_factory=dict)

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


def stored_document(document: Document, repaired: str, changes: list[Change],
                    record: Record, *, redact: bool = False,
                    seconds: float | None = None) -> StoredDocument:
    """Everything the store keeps about one successfully processed document."""
    pages = page_rows(document, repaired)
    corrections = correction_rows(changes)
    record_data = record.model_dump(mode="json")
    redactions = 0
    if redact:
        raw_count = repaired_count = 0
        for page in pages:
            page["raw_text"], n_raw = redact_text(page["raw_text"])
            page["repaired_text"], n_repaired = redact_text(page["repaired_text"])
            raw_count, repaired_count = raw_count + n_raw, repaired_count + n_repaired
        corrections, _ = redact_value(corrections)
        record_data, _ = redact_value(record_data)
        redactions = max(raw_count, repaired_count)
    facts = fact_rows(record_data)
    row = {
        "path": document.path, "doc_id": record_data["doc_id"], "sha256": document.sha256,
        "kind": document.kind, "pages": len(pages), "doc_type": record_data["doc_type"],
        "authority": record_data["authority"], "date": record_data["date"],
        "title": record_data["title"], "mean_conf": document.mean_conf, "status": "ok",
        "error": None, "pipeline_version": PIPELINE_VERSION, "repaired": bool(changes),
        "changes": sum(c.applied for c in changes),
        "facts": sum(len(rows) for rows in facts.values()),
        "redacted": redact, "redactions": redactions, "seconds": seconds,
        "record": json.dumps(record_data, ensure_ascii=False),
    }
    return StoredDocument(document.path, document.sha256, row, pages, corrections, facts)


def failed_document(path: str, sha256: str, reason: str, *, redact: bool = False,
                    seconds: float | None = None) -> StoredDocument:
    """The row recording that a document could not be processed, and why."""
    row = {
        "path": path, "doc_id": None, "sha256": sha256, "kind": None, "pages": 0,
        "doc_type": None, "authority": None, "date": None, "title": None, "mean_conf": None,
        "status": "failed", "error": reason, "pipeline_version": PIPELINE_VERSION,
        "repaired": False, "changes": 0, "facts": 0, "redacted": redact, "redactions": 0,
        "seconds": seconds, "record": None,
    }
    return StoredDocument(path, sha256, row)
