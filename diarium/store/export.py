"""Every user-facing table → one file per table: CSV, JSON lines or Parquet (pyarrow).

Each file is written under a temporary name in the same folder and renamed when complete:
an export killed midway leaves no file that looks finished (only a `.partial` one), and a
rerun replaces the old files whole.
"""
from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path

from diarium.errors import StoreError
from diarium.store.schema import TABLES

FORMATS = ("csv", "jsonl", "parquet")
BATCH_ROWS = 5000


def column_types(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], (row[2] or "").upper()) for row in conn.execute(f"PRAGMA table_info({table})")]


def batches(conn: sqlite3.Connection, table: str):
    cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    while rows := cursor.fetchmany(BATCH_ROWS):
        yield rows


def write_csv(conn: sqlite3.Connection, table: str, out: Path) -> None:
    columns = [name for name, _ in column_types(conn, table)]
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        for rows in batches(conn, table):
            writer.writerows(tuple(row) for row in rows)


def write_jsonl(conn: sqlite3.Connection, table: str, out: Path) -> None:
    columns = [name for name, _ in column_types(conn, table)]
    with out.open("w", encoding="utf-8") as f:
        for rows in batches(conn, table):
            for row in rows:
                f.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False) + "\n")


def arrow_schema(conn: sqlite3.Connection, table: str):
    import pyarrow as pa
    kinds = {"INTEGER": pa.int64(), "REAL": pa.float64()}
    return pa.schema([(name, kinds.get(kind, pa.string())) for name, kind in column_types(conn, table)])


def write_parquet(conn: sqlite3.Connection, table: str, out: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = arrow_schema(conn, table)
    with pq.ParquetWriter(out, schema) as writer:
        wrote = False
        for rows in batches(conn, table):
            columns = list(zip(*rows))
            writer.write_table(pa.table(
                [pa.array(list(values), type=field.type) for values, field in zip(columns, schema)],
                schema=schema))
            wrote = True
        if not wrote:
            writer.write_table(schema.empty_table())


WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet}


def export(conn: sqlite3.Connection, out_dir: str | Path, fmt: str = "csv") -> list[Path]:
    """Write every table to OUT_DIR/<table>.<fmt>; return the files written."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    out_dir = Path(out_dir)
    written = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            out = out_dir / f"{table}.{fmt}"
            write_whole(conn, table, out, fmt)
            written.append(out)
    except OSError as err:
        raise StoreError(str(err.filename or out_dir), f"cannot write the export: {err.strerror}") from None
    return written


def write_whole(conn: sqlite3.Connection, table: str, out: Path, fmt: str) -> None:
    """Write `out` under a temporary name, flush it to disk, then rename it into place."""
    partial = out.with_name(f".{out.name}.partial")
    try:
        WRITERS[fmt](conn, table, partial)
        with partial.open("rb+") as f:
            os.fsync(f.fileno())
        if out.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(out))
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
