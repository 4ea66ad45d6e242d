"""More state agencies known by name: their letterhead names the document's authority."""
from __future__ import annotations

from diarium.api import extract


def test_an_agency_letterhead_names_the_authority() -> None:
    text = ("Lantmäteriet\n\nBESLUT\n2031-05-02\nDnr 401-1234/2031\n\nNorrby Bygg AB\nBox 1\n123 45 Norrby\n\n"
            "Beslut om fastighetsbestämning\n\nLantmäteriet beslutar att avsluta förrättningen.\n")
    record = extract(text)
    assert record.authority == "Lantmäteriet"
    assert record.date == "2031-05-02"
