"""Decisions of a body's web summary of a meeting ("Beslut i korthet"): only what completes a
"… beslutar att" lead-in; the summary's introduction and each ärende's narrative are text."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

SUMMARY = """Beslut i korthet - kulturnämnden 4 maj 2021

Kulturnämnden beslutade bland annat att anta en plan för biblioteken.

Beslut i korthet

Nedan redovisas besluten i de flesta ärenden. För en komplett redovisning hänvisas till protokollet.

Biblioteken i Ekeby ska enligt bibliotekslagen ha en plan som antas av nämnden.

Kulturnämnden beslutar att

Anta biblioteksplan för Ekeby kommun 2021-2024.

Målet för kulturarbetet är att fler invånare ska ta del av kulturlivet i hela kommunen.

Kulturnämnden beslutar att

Godkänna verksamhetsberättelsen för 2020.
"""


def test_a_summary_gives_only_what_completes_each_lead_in() -> None:
    texts = [d.text for d in find_decisions(SUMMARY)]
    assert len(texts) == 2
    assert texts[0].endswith("Anta biblioteksplan för Ekeby kommun 2021-2024.")
    assert texts[1].endswith("Godkänna verksamhetsberättelsen för 2020.")


def test_att_items_after_a_lead_in_are_each_a_decision() -> None:
    text = SUMMARY.replace("Anta biblioteksplan för Ekeby kommun 2021-2024.",
                           "att anta biblioteksplan för Ekeby kommun 2021-2024,\n\natt ge förvaltningen i uppdrag att följa upp planen.")
    texts = [d.text for d in find_decisions(text)]
    assert texts[:2] == ["att anta biblioteksplan för Ekeby kommun 2021-2024",
                         "att ge förvaltningen i uppdrag att följa upp planen."]
    assert len(texts) == 3
