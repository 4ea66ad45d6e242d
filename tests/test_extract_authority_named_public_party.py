"""An agreement's first public party may carry no organisation word (a kommunalförbund, a joint
procurement unit): a party line that opens with a name and a public-sector orgnr names it."""
from __future__ import annotations

from diarium.extract.authority import find_authority

AGREEMENT = ("AVTAL\nDNR: UC-2031-12\n1.0 PARTER\nUPPHANDLANDE MYNDIGHETER\n"
             "Norrbyförbundet, 222000-1234, vad beträffar Ekeby kommun 212000-0001 och\n"
             "Västby kommun 212000-0002, som beställare, och Leverantören sluter följande avtal.\n"
             "2.0 OMFATTNING\nAvrop av livsmedel.\n")


def test_the_first_party_line_with_a_public_orgnr() -> None:
    found = find_authority(AGREEMENT, doc_type="avtal")
    assert found is not None and found[0] == "Norrbyförbundet"


def test_a_company_orgnr_names_no_public_party() -> None:
    found = find_authority(AGREEMENT.replace("222000-1234", "556000-1234"), doc_type="avtal")
    assert found is not None and found[0] == "Ekeby kommun"
