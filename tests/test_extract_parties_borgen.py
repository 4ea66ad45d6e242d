"""A kommunal borgen given by an agreement, written for this test in another body's style: the
borrower is the party (as a grant's recipient), the kommun that goes in borgen and signs the
borgen documents is not."""
from __future__ import annotations

from diarium.extract import find_parties


def test_the_kommun_that_goes_in_borgen_is_no_party():
    text = ("Ekeby kommun\n\nSammanfattning\n\nNämnden föreslår att kommunen beviljar Norrby Tennisklubb borgen "
            "för ett lån till nya banor.\n\nBeslut\n\n"
            "att godkänna förslag till avtal med Norrby Tennisklubb innebärande att kommunen går i borgen "
            "för ett lån om 2 000 000 kronor.\n\n"
            "Kommunstyrelsens ordförande utses att för kommunens räkning underteckna borgenshandlingarna.\n")
    assert sorted(p.name for p in find_parties(text)) == ["Norrby Tennisklubb"]


def test_the_kommun_signing_an_agreement_of_no_grant_stays_a_party():
    text = ("Ekeby kommun\n\nBeslut\n\nKommunstyrelsen godkänner arrendeavtal med Norrby Tennisklubb.\n\n"
            "Kommunstyrelsens ordförande utses att för kommunens räkning underteckna avtalet.\n")
    assert sorted(p.name for p in find_parties(text)) == ["Ekeby kommun", "Norrby Tennisklubb"]
