"""An ärendelista whose rows the structure reads as a table from their spaced columns: the
Förslag cell opens with its heading and goes on with the proposals on the same line."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions
from diarium.structure import analyse

AGENDA = """KALLELSE

Ärende  Beteckning  Förslag
6.  Regler för fakturering  2025-00525  Förslag till beslut i kommunstyrelsen Kommunstyrelsen antar regler för fakturering, daterade 2025-10-17. Reglerna från 2024 upphör samtidigt att gälla.
7.  Lönestruktur 2026  2025-00715  Förslag till beslut i kommunstyrelsen Kommunstyrelsen fastställer lönestrukturen för 2026.
8.  Säkerhetsskyddschef  2025-00816  Förslag till beslut i kommunstyrelsen Kommunstyrelsen utser Anna Berg till säkerhetsskyddschef.
"""


def test_the_rows_are_a_table() -> None:
    assert analyse(AGENDA).tables


def test_each_spaced_rows_proposals_follow_the_heading_in_its_cell() -> None:
    assert [d.text for d in find_decisions(AGENDA)] == [
        "Kommunstyrelsen antar regler för fakturering, daterade 2025-10-17.",
        "Reglerna från 2024 upphör samtidigt att gälla.",
        "Kommunstyrelsen fastställer lönestrukturen för 2026.",
        "Kommunstyrelsen utser Anna Berg till säkerhetsskyddschef.",
    ]
