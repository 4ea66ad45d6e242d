"""Classes found on a held-out batch: a web summary's "Beslut:" paragraphs, a repeal sentence
run on after the act that replaces it, page footers and map captions in a decision section,
meeting dates on a web summary and on a flat first page, a letterhead's date beside its case
number, a county agency's full name and a kommun's board named in its genitive in the anslag."""
from __future__ import annotations

from diarium.extract.authority import find_authority
from diarium.extract.dates import document_date
from diarium.extract.decisions import find_decisions

SUMMARY = """Nytt från kommunfullmäktige

Här kan du läsa om några av de ärenden som behandlades och beslutades av kommunfullmäktige den 12 mars 2031.

Budget 2032

Kommunfullmäktige diskuterade budgeten för nästa år.

Beslut: Kommunfullmäktige antar budgeten för 2032 och ger nämnderna i uppdrag att redovisa sina planer.

Handläggare: Anna Berg, ekonomichef

Bostadsbolagets ägardirektiv

Beslut: Kommunfullmäktige fastställer ägardirektivet för Ekeby Bostäder AB.

Handläggare: Per Ek, kommunsekreterare
"""


def test_beslut_label_paragraphs_of_a_web_summary_are_decisions() -> None:
    assert [d.text for d in find_decisions(SUMMARY)] == [
        "Kommunfullmäktige antar budgeten för 2032 och ger nämnderna i uppdrag att redovisa sina planer.",
        "Kommunfullmäktige fastställer ägardirektivet för Ekeby Bostäder AB.",
    ]


def test_web_summary_is_dated_by_the_meeting_it_reports() -> None:
    found = document_date(SUMMARY)
    assert found is not None and found.value == "2031-03-12"


REPEAL = """§ 12    Dnr EN-2031-00044
Arkivreglemente

Beslut

Nämnden för Kultur antar arkivreglementet, daterat 2031-02-01.

Nämnden för Kultur utser kulturchefen till arkivansvarig med rätt att utse arkivredogörare.
Arkivreglemente, antaget av nämnden för Kultur 2027-04-29 § 35 upphör därmed
att gälla.

Sammanfattning av ärendet
Reglementet ska ses över.
"""


def test_repeal_sentence_after_a_sentence_end_is_its_own_decision() -> None:
    assert [d.text for d in find_decisions(REPEAL)] == [
        "Nämnden för Kultur antar arkivreglementet, daterat 2031-02-01.",
        "Nämnden för Kultur utser kulturchefen till arkivansvarig med rätt att utse arkivredogörare.",
        "Arkivreglemente, antaget av nämnden för Kultur 2027-04-29 § 35 upphör därmed att gälla.",
    ]


AGENCY_DRAFT = """Förslag till BESLUT  1 (9)

Beslut
Myndigheten beslutar med stöd av 7 kap. 4 § miljöbalken att Ekeö naturreservat ska
utvidgas enligt karta 1.

Karta 1. Utvidgning av naturreservatet Ekeö.

Postadress: 100 00 Ekeby Telefon: 010-000 00 00 E-post: info@ekeby.se Webb: ekeby.se
www.ekeby.se/personuppgifter
\f
Förslag till BESLUT  2 (9)

Myndigheten beslutar vidare att föreskrifterna ska gälla för området på karta 2.

Karta 2. Område där föreskrifterna ska gälla.
"""


def test_footer_and_map_captions_are_no_decisions() -> None:
    assert [d.text for d in find_decisions(AGENCY_DRAFT)] == [
        "Myndigheten beslutar med stöd av 7 kap. 4 § miljöbalken att Ekeö naturreservat ska utvidgas enligt karta 1.",
        "Myndigheten beslutar vidare att föreskrifterna ska gälla för området på karta 2.",
    ]


FLAT_PROTOKOLL = ("\n1 (30) Plats och tid för sammanträdet Beslutande Ej beslutande Övriga deltagare Stadshuset, "
                  "rum Ekan, onsdag den 4 juni 2031, kl Anna Berg, s, ordförande Per Ek, m Lisa Holm, c "
                  "Justeringens plats Stadshuset, måndag den 9 juni 2031 och tid Paragrafer Underskrifter "
                  "Sekreterare Ordförande Justerande Per Ek Anna Berg Lisa Holm ANSLAG/BEVIS Protokollet är "
                  "justerat. Organ Datum för anslags uppsättande Förvaringsplats för protokollet Stadshuset\n")


def test_flat_first_page_is_dated_by_its_time_and_place_field() -> None:
    found = document_date(FLAT_PROTOKOLL)
    assert found is not None and found.value == "2031-06-04"


def test_kommun_genitive_before_the_board_in_the_anslag() -> None:
    members = " ".join(f"Ledamot{k} Berg, s" for k in range(40))      # the anslag far below the head
    text = FLAT_PROTOKOLL.replace("Lisa Holm, c", f"Lisa Holm, c {members}") \
        .replace("Organ Datum", "Organ Moras kommunstyrelse Datum")
    assert find_authority(text, doc_type="protokoll")[0] == "Kommunstyrelsen"


COUNTY_DECISION = """LÄNSSTYRELSEN
Jämtlands län

BESLUT

2031-03-08 11.122-585-31

Ändrade föreskrifter för ett naturreservat

Med stöd av miljöbalken beslutar länsstyrelsen att föreskrifterna ändras.

Länsstyrelsen beslutar vidare att skyltarna ska bytas ut under året.
"""


def test_county_agency_named_with_its_county_and_dated_beside_its_case_number() -> None:
    assert find_authority(COUNTY_DECISION)[0] == "Länsstyrelsen i Jämtlands län"
    found = document_date(COUNTY_DECISION)
    assert found is not None and found.value == "2031-03-08"


def test_case_number_beside_the_letterhead_date_is_a_dnr() -> None:
    from diarium.extract.dnr import find_dnr
    assert [fact.dnr for fact in find_dnr(COUNTY_DECISION)] == ["11.122-585-31"]
