"""The SQLite schema, versioned with `PRAGMA user_version` and applied by explicit migrations.

Each entry of MIGRATIONS takes the database from version i to i + 1; `migrate` applies the
missing ones in order, each in its own transaction, so a database is never half-migrated.

>>> import sqlite3
>>> conn = sqlite3.connect(":memory:")
>>> migrate(conn)
2
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

# Version 2: a document is its content. The path is no longer the key (a redacted path is
# masked, so two files may show the same one): one row per sha256, the path stored resolved and
# as given. Duplicates an older diarium stored under several spellings of one path are merged
# into the newest row. `settings` remembers whether the whole file is redacted.
DOCUMENT_COLUMNS = """
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    given_path TEXT,
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
"""
V1_COLUMNS = ("id, path, doc_id, sha256, kind, pages, doc_type, authority, date, title, mean_conf, "
              "status, error, pipeline_version, repaired, changes, facts, redacted, redactions, "
              "seconds, record, created_at, updated_at")
CHILD_TABLES = ["pages", "corrections", *FACT_TABLES]
V2 = f"""
CREATE TEMP TABLE merged AS SELECT id FROM (
    SELECT id, row_number() OVER (PARTITION BY sha256
        ORDER BY status = 'ok' DESC, updated_at DESC, id DESC) AS n
    FROM documents WHERE sha256 <> '') WHERE n > 1;
""" + "".join(f"DELETE FROM {t} WHERE document_id IN (SELECT id FROM temp.merged);\n"
              for t in CHILD_TABLES) + f"""
DELETE FROM documents WHERE id IN (SELECT id FROM temp.merged);
DROP TABLE temp.merged;
CREATE TABLE documents_v2 ({DOCUMENT_COLUMNS});
INSERT INTO documents_v2 ({V1_COLUMNS}, given_path) SELECT {V1_COLUMNS}, path FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v2 RENAME TO documents;
CREATE UNIQUE INDEX documents_content ON documents(sha256) WHERE sha256 <> '';
CREATE INDEX documents_path ON documents(path);
CREATE INDEX documents_status ON documents(status);
CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT);
"""

MIGRATIONS: list[str] = [V1, V2]
SCHEMA_VERSION = len(MIGRATIONS)

# Tables a user sees (exports, Datasette); FTS shadow tables and settings are internal.
TABLES = ["documents", "pages", "corrections", *FACT_TABLES]


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to SCHEMA_VERSION; return the version it is at."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise DiariumError(None, f"database schema version {version} is newer than this "
                                 f"diarium ({SCHEMA_VERSION}); upgrade diarium")
    if version == SCHEMA_VERSION:
        return version
    # A table is rebuilt by copying it, dropping the old one and renaming: with foreign keys on,
    # the drop would delete every page and fact of every document. (Settable outside a
    # transaction only.)
    foreign_keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for number in range(version, SCHEMA_VERSION):
            apply_migration(conn, number)
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    return schema_version(conn)


def apply_migration(conn: sqlite3.Connection, number: int) -> None:
    """Take the database from version `number` to `number + 1` in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read inside the write lock: another process may have migrated meanwhile.
        if schema_version(conn) > number:
            conn.execute("COMMIT")
            return
        for statement in split_statements(MIGRATIONS[number]):
            conn.execute(statement)
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise DiariumError(None, f"migration to schema version {number + 1} broke a "
                                     "reference between tables; the database is unchanged")
        conn.execute(f"PRAGMA user_version = {number + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


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
