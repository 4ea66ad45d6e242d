"""A hostile folder, as a new user meets one: every file counted once whatever its path is
called, FIFOs and devices skipped without hanging, documents over their limits refused in one
line without being read, unreadable folders reported, control characters kept off the
terminal. Inputs are generated under tmp_path and small (a huge text is a sparse file)."""
from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from diarium.batch.walk import file_sha256, walk
from diarium.errors import InputError
from diarium.ingest import load
from diarium.limits import Limits, TooLarge, TooSlow, deadline, failure_reason, megabytes

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DIARIUM = [sys.executable, "-c", "from diarium.cli import main; main()"]


def diarium(*args: str | Path, cwd: Path | None = None, timeout: float = 120,
            preexec_fn=None) -> subprocess.CompletedProcess:
    return subprocess.run([*DIARIUM, *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout, preexec_fn=preexec_fn,
                          env={**os.environ, "OMP_THREAD_LIMIT": "1",
                               "PYTHONPATH": str(Path(__file__).resolve().parents[1])})


def seeds(folder: Path, count: int = 2) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for source in sorted(SAMPLES.glob("00[0-4]_*.txt"))[:count]:
        files.append(Path(shutil.copy(source, folder / source.name)))
    return files


def stored(db: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT path, given_path, sha256 FROM documents ORDER BY path").fetchall()
    conn.close()
    return rows


# --- every file once ------------------------------------------------------------------------

def test_one_folder_under_three_spellings_is_stored_once(tmp_path):
    docs = tmp_path / "docs"
    files = seeds(docs)
    db = tmp_path / "a.db"
    first = diarium("run", "docs", str(docs), ".", "--db", db, "--workers", "0", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "2 documents" in first.stdout                      # not 6
    for spelling, cwd in (("docs", tmp_path), (str(docs), tmp_path), (".", docs)):
        again = diarium("run", spelling, "--db", db, "--workers", "0", cwd=cwd)
        assert "0 documents" in again.stdout and "2 skipped" in again.stdout, again.stdout
    rows = stored(db)
    assert [row[0] for row in rows] == sorted(str(f.resolve()) for f in files)  # resolved
    assert {row[1] for row in rows} == {f"docs/{f.name}" for f in files}    # as first given


def test_links_and_copies_of_a_file_are_one_document(tmp_path):
    docs = tmp_path / "docs"
    original = seeds(docs, 1)[0]
    os.symlink(original, docs / "link.txt")
    os.link(original, docs / "hard.txt")
    shutil.copy(original, tmp_path / "copy.txt")
    assert walk([docs]) == [original]         # the link and the hard link: the same file
    db = tmp_path / "a.db"
    result = diarium("run", docs, tmp_path / "copy.txt", "--db", db, "--workers", "0")
    assert result.returncode == 0, result.stderr
    assert len(stored(db)) == 1 and "1 skipped" in result.stdout   # the copy: same content
    # With workers too: the copy is not processed alongside the original.
    pooled = diarium("run", docs, tmp_path / "copy.txt", "--db", tmp_path / "b.db",
                     "--workers", "2")
    assert len(stored(tmp_path / "b.db")) == 1 and "1 skipped" in pooled.stdout, pooled.stdout


def test_a_file_whose_bytes_change_replaces_its_old_row(tmp_path):
    docs = tmp_path / "docs"
    path = seeds(docs, 1)[0]
    db = tmp_path / "a.db"
    diarium("run", docs, "--db", db, "--workers", "0")
    path.write_text(path.read_text("utf-8") + "\nTillägg.\n", "utf-8")
    diarium("run", docs, "--db", db, "--workers", "0")
    (row,) = stored(db)
    assert row[2] == file_sha256(path)


# --- files that are no files ----------------------------------------------------------------

def special_files(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    os.mkfifo(folder / "fifo.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.txt"))
    server.close()
    return ["fifo.txt", "zero.txt", "dangling.txt", "sock.txt"]


def test_fifos_devices_sockets_and_dangling_links_are_skipped_with_a_reason(tmp_path):
    tree = tmp_path / "arkiv"
    names = special_files(tree)
    good = seeds(tree)
    db = tmp_path / "a.db"
    started = time.monotonic()
    result = diarium("run", tree, "--db", db, "--workers", "2", timeout=60)
    assert time.monotonic() - started < 60
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    for name in names:
        (line,) = [line for line in lines if f"/{name}:" in line]
        assert "skipped" in line
    assert "a FIFO" in result.stderr and "a character device" in result.stderr
    assert "a socket" in result.stderr and "a link to nothing" in result.stderr
    assert sorted(Path(row[0]).name for row in stored(db)) == sorted(f.name for f in good)


def test_a_fifo_named_explicitly_fails_in_one_line_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "fifo.txt")
    with pytest.raises(InputError, match="a FIFO"):
        load(tmp_path / "fifo.txt")
    with pytest.raises(OSError):
        file_sha256(tmp_path / "fifo.txt")
    result = diarium("ingest", tmp_path / "fifo.txt", timeout=30)
    assert result.returncode == 1 and result.stderr.count("\n") == 1


def without_root_reading() -> None:
    """In the child, before exec: root reads any folder by its capabilities to override
    permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH); drop them from the bounding set."""
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        libc.prctl(24, capability, 0, 0, 0)          # PR_CAPBSET_DROP


def test_an_unreadable_folder_is_reported_and_fails_the_run(tmp_path):
    tree = tmp_path / "arkiv"
    seeds(tree / "open")
    seeds(tree / "locked", 1)
    (tree / "locked").chmod(0)
    try:
        result = diarium("run", tree, "--db", tmp_path / "a.db", "--workers", "0",
                         preexec_fn=without_root_reading if os.geteuid() == 0 else None)
    finally:
        (tree / "locked").chmod(0o755)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert f"diarium: {tree / 'locked'}: cannot read the folder: Permission denied" in result.stderr
    assert "2 documents" in result.stdout and "1 folders unreadable" in result.stdout


def test_walk_reports_folders_it_cannot_list(tmp_path, monkeypatch):
    seeds(tmp_path / "open")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = walk([tmp_path])
    assert len(found) == 2
    assert found.unreadable == [(str(tmp_path / "locked"),
                                 "cannot read the folder: Permission denied")]


# --- limits ---------------------------------------------------------------------------------

# Runs one command and prints the peak RSS (kB) of its process tree: RUSAGE_CHILDREN of the test
# process itself is the peak of every child the whole session ran.
PEAK_OF_ONE_RUN = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:]); "
                   "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def peak_mb_of_run(*args: str | Path) -> float:
    measured = diarium_measured(*args)
    return int(measured.stdout.split()[-1]) / 1024


def diarium_measured(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PEAK_OF_ONE_RUN, *DIARIUM, *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "OMP_THREAD_LIMIT": "1",
                               "PYTHONPATH": str(Path(__file__).resolve().parents[1])})


def test_a_200_mb_text_is_refused_unread_in_one_line(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:       # sparse: 200 MB that take no disk and no time
        f.write(b"Socialn\xc3\xa4mnden beslutar.\n")
        f.truncate(200_000_000)
    with pytest.raises(TooLarge, match=r"too large: 200 MB of text, limit 5 MB"):
        load(huge)
    result = diarium("run", huge, "--db", tmp_path / "a.db", "--workers", "0")
    assert result.returncode == 1
    assert f"diarium: {huge}: too large: 200 MB of text, limit 5 MB" in result.stderr
    # the file was never read into memory (one run's peak, not the session's)
    assert peak_mb_of_run("run", huge, "--db", tmp_path / "b.db", "--workers", "0") < 1000


def flate_bomb_pdf(path: Path, megabytes_inflated: int) -> None:
    """One page whose content stream inflates to many megabytes of spaces."""
    stream = zlib.compress(b" " * (megabytes_inflated * 1_000_000), 9)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
               + b"\nendstream"]
    out, offsets = [b"%PDF-1.4\n"], []
    for number, body in enumerate(objects, start=1):
        offsets.append(sum(map(len, out)))
        out.append(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = sum(map(len, out))
    out.append(b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.append(b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    path.write_bytes(b"".join(out))


def test_a_flate_bomb_is_refused_before_pdfium_inflates_it(tmp_path):
    bomb = tmp_path / "bomb.pdf"
    flate_bomb_pdf(bomb, 40)
    limits = Limits(max_decompressed_mb=10)
    with pytest.raises(TooLarge, match=r"inflates to more than 10 MB, limit 10 MB"):
        load(bomb, limits)
    assert load(bomb, Limits(max_decompressed_mb=100)).pages   # under the limit: read


def test_page_and_text_limits_on_what_was_read(tmp_path):
    from reportlab.pdfgen import canvas
    pdf = canvas.Canvas(str(tmp_path / "three.pdf"))
    for n in range(3):
        pdf.drawString(60, 800, f"Socialnämnden, sida {n + 1}: beslut om bistånd och insatser.")
        pdf.showPage()
    pdf.save()
    with pytest.raises(TooLarge, match=r"^.*three.pdf: too large: 3 pages, limit 2$"):
        load(tmp_path / "three.pdf", Limits(max_pages=2))
    assert len(load(tmp_path / "three.pdf", Limits(max_pages=3)).pages) == 3
    text = tmp_path / "lång.txt"
    text.write_text("Socialnämnden beslutar att bevilja bistånd.\n" * 30_000, "utf-8")
    with pytest.raises(TooLarge, match=r"too large: 1.38 MB of text, limit 1 MB$"):
        load(text, Limits(max_text_mb=1))


def test_limits_come_from_run_options_and_the_environment(tmp_path):
    assert Limits.from_env({"DIARIUM_MAX_PAGES": "12", "DIARIUM_MAX_TEXT_MB": "0.5"}) == Limits(
        max_pages=12, max_text_mb=0.5)
    assert Limits.from_env(Limits(max_seconds=9).to_env()) == Limits(max_seconds=9)
    text = tmp_path / "a.txt"
    text.write_text("Socialnämnden beslutar att bevilja bistånd.\n" * 100, "utf-8")
    result = diarium("run", text, "--db", tmp_path / "a.db", "--workers", "0",
                     "--max-text-mb", "0.001")
    assert f"too large: {megabytes(text.stat().st_size)} of text, limit 0.001 MB" in result.stderr
    assert megabytes(412_000_000) == "412 MB"


def test_a_document_over_its_time_is_stopped():
    started = time.monotonic()
    with pytest.raises(TooSlow, match="too slow: over 0.2 s"):
        with deadline(0.2, "lång.pdf"):
            while True:
                time.sleep(0.01)
    assert time.monotonic() - started < 2
    with deadline(0.5):  # a block that ends in time leaves no timer behind
        pass
    time.sleep(0.6)


def test_a_worker_over_its_memory_fails_the_document_not_the_machine():
    script = ("from diarium.limits import Limits, limit_memory, failure_reason\n"
              "limits = Limits(max_memory_mb=300)\nlimit_memory(limits)\n"
              "try:\n    block = bytearray(600 * 1024 * 1024)\n"
              "except MemoryError as err:\n    print(failure_reason(err, limits))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "too large: ran out of memory (limit 300 MB)"
    assert failure_reason(ValueError("x"), Limits()) is None



def swedish_text(size: int) -> str:
    seed = "".join(p.read_text("utf-8") for p in sorted(SAMPLES.glob("00[0-4]_*.txt")))
    return (seed * (size // len(seed) + 1))[:size]


def test_a_run_stops_a_document_over_its_time_and_goes_on(tmp_path):
    """The timer is wired into the workers: a megabyte of text takes far more than a second,
    fails alone, and the small file next to it is stored."""
    tree = tmp_path / "arkiv"
    seeds(tree, 1)
    (tree / "lång.txt").write_text(swedish_text(1_000_000), "utf-8")
    started = time.monotonic()
    result = diarium("run", tree, "--db", tmp_path / "a.db", "--workers", "1",
                     "--max-seconds", "1")
    assert result.returncode == 1, result.stderr
    assert f"diarium: {tree / 'lång.txt'}: too slow: over 1 s, limit 1 s" in result.stderr
    assert "1 documents" in result.stdout and time.monotonic() - started < 60


def test_a_worker_over_its_memory_cap_fails_that_document_only(tmp_path):
    tree = tmp_path / "arkiv"
    seeds(tree, 1)
    (tree / "stor.txt").write_text(swedish_text(3_000_000), "utf-8")
    result = diarium("run", tree, "--db", tmp_path / "a.db", "--workers", "1",
                     "--max-text-mb", "50", "--max-memory-mb", "600", timeout=300)
    assert result.returncode == 1, result.stderr
    assert (f"diarium: {tree / 'stor.txt'}: too large: ran out of memory (limit 600 MB)"
            in result.stderr)
    assert "1 documents" in result.stdout

# --- names on the terminal --------------------------------------------------------------------

def test_control_characters_in_a_file_name_are_escaped_on_the_terminal(tmp_path):
    tree = tmp_path / "arkiv"
    tree.mkdir()
    name = "akt\n\x1b[31mröd\x07.pdf"
    (tree / name).write_bytes(b"not a pdf at all" * 10)
    result = diarium("run", tree, "--db", tmp_path / "a.db", "--workers", "0")
    assert result.returncode == 1
    # The error line and the progress line (both on stderr): escaped, and each one line.
    (progress, line) = [line for line in result.stderr.splitlines() if "akt" in line]
    assert "akt\\n\\x1b[31mröd\\x07.pdf" in line and "\x1b" not in result.stderr
    assert progress.startswith("[1/1] ") and "\x07" not in result.stderr
