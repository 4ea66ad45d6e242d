"""Shared fixtures: where the samples are, and how to run the `diarium` command."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return ROOT / "samples"


@pytest.fixture(scope="session")
def generated_dir(samples_dir: Path) -> Path:
    return samples_dir / "generated"


@pytest.fixture(scope="session")
def run_diarium():
    """Run the installed `diarium` command: run_diarium("ingest", path, env={...})."""
    script = Path(sys.executable).with_name("diarium")

    def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([str(script), *map(str, args)], capture_output=True, text=True,
                              env={**os.environ, "OMP_THREAD_LIMIT": "1", **(env or {})},
                              timeout=300)
    return run


@pytest.fixture(scope="session")
def char_error_rate():
    """CER after NFC and collapsing all whitespace (line layout does not count)."""
    def cer(truth: str, reading: str) -> float:
        def norm(text: str) -> str:
            return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
        truth, reading = norm(truth), norm(reading)
        return Levenshtein.distance(truth, reading) / max(len(truth), 1)
    return cer
