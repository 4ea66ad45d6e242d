"""A number's name on a page the copy printed as one long line (the structure takes the line for
furniture, so no paragraph holds it), and a number the document names nowhere (a field of an
applicant's e-service form), and the parties of a declaration of intent (avsiktsförklaring) a
decision approves, written for these tests in other bodies' style."""
from __future__ import annotations

from diarium.extract import find_parties


def parties(text: str) -> list[tuple[str, str | None]]:
    return sorted((p.name, p.orgnr) for p in find_parties(text))


def test_the_name_before_a_number_on_a_page_printed_as_one_line():
    text = ("1.0 PARTER Kompletteras vid tecknande av avtal. Mellan Ekeby kommun, Socialnämnden (SN), "
            "organisationsnummer 212000-9994 (nedan Beställaren) och NN, organisationsnummer YY (nedan "
            "Utföraren) har följande avtal träffats. 2.0 OMBUD Ändringar meddelas skriftligen. 3.0 AVTALSTID "
            "Avtalstiden är två (2) år, räknat från och med 2020-01-01 till och med 2021-12-31. 1(8)\n")
    assert parties(text) == [("Ekeby kommun", "212000-9994")]


def test_a_number_no_name_stands_beside_is_no_party():
    text = ("Ansökan om planbesked\n\nKontaktuppgifter företag\n\nFöretag\nNorrby Bygg AB\n\n"
            "Utdelningsadress\n\nPostort\nNorrby\n\nE-postadress\n\nFöretagets kontaktperson\n\n"
            "Förnamn\n\nTelefon\n\nOrganisationsnummer\n556036-0793\n\nPostnummer\n\nTelefon\n\n"
            "Är du ägare till fastigheten?\n\nNej\n\nKontaktuppgifter fastighetsägare\n\n"
            "Ett medgivande från fastighetsägaren ska bifogas.\n")
    assert [name for name, _ in parties(text) if name.startswith("org.nr")] == []


def test_the_parties_of_a_declaration_of_intent_a_decision_approves():
    text = ("Förslag till beslut\n"
            "Kommunstyrelsen godkänner avsiktsförklaringen mellan Ekeby kommun och Norrby Hamn AB "
            "angående fortsatt samverkan kring utbyggnad av hamnen, daterad 2024-03-12.\n")
    assert [name for name, _ in parties(text)] == ["Ekeby kommun", "Norrby Hamn AB"]
