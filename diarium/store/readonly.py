"""Opening the store for questions: a read-only connection (upgrading an older database
first), the error a query raises, and the plain read-only answers — failed documents, row
counts and arbitrary SQL run under the guard."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from diarium.errors import DiariumError, UsageError
from diarium.store.guard import Guard, GuardedConnection
from diarium.store.schema import SCHEMA_VERSION, TABLES
from diarium.store.writer import connect


class QueryError(DiariumError):
    """A query the store cannot answer (no database, bad SQL)."""


class BadQueryArgument(QueryError, UsageError):
    """A filter value that is not a date, interval or organisationsnummer (a usage error)."""


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A connection that cannot write: SQLite itself refuses (mode=ro), not our code; nor
    create files elsewhere (ATTACH, VACUUM INTO: see `guard`). A database from an older
    diarium has its schema upgraded first."""
    path = Path(path)
    if not path.exists():
        raise QueryError(str(path), "no such database (run `diarium run` first)")
    if path.is_dir():
        raise QueryError(str(path), "is a folder, not a database")
    upgrade(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               factory=GuardedConnection)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA query_only = ON")
        # Fail here, with the file's name, rather than in the middle of a query.
        conn.execute("SELECT 1 FROM documents LIMIT 1")
    except sqlite3.DatabaseError as err:
        raise QueryError(str(path), f"not a diarium database ({err})") from None
    conn.guard = Guard(conn)
    return conn


def upgrade(path: Path) -> None:
    """Migrate a database an older diarium wrote; leave anything else for the caller to judge."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return
    if 0 < version < SCHEMA_VERSION:
        try:
            connect(path).close()
        except DiariumError as err:
            raise QueryError(str(path), f"written by an older diarium and cannot be upgraded "
                                        f"here ({err.reason})") from None


def failures(conn: sqlite3.Connection) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT coalesce(given_path, path) AS path, error, sha256, pipeline_version, updated_at "
        "FROM documents "
        "WHERE status = 'failed' ORDER BY path")]


def run_sql(conn: sqlite3.Connection, sql: str, params: dict | list | None = None
            ) -> tuple[list[str], list[tuple]]:
    """Run one statement; return (column names, rows). Use a read-only connection."""
    guard = getattr(conn, "guard", None)
    if guard is not None:
        guard.refused = None
    try:
        cursor = conn.execute(sql, params or [])
        rows = cursor.fetchall()
    except sqlite3.Error as err:
        if guard is not None and guard.refused:
            raise QueryError(None, f"refused: {guard.refused}: the database is read-only "
                                   "to queries, and they may read only it") from None
        raise QueryError(None, f"SQL error: {err}") from None
    columns = [d[0] for d in cursor.description or []]
    return columns, [tuple(row) for row in rows]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table, for summaries."""
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
