"""An agreement's contact block under a plural role label, in two columns. Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons

TEXT = ("AVTAL\n\n1\nAVTALSPARTER\nKOMMUNEN\nEkeby kommun\nLEVERANTÖR\nNorrby Bygg AB\n\n"
        "2\nKONTAKTPERSONER\nKOMMUNEN\nVerksamhetsfrågor\nLEVERANTÖR\nHedda Lindqvist\nSixten Brandt\n"
        "e-post: hedda.lindqvist@example.se\ne-post: sixten@example.se\nTelefon: 0300-12 34 56\n"
        "Avtalsfrågor\nAina Holmér    Valter Sjöberg\n\n"
        "3\nAVTALSTID\nAvtalet gäller från och med 2025-01-01 till och med 2026-12-31 för båda parterna.\n")


def test_every_name_of_a_plural_contact_block_is_a_contact_person():
    found = {p.name: p.role for p in find_persons(TEXT)}
    for name in ("Hedda Lindqvist", "Sixten Brandt", "Aina Holmér", "Valter Sjöberg"):
        assert found.get(name) == "Kontaktperson"


def test_the_parties_of_the_agreement_are_not_persons():
    names = {p.name for p in find_persons(TEXT)}
    assert not names & {"Ekeby kommun", "Norrby Bygg AB"}
