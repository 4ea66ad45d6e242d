"""The Förslag cell of an OCR'd ärendelista row whose case number the Beteckning column cut at
its hyphen: a proposal also in the passive, its next line read after the number's tail."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

AGENDA = """KALLELSE

Ärende Beteckning | Förslag
11. | Information till nämnd: SN-2024- |Nämnden noterar informationen till protokollet.
budget 2025 00311

12. | Anmälan av delegeringsbeslut |SN-2024- | Redovisning av delegeringsbeslut förtecknade i
maj 2024 00312 protokoll 2024-05-20 godkänns.

13. | Initiativ om fritidsgårdar |SN-2024- | Nämnden ansöker om 200 000 kr i bidrag
för 2025 00313 från kommunstyrelsens satsning på unga.
"""


def test_a_passive_proposal_after_the_case_number_cell_runs_on_the_next_line() -> None:
    texts = [d.text for d in find_decisions(AGENDA)]
    assert "Redovisning av delegeringsbeslut förtecknade i protokoll 2024-05-20 godkänns." in texts
    assert "Nämnden ansöker om 200 000 kr i bidrag från kommunstyrelsens satsning på unga." in texts
    assert "Nämnden noterar informationen till protokollet." in texts


def test_a_title_cell_holding_the_case_number_is_no_proposal() -> None:
    text = "KALLELSE\n\nÄrende Beteckning | Förslag\n1. | Information till nämnd: SN-2024-\nBudget 00311\n"
    assert find_decisions(text) == []


FLAT_ROWS = """KALLELSE

Ärende  Beteckning  Förslag
Val av justerare  Eva Ek (C)
1.  Information om bokslut Föredragande: Anna Berg, ekonomichef 20 min  SN-2024- 00311  Nämnden noterar informationen till protokollet.
2.  Information om hemtjänst  SN-2024-00312
3.  Budget 2026 Föredragande: Anna Berg 2 st dokument  SN-2024- 00313  Nämnden godkänner budget 2026.
"""


def test_a_row_flattened_onto_one_line_has_its_proposal_after_the_case_number_cell() -> None:
    assert [d.text for d in find_decisions(FLAT_ROWS)] == [
        "Nämnden noterar informationen till protokollet.", "Nämnden godkänner budget 2026."]
