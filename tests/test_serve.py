"""`diarium serve`: Datasette on 127.0.0.1, answering queries and refusing every write."""
from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from test_store import STADSMISSION, build_seed_store

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


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("serve")
    db = tmp_path / "archive.db"
    build_seed_store(db).close()
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")  # a file, not a pipe: nobody reads a pipe here
    process = subprocess.Popen([*DIARIUM, "serve", "--db", str(db), "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if get(f"{base}/-/versions.json")[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
        if process.poll() is not None:
            pytest.fail(f"serve exited: {(tmp_path / 'serve.log').read_text()}")
    else:
        process.kill()
        pytest.fail("serve did not answer within 30 s")
    yield base, db, port
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


def test_serve_answers_on_localhost_and_refuses_writes(server):
    base, db, port = server
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    if Path("/proc/net/tcp").exists():
        assert listening_addresses(port) == {"127.0.0.1"}

    status, body = get(f"{base}/archive/documents.json?_shape=array&_sort=doc_id")
    assert status == 200
    assert [d["doc_id"] for d in json.loads(body)] == ["000", "001", "002", "003", "004"]

    query = urllib.parse.urlencode({"orgnr": STADSMISSION, "year": "2020", "_shape": "array"})
    status, body = get(f"{base}/archive/agreements_of_orgnr_in_year.json?{query}")
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
    assert get(f"{base}/archive/documents", data=b"doc_id=x")[0] >= 400
    assert get(f"{base}/archive/-/create", data=b'{"table": "x", "rows": [{"a": 1}]}')[0] >= 400

    status, body = get(f"{base}/archive/documents.json?_shape=array")
    assert len(json.loads(body)) == 5
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_serve_metadata_describes_tables_and_facets(server):
    base, _db, _port = server
    status, body = get(f"{base}/archive/parties.json?_shape=objects")
    data = json.loads(body)
    assert status == 200 and "orgnr" in data["facet_results"]
    orgnr_facet = data["facet_results"]["orgnr"]["results"]
    assert [(f["value"], f["count"]) for f in orgnr_facet] == [(STADSMISSION, 3)]
    status, body = get(f"{base}/-/metadata.json")
    metadata = json.loads(body)
    assert "tables" in metadata["databases"]["archive"]
    assert "agreements_of_orgnr_in_year" in metadata["databases"]["archive"]["queries"]
