"""Party names in agreements whose party boxes lost their layout or were scanned: the previous
party's address and a role label before a name, a name OCR left without letters, a rule glyph
inside a signatory's name, a sentence after "för", and the legal form spelled out in one place
and abbreviated in another."""
from diarium.extract.parties import find_parties
from diarium.extract.party_identity import same_party
from diarium.schemas import Party


def names(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.orgnr) for p in find_parties(text)]


def test_address_and_role_label_before_a_name_in_a_flat_box() -> None:
    text = ("Avtal om tillsyn Beställare Norrby länsstyrelse, 123 45 Norrby Motpart Ekeby Buss AB "
            "(556677-8899), Box 12, 234 56 Ekeby. Avtalet gäller ett år.")
    assert ("Ekeby Buss AB", "556677-8899") in names(text)
    assert not any(name.startswith("123") for name, _ in names(text))


def test_a_name_without_letters_is_no_name() -> None:
    text = "Ansökan om bidrag\n\nEkeby förening\n\n12 34 -0 = Org nr 802400-1128\n\nAvtalet gäller ett år."
    assert all(any(c.isalpha() for c in name) for name, _ in names(text))


def test_a_sentence_after_for_is_no_signing_line() -> None:
    text = ("Markanvisningsavtal\nEkeby kommun, 212000-0001, och Norrby Bygg AB, 556677-8899.\n"
            "Ledningarna flyttas av kommunens enhet\nför Gata. Parterna kan senare komma överens om annat.\n\n"
            "Ort och datum\nför Ekeby kommun    för Norrby Bygg AB\n\nNamnförtydligande\n")
    assert all("Parterna" not in name for name, _ in names(text))


def test_rule_glyph_in_a_signatory_name_is_a_person() -> None:
    text = ("Avsiktsförklaring\nEkeby kommun, 212000-0001, och Norrby Bygg AB, 556677-8899.\n\n"
            "Ort och datum\nför Ekeby kommun för Anna|Berg\n\nNamnförtydligande\n")
    assert all("Anna" not in name for name, _ in names(text))


def test_legal_form_spelled_out_and_abbreviated_is_one_party() -> None:
    assert same_party(Party(name="Norrby Bostadsaktiebolag"), Party(name="Norrby Bostads AB"))
    assert not same_party(Party(name="Norrby Bostads AB"), Party(name="Ekeby Bostads AB"))


def test_a_clause_number_before_a_name_is_no_part_of_it() -> None:
    text = "Avtal\n\n1 Parter\n1.1 Ekeby kommun, 212000-0001, (\"Kommunen\")\n1.2 Norrby Bygg AB, 556677-8899, (\"Bolaget\")\n"
    assert names(text) == [("Ekeby kommun", "212000-0001"), ("Norrby Bygg AB", "556677-8899")]


def test_och_inside_a_company_name() -> None:
    text = ("Exploateringsavtal\n\nParter\nEkeby kommun, org.nr 212000-0001, nedan kallad Kommunen, och\n"
            "Norrby Mark och Exploatering Aktiebolag, org.nr 556677-8899, nedan kallad Exploatören.\n")
    assert ("Norrby Mark och Exploatering Aktiebolag", "556677-8899") in names(text)
    text = "Partnerskapet mellan Omsorgsförvaltningen och Norrby Pensionärsförening, organisationsnummer 802400-1128, gäller."
    assert ("Norrby Pensionärsförening", "802400-1128") in names(text)


def test_a_box_of_labelled_fields_under_its_name() -> None:
    text = ("Ramavtal\n\nUppdragsgivare\nEkeby kommun\nAdress: Box 1, 123 45 Ekeby\nOrg.nr: 212000-0001\n\n"
            "Uppdragstagare\nNorrby Konsult AB\nAdress: Storgatan 1, 123 46 Norrby\nOrg.nr: 556677-8899\n")
    assert names(text) == [("Ekeby kommun", "212000-0001"), ("Norrby Konsult AB", "556677-8899")]
