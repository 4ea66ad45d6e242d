"""The store under misuse: an older store with one document stored three times, queries that
try to create files, exports killed midway, files whose names differ only in a personnummer."""
from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

import pytest

from diarium.ingest.text import document_from_string
from diarium.schemas import Record
from diarium.store import (QueryError, connect, export, failed_document, is_current, open_readonly,
                           redact_store, run_sql, search, stored_document, write)
from diarium.store.schema import MIGRATIONS, SCHEMA_VERSION, split_statements
from planted import planted

TEXT = "Socialnämnden beslutar att bevilja bistånd till föreningen."


def document(path: str, text: str = TEXT):
    return document_from_string(text, path=path)


def store(conn: sqlite3.Connection, path: str, text: str = TEXT, redact: bool = False) -> int:
    doc = document(path, text)
    return write(conn, stored_document(doc, doc.text, [], Record(doc_id="x"), redact=redact))


def version_1_store(db: Path) -> None:
    """A store as diarium wrote it before documents were identified by content: the same
    bytes under three spellings of one path, three times over."""
    conn = sqlite3.connect(db, isolation_level=None)
    for statement in split_statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    for n, path in enumerate(["docs/a.txt", "/arkiv/docs/a.txt", "./a.txt"]):
        conn.execute("INSERT INTO documents (path, sha256, status, pipeline_version, updated_at) "
                     "VALUES (?, 'abc', 'ok', 'v', ?)", (path, f"2024-01-0{n + 1}"))
        conn.execute("INSERT INTO pages (document_id, number, raw_text, repaired_text) "
                     "VALUES (?, 1, ?, ?)", (n + 1, f"sida {n}", f"sida {n} beslut"))
    conn.execute("INSERT INTO documents (path, sha256, status, pipeline_version) "
                 "VALUES ('b.txt', 'def', 'ok', 'v')")
    conn.close()


def test_an_older_store_is_migrated_keeping_one_row_per_content(tmp_path):
    db = tmp_path / "old.db"
    version_1_store(db)
    conn = connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    rows = conn.execute("SELECT path, given_path, sha256 FROM documents ORDER BY sha256").fetchall()
    assert [tuple(r) for r in rows] == [("./a.txt", "./a.txt", "abc"), ("b.txt", "b.txt", "def")]
    assert [r[0] for r in conn.execute("SELECT repaired_text FROM pages")] == ["sida 2 beslut"]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO pages_fts(pages_fts) VALUES ('integrity-check')")
    assert len(search(conn, "beslut")) == 1


def test_a_query_command_upgrades_an_older_store(tmp_path):
    db = tmp_path / "old.db"
    version_1_store(db)
    conn = open_readonly(db)
    assert run_sql(conn, "SELECT count(*) FROM documents")[1] == [(2,)]


def test_the_same_bytes_under_another_name_are_current(tmp_path):
    conn = connect(tmp_path / "a.db")
    store(conn, str(tmp_path / "a.txt"))
    sha = document("x").sha256
    assert is_current(conn, str(tmp_path / "a.txt"), sha)
    assert is_current(conn, str(tmp_path / "kopia.txt"), sha)          # a copy: already stored
    assert not is_current(conn, str(tmp_path / "kopia.txt"), sha, redact=True)
    store(conn, str(tmp_path / "a.txt"), TEXT + " Nu ändrad.")       # the file changed
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert not is_current(conn, str(tmp_path / "a.txt"), sha)


def test_files_whose_names_differ_only_in_a_personnummer_are_both_kept(tmp_path):
    conn = connect(tmp_path / "a.db")
    first, second = planted(first=60)[:2]
    for number, text in ((first, TEXT), (second, TEXT + " Annan akt.")):
        store(conn, str(tmp_path / f"akt {number.digits[:6]}-{number.digits[6:]}.txt"), text,
              redact=True)
    paths = [r[0] for r in conn.execute("SELECT given_path FROM documents")]
    assert len(paths) == 2 and len(set(paths)) == 1 and "XXXXXX-XXXX" in paths[0]
    failed = failed_document(str(tmp_path / f"{first.digits}.pdf"), "",
                             f"cannot read {first.digits}.pdf", redact=True)
    assert first.digits not in repr(failed.document) and failed.path.endswith("XXXXXXXXXX.pdf")


def test_switching_to_redaction_masks_in_place_and_only_once(tmp_path):
    db = tmp_path / "a.db"
    number = planted(first=70)[0]
    conn = connect(db)
    store(conn, str(tmp_path / "a.txt"), f"{TEXT} Klient {number.written}.")
    conn.close()
    first = redact_store(db)
    assert (first.switched, first.documents, first.numbers) == (True, 1, 1)
    again = redact_store(db)
    assert (again.switched, again.documents) == (False, 0)      # marked: nothing to do
    conn = connect(db)
    text = conn.execute("SELECT repaired_text FROM pages").fetchone()[0]
    assert number.written not in text and "XXXXXX-XXXX" in text
    assert is_current(conn, str(tmp_path / "a.txt"), document("x", f"{TEXT} Klient "
                                                              f"{number.written}.").sha256, redact=True)
    store(conn, str(tmp_path / "b.txt"), TEXT + " Ny.")       # unmasked text written again
    conn.close()
    assert redact_store(db).switched


@pytest.mark.parametrize("statement", [
    "ATTACH DATABASE '{dir}/new.db' AS x",
    "VACUUM INTO '{dir}/copy.db'",
    "PRAGMA journal_mode = DELETE",
])
def test_sql_cannot_create_files_or_change_the_store(tmp_path, statement):
    db = tmp_path / "a.db"
    store(connect(db), str(tmp_path / "a.txt"))
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(QueryError, match="refused"):
        run_sql(open_readonly(db), statement.format(dir=tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_sql_may_still_read_inspect_and_search(tmp_path):
    db = tmp_path / "a.db"
    store(connect(db), str(tmp_path / "a.txt"))
    conn = open_readonly(db)
    assert run_sql(conn, "PRAGMA table_info(documents)")[1][1][1] == "path"
    assert run_sql(conn, "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'bistånd'")[1] == [(1,)]
    assert len(search(conn, "föreningen")) == 1


def test_an_export_killed_midway_leaves_no_file_that_looks_complete(tmp_path, monkeypatch):
    db = tmp_path / "a.db"
    store(connect(db), str(tmp_path / "a.txt"))
    out = tmp_path / "export"
    complete = export(open_readonly(db), out, "csv")
    old = {p.name: p.read_bytes() for p in complete}

    def dies_midway(conn, table, path):
        path.write_text("id,path\n1,", "utf-8")
        raise OSError(28, "No space left on device", str(path))

    writers = importlib.import_module("diarium.store.export").WRITERS
    monkeypatch.setitem(writers, "csv", dies_midway)
    with pytest.raises(Exception, match="No space left"):
        export(open_readonly(db), out, "csv")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == old   # the last complete export
