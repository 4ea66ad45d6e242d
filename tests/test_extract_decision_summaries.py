"""Decisions of a body's web summary of a meeting ("Beslut i korthet"): only what completes a
"… beslutar att" lead-in; the summary's introduction and each ärende's narrative are text."""
from __future__ import annotations

from diarium.extract.decision_pieces import Piece
from diarium.extract.decision_leads import list_after_lead_in
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


def test_a_numbered_item_announcing_a_new_wording_keeps_the_quoted_wording() -> None:
    lines = ["Ekeby kommunstyrelse föreslår kommunfullmäktige besluta att",
             "1. Revidera nämndens reglemente så att en ny § 4 med följande lydelse förs in:",
             "Närvaro på distans ”Nämnden får sammanträda med ledamöter på distans.",
             "Ledamot som önskar delta på distans ska anmäla detta i förväg.",
             "Ordföranden avgör om närvaro får ske på distans.”",
             "Beslutet har fattats med stöd av punkt 1.7 i delegationsordningen."]
    pieces = [Piece([(k * 100, k * 100 + len(line), line)], "1" if k == 1 else None) for k, line in enumerate(lines)]
    assert list_after_lead_in(pieces) == pieces[:5]      # the quotation, not the note after it
