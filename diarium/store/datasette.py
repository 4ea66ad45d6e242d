"""Datasette metadata for a diarium database: descriptions, facets, and a canned query per
question researchers ask; and the command line that serves it read-only (immutable)."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

EVIDENCE = {
    "document_id": "documents.id of the document the fact was read from",
    "page": "1-based page of the (first) evidence",
    "span_start": "start offset of the evidence in the repaired document text",
    "span_end": "end offset (exclusive) of the evidence in the repaired document text",
    "snippet": "the repaired text the fact was read from",
    "evidence": "every evidence item as JSON (page, start, end, snippet, original)",
}

TABLES = {
    "documents": ("One row per input file: what it is, what was extracted, how processing went.", {
        "path": "the input file", "doc_id": "short id (the file name's prefix)",
        "sha256": "SHA-256 of the file's bytes", "kind": "text, pdf-text, pdf-scan, image, hocr or alto",
        "pages": "number of pages", "doc_type": "tjänsteutlåtande, avtal, protokoll, skrivelse, rapport, annat",
        "authority": "the nämnd or board", "date": "document or meeting date (ISO)",
        "title": "the document's title", "mean_conf": "mean OCR word confidence (0-1), empty if not OCR",
        "status": "ok or failed", "error": "why processing failed",
        "pipeline_version": "diarium pipeline version that produced the row",
        "repaired": "OCR repair changed the text", "changes": "number of repairs applied",
        "facts": "number of facts extracted",
        "redacted": "personnummer were masked (diarium run --redact-personnummer)",
        "redactions": "number of personnummer masked", "seconds": "processing time",
        "record": "the full fact record as JSON (diarium extract --json)",
    }, ["doc_type", "authority", "kind", "status"]),
    "pages": ("Text of every page, as read and after OCR repair (full-text searchable).", {
        "number": "1-based page number", "source": "text, text-layer, ocr, hocr or alto",
        "mean_conf": "mean OCR word confidence of the page", "raw_text": "the text as read",
        "repaired_text": "the text after OCR repair",
    }, ["source"]),
    "corrections": ("The OCR repair log: every change, with its reason and confidence.", {
        "original": "the text before", "replacement": "the text after",
        "reason": "why, e.g. 'confusion ä←d', 'hyphenation'",
        "applied": "0: logged only (below the confidence threshold)",
    }, ["reason", "applied"]),
    "parties": ("Organisations party to the agreement or partnership a document is about.", {
        "name": "organisation name", "orgnr": "organisationsnummer NNNNNN-NNNN",
        "orgnr_valid": "Luhn check of orgnr", "public": "the public party (förvaltning, nämnd, kommun)",
    }, ["orgnr", "name", "public"]),
    "orgnrs": ("Every organisationsnummer printed, valid or not.", {
        "orgnr": "NNNNNN-NNNN", "orgnr_valid": "Luhn check", "name": "name printed with it",
    }, ["orgnr", "orgnr_valid"]),
    "periods": ("Agreement, partnership and contract periods with both ends known.", {
        "start_date": "first day (ISO)", "end_date": "last day (ISO)",
        "kind": "partnerskap, avtal, samarbetsavtal, förlängning ...",
    }, ["kind"]),
    "amounts": ("Amounts of money, whole kronor.", {
        "value": "whole kronor", "currency": "SEK", "per": "what the amount is per, e.g. 'år'",
        "text": "the amount as printed",
    }, ["per"]),
    "decisions": ("The proposed or taken decisions (förslag till beslut / beslut).", {
        "number": "item number, empty for a single decision", "text": "the decision",
    }, []),
    "dnr": ("Diarienummer printed in the document.", {"dnr": "as printed, whitespace removed"}, ["dnr"]),
    "persons": ("Named people with their role or party.", {
        "name": "the person", "role": "title or role", "party": "political party abbreviation",
    }, ["role", "party"]),
    "legal_refs": ("References to statutes: SFS numbers, chapter and section.", {
        "sfs": "SFS number, e.g. 2018:672", "text": "the reference as written",
    }, ["sfs"]),
}

QUERIES = {
    "agreements_of_orgnr_in_year": {
        "title": "Agreements of an organisation (orgnr) with a period overlapping a year",
        "sql": """SELECT d.doc_id, d.title, d.doc_type, d.date, p.kind, p.start_date, p.end_date,
  (SELECT group_concat(a.value, '; ') FROM amounts a WHERE a.document_id = d.id) AS amounts,
  d.path
FROM documents d JOIN periods p ON p.document_id = d.id
WHERE d.id IN (SELECT document_id FROM parties WHERE orgnr = :orgnr
               UNION SELECT document_id FROM orgnrs WHERE orgnr = :orgnr)
  AND p.start_date <= :year || '-12-31' AND p.end_date >= :year || '-01-01'
ORDER BY p.start_date, d.doc_id""",
    },
    "documents_of_organisation": {
        "title": "Documents naming an organisation as a party (name contains)",
        "sql": """SELECT d.doc_id, d.title, d.doc_type, d.date, x.name, x.orgnr, d.path
FROM parties x JOIN documents d ON d.id = x.document_id
WHERE x.name LIKE '%' || :name || '%' ORDER BY d.date, d.doc_id""",
    },
    "search_text": {
        "title": "Full-text search of the repaired text (å, ä, ö distinct)",
        "sql": """SELECT d.doc_id, p.number AS page,
  snippet(pages_fts, 0, '[', ']', '…', 12) AS snippet, d.path
FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid JOIN documents d ON d.id = p.document_id
WHERE pages_fts MATCH :text ORDER BY rank LIMIT 100""",
    },
    "amounts_at_least": {
        "title": "Amounts of at least a sum, with document and organisations",
        "sql": """SELECT d.doc_id, a.value, a.per, a.snippet,
  (SELECT group_concat(x.name, '; ') FROM parties x WHERE x.document_id = d.id) AS parties, d.path
FROM amounts a JOIN documents d ON d.id = a.document_id
WHERE a.value >= CAST(:min_amount AS INTEGER) ORDER BY a.value DESC""",
    },
    "decisions_of_authority": {
        "title": "Decisions of a nämnd (authority contains)",
        "sql": """SELECT d.doc_id, d.date, d.authority, x.number, x.text, d.path
FROM decisions x JOIN documents d ON d.id = x.document_id
WHERE d.authority LIKE '%' || :authority || '%' ORDER BY d.date, d.doc_id, x.number""",
    },
    "failures": {
        "title": "Documents that could not be processed, and why",
        "sql": "SELECT path, error, updated_at FROM documents WHERE status = 'failed' ORDER BY path",
    },
}


def metadata(database_name: str) -> dict[str, Any]:
    """Datasette metadata for a database served under `database_name` (its file stem)."""
    tables: dict[str, dict[str, Any]] = {}
    for name, (description, columns, facets) in TABLES.items():
        entry: dict[str, Any] = {"description": description,
                 "columns": columns | (EVIDENCE if name not in ("documents", "pages") else {})}
        if facets:
            entry["facets"] = facets
        tables[name] = entry
    tables["pages"] |= {"fts_table": "pages_fts", "fts_pk": "id"}
    for hidden in ("pages_fts", "pages_folded_fts"):
        tables[hidden] = {"hidden": True}
    return {
        "title": "diarium",
        "description": "Swedish public-archive documents: text, OCR repairs and extracted facts.",
        "databases": {database_name: {"tables": tables, "queries": QUERIES}},
    }


def prepare(db: Path) -> None:
    """Fold the write-ahead log into the database file: an immutable reader never sees the WAL."""
    conn = sqlite3.connect(str(db), isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def serve_arguments(db: Path, metadata_file: Path, host: str, port: int) -> list[str]:
    """Arguments for `datasette`: the database immutable, so nothing can write to it."""
    return ["serve", "-i", str(db), "--host", host,
            "--port", str(port), "--metadata", str(metadata_file),
            "--setting", "sql_time_limit_ms", "5000"]
