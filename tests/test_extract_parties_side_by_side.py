"""Party boxes set side by side in a text that kept the page's layout, two role labels on one
line, and a role label in the definite form ("Köparen: X")."""
from diarium.extract.parties import find_parties


def names(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.orgnr) for p in find_parties(text)]


def test_boxes_side_by_side_each_with_its_number() -> None:
    text = ("HYRESAVTAL\n\nHyresvärd                          Hyresgäst\n"
            "Norrby Fastigheter AB              Ekeby ryttarförening\n"
            "Box 3, 123 45 Norrby               Stallvägen 2, 123 46 Ekeby\n"
            "Org.nr 556677-8899                 Org.nr 802400-1128\n\nHyran är 10 000 kr per månad.\n")
    assert names(text) == [("Norrby Fastigheter AB", "556677-8899"), ("Ekeby ryttarförening", "802400-1128")]


def test_a_number_under_the_other_box_is_not_the_name_before_it() -> None:
    text = ("AVTAL\n\nKommunen                           Bolaget\n"
            "Ekeby kommun                       Norrby Energi AB\n"
            "212000-0001                        556677-8899\n")
    assert names(text) == [("Ekeby kommun", "212000-0001"), ("Norrby Energi AB", "556677-8899")]


def test_a_justified_title_is_no_row_of_boxes() -> None:
    text = ("Samverkansavtal   om   gemensam   vattenförsörjning\n\n1. Avtalsparter\n\n"
            "Ekeby kommun, nedan kallad Ekeby\nOrganisationsnummer: 212000-0001\n")
    assert all("avtal" not in name.lower() for name, _ in names(text))


def test_two_role_labels_on_one_line() -> None:
    text = "AVTAL\n\nBeställare: Ekeby kommun          Leverantör: Norrby Omsorg AB\n\nAvtalet gäller ett år.\n"
    assert [name for name, _ in names(text)] == ["Ekeby kommun", "Norrby Omsorg AB"]


def test_role_labels_in_the_definite_form() -> None:
    text = "ÖVERENSKOMMELSE\n\nKöparen: Norrby Bygg AB\nSäljaren: Ekeby kommun\n\nKöparen betalar 500 000 kr.\n"
    assert [name for name, _ in names(text)] == ["Norrby Bygg AB", "Ekeby kommun"]


def test_a_defined_term_in_parentheses_inside_the_list_of_sides() -> None:
    text = "MARKANVISNINGSAVTAL\n\nDetta avtal har upprättats mellan Ekeby kommun (Kommunen) och Norrby Hem AB (Byggaktören).\n"
    assert [name for name, _ in names(text)] == ["Ekeby kommun", "Norrby Hem AB"]
