"""`diarium timeline`: agreement periods per organisation and amounts per year, as a
self-contained HTML page, checked as data, as HTML, and rendered by headless Chromium."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from diarium.ingest.text import document_from_string
from diarium.schemas import Amount, OrgNr, Party, Period, Record
from diarium.store import connect, open_readonly, stored_document, write
from diarium.timeline import TimelineFilter, timeline, timeline_html

pytest.importorskip("vl_convert")

# (name, orgnr or None, periods, amount, document date) for each document of the test store.
# Two stores of the same decision (a text and its scan) name the same period twice.
DOCUMENTS = {
    "beslut-2021.txt": ("Stockholms stadsmission", "802003-1954",
                        [("2021-01-01", "2023-12-31", "partnerskap")], 5_888_919, "2020-11-20"),
    "beslut-2021.scan.txt": ("Stockholms Stadsmission", "802003-1954",
                             [("2021-01-01", "2023-12-31", "partnerskap")], 5_888_919,
                             "2020-11-20"),
    "avtal-2019.txt": ("Frälsningsarmén", "802006-1688",
                       [("2017-05-01", "2019-04-30", "avtal"),
                        ("2019-05-01", "2020-04-30", "partnerskap")], 1_200_000, "2019-04-16"),
    "avtal-2024.txt": ("Stockholms stadsmission", None,
                       [("2024-01-01", "2024-06-30", "samarbetsavtal")], 2_900_000,
                       "2023-12-12"),
    "bidrag.txt": ("Filadelfiaförsamlingen", None, [("2022-01-01", "2022-12-31", "avtal")],
                   450_000, "2021-12-01"),
}
PUBLIC = Party(name="Socialnämnden", public=True)


def record(path: str) -> Record:
    name, number, periods, amount, day = DOCUMENTS[path]
    party = Party(name=name, orgnr=number, orgnr_valid=bool(number))
    return Record(doc_id=path.split(".")[0], title=f"Idéburet offentligt partnerskap ({path})",
                  date=day, authority="Socialnämnden", parties=[party, PUBLIC],
                  orgnrs=[OrgNr(orgnr=number, orgnr_valid=True, name=name)] if number else [],
                  periods=[Period(start=s, end=e, kind=k) for s, e, k in periods],
                  amounts=[Amount(value=amount, per="år")])


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("timeline") / "arkiv.db"
    conn = connect(db)
    for path in DOCUMENTS:
        # Each its own text: the store knows a document by its content (sha256).
        text = f"Socialnämnden beslutar om {DOCUMENTS[path][0]} ({path})."
        write(conn, stored_document(document_from_string(text, path=path), text, [],
                                    record(path)))
    conn.close()
    return db


def test_one_bar_per_organisation_period_with_all_its_documents(store):
    data = timeline(open_readonly(store))
    bars = {(b.organisation, b.start, b.kind): len(b.sources) for b in data.bars}
    assert bars == {
        ("Stockholms stadsmission (802003-1954)", "2021-01-01", "partnerskap"): 2,
        # printed without its number here, but the name has one elsewhere in the store
        ("Stockholms stadsmission (802003-1954)", "2024-01-01", "samarbetsavtal"): 1,
        ("Frälsningsarmén (802006-1688)", "2017-05-01", "avtal"): 1,
        ("Frälsningsarmén (802006-1688)", "2019-05-01", "partnerskap"): 1,
        ("Filadelfiaförsamlingen", "2022-01-01", "avtal"): 1,
    }
    totals = {(a.organisation, a.year): a.kronor for a in data.amounts}
    assert totals == {("Stockholms stadsmission (802003-1954)", "2020"): 5_888_919,
                      ("Stockholms stadsmission (802003-1954)", "2023"): 2_900_000,
                      ("Frälsningsarmén (802006-1688)", "2019"): 1_200_000,
                      ("Filadelfiaförsamlingen", "2021"): 450_000}
    assert "Socialnämnden" not in data.organisations      # the public party is not charted


def test_filter_by_organisation_or_orgnr(store):
    conn = open_readonly(store)
    by_number = timeline(conn, TimelineFilter(orgnr="802006 1688"))
    assert by_number.organisations == ["Frälsningsarmén (802006-1688)"]
    by_name = timeline(conn, TimelineFilter(org="filadelfiaförsamlingen"))
    assert by_name.organisations == ["Filadelfiaförsamlingen"]
    assert timeline(conn, TimelineFilter(orgnr="556000-0000")).bars == []


def test_page_is_self_contained(store):
    html = timeline_html(open_readonly(store))
    assert html.count("<svg") == 2
    for name in ("Stockholms stadsmission (802003-1954)", "Frälsningsarmén (802006-1688)",
                 "Filadelfiaförsamlingen"):
        assert name in html
    assert "5\u00a0888\u00a0919\u00a0kr" in html
    # Nothing to fetch: no scripts, stylesheets, images or fonts from anywhere.
    assert not re.search(r"<script|<link|<img|@import|url\(", html)
    assert set(re.findall(r"https?://[^\s\"'<>]+", html)) <= {
        "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}


# `diarium timeline` as the CLI runs it (registered here when cli.py does not yet).
COMMAND = ("from diarium import cli; from diarium.commands.timeline import timeline; "
           "names = [c.name or c.callback.__name__ for c in cli.app.registered_commands]; "
           "'timeline' in names or cli.app.command()(timeline); cli.main()")


def run_command(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", COMMAND, "timeline", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs chromium")
def test_command_page_renders_in_chromium(store, tmp_path):
    out = tmp_path / "tidslinje.html"
    done = run_command("--db", str(store), "-o", str(out), "--orgnr", "802003-1954")
    assert done.returncode == 0, done.stderr
    chromium = [shutil.which("chromium"), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--window-size=1100,1400"]
    dom = subprocess.run([*chromium, "--dump-dom", out.as_uri()], capture_output=True,
                         text=True, timeout=120).stdout
    assert "Stockholms stadsmission (802003-1954)" in dom and "<svg" in dom
    assert "Frälsningsarmén" not in dom                      # filtered out
    shot = tmp_path / "tidslinje.png"
    subprocess.run([*chromium, f"--screenshot={shot}", out.as_uri()], capture_output=True,
                   timeout=120)
    pixels = Image.open(shot).convert("RGB").tobytes()
    # The bars are drawn: well over a thousand pixels of chart colour, not just text.
    coloured = sum(1 for i in range(0, len(pixels), 3)
                   if max(pixels[i:i + 3]) - min(pixels[i:i + 3]) > 60)
    assert coloured > 1000


def test_bad_orgnr_is_a_usage_error(store, tmp_path):
    done = run_command("--db", str(store), "-o", str(tmp_path / "x.html"), "--orgnr", "12")
    assert done.returncode == 2 and "not an organisationsnummer" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.html").exists()
