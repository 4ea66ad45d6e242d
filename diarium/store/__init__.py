"""The store: one SQLite database holding documents, pages, OCR repairs and facts with evidence.

>>> from diarium.store import connect, stored_document, write, search
>>> conn = connect(":memory:")
>>> conn.execute("SELECT count(*) FROM documents").fetchone()[0]
0

The Python API does the work; `diarium run/search/facts/sql/export/serve` only call it.
"""
from diarium.store.export import FORMATS, export
from diarium.store.fact_queries import DocumentFacts, FactFilter, facts, parse_during
from diarium.store.queries import Hit, search
from diarium.store.readonly import QueryError, failures, open_readonly, run_sql
from diarium.store.redaction import Switch, redact_store
from diarium.store.rows import StoredDocument, failed_document, stored_document
from diarium.store.schema import SCHEMA_VERSION, TABLES, migrate
from diarium.store.writer import DEFAULT_DB, connect, is_current, write

__all__ = [
    "DEFAULT_DB", "DocumentFacts", "FORMATS", "FactFilter", "Hit", "QueryError", "SCHEMA_VERSION",
    "StoredDocument", "Switch", "TABLES", "connect", "export", "failed_document", "failures",
    "facts", "is_current", "migrate", "open_readonly", "parse_during", "redact_store", "run_sql",
    "search", "stored_document", "write",
]
