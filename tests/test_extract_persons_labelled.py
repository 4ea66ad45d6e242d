"""Persons after a label and a colon in an agenda's cells, and names that are not persons
(a place before a name, a unit's name, an organisation with its own acronym). Made-up names."""
from __future__ import annotations

from diarium.extract.persons import find_persons
from diarium.structure import analyse


def people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in find_persons(text, analyse(text))}


AGENDA = (
    "| Nr | Ärende | Beteckning | Förslag till beslut |\n"
    "|---|---|---|---|\n"
    "| 1. | Information: Fritidsbanken<br>Föredragande: Elsa<br>Nordvik, utvecklare fritid<br>20 min"
    " | EKN-2024-<br>00012 | Nämnden noterar informationen. |\n"
    "| 2. | Budget 2025<br>Föredragande: Jonas Ahlqvist,<br>controller, och Mira<br>Sandell, ekonomichef<br>10 min"
    " | EKN-2024-<br>00013 | Nämnden godkänner budgeten. |\n"
)


def test_presenters_in_an_agenda_cell_are_persons_with_their_titles():
    found = people(AGENDA)
    assert found["Elsa Nordvik"] == "Utvecklare fritid"
    assert found["Jonas Ahlqvist"] == "Controller"
    assert found["Mira Sandell"] == "Ekonomichef"


def test_a_presenter_in_a_flattened_agenda_row():
    text = ("KALLELSE\n\n3.  Information om lokaler Föredragande: Oskar Lindeberg, fastighetschef "
            "15 min 1 st dokument  EKN-2024- 00014  Nämnden noterar informationen.\n")
    assert people(text)["Oskar Lindeberg"] == "Fastighetschef"


def test_a_labelled_person_with_a_qualifier():
    text = "Förslag till beslut\n\nFöredragande kommunalråd: Helena Storm Ärendet Nämnden har fått frågan.\n"
    assert people(text)["Helena Storm"] == "Kommunalråd"


def test_a_place_run_into_a_flat_list_is_not_part_of_the_name():
    text = ("PROTOKOLL Tid Måndagen den 3 mars 2008 Plats Närvarande ledamöter Sammanträdesrummet, "
            "Borås Lotta Hamrin (m), ordf Nils Ekdahl (c) Petra Lund (s) Gösta Viberg (s) "
            "Maja Ring (v) Ester Holm (fp) 12 Val av justerare Att justera utsågs Nils Ekdahl.")
    found = people(text)
    assert "Lotta Hamrin" in found
    assert not any(name.startswith("Borås") for name in found)


def test_the_unit_after_a_contact_label_is_not_a_person_and_the_name_after_it_is():
    text = ("BESLUT 1(9) Kontaktperson Tillsynsavdelningen Vattenenheten Hugo Brandt (vxl) Enligt sändlista "
            "Beslut om utvidgning av naturreservatet Ekeby mosse i Ekeby kommun Länsstyrelsens beslut "
            "Länsstyrelsen beslutar att naturreservatet ska utvidgas enligt bifogad karta och föreskrifter. "
            + "Reservatet ska bevara den öppna mossen och dess fågelliv för framtiden. " * 3)
    found = people(text)
    assert not any("enheten" in name or "avdelningen" in name for name in found)
    assert found["Hugo Brandt"] == "Kontaktperson"


def test_an_organisation_with_its_own_acronym_is_not_a_person():
    text = "Beslut\n\nNorra Ekebyregionen (NER) beviljas borgen för lån om 10 miljoner kronor.\n"
    assert people(text) == {}


FLAT_HEADS = ("PROTOKOLL 1(12) Nämnden Tid Måndagen den 3 mars 2008, kl Plats Närvarande ledamöter Närvarande ers "
              "Övriga närvarande Sekreterare Sammanträdesrummet, Stadshuset Greta Blom (m), ordf Per Lund (s) "
              "Eva Ström (s) deltog inte under 14 Olof Krantz (c) Lisa Holm (v) Nils Ekdahl (fp) "
              "Maria Dahlgren, Karl Stenmark, Sofia Lindqvist 15 Sara Lindholm 12 Val av justerare "
              "Att jämte ordföranden justera dagens protokoll utsågs Per Lund.")


def test_a_presence_note_does_not_end_a_flat_list():
    found = people(FLAT_HEADS)
    for name in ("Olof Krantz", "Lisa Holm", "Maria Dahlgren", "Karl Stenmark", "Sofia Lindqvist", "Sara Lindholm"):
        assert name in found


def test_names_under_a_flattened_table_head_get_no_list_role():
    found = people(FLAT_HEADS)     # the columns' names ran together: which list a name stood in is lost
    assert found["Per Lund"] != "Sekreterare" and found["Olof Krantz"] is None


def test_persons_after_their_title_in_running_text():
    text = ("Sammanfattning\n\nRapporten har tagits fram av handläggarna Tove Ekholm, Jonas Lindgren och "
            "Sara Holmqvist. Avdelningschefen Karin Ljungberg har granskat den.\n")
    found = people(text)
    assert found["Tove Ekholm"] == "Handläggare" and found["Sara Holmqvist"] == "Handläggare"
    assert found["Karin Ljungberg"] == "Avdelningschef"


def test_a_title_before_a_unit_is_no_person():
    text = "Sammanfattning\n\nFrågan har beretts av enhetschef Ekebyskolan och rektor Norrby Gymnasium.\n"
    assert people(text) == {}


def test_attendance_written_as_prose():
    text = ("Den 12 mars 1998 Närvarande vid uppropet: samtliga ledamöter utom Gustav Brink, Elin Varg och "
            "Tove Sund. Som ersättare inträder: Lennart Ask för Gustav Brink och Maria Ek för Elin Varg. "
            "Karin Hed och Jonas Alm lämnar sammanträdet under ärendet 12 och ersätts av Eva Björk "
            "respektive Olof Ring.")
    found = people(text)
    for name in ("Tove Sund", "Lennart Ask", "Maria Ek", "Karin Hed", "Jonas Alm", "Eva Björk", "Olof Ring"):
        assert name in found


def test_names_merely_mentioned_in_a_row_are_not_read():
    text = "Verksamhetsberättelse\n\nKonserterna med Anna Berg, Per Ek och Eva Lund ställdes in under våren.\n"
    assert people(text) == {}
