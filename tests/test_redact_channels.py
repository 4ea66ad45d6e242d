"""No personnummer in any output channel: personnummer in every written form are planted in a
text file, a PDF, a scanned page and in file names, and then looked for in the raw bytes of
the database, its write-ahead log and shared memory, the full-text index's vocabulary, the
run's log lines and messages, `failures`, `search`, `sql`, the exports, and the output of
`extract` and `diff` with --redact-personnummer. Both ways into a redacted store are tested:
a fresh redacting run, and a store filled without redaction and then switched.

Datasette responses are a channel too: `diarium serve` on the redacted store is asked for
every table (all columns), a full-text search, a canned query and the timeline page.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from diarium.store import FactFilter, export, facts, open_readonly, run_sql, search
from planted import Planted, planted
from test_serve import get, start_server, stop

DIARIUM = [sys.executable, "-c", "from diarium.cli import main; main()"]
STADSMISSION = "802003-1954"


def diarium(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*DIARIUM, *map(str, args)], capture_output=True, text=True,
                          timeout=300, cwd=cwd, env={**os.environ, "OMP_THREAD_LIMIT": "1"})


def text_file(path: Path, numbers: list[Planted]) -> None:
    lines = ["Socialnämnden", "Beslut om bistånd enligt 4 kap. 1 § socialtjänstlagen.",
             f"Utförare: Stockholms stadsmission, organisationsnummer {STADSMISSION}."]
    lines += [f"Klient {i}: {p.written}." for i, p in enumerate(numbers)]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def pdf_file(path: Path, numbers: list[Planted]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 11)
    y = 800
    for line in ["Socialnämnden", "Beslut om bistånd."] + [
            f"Klient {i}: {p.written}." for i, p in enumerate(numbers)]:
        for part in line.split("\n"):
            pdf.drawString(60, y, part)
            y -= 16
    pdf.save()


def scan_file(path: Path, numbers: list[Planted]) -> None:
    """One small scanned page (OCR is slow): a few numbers in large print."""
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 48)
    except OSError:
        pytest.skip("no DejaVuSans font to draw the scanned page with")
    image = Image.new("L", (1500, 120 + 110 * len(numbers)), 255)
    draw = ImageDraw.Draw(image)
    draw.text((60, 30), "Socialnämnden beslutar om bistånd.", fill=0, font=font)
    for i, p in enumerate(numbers, start=1):
        draw.text((60, 30 + 110 * i), f"Klient {i}: {p.written}", fill=0, font=font)
    image.save(path, dpi=(300, 300))


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, list[Planted], list[Planted]]:
    """The planted archive, the numbers planted in text and PDF, and those in the scan and
    the file names (whose presence in the unredacted store is checked, not assumed)."""
    root = tmp_path_factory.mktemp("planted")
    tree = root / "arkiv"
    tree.mkdir()
    in_text, in_pdf = planted(first=0), planted(first=20)
    in_scan = [Planted(f"{p.digits[:6]}-{p.digits[6:]}", p.digits) for p in planted(first=40)[:2]]
    named, broken = planted(first=50)[0], planted(first=51)[0]
    text_file(tree / "anteckning.txt", in_text)
    pdf_file(tree / "beslut.pdf", in_pdf)
    scan_file(tree / "skannad.png", in_scan)
    (tree / f"akt {named.written}.txt").write_text(
        "Socialnämnden\nUtredning om bistånd, se akten.\n", "utf-8")
    (tree / f"trasig {broken.written}.pdf").write_bytes(b"%PDF-1.4 trasig\n" * 10)
    return tree, in_text + in_pdf, in_scan + [named, broken]


def leaks(data: bytes | str, numbers: list[Planted]) -> list[str]:
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    return [needle for p in numbers for needle in p.needles if needle in text]


def store_bytes(db: Path) -> bytes:
    return b"".join(Path(f"{db}{suffix}").read_bytes() for suffix in ("", "-wal", "-shm")
                    if Path(f"{db}{suffix}").exists())


def fts_terms(db: Path) -> str:
    conn = sqlite3.connect(db)
    terms = []
    for fts in ("pages_fts", "pages_folded_fts"):
        conn.execute(f"CREATE VIRTUAL TABLE temp.v_{fts} USING fts5vocab(main, {fts}, 'row')")
        terms += [row[0] for row in conn.execute(f"SELECT term FROM temp.v_{fts}")]
    conn.close()
    return " ".join(terms)


def query_outputs(db: Path, numbers: list[Planted], tmp: Path) -> dict[str, str]:
    """Everything the query commands print or write for this store (the commands whose
    printing is their own run as commands; the others through the API they print from)."""
    outputs = {
        "failures": diarium("failures", "--db", db).stdout,
        "search": diarium("search", numbers[0].digits[:6], "--json", "--db", db).stdout,
    }
    conn = open_readonly(db)
    outputs["sql"] = repr(run_sql(conn, "SELECT * FROM documents"))
    outputs["facts"] = repr([f.as_dict() for f in facts(conn, FactFilter())])
    outputs["search api"] = repr([search(conn, p.digits[:6]) for p in numbers])
    for fmt in ("csv", "jsonl"):
        written = export(conn, tmp / f"export-{db.stem}-{fmt}", fmt)
        outputs[f"export {fmt}"] = "".join(f.read_text("utf-8") for f in written)
    conn.close()
    outputs["fts terms"] = fts_terms(db)
    outputs["raw bytes"] = store_bytes(db).decode("utf-8", errors="replace")
    return outputs


def read_numbers(db: Path, candidates: list[Planted]) -> list[Planted]:
    """The candidates an unredacted store holds: what OCR read right, what is in a name."""
    held = store_bytes(db).decode("utf-8", errors="replace")
    return [p for p in candidates if p.digits[:6] in held]


def assert_no_leaks(outputs: dict[str, str], numbers: list[Planted]) -> None:
    found = {channel: leaks(text, numbers) for channel, text in outputs.items()}
    assert {c: n for c, n in found.items() if n} == {}


def test_a_redacting_run_leaks_no_personnummer_anywhere(archive, tmp_path):
    tree, numbers, others = archive
    plain = tmp_path / "plain.db"
    diarium("run", tree, "--db", plain, "--workers", "0")
    assert [p for p in numbers if not leaks(store_bytes(plain), [p])] == []  # it can fail
    others = read_numbers(plain, others)
    assert len(others) >= 3, others     # the file names and at least one number of the scan

    db = tmp_path / "redacted.db"
    run = diarium("run", tree, "--db", db, "--workers", "2", "--redact-personnummer")
    assert run.returncode == 1, run.stderr          # the broken PDF fails, named masked
    assert "trasig XXXXXX-XXXX.pdf" in run.stderr and "akt XXXXXX-XXXX.txt" in run.stderr
    outputs = {"run stdout": run.stdout, "run stderr": run.stderr} | query_outputs(
        db, numbers, tmp_path)
    assert_no_leaks(outputs, numbers + others)
    # Masked, not destroyed: the rest of the text and the organisationsnummer are kept.
    assert "Klient 3" in outputs["sql"] + outputs["export csv"] and STADSMISSION in outputs["export csv"]
    assert "XXXXXX-XXXX" in outputs["export csv"]
    served = datasette_responses(db, numbers, tmp_path)
    assert_no_leaks(served, numbers + others)
    assert "XXXXXX-XXXX" in served["pages"]          # it served the masked text


def datasette_responses(db: Path, numbers: list[Planted], tmp: Path) -> dict[str, str]:
    """What `diarium serve` answers for this store: every table with every column, as JSON
    and CSV, a full-text search for each planted date, a canned query and the timeline."""
    process, base, _port = start_server(db, tmp / "serve.log")
    name, answers = db.stem, {}
    try:
        for table in ("documents", "pages", "persons", "parties", "orgnrs", "dnr", "corrections"):
            for shape in (".json?_shape=array&_visa=alla&_size=max", ".csv?_visa=alla&_size=max"):
                status, body = get(f"{base}/{name}/{table}{shape}")
                assert status == 200, (table, body[:200])
                answers[table] = answers.get(table, "") + body.decode("utf-8")
        # The rows found, not the whole answer: that repeats the query asked.
        answers["search"] = repr([
            json.loads(get(f"{base}/{name}/pages.json?_search={p.digits[:6]}&_shape=array")[1])
            for p in numbers])
        answers["query"] = get(f"{base}/{name}/avtal_med_organisation.json?organisation="
                               f"{STADSMISSION}")[1].decode("utf-8")
        answers["timeline"] = get(f"{base}/-/tidslinje")[1].decode("utf-8")
    finally:
        stop(process)
    log = (tmp / "serve.log").read_text("utf-8", errors="replace").splitlines()
    # The access log repeats the searches asked above; every other line must be clean.
    answers["serve log"] = "\n".join(line for line in log if "_search=" not in line)
    return answers


def test_switching_a_store_to_redaction_leaves_nothing_of_the_old_text(archive, tmp_path):
    tree, numbers, others = archive
    db = tmp_path / "switched.db"
    first = diarium("run", tree, "--db", db, "--workers", "0")
    assert first.returncode == 1
    others = read_numbers(db, others)
    held = fts_terms(db) + store_bytes(db).decode("utf-8", errors="replace")
    assert [p for p in numbers if not leaks(held, [p])] == []

    run = diarium("run", tree, "--db", db, "--workers", "0", "--redact-personnummer")
    assert "masked" in run.stderr and "full-text index rebuilt" in run.stderr
    assert "0 documents" in run.stdout            # masked in place: nothing to process again
    outputs = {"run stdout": run.stdout, "run stderr": run.stderr} | query_outputs(
        db, numbers, tmp_path)
    assert_no_leaks(outputs, numbers + others)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents WHERE redacted = 0").fetchone()[0] == 0
    conn.execute("INSERT INTO pages_fts(pages_fts) VALUES ('integrity-check')")
    assert conn.execute("SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'Klient'"
                        ).fetchone()[0] >= 2   # the index was rebuilt, not emptied
    conn.close()


def test_extract_and_diff_redact_on_request(archive, tmp_path):
    tree, numbers, others = archive
    files = [tree / "anteckning.txt", tree / "beslut.pdf"]
    outputs = {"extract": diarium("extract", "--json", "--redact-personnummer", *files).stdout}
    named = next(tree.glob("akt *.txt"))
    outputs["extract name"] = diarium("extract", "--json", "--redact-personnummer", named).stdout
    for fmt in ("json", "html", "md"):
        result = diarium("diff", "--format", fmt, "--redact-personnummer", *files)
        assert result.returncode == 0, result.stderr
        outputs[f"diff {fmt}"] = result.stdout + result.stderr
    assert_no_leaks(outputs, numbers + others)
    assert '"doc_id": "akt XXXXXX-XXXX"' in outputs["extract name"]
    # Without the option the numbers are there: the check above can fail.
    plain = diarium("extract", "--json", *files).stdout
    assert leaks(plain, numbers)
