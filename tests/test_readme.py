"""Every command line of the README's `sh` blocks runs as written after `make run`.

The lines run in README order in one working folder (a later example may read what an
earlier one wrote, e.g. `004.p1.json`), with the repository's `samples/` and `bench/` linked
in and the database `make run` builds: the session fixture runs the `diarium run …` command
the Makefile's `run` target runs. A line fails when it exits non-zero or prints a traceback.
A `diarium serve` line is started on a free port, asked for pages over HTTP and stopped.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LINKED = ("samples", "bench")


def shell_blocks(markdown: str) -> list[str]:
    """The bodies of the ```sh fenced blocks."""
    return re.findall(r"^```sh\n(.*?)^```", markdown, flags=re.M | re.S)


NOT_RUN = ("make ", "#", "sudo ", "git ")     # set-up of the machine itself, comments


def example_lines(markdown: str) -> list[str]:
    """Each command line of the `sh` blocks (backslash continuations joined), in order: the
    `diarium …` examples and the shell lines that make their input (`mkdir`, `printf`, …)."""
    lines = []
    for block in shell_blocks(markdown):
        for line in re.sub(r"\\\n\s*", " ", block).splitlines():
            if line.strip() and not line.startswith(NOT_RUN):
                lines.append(line.rstrip())
    return lines


def makefile_run_command() -> list[str]:
    """The arguments the Makefile's `run` target gives `diarium` (e.g. ['run', 'samples/'])."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^run:.*\n\t\$\(VENV\)/bin/diarium (.+)$", makefile, flags=re.M)
    assert recipe, "the Makefile's run target no longer runs `diarium …`"
    return recipe[1].split()


EXAMPLES = example_lines((ROOT / "README.md").read_text(encoding="utf-8"))


def environment() -> dict[str, str]:
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "OMP_THREAD_LIMIT": "1", "COLUMNS": "120"}


@pytest.fixture(scope="session")
def workdir(tmp_path_factory) -> Path:
    """A folder as the repository root is after `make run`."""
    folder = tmp_path_factory.mktemp("readme")
    for name in LINKED:
        (folder / name).symlink_to(ROOT / name, target_is_directory=True)
    made = subprocess.run([str(BIN / "diarium"), *makefile_run_command()], cwd=folder,
                          env=environment(), capture_output=True, text=True, timeout=600)
    assert made.returncode == 0, made.stderr
    assert (folder / "diarium.db").exists()
    return folder


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def on_port(line: str, port: int) -> str:
    """The serve line on `port`: its own --port/-p replaced, or one added."""
    command = line.split("#", 1)[0].strip()
    replaced, count = re.subn(r"(--port|-p)[ =]\d+", f"--port {port}", command)
    return replaced if count else f"{command} --port {port}"


def get(url: str) -> tuple[int, str]:
    # generous: Datasette's first page of a table (counts, facets) on a loaded 2-core machine
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.status, response.read().decode("utf-8", "replace")


def check_serve(line: str, folder: Path) -> None:
    port = free_port()
    server = subprocess.Popen(["bash", "-c", f"exec {on_port(line, port)}"], cwd=folder,
                              env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, start_new_session=True)
    try:
        deadline, status = time.monotonic() + 90, 0
        while time.monotonic() < deadline and server.poll() is None:
            try:
                status, _page = get(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                time.sleep(0.5)
        assert status == 200, f"no answer on port {port}"
        database = re.search(r"--db[ =](\S+)", line)
        stem = Path(database[1]).stem if database else "diarium"
        status, rows = get(f"http://127.0.0.1:{port}/{stem}/documents.json?_shape=array&_size=2")
        assert status == 200 and '"path"' in rows, rows[:500]
        assert get(f"http://127.0.0.1:{port}/-/tidslinje")[0] == 200
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGINT)
        try:
            _out, err = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            _out, err = server.communicate()
    assert "Traceback" not in err, err


def test_the_readme_has_examples_of_every_command():
    commands = {line.split()[1] for line in EXAMPLES if line.startswith("diarium ")}
    assert {"ingest", "correct", "extract", "run", "facts", "search", "sql", "serve",
            "timeline", "diff", "pdf", "--version"} <= commands
    assert len(EXAMPLES) >= 30


@pytest.mark.parametrize("line", EXAMPLES, ids=[f"{i:02d}" for i in range(len(EXAMPLES))])
def test_readme_example_runs(line: str, workdir: Path):
    if line.startswith("diarium serve"):
        check_serve(line, workdir)
        return
    # pipefail for diarium's own pipelines; a set-up line such as `yes … | head` ends its writer
    options = ["-o", "pipefail"] if line.startswith("diarium ") else []
    result = subprocess.run(["bash", *options, "-c", line], cwd=workdir,
                            env=environment(), capture_output=True, text=True, timeout=300)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.returncode == 0, f"{line}\nexit {result.returncode}\n{result.stderr[-2000:]}"
