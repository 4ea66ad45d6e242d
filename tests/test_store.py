"""The store on its own: schema, FTS, atomic writes, queries, redaction, SQL, exports.

Documents are the real seeds read by `ingest`; their fact records are built here by hand
(from what the seeds say), so these tests do not depend on the extractors.
"""
from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from diarium.ingest import load
from diarium.ingest.text import document_from_string
from diarium.schemas import Amount, Evidence, OrgNr, Party, Period, Person, Record
from diarium.store import (
    SCHEMA_VERSION, TABLES, FactFilter, QueryError, connect, export, facts, migrate,
    open_readonly, run_sql, search, stored_document, write,
)
from diarium.store.schema import MIGRATIONS

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
STADSMISSION = "802003-1954"


def evidence_of(text: str, needle: str) -> list[Evidence]:
    start = text.index(needle)
    return [Evidence(page=1, start=start, end=start + len(needle), snippet=needle)]


def seed_record(doc_id: str, text: str) -> Record:
    """What seeds 001, 002 and 004 say about their partnerships (checked by hand)."""
    periods = {
        "001": [("2024-01-01", "2024-06-30", "partnerskap")],
        "002": [("2022-01-01", "2023-12-31", "partnerskap")],
        "004": [("2019-05-01", "2020-04-30", "partnerskap"), ("2017-05-01", "2019-04-30", "avtal")],
    }[doc_id]
    party = Party(name="Stockholms stadsmission", orgnr=STADSMISSION, orgnr_valid=True,
                  evidence=evidence_of(text, "Stockholms stadsmission"))
    return Record(
        doc_id=doc_id, doc_type="avtal" if doc_id == "001" else "tjänsteutlåtande",
        authority="Socialnämnden", parties=[party],
        orgnrs=[OrgNr(orgnr=STADSMISSION, orgnr_valid=True, name="Stockholms stadsmission")],
        periods=[Period(start=s, end=e, kind=k) for s, e, k in periods],
        amounts=[Amount(value={"001": 2_900_000, "002": 5_888_919, "004": 1_200_000}[doc_id],
                        per="år")],
    )


def build_seed_store(db: Path) -> sqlite3.Connection:
    """A store holding the five text seeds; 001, 002 and 004 with hand-made records."""
    conn = connect(db)
    for path in sorted(SAMPLES.glob("00[0-4]_*.txt")):
        document = load(path)
        doc_id = path.name[:3]
        record = (seed_record(doc_id, document.text) if doc_id in ("001", "002", "004")
                  else Record(doc_id=doc_id, authority="Socialnämnden"))
        write(conn, stored_document(document, document.text, [], record))
    return conn


@pytest.fixture()
def seed_store(tmp_path):
    conn = build_seed_store(tmp_path / "seeds.db")
    yield conn
    conn.close()


def doc_ids(found) -> set[str]:
    return {f.doc_id for f in found}


def test_new_database_is_at_the_current_schema_version(tmp_path):
    conn = connect(tmp_path / "a.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert migrate(conn) == SCHEMA_VERSION  # idempotent
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(TABLES) <= names and {"pages_fts", "pages_folded_fts"} <= names


def test_database_from_a_newer_diarium_is_refused(tmp_path):
    conn = connect(tmp_path / "a.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(Exception, match="newer"):
        connect(tmp_path / "a.db")


def test_fts_keeps_a_ring_distinct_but_folded_search_finds_both(tmp_path):
    conn = connect(tmp_path / "a.db")
    for name, text in [("repaired.txt", "Bidraget betalas ut varje år."),
                       ("damaged.txt", "Bidraget betalas ut varje ar.")]:
        document = document_from_string(text, path=name)
        write(conn, stored_document(document, text, [], Record(doc_id=name)))
    assert [h.path for h in search(conn, "år")] == ["repaired.txt"]
    assert [h.path for h in search(conn, "ar")] == ["damaged.txt"]
    assert {h.path for h in search(conn, "ar", folded=True)} == {"repaired.txt", "damaged.txt"}
    assert [h.path for h in search(conn, "ÅR")] == ["repaired.txt"]  # case still folds


def test_folded_search_finds_words_only_in_the_unrepaired_text(tmp_path):
    conn = connect(tmp_path / "a.db")
    raw = "Socialnamnden beslutar"  # OCR lost the ä; the repair put it back
    document = document_from_string(raw, path="ocr.txt")
    write(conn, stored_document(document, "Socialnämnden beslutar", [], Record(doc_id="ocr")))
    assert [h.page for h in search(conn, "Socialnämnden")] == [1]
    assert search(conn, "Socialnamnden") == []
    hits = search(conn, "Socialnamnden", folded=True)
    assert len(hits) == 1 and "[Social" in hits[0].snippet


def test_search_returns_snippets_with_document_and_page(seed_store):
    hits = search(seed_store, "gymnasielagen")
    assert "001" in {h.doc_id for h in hits}
    assert all("[gymnasielagen]" in h.snippet.lower() and h.page >= 1 for h in hits)
    # '-', '.', '/' and ':' in a dnr are not FTS syntax: the dnr is searched as a phrase
    assert {h.doc_id for h in search(seed_store, "dnr 2.3.4-566/2021")} == {"002"}
    assert search(seed_store, "NOT: stadsmission") == []


def test_rewriting_a_document_replaces_it(seed_store):
    path = next(SAMPLES.glob("001_*.txt"))
    document = load(path)
    before = seed_store.execute("SELECT count(*) FROM pages").fetchone()[0]
    write(seed_store, stored_document(document, document.text, [], seed_record("001", document.text)))
    rows = seed_store.execute("SELECT count(*) FROM documents WHERE path = ?", (str(path),))
    assert rows.fetchone()[0] == 1
    assert seed_store.execute("SELECT count(*) FROM pages").fetchone()[0] == before
    assert len([h for h in search(seed_store, "gymnasielagen") if h.doc_id == "001"]) == 1
    orphans = seed_store.execute(
        "SELECT count(*) FROM parties WHERE document_id NOT IN (SELECT id FROM documents)")
    assert orphans.fetchone()[0] == 0


def test_a_write_that_fails_midway_leaves_the_old_version(seed_store):
    path = next(SAMPLES.glob("004_*.txt"))
    document = load(path)
    stored = stored_document(document, document.text, [], seed_record("004", document.text))
    stored.facts["periods"].append({"start_date": None, "end_date": None, "kind": "broken",
                                    "page": None, "span_start": None, "span_end": None,
                                    "snippet": None, "evidence": None})  # NOT NULL violated
    stored.pages[0]["repaired_text"] = "ersatt text"
    with pytest.raises(sqlite3.IntegrityError):
        write(seed_store, stored)
    assert {f.doc_id for f in facts(seed_store, FactFilter(orgnr=STADSMISSION))} == {"001", "002", "004"}
    assert search(seed_store, "ersatt") == []
    assert seed_store.execute("SELECT count(*) FROM periods p JOIN documents d "
                              "ON d.id = p.document_id WHERE d.doc_id = '004'").fetchone()[0] == 2


def test_facts_by_orgnr_and_period_overlap(seed_store):
    assert doc_ids(facts(seed_store, FactFilter(orgnr=STADSMISSION))) == {"001", "002", "004"}
    assert doc_ids(facts(seed_store, FactFilter(orgnr="8020031954"))) == {"001", "002", "004"}
    assert doc_ids(facts(seed_store, FactFilter(orgnr=STADSMISSION, during="2020"))) == {"004"}
    assert doc_ids(facts(seed_store, FactFilter(during="2023-12-31"))) == {"002"}
    assert doc_ids(facts(seed_store, FactFilter(during="2020-05..2021"))) == set()
    assert doc_ids(facts(seed_store, FactFilter(during="2022..2024-01"))) == {"001", "002"}
    found = facts(seed_store, FactFilter(orgnr=STADSMISSION, during="2018"))
    assert [(p["start"], p["end"]) for p in found[0].periods] == [("2017-05-01", "2019-04-30")]


def test_facts_by_fuzzy_name_amount_type_and_authority(seed_store):
    assert doc_ids(facts(seed_store, FactFilter(org="stokholms Stadsmision"))) == {"001", "002", "004"}
    assert doc_ids(facts(seed_store, FactFilter(org="Frälsningsarmén"))) == set()
    assert doc_ids(facts(seed_store, FactFilter(min_amount=2_000_000))) == {"001", "002"}
    assert doc_ids(facts(seed_store, FactFilter(doc_type="avtal"))) == {"001"}
    assert len(facts(seed_store, FactFilter(authority="socialnämnden"))) == 5
    with pytest.raises(QueryError):
        facts(seed_store, FactFilter(during="2020-13"))
    with pytest.raises(QueryError):
        facts(seed_store, FactFilter(orgnr="80200"))


def test_redaction_masks_valid_personnummer_in_text_and_facts():
    text = ("Klienten Anna Berg, 19121212-1212, ansöker om bistånd.\n"
            "Stockholms stadsmission, organisationsnummer 802003-1954.\n"
            "Felaktigt nummer 121212-1213 lämnas orört.")
    document = document_from_string(text, path="akt.txt")
    record = Record(doc_id="akt", persons=[Person(name="Anna Berg", role="klient 19121212-1212",
                                                 evidence=evidence_of(text, "Anna Berg, 19121212-1212"))],
                    orgnrs=[OrgNr(orgnr=STADSMISSION, orgnr_valid=True)])
    stored = stored_document(document, text, [], record, redact=True)
    page = stored.pages[0]
    assert "19121212-1212" not in page["raw_text"] + page["repaired_text"] + stored.document["record"]
    assert "XXXXXXXX-XXXX" in page["repaired_text"] and "121212-1213" in page["raw_text"]
    assert stored.facts["persons"][0]["role"] == "klient XXXXXXXX-XXXX"
    person = stored.facts["persons"][0]
    assert page["repaired_text"][person["span_start"]:person["span_end"]] == person["snippet"]
    assert stored.facts["orgnrs"][0]["orgnr"] == STADSMISSION
    assert stored.document["redacted"] is True and stored.document["redactions"] == 1
    plain = stored_document(document, text, [], record)
    assert "19121212-1212" in plain.pages[0]["raw_text"] and plain.document["redactions"] == 0


def test_sql_is_read_only(tmp_path, seed_store):
    conn = open_readonly(tmp_path / "seeds.db")
    columns, rows = run_sql(conn, "SELECT doc_id FROM documents WHERE doc_type = 'avtal'")
    assert columns == ["doc_id"] and rows == [("001",)]
    for statement in ["DELETE FROM documents", "INSERT INTO dnr(document_id, dnr) VALUES (1, 'x')",
                      "DROP TABLE pages", "PRAGMA user_version = 7"]:
        with pytest.raises(QueryError, match="readonly|read-only|query_only"):
            run_sql(conn, statement)
    assert seed_store.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


def test_export_writes_every_table_in_every_format(tmp_path, seed_store):
    import pyarrow.parquet as pq
    expected = {t: seed_store.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    conn = open_readonly(tmp_path / "seeds.db")
    for fmt in ("csv", "jsonl", "parquet"):
        files = export(conn, tmp_path / fmt, fmt)
        assert sorted(f.stem for f in files) == sorted(TABLES)
        for file in files:
            if fmt == "csv":
                with file.open(encoding="utf-8") as f:
                    count = sum(1 for _ in csv.reader(f)) - 1
            elif fmt == "jsonl":
                count = sum(1 for _ in file.open(encoding="utf-8"))
            else:
                count = pq.read_table(file).num_rows
            assert count == expected[file.stem], (fmt, file.stem)
    parties = pq.read_table(tmp_path / "parquet" / "parties.parquet").to_pylist()
    assert {p["orgnr"] for p in parties} == {STADSMISSION}
    first = json.loads((tmp_path / "jsonl" / "pages.jsonl").read_text("utf-8").splitlines()[0])
    assert {"raw_text", "repaired_text", "document_id", "number"} <= first.keys()


DIARIUM = [sys.executable, "-c", "from diarium.cli import main; main()"]


def diarium(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*DIARIUM, *args], capture_output=True, text=True, timeout=120)


def assert_one_error_line(result: subprocess.CompletedProcess, path: Path, reason: str) -> None:
    """Exit code 1 and exactly one line, `diarium: <file>: <reason>`, on stderr."""
    assert result.returncode == 1, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"diarium: {path}: ") and reason in line, line


@pytest.mark.parametrize("command", [["search", "stadsmission"], ["facts"], ["failures"],
                                     ["sql", "SELECT 1"], ["export", "--out", "x"], ["serve"]])
def test_query_commands_name_a_database_they_cannot_read(tmp_path, command):
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("Socialnämnden beslutar.\n", "utf-8")
    assert_one_error_line(diarium(*command, "--db", str(not_a_db)), not_a_db, "not a diarium database")
    assert_one_error_line(diarium(*command, "--db", str(tmp_path)), tmp_path, "is a folder")


def test_run_names_a_database_it_cannot_open(tmp_path):
    seed = next(SAMPLES.glob("001_*.txt"))
    missing_folder = tmp_path / "no" / "such" / "x.db"
    assert_one_error_line(diarium("run", str(seed), "--db", str(missing_folder)), missing_folder,
                          "cannot open the database")


def test_sql_write_statement_is_refused_naming_the_database(tmp_path, seed_store):
    db = tmp_path / "seeds.db"
    assert_one_error_line(diarium("sql", "DELETE FROM documents", "--db", str(db)), db, "readonly")
    assert seed_store.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


def test_export_onto_a_file_is_refused(tmp_path, seed_store):
    target = tmp_path / "export.csv"
    target.write_text("kvar\n", "utf-8")
    assert_one_error_line(diarium("export", "--out", str(target), "--db", str(tmp_path / "seeds.db")),
                          target, "cannot write the export")
    assert target.read_text("utf-8") == "kvar\n"
