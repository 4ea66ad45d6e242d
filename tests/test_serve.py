"""`diarium serve`: Datasette on 127.0.0.1, answering queries and refusing every write."""
from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from test_store import STADSMISSION, build_seed_store

from diarium.ingest.text import document_from_string
from diarium.schemas import Record
from diarium.store import connect, stored_document, write

DIARIUM = [sys.executable, "-c", "from diarium.cli import main; main()"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, data: bytes | None = None) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def listening_addresses(port: int) -> set[str]:
    """Local addresses listening on `port` (from /proc/net/tcp, Linux)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if int(hex_port, 16) == port and state == "0A":  # LISTEN
                found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1])
                          if len(address) == 8 else address)
    return found


def start_server(db: Path, log_path: Path) -> tuple[subprocess.Popen, str, int]:
    """`diarium serve` on `db`, answering; its output in `log_path`."""
    port = free_port()
    log = log_path.open("wb")  # a file, not a pipe: nobody reads a pipe here
    process = subprocess.Popen([*DIARIUM, "serve", "--db", str(db), "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT)
    log.close()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if get(f"{base}/-/versions.json")[0] == 200:
                return process, base, port
        except OSError:
            time.sleep(0.2)
        if process.poll() is not None:
            pytest.fail(f"serve exited: {log_path.read_text()}")
    stop(process)
    pytest.fail("serve did not answer within 60 s")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("serve")
    db = tmp_path / "archive.db"
    build_seed_store(db).close()
    process, base, port = start_server(db, tmp_path / "serve.log")
    yield base, db, port, tmp_path / "serve.log"
    stop(process)


def test_serve_answers_on_localhost_and_refuses_writes(server):
    base, db, port, log = server
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    if Path("/proc/net/tcp").exists():
        assert listening_addresses(port) == {"127.0.0.1"}

    status, body = get(f"{base}/archive/documents.json?_shape=array&_sort=doc_id")
    assert status == 200
    assert [d["doc_id"] for d in json.loads(body)] == ["000", "001", "002", "003", "004"]

    query = urllib.parse.urlencode({"orgnr": STADSMISSION, "år": "2020", "_shape": "array"})
    status, body = get(f"{base}/archive/avtal_under_ett_ar.json?{query}")
    assert status == 200 and {r["doc_id"] for r in json.loads(body)} == {"004"}

    status, body = get(f"{base}/archive.json")
    tables = {t["name"]: t for t in json.loads(body)["tables"]}
    assert tables["documents"]["count"] == 5

    # Writes: an INSERT through ?sql=, a write smuggled into a SELECT, and POSTs.
    insert = urllib.parse.urlencode({"sql": "INSERT INTO dnr(document_id, dnr) VALUES (1, 'x')"})
    status, body = get(f"{base}/archive.json?{insert}")
    assert status >= 400
    delete = urllib.parse.urlencode({"sql": "DELETE FROM documents"})
    assert get(f"{base}/archive.json?{delete}")[0] >= 400
    for path in ("/archive/documents", "/archive/-/create", "/archive/documents/-/insert",
                 "/archive/documents/1/-/delete", "/archive/documents/-/drop"):
        assert get(f"{base}{path}", data=b'{"table": "x", "rows": [{"a": 1}]}')[0] == 405
    # Refusals are the asker's errors: 4xx, and not one traceback in the server's log.
    assert "Traceback" not in log.read_text()

    status, body = get(f"{base}/archive/documents.json?_shape=array")
    assert len(json.loads(body)) == 5
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_serve_metadata_describes_tables_and_facets(server):
    base, _db, _port, _log = server
    status, body = get(f"{base}/archive/parties.json?_shape=objects")
    data = json.loads(body)
    assert status == 200 and "orgnr" in data["facet_results"]
    orgnr_facet = data["facet_results"]["orgnr"]["results"]
    assert [(f["value"], f["count"]) for f in orgnr_facet] == [(STADSMISSION, 3)]
    status, body = get(f"{base}/-/metadata.json")
    metadata = json.loads(body)
    assert "tables" in metadata["databases"]["archive"]
    assert "avtal_med_organisation" in metadata["databases"]["archive"]["queries"]


def html(base: str, path: str) -> str:
    status, body = get(f"{base}{path}")
    assert status == 200, path
    return body.decode()


def test_table_pages_hide_heavy_columns_but_keep_them_reachable(server):
    base, _db, _port, _log = server
    page = html(base, "/archive/documents")
    assert 'data-column="sha256"' not in page and 'data-column="record"' not in page
    assert 'data-column="title"' in page and 'data-column="date"' in page
    everything = html(base, "/archive/documents?_visa=alla")
    assert 'data-column="sha256"' in everything and 'data-column="record"' in everything
    status, body = get(f"{base}/archive/documents.json?_shape=array")
    assert all(len(row["sha256"]) == 64 and row["record"] for row in json.loads(body))
    assert "sha256" in html(base, "/archive/documents/1")


def test_amounts_read_in_kronor_and_facts_link_to_their_page(server):
    base, _db, _port, _log = server
    page = html(base, "/archive/amounts")
    assert "1\u00a0200\u00a0000\u00a0kr" in page and "5\u00a0888\u00a0919\u00a0kr" in page
    status, body = get(f"{base}/archive/amounts.json?_shape=array")
    assert sorted(r["value"] for r in json.loads(body)) == [1_200_000, 2_900_000, 5_888_919]
    parties = html(base, "/archive/parties")
    assert "/archive/pages?document_id=2&amp;number=1" in parties
    status, body = get(f"{base}/archive/pages.json?document_id=2&number=1&_shape=array")
    assert "Stockholms stadsmission" in json.loads(body)[0]["repaired_text"]


def test_year_facet_and_swedish_questions(server):
    base, _db, _port, _log = server
    status, body = get(f"{base}/archive/periods.json?_shape=objects")
    years = json.loads(body)["facet_results"]["start_date"]["results"]
    assert [(y["value"], y["count"]) for y in years] == [
        ("2024", 1), ("2022", 1), ("2019", 1), ("2017", 1)]
    status, body = get(f"{base}/archive/periods.json?start_date__startswith=2022&_shape=array")
    assert [r["end_date"] for r in json.loads(body)] == ["2023-12-31"]
    query = urllib.parse.urlencode({"organisation": "stadsmission", "_shape": "array"})
    status, body = get(f"{base}/archive/avtal_med_organisation.json?{query}")
    assert {r["doc_id"] for r in json.loads(body)} == {"001", "002", "004"}
    query = urllib.parse.urlencode({"organisation": "8020031954", "_shape": "array"})
    status, body = get(f"{base}/archive/avtal_med_organisation.json?{query}")
    assert {r["doc_id"] for r in json.loads(body)} == {"001", "002", "004"}
    assert "Beslut per nämnd och år" in html(base, "/archive")


def test_timeline_page_is_served(server):
    base, _db, _port, _log = server
    page = html(base, "/-/tidslinje")
    assert "Stockholms stadsmission (802003-1954)" in page and "<svg" in page
    assert "Inga avtal" in html(base, "/-/tidslinje?orgnr=556000-0000")
    assert get(f"{base}/-/tidslinje?orgnr=12")[0] == 400


def test_serve_gives_consistent_answers_while_a_run_writes(tmp_path):
    """A writer adds documents one transaction at a time while the server is asked for the
    count: every answer is a count that was committed (never lower than the one before, no
    error), and after the run the server sees all of them."""
    db = tmp_path / "live.db"
    conn = connect(db)
    write(conn, stored_document(document_from_string("Första beslutet.", path="0.txt"),
                                "Första beslutet.", [], Record(doc_id="0")))
    process, base, _port = start_server(db, tmp_path / "serve.log")
    total = 60
    try:
        def run() -> None:
            writer = connect(db)
            for n in range(1, total):
                text = f"Socialnämnden beslutar om ärende {n}. " * 40
                document = document_from_string(text, path=f"{n}.txt")
                write(writer, stored_document(document, text, [], Record(doc_id=str(n))))
            writer.close()

        thread = threading.Thread(target=run)
        thread.start()
        seen = []
        count_url = f"{base}/live.json?" + urllib.parse.urlencode(
            {"sql": "SELECT count(*) AS n, (SELECT count(*) FROM pages) AS p FROM documents",
             "_shape": "array"})
        while thread.is_alive() or len(seen) < 3:
            status, body = get(count_url)
            assert status == 200, body
            row = json.loads(body)[0]
            assert row["n"] == row["p"]            # a document and its page land together
            seen.append(row["n"])
        thread.join()
        assert seen == sorted(seen)
        status, body = get(count_url)
        assert json.loads(body)[0]["n"] == total
        status, body = get(f"{base}/live.json")
        assert {t["name"]: t["count"] for t in json.loads(body)["tables"]}["documents"] == total
    finally:
        stop(process)
        conn.close()
    assert "malformed" not in (tmp_path / "serve.log").read_text()
