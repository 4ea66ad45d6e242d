"""Switching a store to redaction: every text already in it masked, and no trace of the old
text left in any page of the file.

Masking the rows is not enough. The full-text indexes keep their own copy of every token, and
a document rewritten only adds "delete" markers to them: the old numbers stay readable in the
index's internal blocks. Freed pages keep their old bytes, and so does the write-ahead log.
So the switch masks every stored text in place, rebuilds both FTS indexes from the masked
text, zeroes freed pages (`secure_delete`), rewrites the file (VACUUM) and empties the log
(a TRUNCATE checkpoint). Only then is the store marked redacted; a write of unmasked text
clears the mark, and the next redacting run switches again.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from diarium.errors import StoreError
from diarium.redact import Redactor
from diarium.store.schema import TABLES
from diarium.store.writer import REDACTED_SETTING, connect, get_setting, set_setting

FTS_TABLES = ("pages_fts", "pages_folded_fts")
JSON_COLUMNS = frozenset({"record", "evidence"})
# Text columns that are no text of the document: hashes, versions, states, timestamps.
NOT_TEXT = frozenset({"sha256", "pipeline_version", "status", "kind", "source", "currency",
                      "created_at", "updated_at"})


@dataclass
class Switch:
    documents: int = 0      # documents whose stored text was masked now
    numbers: int = 0        # personnummer masked in them
    switched: bool = False  # False: the store was already redacted throughout


def text_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
            if (row[2] or "").upper() == "TEXT" and row[1] not in NOT_TEXT]


def masked(redactor: Redactor, column: str, value: object) -> object:
    if not isinstance(value, str):
        return value
    if column in JSON_COLUMNS:
        try:
            data = json.loads(value)
        except ValueError:
            return redactor.text(value)
        return json.dumps(redactor.value(data), ensure_ascii=False)
    return redactor.text(value)


def mask_rows(conn: sqlite3.Connection, redactor: Redactor, table: str, key: str,
              document_id: int) -> None:
    """Mask every text column of the rows of `table` whose `key` is the document."""
    columns = text_columns(conn, table)
    rows = conn.execute(f"SELECT id, {', '.join(columns)} FROM {table} WHERE {key} = ?",
                        (document_id,)).fetchall()
    assignments = ", ".join(f"{c} = ?" for c in columns)
    for row in rows:
        values = [masked(redactor, c, row[i + 1]) for i, c in enumerate(columns)]
        if values != list(row[1:]):
            conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values, row[0]])


def mask_document(conn: sqlite3.Connection, document_id: int) -> int:
    """Mask one stored document in place (pages first: they tell which numbers it holds);
    return how many numbers its text held. The FTS indexes are left stale: rebuild them."""
    redactor = Redactor()
    raw = repaired = 0
    for page_id, raw_text, repaired_text in conn.execute(
            "SELECT id, raw_text, repaired_text FROM pages WHERE document_id = ? ORDER BY number",
            (document_id,)).fetchall():
        before = redactor.masked
        new_raw = redactor.text(raw_text)
        middle = redactor.masked
        new_repaired = redactor.text(repaired_text)
        raw, repaired = raw + middle - before, repaired + redactor.masked - middle
        if (new_raw, new_repaired) != (raw_text, repaired_text):
            conn.execute("UPDATE pages SET raw_text = ?, repaired_text = ? WHERE id = ?",
                         (new_raw, new_repaired, page_id))
    for table in TABLES:
        if table != "pages":
            mask_rows(conn, redactor, table, "id" if table == "documents" else "document_id",
                      document_id)
    count = max(raw, repaired)
    conn.execute("UPDATE documents SET redacted = 1, redactions = ? WHERE id = ?",
                 (count, document_id))
    return count


def redact_store(db: str | Path) -> Switch:
    """Make the whole store redacted: see the module's docstring. Run it while no other
    process writes to the database (before a run starts its workers)."""
    conn = connect(db)
    result = Switch()
    try:
        if get_setting(conn, REDACTED_SETTING):
            return result
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for (document_id,) in conn.execute(
                    "SELECT id FROM documents WHERE redacted = 0").fetchall():
                result.numbers += mask_document(conn, document_id)
                result.documents += 1
            for fts in FTS_TABLES:
                conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("VACUUM")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise StoreError(str(db), "cannot empty the write-ahead log: another process has "
                                      "the database open (stop it, then run again)")
        conn.execute("BEGIN IMMEDIATE")
        set_setting(conn, REDACTED_SETTING, "1")
        conn.execute("COMMIT")
        result.switched = True
    except sqlite3.Error as err:
        raise StoreError(str(db), f"cannot switch the database to redaction: {err}") from None
    finally:
        conn.close()
    return result


__all__ = ["Switch", "redact_store"]
