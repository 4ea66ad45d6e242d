"""What a read-only connection refuses beyond writes: statements that touch other files.

`mode=ro` stops writes to the database, but `ATTACH DATABASE '/anywhere/new.db'` opens (and
creates) another file, and `VACUUM INTO '/anywhere/copy.db'` writes one; a pragma can change
how the connection behaves. An SQLite authorizer refuses them when the statement is prepared,
before anything happens:

>>> import sqlite3
>>> conn = sqlite3.connect(":memory:")
>>> guard = Guard(conn)
>>> try:
...     conn.execute("ATTACH DATABASE '/tmp/elsewhere.db' AS x")
... except sqlite3.DatabaseError:
...     print(guard.refused)
ATTACH or VACUUM INTO (another database file)
>>> conn.execute("PRAGMA table_info(sqlite_master)").fetchone()[1]
'type'
"""
from __future__ import annotations

import sqlite3

# Pragmas that read about a table or index named in their argument.
INSPECTING_PRAGMAS = frozenset({
    "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo",
    "foreign_key_list", "integrity_check", "quick_check", "foreign_key_check", "table_list",
})
REFUSED = {
    sqlite3.SQLITE_ATTACH: "ATTACH or VACUUM INTO (another database file)",  # both attach
    sqlite3.SQLITE_DETACH: "DETACH",
}


class Guard:
    """The authorizer of one connection; `refused` says what it last refused, and why."""

    def __init__(self, conn: sqlite3.Connection):
        self.refused: str | None = None
        conn.set_authorizer(self)

    def __call__(self, action: int, arg1: str | None, arg2: str | None,
                 database: str | None, trigger: str | None) -> int:
        reason = REFUSED.get(action)
        if action == sqlite3.SQLITE_PRAGMA and arg2 is not None \
                and (arg1 or "").lower() not in INSPECTING_PRAGMAS:
            reason = f"PRAGMA {arg1} = … (changes the connection)"
        if reason is None:
            return sqlite3.SQLITE_OK
        self.refused = reason
        return sqlite3.SQLITE_DENY


class GuardedConnection(sqlite3.Connection):
    """A connection that carries its guard, to tell the user what was refused."""
    guard: Guard | None = None


__all__ = ["Guard", "GuardedConnection"]
