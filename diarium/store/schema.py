"""The SQLite schema, versioned with `PRAGMA user_version` and applied by explicit migrations.

Each entry of MIGRATIONS takes the database from version i to i + 1; `migrate` applies the
missing ones in order, each in its own transaction, so a database is never half-migrated.

>>> import sqlite3
>>> conn = sqlite3.connect(":memory:")
>>> migrate(conn)
1
>>> conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
True
"""
from __future__ import annotations

import sqlite3

from diarium.errors import DiariumError

# One row of evidence per fact: where it was read (the first evidence item); all items in JSON.
EVIDENCE_COLUMNS = """
    page INTEGER,
    span_start INTEGER,
    span_end INTEGER,
    snippet TEXT,
    evidence TEXT
"""

FACT_TABLES: dict[str, str] = {
    "parties": "name TEXT NOT NULL, orgnr TEXT, orgnr_valid INTEGER, public INTEGER NOT NULL DEFAULT 0",
    "orgnrs": "orgnr TEXT NOT NULL, orgnr_valid INTEGER NOT NULL, name TEXT",
    "periods": "start_date TEXT NOT NULL, end_date TEXT NOT NULL, kind TEXT",
    "amounts": "value INTEGER NOT NULL, currency TEXT NOT NULL DEFAULT 'SEK', per TEXT, text TEXT",
    "decisions": "number INTEGER, text TEXT NOT NULL",
    "dnr": "dnr TEXT NOT NULL",
    "persons": "name TEXT NOT NULL, role TEXT, party TEXT",
    "legal_refs": "sfs TEXT, text TEXT NOT NULL",
}


def _fact_table(name: str, columns: str) -> str:
    return f"""
CREATE TABLE {name} (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    {columns},
    {EVIDENCE_COLUMNS}
);
CREATE INDEX {name}_document ON {name}(document_id);
"""


V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    doc_id TEXT,
    sha256 TEXT NOT NULL,
    kind TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    doc_type TEXT,
    authority TEXT,
    date TEXT,
    title TEXT,
    mean_conf REAL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    error TEXT,
    pipeline_version TEXT NOT NULL,
    repaired INTEGER NOT NULL DEFAULT 0,
    changes INTEGER NOT NULL DEFAULT 0,
    facts INTEGER NOT NULL DEFAULT 0,
    redacted INTEGER NOT NULL DEFAULT 0,
    redactions INTEGER NOT NULL DEFAULT 0,
    seconds REAL,
    record TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE INDEX documents_status ON documents(status);

CREATE TABLE pages (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    source TEXT,
    mean_conf REAL,
    raw_text TEXT NOT NULL,
    repaired_text TEXT NOT NULL,
    UNIQUE (document_id, number)
);

CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER, line INTEGER,
    span_start INTEGER, span_end INTEGER, new_start INTEGER, new_end INTEGER,
    original TEXT, replacement TEXT, confidence REAL, reason TEXT, applied INTEGER
);
CREATE INDEX corrections_document ON corrections(document_id);

-- Swedish: å, ä, ö are letters of their own, so diacritics are kept ("år" is not "ar").
CREATE VIRTUAL TABLE pages_fts USING fts5(
    repaired_text, content='pages', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0"
);
-- Opt-in folded search for unrepaired OCR, which often lost the dots and rings.
CREATE VIRTUAL TABLE pages_folded_fts USING fts5(
    raw_text, repaired_text, content='pages', content_rowid='id',
    tokenize="unicode61 remove_diacritics 2"
);
CREATE TRIGGER pages_ai AFTER INSERT ON pages BEGIN
    INSERT INTO pages_fts(rowid, repaired_text) VALUES (new.id, new.repaired_text);
    INSERT INTO pages_folded_fts(rowid, raw_text, repaired_text)
        VALUES (new.id, new.raw_text, new.repaired_text);
END;
CREATE TRIGGER pages_ad AFTER DELETE ON pages BEGIN
    INSERT INTO pages_fts(pages_fts, rowid, repaired_text)
        VALUES ('delete', old.id, old.repaired_text);
    INSERT INTO pages_folded_fts(pages_folded_fts, rowid, raw_text, repaired_text)
        VALUES ('delete', old.id, old.raw_text, old.repaired_text);
END;
""" + "".join(_fact_table(name, columns) for name, columns in FACT_TABLES.items()) + """
CREATE INDEX parties_orgnr ON parties(orgnr);
CREATE INDEX orgnrs_orgnr ON orgnrs(orgnr);
CREATE INDEX periods_dates ON periods(start_date, end_date);
"""

MIGRATIONS: list[str] = [V1]
SCHEMA_VERSION = len(MIGRATIONS)
# Tables a user sees (exports, Datasette); FTS shadow tables are internal.
TABLES = ["documents", "pages", "corrections", *FACT_TABLES]


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to SCHEMA_VERSION; return the version it is at."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise DiariumError(None, f"database schema version {version} is newer than this "
                                 f"diarium ({SCHEMA_VERSION}); upgrade diarium")
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the write lock: another process may have migrated meanwhile.
            if schema_version(conn) > number:
                conn.execute("COMMIT")
                continue
            for statement in split_statements(MIGRATIONS[number]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return schema_version(conn)


def split_statements(script: str) -> list[str]:
    """Split a script into complete statements (executescript would commit mid-way)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
