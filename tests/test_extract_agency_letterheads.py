"""More state agencies known by name: their letterhead names the document's authority."""
from __future__ import annotations

from diarium.api import extract


def test_an_agency_letterhead_names_the_authority() -> None:
    text = ("Lantmäteriet\n\nBESLUT\n2031-05-02\nDnr 401-1234/2031\n\nNorrby Bygg AB\nBox 1\n123 45 Norrby\n\n"
            "Beslut om fastighetsbestämning\n\nLantmäteriet beslutar att avsluta förrättningen.\n")
    record = extract(text)
    assert record.authority == "Lantmäteriet"
    assert record.date == "2031-05-02"


def test_an_agency_letterhead_above_the_kommun_it_writes_to() -> None:
    text = ("Trafikverket\n\nBESLUT\n2031-05-02\nDnr TRV 2031/1234\n\nEkeby kommun\nBox 1\n123 45 Ekeby\n\n"
            "Beslut om statlig medfinansiering\n\nTrafikverket beslutar att bevilja medfinansiering.\n")
    assert extract(text).authority == "Trafikverket"


def test_a_kommun_letterhead_above_the_agency_it_writes_to() -> None:
    text = ("Ekeby kommun\nKommunstyrelsen\n\nYTTRANDE\n2031-05-02\nDnr KS 2031/12\n\nTrafikverket\nBox 1\n"
            "781 00 Borlänge\n\nYttrande över vägplan\n\nKommunstyrelsen tillstyrker vägplanen.\n")
    assert extract(text).authority != "Trafikverket"
