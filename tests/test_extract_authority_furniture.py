"""The organisation a running header or footer opens with is the issuer of an excerpt whose head
names none; a body only mentioned in the text is not."""
from __future__ import annotations

from diarium.extract.authority import find_authority

PAGES = ("Taxa\nAvgift per år 900 kr för hämtning\n\fNorrby kommun  Taxa för avfall 2031\nAvgift per kärl\n"
         "\fNorrby kommun  Taxa för avfall 2031\nAvgift per tömning\n\fNorrby kommun  Taxa för avfall 2031  3\nSlut")


def test_the_organisation_of_a_running_footer() -> None:
    found = find_authority(PAGES)
    assert found is not None and found[0] == "Norrby kommun"


def test_a_running_footer_without_an_organisation_names_none() -> None:
    assert find_authority(PAGES.replace("Norrby kommun  ", "")) is None
