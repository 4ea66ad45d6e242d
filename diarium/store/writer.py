"""Opening the database and writing documents: one document, one transaction.

The connection runs in autocommit mode with explicit BEGIN/COMMIT, WAL journaling and
foreign keys on. A process killed in the middle of `write` leaves either the old state of
that document or the new one, never a mix, so a rerun can trust what it finds.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from diarium.errors import StoreError
from diarium.store.rows import Row, StoredDocument
from diarium.store.schema import migrate
from diarium.version import PIPELINE_VERSION

DEFAULT_DB = "diarium.db"


def connect(path: str | Path = DEFAULT_DB) -> sqlite3.Connection:
    """Open (and migrate) a diarium database for writing."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=60)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL is crash-safe in WAL mode for a killed process; only a power cut may lose the
        # last commits, which a rerun then simply redoes.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except sqlite3.DatabaseError as err:
        raise StoreError(str(path), f"cannot open the database: {err}") from None
    return conn


def insert(conn: sqlite3.Connection, table: str, row: Row) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    rowid = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})",
                         list(row.values())).lastrowid
    assert rowid is not None            # an INSERT always sets it
    return rowid


def insert_many(conn: sqlite3.Connection, table: str, document_id: int, rows: list[Row]) -> None:
    if not rows:
        return
    columns = ["document_id", *rows[0]]
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    conn.executemany(sql, [[document_id, *row.values()] for row in rows])


def write(conn: sqlite3.Connection, stored: StoredDocument) -> int:
    """Replace whatever is stored for this path with `stored`, atomically; return its id."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        created = conn.execute("SELECT created_at FROM documents WHERE path = ?",
                               (stored.path,)).fetchone()
        conn.execute("DELETE FROM documents WHERE path = ?", (stored.path,))
        row = dict(stored.document)
        if created:
            row["created_at"] = created[0]
        document_id = insert(conn, "documents", row)
        insert_many(conn, "pages", document_id, stored.pages)
        insert_many(conn, "corrections", document_id, stored.corrections)
        for table, rows in stored.facts.items():
            insert_many(conn, table, document_id, rows)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return document_id


def is_current(conn: sqlite3.Connection, path: str, sha256: str,
               version: str = PIPELINE_VERSION, redact: bool | None = None) -> bool:
    """True when `path` is stored, processed successfully, from the same bytes and pipeline.

    A redacting run also redoes documents stored unredacted (and the reverse), so the
    redacted flag always tells the truth about the text in the store.
    """
    row = conn.execute(
        "SELECT sha256, pipeline_version, status, redacted FROM documents WHERE path = ?",
        (path,)).fetchone()
    return bool(row) and row["sha256"] == sha256 and row["pipeline_version"] == version \
        and row["status"] == "ok" and (redact is None or bool(row["redacted"]) == redact)
