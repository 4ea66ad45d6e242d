"""An old-style protokoll with no Beslut headings: each § closes with its outcome in the
passive ("… godkändes.", "Informationen noteras."), and that sentence is the §'s decision."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

MINUTES = """Ekeby Bostäder AB
Styrelsesammanträde 2009-03-19

§1 Val av justeringsmän

Ordföranden och ledamoten Anna Berg utsågs att justera dagens protokoll.

§2 Fastställande av dagordning

Utsänt förslag till dagordning godkändes med tillägg enligt § 6.

§3 Anmälan om protokollsjustering

Anmäldes att protokoll från styrelsens sammanträde den 19 februari 2009 är justerat.

§4 Information om uthyrning

Verkställande direktören informerade om läget. Informationen noteras.

§5 Förhandlingens avslut

Förhandlingen förklarades avslutad.
"""


def test_each_sections_closing_outcome_is_its_decision() -> None:
    assert [d.text for d in find_decisions(MINUTES)] == [
        "Ordföranden och ledamoten Anna Berg utsågs att justera dagens protokoll.",
        "Utsänt förslag till dagordning godkändes med tillägg enligt § 6.",
        "Informationen noteras.",
    ]


def test_a_section_with_a_beslut_heading_keeps_only_that_decision() -> None:
    text = ("§ 7 Budget\n\nBudgeten för 2008 antogs av fullmäktige. Rapporten godkändes.\n\n"
            "Beslut\n\nStyrelsen godkänner budgeten.\n")
    assert [d.text for d in find_decisions(text)] == ["Styrelsen godkänner budgeten."]
