"""Opening the database and writing documents: one document, one transaction.

The connection runs in autocommit mode with explicit BEGIN/COMMIT, WAL journaling and
foreign keys on. A process killed in the middle of `write` leaves either the old state of
that document or the new one, never a mix, so a rerun can trust what it finds.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from diarium.errors import StoreError
from diarium.store.rows import Row, StoredDocument, path_key
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
    """Store `stored` in place of what the store holds for the same content, or for the same
    file (when its path is not masked), atomically; return its id."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        replaced = replaced_rows(conn, stored)
        if replaced:
            marks = ", ".join("?" for _ in replaced)
            conn.execute(f"DELETE FROM documents WHERE id IN ({marks})", [r[0] for r in replaced])
        row = dict(stored.document)
        if replaced:
            row["created_at"] = min(r[1] for r in replaced)
        document_id = insert(conn, "documents", row)
        insert_many(conn, "pages", document_id, stored.pages)
        insert_many(conn, "corrections", document_id, stored.corrections)
        for table, rows in stored.facts.items():
            insert_many(conn, table, document_id, rows)
        if not row.get("redacted"):
            set_setting(conn, REDACTED_SETTING, None)  # the file holds unmasked text again
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return document_id


def replaced_rows(conn: sqlite3.Connection, stored: StoredDocument) -> list[tuple[int, str]]:
    """(id, created_at) of the rows `stored` replaces: the same bytes under any path; and
    what was stored for this file before its bytes changed, unless the path is masked (then
    two files may share it)."""
    clauses, params = [], []
    if stored.sha256:
        clauses.append("sha256 = ?")
        params.append(stored.sha256)
    if stored.exact_path:
        clauses.append("path = ?")
        params.append(stored.document["path"])
    if not clauses:
        return []
    return [(r[0], r[1]) for r in conn.execute(
        f"SELECT id, created_at FROM documents WHERE {' OR '.join(clauses)}", params)]


def is_current(conn: sqlite3.Connection, path: str, sha256: str,
               version: str = PIPELINE_VERSION, redact: bool | None = None) -> bool:
    """True when these bytes are stored, processed successfully by the same pipeline, and
    nothing else is stored for this file: the same file under another spelling of its path
    (`docs`, `$PWD/docs`, `.`), a link to it or a copy of it is not processed again.

    A redacting run also redoes documents stored unredacted (and the reverse), so the
    redacted flag always tells the truth about the text in the store.
    """
    if not sha256:
        return False
    row = conn.execute(
        "SELECT pipeline_version, status, redacted FROM documents WHERE sha256 = ?",
        (sha256,)).fetchone()
    if not (row and row["pipeline_version"] == version and row["status"] == "ok"
            and (redact is None or bool(row["redacted"]) == redact)):
        return False
    # This file held other bytes before: its old row must go, so process it again.
    key, exact = path_key(path, bool(redact))
    return not exact or conn.execute(
        "SELECT 1 FROM documents WHERE path = ? AND sha256 <> ? LIMIT 1",
        (key, sha256)).fetchone() is None


# --- settings ---------------------------------------------------------------------------------

REDACTED_SETTING = "redacted"  # set when every text in the file, FTS index included, is masked


def get_setting(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def set_setting(conn: sqlite3.Connection, name: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM settings WHERE name = ?", (name,))
    else:
        conn.execute("INSERT INTO settings (name, value) VALUES (?, ?) "
                     "ON CONFLICT (name) DO UPDATE SET value = excluded.value", (name, value))
