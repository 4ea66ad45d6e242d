"""A transcript that prints each page of a protokoll as one line: the first page is the
innehåll, the anslag box with the meeting's date stands on the second page, its label set on two
lines in a narrow cell ("Sammanträdes datum")."""
from __future__ import annotations

from diarium.extract.dates import document_date

CONTENTS = ("Sammanträdesdatum Sida 1 Innehåll Sid Val av ombud 3 Information om budget den 4 maj 5 "
            "Anmälan om delegationsbeslut 7 Meddelanden 9 Information om anhörigstöd 10 Information om "
            "enkät vid särskilt boende 11 Genomgång av nämndens uppdragslista 12 Anmälan om "
            "avvikelserapporter 13 Information om integration 14 Medborgarförslag om ledsagning 15 "
            "Information om träff den 11 maj 16")
ATTENDANCE = ("Sammanträdesdatum Sida 2 Plats och tid: Ekebysalen onsdag den 12 maj 2032, kl Beslutande: "
              "Anna Berg (C) ordförande Bo Lind (S) Karin Ek (M) Övriga deltagande: Eva Ek, sekreterare "
              "Utses att justera: Bo Lind Justeringens plats och tid: förvaltningen, 19 maj 2032 "
              "Underskrifter Sekreterare: Paragrafer: Eva Ek Ordförande: Anna Berg Justerande: Bo Lind "
              "Organ: Socialnämnden Sammanträdes datum: 12 maj 2032 Datum för anslags uppsättande: 20 maj 2032")
FIRST_PARAGRAPH = ("Sammanträdesdatum Sida 3 § 52 Val av ombud Socialnämnden beslutar att utse Anna Berg till "
                   "ombud vid stämman som hålls i juni i Ekeby. Beslutet skickas till Anna Berg och till "
                   "förvaltningen för kännedom och åtgärd.")


def test_the_meeting_date_of_the_anslag_box_on_a_flat_second_page() -> None:
    text = "".join(f"\f{page}\n" for page in (CONTENTS, ATTENDANCE, FIRST_PARAGRAPH))
    found = document_date(text)
    assert found is not None and found.value == "2032-05-12"
