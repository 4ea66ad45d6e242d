"""The scalars (doc_type, authority, date) of layouts unseen documents bring: pages that lost
their line breaks, letters, a party clause that names a board with its abbreviation.

The snippets are written for these tests in the style of another kommun's papers; no word of
them is in code or word lists.
"""
from __future__ import annotations

from diarium.extract import find_authority, find_doc_type
from diarium.extract.dates import document_date
from diarium.structure import analyse

SENTENCES = ("Ekeby kommunfullmäktige sammanträdde i stadshuset och behandlade ärendena i den ordning "
             "som kallelsen angav, varvid ordföranden ledde förhandlingarna. ")
FLAT_PAGE = "Protokoll fört vid sammanträde med kommunfullmäktige den 3 mars 2031. " + SENTENCES * 6


def test_a_page_that_lost_its_line_breaks_is_text_though_it_ends_in_its_counter():
    text = "\f".join(f"{FLAT_PAGE}{n} (3)" for n in (1, 2, 3))
    structure = analyse(text)
    assert not structure.furniture
    found = document_date(text, structure)
    assert found is not None and found.value == "2031-03-03"


def test_a_running_header_with_its_counter_is_still_furniture():
    page = "EKEBY KOMMUN   PROTOKOLL   Sida {} (3)\nKommunfullmäktige\n\n§ {}\nText om ärendet {}.\n"
    text = "\f".join(page.format(n, 10 + n, "ABC"[n - 1]) for n in (1, 2, 3))
    kinds = {(f.page, f.kind) for f in analyse(text).furniture}
    assert {(2, "header"), (3, "header")} <= kinds


def test_a_party_clause_names_the_board_before_its_abbreviation():
    text = ("AVTAL\n\nMellan Ekeby kommun, Omsorgsnämnden (ON), organisationsnummer 212000-0000 (nedan "
            "Beställaren) och Norrby Bygg AB (nedan Entreprenören) har förevarande avtal träffats.\n")
    assert find_authority(text)[0] == "Omsorgsnämnden"


def test_a_letter_closing_with_a_greeting_is_a_skrivelse():
    text = ("Ekeby 2031-05-02\n\nKommunstyrelsen\n\nSynpunkter på motionen om bostäder\n\n"
            "Norrby Bostäder AB vill härmed yttra sig över motionen och avstyrker den.\n\n"
            "Med vänliga hälsningar\n\nAnna Berg, vd\n\f"
            "EKEBY KOMMUN   SAMMANTRÄDESPROTOKOLL   1 (1)\nKommunstyrelsen\n§ 12\nBeslut\nMotionen avslås.\n")
    assert find_doc_type(text)[0] == "skrivelse"


def test_a_greeting_in_a_tjansteskrivelse_keeps_its_kind():
    text = ("Ekeby kommun\n\nFörslag till beslut\nNämnden godkänner planen.\n\nBeskrivning av ärendet\n"
            "Planen har tagits fram.\n\nMed vänlig hälsning\n\nAnna Berg\n")
    assert find_doc_type(text)[0] == "tjänsteutlåtande"


def test_a_flat_page_that_narrates_the_meeting_is_a_protokoll():
    text = ("\fDen 3 mars 2031 Närvarande vid uppropet: ordföranden och övriga ledamöter utom Anna Berg "
            "och Per Ek. Som ersättare inträder Eva Lund för Anna Berg. Per Ek infinner sig under ärendet 12. "
            "Eva Lund lämnar sammanträdet under ärendet 14 och ersätts av Karl Holm.\n")
    assert find_doc_type(text)[0] == "protokoll"


def test_the_anslag_box_names_a_county_councils_board_in_the_genitive():
    members = " ".join(f"{first} {last}" for first in ("Anna", "Per", "Eva", "Karl", "Lena", "Olof", "Maja", "Nils", "Sara", "Ulf")
                       for last in ("Berg", "Ek", "Lund", "Holm", "Strand"))
    text = ("\f1 (9) Plats och tid Sessionssalen den 4 mars 2031 kl 9 Beslutande " + members + " "
            "Utses att justera Per Ek Justerande Organ Norrbottens läns landstingsstyrelse Datum för anslags "
            "uppsättande Förvaringsplats för protokollet Landstingets kansli 2 (9) 14 Fastställande av "
            "föredragningslista " + SENTENCES * 4 + "\n")
    assert find_authority(text)[0] == "Landstingsstyrelsen"


def test_a_county_agency_takes_the_county_its_flat_footer_prints_with_its_name():
    text = ("\fBeslut Datum Dnr 1 / 4 Beslut om bildande av naturreservatet Ekeberget Uppgifter om "
            "naturreservatet Förvaltare: Länsstyrelsen Värmlands län Postadress Besöksadress Telefon "
            "Länsstyrelsen beslutar att förklara området som naturreservat.\n")
    assert find_authority(text)[0] == "Länsstyrelsen i Värmlands län"


def test_a_notice_sent_out_before_the_meeting_does_not_date_it():
    text = ("\fPROTOKOLL Regionfullmäktige 12 Inledning Ordföranden förklarade sammanträdet öppnat. "
            "13 Kungörelse Kungörelsen om fullmäktiges sammanträde utsändes den 2 mars 2031 till ledamöterna.\n")
    assert document_date(text) is None


def test_a_wrapped_title_ending_in_a_board_is_not_the_letterhead():
    text = ("TJÄNSTESKRIVELSE\nDatum\n2031-06-12\nDiarienummer\nBN-2031-00149\n"
            "Sammanträdesdagar 2032 för miljönämnden och miljönämndens\narbetsutskott\n"
            "Förslag till beslut i miljönämndens arbetsutskott\nArbetsutskottet sammanträder följande datum.\n"
            "Beskrivning av ärendet\nDatumen följer nämndens plan.\n")
    assert find_authority(text)[0] == "Miljönämndens arbetsutskott"


def test_a_report_label_with_the_month_it_covers():
    text = "Socialnämnden Ekeby kommun\nDelårsrapport augusti 2031\n4.2 Personal\nSjukfrånvaron har ökat.\n"
    assert find_doc_type(text)[0] == "rapport"


def test_a_web_page_is_dated_by_its_publication_when_it_prints_no_other_date():
    text = ("Plan för tillsyn 2031–2033\n\nPublicerad: 3 oktober 2030Uppdaterad: -Ekeby kommun\n\n"
            "Om planen\n\nPlanen beskriver tillsynen under perioden.\n")
    found = document_date(text)
    assert found is not None and found.value == "2030-10-03"


def test_a_meetings_own_date_outranks_the_publication_date():
    text = "Kommunstyrelsen 8 mars 2031\nPublicerad: 10 mars 2031\n\nÄrenden till kommunfullmäktige\n"
    found = document_date(text)
    assert found is not None and found.value == "2031-03-08"


def test_an_agencys_report_summary_names_its_writer_and_kind():
    text = ("Tillsyn av hemtjänsten i landet\n\nSammanfattning\n\nSkolinspektionen har haft regeringens "
            "uppdrag att granska tillsynen. I rapporten föreslår vi att tillsynen samordnas.\n")
    assert find_doc_type(text)[0] == "rapport"
    assert find_authority(text)[0] == "Skolinspektionen"


def test_the_heads_own_label_says_the_kind():
    assert find_doc_type("Utdrag ur sammanträdesprotokoll\nSocialnämnden\n2031-03-01\n")[0] == "protokoll"
    assert find_doc_type("Stämmoprotokoll\nNorrby Bygg AB\nÅrsstämma 2031-05-02\n")[0] == "protokoll"
    assert find_doc_type("Remissvar\nEkeby kommun\n\nKommunen tillstyrker förslaget.\n")[0] == "skrivelse"
    assert find_doc_type("Medborgarförslag\n\nJag föreslår en ny park vid ån.\n")[0] == "skrivelse"


def test_a_decision_label_outranks_agreement_words_in_its_body():
    text = ("BESLUT\nEkeby kommun\n2031-01-10\n\nBeslut om bidrag till Norrby IF\n\nKommunen beviljar bidrag. "
            "Detta avtal mellan Köparen och Säljaren gäller, och Köparen har rätt att säga upp det.\n")
    assert find_doc_type(text)[0] == "annat"


def test_a_paragraphs_title_is_no_label_of_the_document():
    text = ("Ekeby kommun\n§ 4                Dnr 2031/17\nAvtal om drift av fritidsgården\n\nBeslut\n"
            "Nämnden godkänner avtalet.\n\nJusterare\nUtdragsbestyrkande\n")
    assert find_doc_type(text)[0] == "protokoll"


def test_a_company_meeting_is_dated_by_its_stamma():
    found = document_date("Protokoll fört vid extra bolagsstämma i Norrby Bygg AB den 4 maj 2031\n\n§ 1 Öppnande\n")
    assert found is not None and found.value == "2031-05-04"


def test_a_decisions_validity_in_a_table_cell_is_a_period():
    from diarium.extract.periods import find_periods
    cell = ("| 4. | Avvikelse | Nämnden beviljar avvikelse från reglerna.<br>Beslutet gäller under perioden 1<br>"
            "mars 2031-28 februari 2032. |")
    assert [(p.start, p.end) for p in find_periods(cell)] == [("2031-03-01", "2032-02-28")]


def test_a_window_of_reported_decisions_is_still_no_period():
    from diarium.extract.periods import find_periods
    assert find_periods("Beslut fattade under perioden 2031-01-01 - 2031-01-31 anmäls till nämnden.") == []


def test_a_statute_in_brackets_after_its_pinpoint():
    from diarium.extract.legal_refs import find_legal_refs
    assert [r.text for r in find_legal_refs("Gallring regleras i 10 § (arkivlagen).")] == ["10 § (arkivlagen)"]


def test_listed_pinpoints_share_the_statute_named_after_the_last():
    from diarium.extract.legal_refs import find_legal_refs
    refs = [r.text for r in find_legal_refs("jäv enligt 6 kap. 28 §, 6 kap. 29 § och 7 kap. 4 § kommunallagen.")]
    assert refs == ["6 kap. 28 § kommunallagen", "6 kap. 29 § kommunallagen", "7 kap. 4 § kommunallagen"]
