"""A protokoll whose first page is its ärendeförteckning, with no label: the attendance list's
heading and the time-and-place line say what it is and when."""
from diarium.extract.dates import document_date
from diarium.extract.doctype import find_doc_type

# The list of ärenden fills more than the head's lines.
MINUTES = ("Ärendeförteckning\n\n" + "".join(f"§ {n} Ärende nummer {n} ... {n + 2}\n\n" for n in range(1, 18)) +
           "Tid och plats tisdagen den 14 mars 2031 kl 13.00-15.30 Stadshuset, Ekeby\n\n"
           "Närvarande\n\nFrånvarande\n\nAnna Berg (S), ordförande Per Ek (M)\n")


def test_attendance_heading_makes_protokoll() -> None:
    assert find_doc_type(MINUTES)[0] == "protokoll"


def test_time_and_place_dates_protokoll() -> None:
    found = document_date(MINUTES, doc_type="protokoll")
    assert found is not None and found.value == "2031-03-14"


def test_agenda_without_attendance_stays_unlabelled() -> None:
    agenda = "Ärendeförteckning\n\n§ 1 Val av justerare ... 3\n\n§ 2 Information ... 3\n"
    assert find_doc_type(agenda)[0] != "protokoll"


def test_agreement_in_the_legal_register() -> None:
    text = ("1 PARTER Mellan Ekeby kommun, organisationsnummer 212000-0000 (nedan Beställaren) och Norrby "
            "Bygg AB (nedan Entreprenören) har förevarande avtal träffats. 2 OMFATTNING Entreprenaden omfattar städning.")
    assert find_doc_type(text)[0] == "avtal"


def test_board_beside_the_date_label() -> None:
    from diarium.extract.authority import find_authority
    text = ("EKEBY KOMMUN SAMMANTRÄDESPROTOKOLL 17 (48)\nKommunstyrelsen Datum\n2031-09-27\n\n"
            "§ 210 Dnr 2031-00501\nAnsökan om planbesked\n\nBeslut\n\nKommunstyrelsen lämnar besked.")
    found = find_authority(text)
    assert found is not None and found[0] == "Kommunstyrelsen"
