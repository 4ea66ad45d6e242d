"""Names in a column of a table printed as text, under a column label that is a role.
Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons

APPOINTMENTS = (
    "Anmälan av anställningar\n\n"
    "Befattning       Anställningsform Anställningsdatum Rekryterande chef Lagrum\n\n"
    "Enhetschef       Vikariat        2025-10-01    Karin Söderholm    2.3.2 LAS\n"
    "Samordnare       Tillsvidareanställning 2025-10-01 Magnus Lindvall 2.3.2 LAS\n"
    "Kock             Tillsvidareanställning 2025-10-06 Xavera Quist 2.3.2 LAS\n"
    "Lokalvårdare     Tillsvidareanställning 2025-10-06 Anna Berg 2.3.2 LAS\n\n"
    "Beslutet anmäls till nämnden vid nästa sammanträde enligt delegationsordningen.\n")


def test_the_names_of_a_role_column_are_persons_with_the_columns_label():
    found = {p.name: p.role for p in find_persons(APPOINTMENTS)}
    for name in ("Karin Söderholm", "Magnus Lindvall", "Xavera Quist", "Anna Berg"):
        assert found.get(name) == "Rekryterande chef"


def test_the_posts_of_the_first_column_are_not_persons():
    names = {p.name for p in find_persons(APPOINTMENTS)}
    assert not any(name.startswith(("Enhetschef", "Samordnare", "Lokalvårdare")) for name in names)
