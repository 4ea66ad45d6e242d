"""A Beslut that runs over a page whose foot prints a contact footer as a row of labels over a
row of values ("Postadress Besöksadress Telefon" / "123 45 EKEBY Storgatan 1 010-123 45 67"),
written for these tests in the layout of another länsstyrelse's decision: the label row is no
heading that ends the Beslut, and the next heading ("Syftet med reservatet", its words repeated by
the prose under it) ends it."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.structure import analyse

DECISION = ("\fLÄNSSTYRELSEN Beslut 1 (4)\n\n2031-05-02 511-1234-31\n\n"
            "Beslut\n\n"
            "Länsstyrelsen beslutar med stöd av 7 kap. 4 § miljöbalken att förklara det område som visas\n"
            "på kartan som naturreservat, med syfte, skäl och föreskrifter enligt nedan.\n\n"
            "Reservatets namn ska vara Norrby lunds naturreservat.\n\n"
            "Postadress Besöksadress E-post Telefon\n"
            "123 45 EKEBY Storgatan 1 ekeby(Qlansstyrelsen.se 010 —123 45 67\n\n"
            "\f\n\nLÄNSSTYRELSEN Beslut 2 (4)\n\n2031-05-02 511-1234-31\n\n"
            "I enlighet med 3 § förordningen (1998:1252) om områdesskydd enligt miljöbalken\n"
            "m.m. fastställer Länsstyrelsen bifogad skötselplan (bilaga 1).\n\n"
            "Syftet med reservatet\n\n"
            "Syftet med reservatet är att bevara biologisk mångfald och värdefulla naturmiljöer. Lövträd\n"
            "ska gynnas, så som lind, ask och lönn.\n\n"
            "Reservatet ska vara tillgängligt för friluftslivet i den mån naturvärdena inte hotas.\n")


def test_a_footer_label_row_does_not_end_the_decision_and_a_repeated_heading_does():
    found = [d.text for d in find_decisions(DECISION, analyse(DECISION))]
    assert found[-1].startswith("I enlighet med 3 § förordningen")
    assert found[-1].endswith("bifogad skötselplan (bilaga 1).")
    assert not any("Postadress" in text or "Syftet" in text or "friluftslivet" in text for text in found)
