"""Persons in a table column whose head is a role (a list of delegated decisions), the table
going on over a page break without its head. Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons

TABLE = ("SAMMANSTÄLLNING\n\nDelegeringsbeslut i Ekeby kommun\n\n"
         "| Ärende enligt<br>delegationslistan | Beslut | Beslutsfattare | Diarienummer |\n"
         "| --- | --- | --- | --- |\n"
         "| 4.1 Bidrag till<br>föreningar | Bidrag till Ekeby IF<br>Avslag | Sanna Ljung | EK-2024-00011 |\n"
         "| 4.1 Bidrag till<br>föreningar | Bidrag till Norrby BK | Sanna Ljung | EK-2024-00012 |\n"
         "| 4.2 Yttrande | Yttrande över detaljplan | Tova Kärr-<br>Lindmark | EK-2024-00013 |\n\n"
         "Sida 2\n\n"
         "| 4.3 Anställning | Tillsvidareanställning | Mirja Falk | |\n"
         "| --- | --- | --- | --- |\n"
         "| 4.3 Anställning | Vikariat | Norrby Bygg AB | |\n")


def test_the_names_of_a_role_column_are_persons_with_that_role():
    found = {p.name: p.role for p in find_persons(TABLE)}
    assert {name: found.get(name) for name in ("Sanna Ljung", "Tova Kärr-Lindmark", "Mirja Falk")} == {
        "Sanna Ljung": "Beslutsfattare", "Tova Kärr-Lindmark": "Beslutsfattare", "Mirja Falk": "Beslutsfattare"}


def test_a_cell_that_is_no_name_is_no_person():
    assert not any("Norrby" in p.name or "Ekeby" in p.name for p in find_persons(TABLE))


def test_the_role_labels_of_an_agreements_parties_are_no_name():
    text = ("AVTAL\n\nBeställare Leverantör\nEkeby kommun Norrby Bygg AB\n\n"
            "Mellan ovanstående parter har följande avtal träffats.\n\nEkeby den 4 mars 2024\n\n"
            "Anna Berg\nKommundirektör\n")
    assert not any("Beställare" in p.name or "Leverantör" in p.name for p in find_persons(text))
