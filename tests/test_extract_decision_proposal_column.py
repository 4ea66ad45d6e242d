"""An ärendelista table whose header names its last column "Förslag": each numbered row's cell
there is the ärende's proposal, also with no "Förslag till beslut" heading inside the cell."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

HEADER = "| | Ärende | Beteckning | Förslag |\n| --- | --- | --- | --- |\n"
AGENDA = HEADER + (
    "| | Val av justerare | | Eva Ek (C) |\n"
    "| 1. | Information om<br>bokslut | EN-2025-<br>00017 | Nämnden noterar informationen<br>till protokollet. |\n"
    "| 2. | Stipendium | EN-2025-<br>00018 | Nämnden beslutar utse en kommitté. Nämnden<br>"
    "representeras av Anna Berg (M). |\n"
    "| 3. | Information om<br>arenan | EN-2025-<br>00019 | Nämnden noterar informationen<br>till protokollet. |\n"
    "| 4. | Förvaltningschefen informerar | EN-2025-<br>00020 | - |\n")


def test_each_numbered_rows_proposal_cell_is_its_decision() -> None:
    decisions = find_decisions(AGENDA)
    assert [(d.number, d.text) for d in decisions] == [
        (None, "Nämnden noterar informationen till protokollet."),
        (None, "Nämnden beslutar utse en kommitté. Nämnden representeras av Anna Berg (M)."),
        (None, "Nämnden noterar informationen till protokollet."),
    ]


def test_a_column_of_other_words_is_no_proposal_column() -> None:
    text = AGENDA.replace("| Förslag |", "| Anteckning |", 1)
    assert find_decisions(text) == []


def test_a_date_cut_at_its_hyphen_is_no_numbered_item() -> None:
    text = HEADER + ("| 5. | Avtal | 2025-00123 | Förslag till beslut i kommunstyrelsen<br>Kommunstyrelsen "
                     "godkänner avtalet,<br>undertecknat av bolaget 2025-12-<br>15.<br>Ordföranden utses att"
                     "<br>underteckna avtalet. |\n")
    assert [(d.number, d.text) for d in find_decisions(text)] == [
        (None, "Kommunstyrelsen godkänner avtalet, undertecknat av bolaget 2025-12-15."),
        (None, "Ordföranden utses att underteckna avtalet."),
    ]
