"""A kallelse whose ärendelista was flattened one row per line, the cells set apart by two
spaces, so that a Förslag cell of several proposals stands on one line: each new act of the
body after a sentence's end, and a sentence that repeals the act it replaces, begins the next
proposal. Written for these tests in the style of another nämnd's kallelse; no word of it is in
code or word lists."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.structure import analyse

KALLELSE = ("KALLELSE\n\nSocialnämnden\n\nÄrende  Beteckning  Förslag\n"
            "1.  Taxa för färdtjänst Föredragande: Eva Ek 10 min  SN-2031- 00118  Socialnämnden föreslår "
            "kommunfullmäktige att fastställa taxa för färdtjänst, daterad 2031-02-01. Taxan ska gälla från 1 juli 2031. "
            "Taxa för färdtjänst, antagen av kommunfullmäktige 2027-05-04 § 61, upphör samtidigt att gälla. "
            "Socialnämnden beslutar att egenavgiften ska vara oförändrad.\n"
            "2.  Information om budget Föredragande: Eva Ek 5 min  SN-2031- 00120  Socialnämnden noterar "
            "informationen till protokollet.\n")


def test_each_act_in_a_flattened_proposal_cell_is_a_proposal_of_its_own() -> None:
    assert [d.text for d in find_decisions(KALLELSE, analyse(KALLELSE))] == [
        "Socialnämnden föreslår kommunfullmäktige att fastställa taxa för färdtjänst, daterad 2031-02-01. "
        "Taxan ska gälla från 1 juli 2031.",
        "Taxa för färdtjänst, antagen av kommunfullmäktige 2027-05-04 § 61, upphör samtidigt att gälla.",
        "Socialnämnden beslutar att egenavgiften ska vara oförändrad.",
        "Socialnämnden noterar informationen till protokollet."]
