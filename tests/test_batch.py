"""`diarium run` end to end: the samples, a corrupt file, kill -9 and resume, Dask."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diarium.batch import run, walk
from diarium.store import FactFilter, connect, facts, search

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GENERATED = SAMPLES / "generated"
DIARIUM = [sys.executable, "-c", "from diarium.cli import main; main()"]
STADSMISSION = "802003-1954"
# Columns that differ between two runs of the same input for reasons other than content.
VOLATILE = {"id", "document_id", "created_at", "updated_at", "seconds"}


def seeds() -> list[Path]:
    return sorted(SAMPLES.glob("00[0-4]_*.txt"))


def born_digital() -> list[Path]:
    """Generated inputs that need no OCR: PDFs with a text layer, hOCR and ALTO."""
    names = ["000.pdf", "001.pdf", "004.pdf", "004.p1.hocr", "004.p1.xml"]
    return [GENERATED / n for n in names if (GENERATED / n).exists()]


def make_tree(root: Path, copies: int) -> list[Path]:
    """Variations of the seeds in nested folders: a line added (new bytes), some split into
    pages with form feeds, plus a hidden file and a ground-truth file that must be left out."""
    texts = [p.read_text("utf-8") for p in seeds()]
    files = []
    for i in range(copies):
        text = texts[i % len(texts)] + f"\n\nKopia nummer {i}.\n"
        if i % 3 == 0:
            lines = text.split("\n")
            text = "\n".join(lines[: len(lines) // 2]) + "\f" + "\n".join(lines[len(lines) // 2:])
        path = root / f"del{i % 3}" / f"{i:03d}_kopia.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        files.append(path)
    (root / "del0" / ".hidden.txt").write_text("dold", "utf-8")
    (root / "del1" / "000_kopia.gt.txt").write_text("facit", "utf-8")
    return sorted(files)


def table_rows(db: Path, table: str) -> list[tuple]:
    """Table content without ids and timestamps, keyed by document path, sorted."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    sql = (f"SELECT d.path AS doc_path, t.* FROM {table} t JOIN documents d ON d.id = t.document_id"
           if table != "documents" else "SELECT * FROM documents")
    rows = [tuple((k, row[k]) for k in row.keys() if k not in VOLATILE) for row in conn.execute(sql)]
    conn.close()
    return sorted(rows, key=repr)


STORE_TABLES = ["documents", "pages", "corrections", "parties", "orgnrs", "periods", "amounts",
                "decisions", "dnr", "persons", "legal_refs"]


def test_walk_skips_hidden_ground_truth_and_unsupported(tmp_path):
    files = make_tree(tmp_path, 6)
    (tmp_path / "del2" / "notes.json").write_text("{}", "utf-8")
    assert walk([tmp_path]) == sorted(files, key=lambda p: (str(p.parent), p.name))
    explicit = tmp_path / "del1" / "000_kopia.gt.txt"
    assert walk([explicit]) == [explicit]  # a file named explicitly is always taken


def test_a_diariumignore_file_leaves_out_derived_copies(tmp_path):
    files = make_tree(tmp_path, 6)
    (tmp_path / ".diariumignore").write_text("# copies\ndel1/\ndel0/003_*\n", "utf-8")
    kept = [p for p in files if p.parent.name != "del1" and p.name != "003_kopia.txt"]
    assert walk([tmp_path]) == sorted(kept, key=lambda p: (str(p.parent), p.name))
    assert walk([tmp_path / "del1"]) == sorted(p for p in files if p.parent.name == "del1")


def test_the_samples_folder_holds_each_document_once():
    """What `make run` stores: the seeds; their scans, PDFs and edited versions are left out."""
    assert walk([SAMPLES]) == seeds()


def test_run_over_the_samples_stores_and_answers_queries(tmp_path):
    db = tmp_path / "samples.db"
    inputs = seeds() + born_digital()
    summary = run(inputs, db, workers=2)
    assert summary.failed == 0, summary.failures
    assert summary.documents == len(inputs) and summary.skipped == 0
    conn = connect(db)
    assert conn.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0] == len(inputs)
    assert summary.pages == conn.execute("SELECT count(*) FROM pages").fetchone()[0]
    assert summary.facts > 0

    found = facts(conn, FactFilter(orgnr=STADSMISSION))
    assert {f.doc_id for f in found} == {"001", "002", "004"}
    assert {f.doc_id for f in facts(conn, FactFilter(orgnr=STADSMISSION, during="2020"))} == {"004"}
    assert "001" in {f.doc_id for f in facts(conn, FactFilter(org="Stockholms stadsmission",
                                                                during="2024-03"))}
    assert "001" in {h.doc_id for h in search(conn, "gymnasielagen")}
    conn.close()

    again = run(inputs, db, workers=2)
    assert (again.documents, again.skipped, again.failed) == (0, len(inputs), 0)


def test_a_corrupt_file_fails_alone_and_is_updated_once_fixed(tmp_path):
    tree = tmp_path / "arkiv"
    tree.mkdir()
    first, last = seeds()[0], seeds()[4]
    shutil.copy(first, tree / "a.txt")
    (tree / "b.pdf").write_bytes(b"\x00\x01 this is not a PDF at all" * 20)
    (tree / "c.txt").write_bytes(b"\x00\xff\x00\xfe" * 100)
    shutil.copy(last, tree / "d.txt")
    db = tmp_path / "a.db"
    result = subprocess.run([*DIARIUM, "run", str(tree), "--db", str(db), "--workers", "2"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert f"diarium: {tree / 'b.pdf'}: " in result.stderr
    assert "2 documents" in result.stdout and "2 failed" in result.stdout

    listed = subprocess.run([*DIARIUM, "failures", "--db", str(db), "--json"],
                            capture_output=True, text=True, timeout=60)
    failures = {Path(f["path"]).name: f["error"] for f in json.loads(listed.stdout)}
    assert set(failures) == {"b.pdf", "c.txt"}
    assert "PDF" in failures["b.pdf"] and "binary" in failures["c.txt"]

    shutil.copy(seeds()[1], tree / "c.txt")  # the file is replaced by a good one
    summary = run([tree], db, workers=0)
    assert (summary.documents, summary.failed, summary.skipped) == (1, 1, 2)
    conn = connect(db)
    status = dict(conn.execute("SELECT path, status FROM documents"))
    assert status == {str(tree / "a.txt"): "ok", str(tree / "b.pdf"): "failed",
                      str(tree / "c.txt"): "ok", str(tree / "d.txt"): "ok"}


def kill_run_at_random(tree: Path, db: Path, total: int, rng: random.Random) -> None:
    """Start `diarium run --workers 2` and kill -9 it at a random point of the batch: once a
    random number of further documents is stored, plus a random few milliseconds."""
    before = stored_count(db) if db.exists() else 0
    target = before + rng.randint(1, max(1, (total - before) // 2))
    process = subprocess.Popen([*DIARIUM, "run", str(tree), "--db", str(db), "--workers", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 90
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if db.exists() and stored_count(db) >= target:
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # the orphaned pool workers
        except (ProcessLookupError, PermissionError):
            pass
        process.wait()


def stored_count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_kill_9_at_random_moments_then_rerun_stores_every_document_once(tmp_path):
    tree = tmp_path / "arkiv"
    files = make_tree(tree, 24)
    db = tmp_path / "killed.db"
    rng = random.Random(20240501)
    counts = []
    for _ in range(3):
        kill_run_at_random(tree, db, len(files), rng)
        counts.append(stored_count(db))
    conn = sqlite3.connect(db)
    survivors = dict(conn.execute("SELECT path, id FROM documents WHERE status = 'ok'"))
    conn.close()
    assert 0 < counts[0] and counts[-1] < len(files), counts  # the kills did interrupt

    final = subprocess.run([*DIARIUM, "run", str(tree), "--db", str(db), "--workers", "2"],
                           capture_output=True, text=True, timeout=180)
    assert final.returncode == 0, final.stderr
    assert f"{len(survivors)} skipped" in final.stdout

    conn = sqlite3.connect(db)
    paths = [row[0] for row in conn.execute("SELECT path FROM documents")]
    assert sorted(paths) == sorted(map(str, files))  # each exactly once, nothing else
    assert {r[0] for r in conn.execute("SELECT DISTINCT status FROM documents")} == {"ok"}
    for path, document_id in survivors.items():  # stored before the kill: kept, not redone
        assert conn.execute("SELECT id FROM documents WHERE path = ?", (path,)).fetchone()[0] == document_id
    for path, pages in conn.execute("SELECT path, pages FROM documents"):
        assert pages == Path(path).read_text("utf-8").count("\f") + 1
        stored = conn.execute("SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id "
                              "WHERE d.path = ?", (path,)).fetchone()[0]
        assert stored == pages
    conn.execute("INSERT INTO pages_fts(pages_fts) VALUES ('integrity-check')")
    conn.close()

    reference = tmp_path / "clean.db"
    run([tree], reference, workers=0)
    for table in STORE_TABLES:
        assert table_rows(db, table) == table_rows(reference, table), table


def test_dask_local_cluster_gives_the_same_store_as_the_local_pool(tmp_path):
    pytest.importorskip("distributed")
    inputs = seeds()
    local_db, dask_db = tmp_path / "local.db", tmp_path / "dask.db"
    local = run(inputs, local_db, workers=0)
    distributed = run(inputs, dask_db, workers=2, dask="local")
    assert (distributed.documents, distributed.failed) == (local.documents, local.failed) == (5, 0)
    for table in STORE_TABLES:
        assert table_rows(dask_db, table) == table_rows(local_db, table), table


def test_run_with_redaction_masks_personnummer_and_records_it(tmp_path):
    akt = tmp_path / "akt.txt"
    akt.write_text("Socialnämnden\nBeslut om bistånd för Anna Berg, 19121212-1212.\n"
                   "Stockholms stadsmission, organisationsnummer 802003-1954.\n", "utf-8")
    db = tmp_path / "r.db"
    summary = run([akt], db, workers=0, redact=True)
    assert summary.documents == 1
    conn = connect(db)
    text = conn.execute("SELECT raw_text || repaired_text FROM pages").fetchone()[0]
    assert "19121212-1212" not in text and "XXXXXXXX-XXXX" in text and "802003-1954" in text
    dump = json.dumps([list(r) for t in STORE_TABLES for r in conn.execute(f"SELECT * FROM {t}")],
                      ensure_ascii=False)
    assert "19121212-1212" not in dump and "191212121212" not in dump
    assert tuple(conn.execute("SELECT redacted, redactions FROM documents").fetchone()) == (1, 1)
    assert search(conn, "19121212") == []
    conn.close()
    # A run without redaction redoes it, and the flag tells the truth again.
    assert run([akt], db, workers=0).documents == 1
    conn = connect(db)
    assert tuple(conn.execute("SELECT redacted, redactions FROM documents").fetchone()) == (0, 0)
