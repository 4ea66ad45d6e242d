"""A reference is no case number: a bare serial under a "Referens" or "Beteckning" head, a
payment's reference number; and a call for applications that speaks of a payment to come is no
register of payments."""
from diarium.api import extract

INVOICES = ("Ekeby kommun\n\nAttestlista fakturor\n\n"
            "| Leverantör | Referens | Belopp |\n| --- | --- | --- |\n"
            "| Norrby Bygg AB | 88123 | 5 000 |\n| Västerby Måleri AB | 88124 | 7 250 |\n")
PRICES = ("Prislista\n\n| Artikel | Beteckning | Pris |\n| --- | --- | --- |\n"
          "| Skruv | 40512 | 12 |\n| Mutter | 40513 | 9 |\n")
DIARY = ("Ekeby kommun\n\nÄrendelista\n\n| Dnr | Ärende | Datum |\n| --- | --- | --- |\n"
         "| 15231 | Bygglov förråd | 2031-02-01 |\n| 15232 | Strandskydd | 2031-02-03 |\n")


def test_a_bare_serial_under_a_reference_head_is_no_case_number():
    assert "88123" not in extract(INVOICES).dnr
    assert "40512" not in extract(PRICES).dnr


def test_a_bare_serial_under_a_diary_head_still_is():
    assert {"15231", "15232"} <= set(extract(DIARY).dnr)


def test_a_payments_reference_number_is_no_case_number():
    record = extract("Faktura\n\nEkeby kommun\n\nVid betalning, ange referensnummer 4471-22 på inbetalningskortet.\n")
    assert "4471-22" not in record.dnr


def test_applications_with_a_payment_to_come_name_no_parties():
    text = ("Ekeby kommun\nKultur- och fritidsnämnden\n\nInkomna ansökningar om föreningsbidrag. "
            "Bidraget betalas ut efter att nämnden fattat beslut.\n\n"
            "| Sökande | Ändamål | Sökt belopp |\n| --- | --- | --- |\n"
            "| Norrby IK | Läger | 4 000 |\n| Västerby Scoutkår | Hajk | 2 500 |\n")
    names = {p.name for p in extract(text).parties}
    assert not names & {"Norrby IK", "Västerby Scoutkår"}


def test_a_payment_word_in_a_sentence_is_no_register_but_one_in_a_title_is():
    rows = ("| Sökande | Ändamål | Sökt belopp |\n| --- | --- | --- |\n"
            "| Norrby IK | Läger | 4 000 |\n| Västerby Scoutkår | Hajk | 2 500 |\n")
    sentence = "Ekeby kommun\n\nAnsökningar om bidrag. Utbetalning sker när nämnden har beslutat.\n\n" + rows
    assert not {p.name for p in extract(sentence).parties} & {"Norrby IK", "Västerby Scoutkår"}
    title = "Ekeby kommun\n\nUtbetalda lägerbidrag våren\n\n" + rows.replace("Sökande", "Förening")
    assert {"Norrby IK", "Västerby Scoutkår"} <= {p.name for p in extract(title).parties}
