"""The command line behaves like sqlite-utils and OCRmyPDF: --version, completion, data on
stdout and the rest on stderr, TSV in a pipe, --csv/--tsv/--json/--nl on every command that
prints rows, -q/-v, Ctrl-C that says where the run stopped, a missing Tesseract reported once
up front; `ingest --json` output read back without a second OCR; `run --pdf-dir`.

Every test runs the real command (a subprocess: stdout is a pipe, as in a script).
"""
from __future__ import annotations

import csv
import io
import json
import os
import pty
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from diarium.version import __version__

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PAGE_IMAGE = SAMPLES / "generated" / "004.p1.png"
DIARIUM = [sys.executable, "-c", "from diarium.cli import main; main()"]
NO_TESSERACT = {"DIARIUM_TESSERACT": "/nonexistent/tesseract"}


def diarium(*args: str | Path, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*DIARIUM, *map(str, args)], capture_output=True, text=True,
                          timeout=300, cwd=cwd,
                          env={**os.environ, "OMP_THREAD_LIMIT": "1", **(env or {})})


def seeds() -> list[Path]:
    return sorted(SAMPLES.glob("00[0-4]_*.txt"))


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("conventions") / "seeds.db"
    made = diarium("run", *seeds(), "--db", db, "--workers", "0")
    assert made.returncode == 0, made.stderr
    return db


def test_version_and_completion():
    version = diarium("--version")
    assert version.returncode == 0 and version.stdout.startswith(f"diarium {__version__}")
    script = diarium("--show-completion", "bash")
    assert script.returncode == 0 and "complete" in script.stdout and "diarium" in script.stdout
    assert "--install-completion" in diarium("--help").stdout


ROW_COMMANDS = [
    ("sql", "SELECT path, doc_type FROM documents ORDER BY path"),
    ("facts", "--orgnr", "802003-1954"),
    ("search", "gymnasielagen"),
    ("failures",),
]


@pytest.mark.parametrize("command", ROW_COMMANDS, ids=[c[0] for c in ROW_COMMANDS])
def test_every_row_command_speaks_tsv_csv_json_and_nl(seed_db, command):
    piped = diarium(*command, "--db", seed_db)
    assert piped.returncode == 0, piped.stderr
    tsv = [line.split("\t") for line in piped.stdout.splitlines()]
    assert len({len(row) for row in tsv}) == 1            # a header and rows, no table art
    assert "┃" not in piped.stdout and "│" not in piped.stdout
    header = tsv[0]
    as_csv = list(csv.reader(io.StringIO(diarium(*command, "--db", seed_db, "--csv").stdout)))
    assert as_csv[0] == header and len(as_csv) == len(tsv)
    array = json.loads(diarium(*command, "--db", seed_db, "--json").stdout)
    lines = [json.loads(line) for line in diarium(*command, "--db", seed_db, "--nl").stdout.splitlines()]
    assert array == lines and len(lines) == len(tsv) - 1
    if command[0] == "sql":          # plain values: the same cells in every format
        assert [[str(v) for v in row.values()] for row in array] == tsv[1:] == as_csv[1:]


def test_tsv_asked_for_is_what_a_pipe_gets_and_two_formats_are_refused(seed_db):
    query = "SELECT name, orgnr FROM parties ORDER BY name"
    assert diarium("sql", query, "--db", seed_db, "--tsv").stdout == \
        diarium("sql", query, "--db", seed_db).stdout
    both = diarium("sql", query, "--db", seed_db, "--json", "--nl")
    assert both.returncode == 2 and both.stderr.startswith("diarium: --json and --nl exclude")


def test_run_reports_on_stderr_and_summarises_on_stdout(tmp_path):
    db = tmp_path / "a.db"
    first = diarium("run", *seeds()[:2], "--db", db, "--workers", "0")
    assert first.returncode == 0
    assert first.stdout.startswith("2 documents, ") and len(first.stdout.splitlines()) == 1
    assert [line.split(":")[0] for line in first.stderr.splitlines()] == [
        f"[1/2] {seeds()[0]}", f"[2/2] {seeds()[1]}"]
    quiet = diarium("run", *seeds()[:3], "--db", db, "--workers", "0", "-q")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")
    assert sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] == 3
    both = diarium("run", *seeds()[:1], "--db", db, "-q", "-v")
    assert both.returncode == 2 and "exclude each other" in both.stderr


def test_a_progress_bar_with_eta_on_a_terminal_and_nothing_of_it_in_the_data():
    """stderr a terminal (a pty), stdout a pipe: the bar goes to the terminal only."""
    master, slave = pty.openpty()
    process = subprocess.Popen([*DIARIUM, "ingest", str(PAGE_IMAGE)], stdout=subprocess.PIPE,
                               stderr=slave, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    os.close(slave)
    terminal = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:           # the other end closed (EIO on Linux)
            break
        if not chunk:
            break
        terminal += chunk
    out = process.stdout.read().decode() if process.stdout else ""
    assert process.wait(timeout=120) == 0
    os.close(master)
    shown = terminal.decode("utf-8", "replace")
    assert "004.p1.png: pages" in shown and "1/1" in shown and "ETA" in shown
    assert "ETA" not in out and "Socialnämnden" in out
    quiet = diarium("ingest", *seeds()[:2], "--summary")               # not a terminal: no bar
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_a_missing_tesseract_is_reported_once_before_anything_runs(tmp_path):
    folder = tmp_path / "arkiv"
    folder.mkdir()
    for i in range(3):
        shutil.copy(PAGE_IMAGE, folder / f"sida{i}.png")
    shutil.copy(seeds()[0], folder / "beslut.txt")
    db = tmp_path / "a.db"
    result = diarium("run", folder, "--db", db, env=NO_TESSERACT)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [result.stderr.strip()]          # one line
    assert "3 of 4 inputs need OCR" in result.stderr
    assert "sudo apt-get install tesseract-ocr tesseract-ocr-swe" in result.stderr
    assert not db.exists()
    text_only = diarium("run", folder / "beslut.txt", "--db", db, "-q", env=NO_TESSERACT)
    assert text_only.returncode == 0, text_only.stderr


def stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=10)
        try:
            return conn.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_ctrl_c_stops_at_once_says_what_was_stored_and_a_rerun_resumes(tmp_path):
    folder = tmp_path / "skanningar"
    folder.mkdir()
    for i in range(5):     # each an OCR of a few seconds; other bytes (a run reads equal files once)
        (folder / f"sida{i}.png").write_bytes(PAGE_IMAGE.read_bytes() + bytes(i + 1))
    db = tmp_path / "a.db"
    process = subprocess.Popen([*DIARIUM, "run", str(folder), "--db", str(db), "--workers", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    deadline = time.monotonic() + 240
    while stored(db) < 1 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)          # what Ctrl-C in a terminal does
    interrupted = time.monotonic()
    _out, err = process.communicate(timeout=60)
    waited = time.monotonic() - interrupted
    assert process.returncode == 130
    assert waited < 5, f"{waited:.1f} s after Ctrl-C"
    message = err.strip().splitlines()[-1]
    assert message.startswith("diarium: interrupted: ") and "documents stored in this run" in message
    assert "run the same command again" in message and "Traceback" not in err
    done = stored(db)
    rerun = diarium("run", folder, "--db", db, "--workers", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert f"{5 - done} documents" in rerun.stdout and f"{done} skipped" in rerun.stdout


def test_ingest_json_is_read_back_by_correct_extract_and_diff_without_ocr(tmp_path):
    as_json = tmp_path / "sida.json"
    ingested = diarium("ingest", "--json", PAGE_IMAGE)
    assert ingested.returncode == 0
    as_json.write_text(ingested.stdout, "utf-8")
    # Tesseract made unavailable: the JSON must not be OCR'd again.
    from_json = diarium("correct", as_json, env=NO_TESSERACT)
    assert from_json.returncode == 0, from_json.stderr
    document = json.loads(ingested.stdout)
    assert len(from_json.stdout.splitlines()) == sum(len(p["lines"]) for p in document["pages"])
    assert "Socialnämnden" in from_json.stdout
    facts = json.loads(diarium("extract", "--json", "--no-evidence", as_json, env=NO_TESSERACT).stdout)
    assert {p["orgnr"] for p in facts["parties"]} >= {"802003-1954"}
    assert facts["source"] == str(PAGE_IMAGE)
    same = diarium("diff", as_json, as_json, "--format", "json", env=NO_TESSERACT)
    assert same.returncode == 0 and json.loads(same.stdout)["changes"] == []
    broken = tmp_path / "trasig.json"
    broken.write_text('{"path": "x.pdf", "sha256": "0", "kind": "pdf-scan", "pages": 3}', "utf-8")
    failed = diarium("extract", broken)
    assert failed.returncode == 1 and failed.stderr.startswith(f"diarium: {broken}: not a diarium document JSON")


def layer_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_run_pdf_dir_writes_a_searchable_pdf_per_scan(tmp_path):
    folder = tmp_path / "arkiv"
    (folder / "2019").mkdir(parents=True)
    shutil.copy(PAGE_IMAGE, folder / "2019" / "beslut.png")
    shutil.copy(seeds()[0], folder / "yttrande.txt")
    out = tmp_path / "sökbara"
    result = diarium("run", folder, "--db", tmp_path / "a.db", "--pdf-dir", out, "--workers", "0")
    assert result.returncode == 0, result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == ["2019", "2019/beslut.pdf"]
    text = layer_text(out / "2019" / "beslut.pdf")
    assert "Socialnämnden" in text and "802003-1954" in "".join(text.split())
    (out / "2019" / "beslut.pdf").unlink()            # a rerun makes a missing PDF again
    again = diarium("run", folder, "--db", tmp_path / "a.db", "--pdf-dir", out, "-q")
    assert again.returncode == 0 and (out / "2019" / "beslut.pdf").exists()


def test_pdf_dir_and_redaction_are_refused_together(tmp_path):
    result = diarium("run", PAGE_IMAGE, "--db", tmp_path / "a.db", "--pdf-dir", tmp_path / "ut",
                     "--redact-personnummer")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "diarium: --pdf-dir cannot be combined with --redact-personnummer: the page images "
        "in the PDF would still show the personnummer"]
    assert not (tmp_path / "a.db").exists() and not (tmp_path / "ut").exists()
