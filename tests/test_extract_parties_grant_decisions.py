"""A state body's grant decision: the recipient named only in the subject line, and the granting
verb's past forms that name no recipient (a heading's participle, the granting body as agent)."""
from __future__ import annotations

from diarium.extract.parties import find_parties
from diarium.extract.party_sentences import grant_recipients
from diarium.extract.units import text_units
from diarium.structure import analyse

FLAT_DECISION = ("BESLUT 1 (3) Enheten för vatten Norrby kommun Anna Berg Norrby Statsbidrag för "
                 "våtmarker 2026, Norrby kommun ANSÖKNINGAR Beviljade ansökningar Myndigheten har i dag "
                 "beslutat att bevilja statsbidrag om högst 40 % för dessa våtmarker: Damm vid "
                 "Norrby gård. Sökt belopp, Högsta beviljat % av kostnaden Dokument statsbidrag. "
                 "REDOVISNING Kommunen redovisar arbetet senast den 1 mars.")


def recipients(text: str) -> list[str]:
    return [p.name for p in grant_recipients(text, text_units(text, analyse(text)))]


def test_the_recipient_in_the_subject_line_of_a_flat_decision():
    assert [p.name for p in find_parties(FLAT_DECISION)] == ["Norrby kommun"]


def test_a_heading_participle_names_no_recipient():
    assert recipients("Beviljade projekt Ekebyfonden förvaltar bidrag om 20 000 kr.") == []


def test_the_granting_body_after_the_participle_is_no_recipient():
    assert recipients("Ett bidrag beviljat av Ekeby kulturnämnd 2024 ska redovisas.") == []


def test_a_recipient_after_the_active_verb_is_still_read():
    assert recipients("Nämnden beviljade föreningen Ekebyfonden 20 000 kr i bidrag.") == ["Ekebyfonden"]
