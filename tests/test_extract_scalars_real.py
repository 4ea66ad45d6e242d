"""doc_type, authority, date and title of a file's FIRST document, on real files that hold several
documents (an utdrag then its tjänsteskrivelse, page 2 of a tjänsteskrivelse then an agreement, an
ansökan then a scanned arrendeavtal) and on other bodies' heads.

tests/data/extract/K*.txt are whole corpus documents of the train split (see
tests/test_extract_decisions_real.py); the expected values are those of bench/gold/real.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from diarium.extract import extract_text
from diarium.extract.authority import find_authority
from diarium.extract.dates import document_date, iso_date
from diarium.extract.doctype import find_doc_type
from diarium.extract.first_document import FirstDocument
from diarium.extract.title import find_title
from diarium.structure import analyse

DATA = Path(__file__).resolve().parent / "data" / "extract"


def real(doc: str) -> str:
    return (DATA / f"{doc}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("doc, doc_type, authority, date", [
    ("K001", "protokoll", "Kommunrevisionen", "2024-03-18"),              # SAMMANTRÄDESANTECKNINGAR
    ("K007", "protokoll", "Kommunstyrelsens arbetsutskott", "2025-03-04"),  # utdrag, then its tjänsteskrivelse
    ("K008", "protokoll", "Nämnden för Teknik", "2024-06-19"),          # another body named in every §
    ("K012", "protokoll", "Nämnden för Gymnasium & Arbetsmarknad", "2021-02-10"),
    ("K015", "tjänsteutlåtande", "Kungsbacka kommun", None),           # its page 2, then agreements
    ("K022", "annat", "Göteborgsregionens kommunalförbund", "2024-08-29"),  # a prislista
    ("K024", "skrivelse", None, "2025-01-29"),                          # a club's ansökan, "29/1 2025"
    ("K027", "avtal", "Kungsbacka kommun", "2025-09-10"),               # scanned, "Halmstad 2025-09- 10"
    ("K031", "avtal", "Kungsbacka kommun", None),                       # scanned principavtal, then "$19"
    ("K033", "annat", "Kommunstyrelsen", "2025-10-14"),                 # kallelse: "Upprättad", not the meeting
])
def test_scalars_of_the_first_document(doc, doc_type, authority, date):
    record = extract_text(real(doc))
    assert (record.doc_type, record.authority, record.date) == (doc_type, authority, date)


def test_the_first_document_ends_where_the_page_numbering_starts_afresh():
    text = real("K031")                       # "3/5", "4/5", "5/5", an unnumbered page, then "26 (33)"
    first = FirstDocument.of(text, analyse(text))
    assert first.pages == (2, 3, 4)           # after its last page ("5/5") the agreement has ended


def test_the_title_is_never_clause_numbering_or_a_page_number():
    for doc in ("K027", "K031"):
        title = find_title(real(doc))
        assert title is None or not title[0].replace(".", "").strip().isdigit()
    assert find_title(real("K007"))[0] == "Årsredovisning 2024 för Kungsbacka kommun"


# --- other bodies' heads ------------------------------------------------------------------------

@pytest.mark.parametrize("text, authority", [
    ("UPPSALA KOMMUN\nSOCIALNÄMNDEN\nPROTOKOLL\nSammanträdesdatum 2023-05-16\n§ 58\n", "Socialnämnden"),
    # OCR closed the gap between the columns of the letterhead
    ("KUNGSBACKA KOMMUN\nKommunrevisionen SAMMANTRADESANTECKNINGAR\nDatum\n2024-03-18\n", "Kommunrevisionen"),
    ("UMEA KOMMUN PROTOKOLL\nIndivid- och familjenamnden Sida 1 (3)\nSammantradesdatum: 2024-03-21\n",
     "Individ- och familjenämnden"),
    ("Din position: Hem > Tyresö kommun > Barn- och utbildningsnämnden > Sammanträde 2023-08-30\n",
     "Barn- och utbildningsnämnden"),
    # a tjänsteskrivelse without a body in its head: the one it is addressed to
    ("TJÄNSTESKRIVELSE\nDatum\n2024-01-25\n\nÅrsredovisning 2023\n\nFörslag till beslut i Byggnadsnämnden\n"
     "Byggnadsnämnden godkänner årsredovisningen.\n", "Byggnadsnämnden"),
    # a body mentioned in the text of a protokoll is not its authority
    ("Regionstyrelsen\nProtokoll 2024-02-01\n\n§ 4\nBeslut\nRegionstyrelsen överlämnar ärendet till "
     "hälso- och sjukvårdsnämnden.\n", "Regionstyrelsen"),
    # the addressee of the förslag: a board named by its field, with its own utskott
    ("TJÄNSTESKRIVELSE\nDatum\n2025-02-11\n\nFörslag till beslut i nämnden för Kulturs beredningsutskott\n"
     "Utskottet godkänner rapporten.\n", "Nämnden för Kulturs beredningsutskott"),
    # a board named by an adjective before the bare board word; a referring one names none
    ("Protokoll\nSammanträdesdatum 2025-03-04\n\nTekniska nämnden\n\n§ 12\nBeslut\n", "Tekniska nämnden"),
    ("TJÄNSTESKRIVELSE\n\nFörslag till beslut\nGemensamma nämnden för hjälpmedel godkänner avtalet.\n",
     "Gemensamma nämnden för hjälpmedel"),
    # an agreement without a letterhead: its public party, listed after "mellan:", an en dash in its orgnr
    ("KÖPEKONTRAKT\nDetta köpekontrakt har träffats mellan:\nA) Kalix kommun, 212000–2767, 952 81 Kalix "
     "(”Säljaren”); och\nB) [Namn] (”Köparen”).\n", "Kalix kommun"),
    ("KÖPEKONTRAKT\nSäljare: [Namn]\nKöpare: Kalix kommun, 212000–2767, 952 81 Kalix\n", "Kalix kommun"),
    # a state agency's letterhead, no board or kommun in the head
    ("Boverket\nYttrande\n2025-04-02\nDnr 2025/812\n\nBoverket har tagit del av remissen.\n", "Boverket"),
    # the förslag names the utskott by its kind, its deciding sentence by its full name
    ("TJÄNSTESKRIVELSE\nDatum\n2025-02-11\n\nFörslag till beslut i arbetsutskottet för Fritid\n"
     "Nämnden för Fritids arbetsutskott förklarar uppdraget slutfört.\n", "Nämnden för Fritids arbetsutskott"),
    # the board's abbreviation in brackets after its name in the head
    ("PROTOKOLL\n\nSammanträdesdatum\n\nBygg- och miljönämndens arbetsutskott (BMAU)\n\n2031-09-14\n\n§ 52\n",
     "Bygg- och miljönämndens arbetsutskott"),
    # no body, only the organisation in the genitive inside a title set in capitals
    ("Förslag AVGIFTER FÖR BYGGLOV NORRBYS KOMMUN 2031 Bilaga 1 Taxa för bygglov Antagen av fullmäktige\n",
     "Norrbys kommun"),
])
def test_authority_from_the_head(text, authority):
    assert find_authority(text)[0] == authority


def test_a_running_header_before_its_page_counter_names_the_issuer_and_the_title_after_it_the_kind():
    # a web copy that lost its line breaks: one line a page, the header run into the title
    text = ("Länstrafiken 1 (6) Samverkansavtal om skolskjuts\n\f"
            "Länstrafiken 2 (6) Innehåll 1 Bakgrund 3 2 Parter 3\n\f"
            "Länstrafiken 3 (6) Mellan Region Norrland, organisationsnummer och Bjurholms kommun, , nedan "
            "benämnd Kommunen, träffas följande Samverkansavtal om skolskjuts.\n")
    assert find_doc_type(text)[0] == "avtal"
    assert find_authority(text)[0] == "Länstrafiken"


@pytest.mark.parametrize("text, date", [
    ("Sida\nTJÄNSTESKRIVELSE 1(2)\nDatum Diarienummer\n2024-09-26 ATN-2024-00061\n", "2024-09-26"),
    ("KALLELSE\n\nUpprättad\n2025-10-14\n\nKommunstyrelsen\n\nSammanträde tisdagen den 21 oktober 2025\n", "2025-10-14"),
    ("Regionstyrelsen 16 mars 2021\n\nÄrenden till regionfullmäktige\n", "2021-03-16"),
    # the first date of the running text is not the document's date
    ("KUNGSBACKA  KOMMUN\n2 (3)\n\nBeskrivning av ärendet\nDetaljplanen antogs den 11 juni 2019.\n", None),
    # a file whose page breaks were lost: page 1 unnumbered, "2 (2)" inside
    ("TJÄNSTESKRIVELSE\n\nDatum\n2024-01-25\n\nText.\n" + "Mer text.\n" * 12 + "1 (2)\n" + "Text.\n" * 12
     + "2 (2)\n", "2024-01-25"),
])
def test_date_of_the_first_document(text, date):
    found = document_date(text)
    assert (found.value if found else None) == date


def test_doc_type_is_that_of_the_first_document_not_of_a_later_one():
    tjut_then_agreement = ("KUNGSBACKA  KOMMUN\n2 (2)\n\nBeskrivning av ärendet\nKommunfullmäktige antog planen.\f"
                           "EXPLOATERINGSAVTAL\nSida 1 av 6\n\nExploatören ska bekosta gatorna.\n")
    assert find_doc_type(tjut_then_agreement)[0] == "tjänsteutlåtande"
    agreement_pages = ("14.1\n\nKöparen har rätt att undersöka Fastigheten. Om Köparen inte godtar den har "
                       "Köparen rätt att häva köpet, och Säljaren ska då återbetala handpenningen.\n")
    assert find_doc_type(agreement_pages)[0] == "avtal"
    agenda = ("1 Informationsärende\n\nBarn- och utbildningsnämndens förslag till beslut\n- Informationen noteras.\n"
              "\nBeskrivning av ärendet\nText.\n")
    assert find_doc_type(agenda)[0] == "annat"


def test_dates_as_printed():
    assert [iso_date(s) for s in ("29/1 2025", "den 1:a juli 2024", "2024-13-01")] == ["2025-01-29", "2024-07-01", None]


# --- pages that lost their line breaks, and other bodies' heads (round 2) -------------------------
# flat_XB*.txt: docplayer transcripts of other bodies' documents (bench/gold/extra, other bodies),
# each page one long line; XB09: an agreement of a kommun; XA06: a revision report's cover.

@pytest.mark.parametrize("name, doc_type, authority, date", [
    ("flat_XB03_protokoll", "protokoll", "Kommunstyrelsen", None),          # "PROTOKOLL 1 (42) Kommunstyrelsen Plats och tid …"
    ("flat_XB04_utdrag", "protokoll", "Regionstyrelsen", "2017-01-31"),     # "Regionstyrelsen 1-21 Tid: 2017-01-31 …", signs on page 2
    ("flat_XB07_tjansteskrivelse", "tjänsteutlåtande", "Kommunstyrelsen", "2016-08-29"),
    ("XB09_arrendeavtal", "avtal", "Sigtuna kommun", None),                 # "Jordägare: Sigtuna kommun (212000-0225)"
    ("XA06_granskningsrapport_p1", "rapport", None, "2026-03-20"),          # "… årsredovisning per" / "2025-12-31"
])
def test_scalars_of_other_bodies_documents(name, doc_type, authority, date):
    record = extract_text(real(name))
    assert (record.doc_type, record.authority, record.date) == (doc_type, authority, date)


def test_a_flat_page_is_read_as_the_fields_of_its_head():
    text = real("flat_XB07_tjansteskrivelse")
    first = FirstDocument.of(text, analyse(text))
    fields = [field for _, field in first.head()]
    assert fields[:4] == ["KOMMUNLEDNINGSKONTORET", "Handläggare Hagström Ingela Jo Linder Roger", "Datum 2016-08-29",
                          "Diarienummer KSN-2016-1422"]
    assert find_title(text)[0] == "Riktlinjer, idéburet offentligt partnerskap"


@pytest.mark.parametrize("text, doc_type, authority, date", [
    # hand-made: a protokoll page printed as one line, its body and date in the anslag box only
    ("\f\n1 (12) Plats och tid Stadshuset, kl 13.00-15.00 Beslutande Anna Berg (S), ordförande Erik Holm (M) "
     "Utses att justera Erik Holm Justeringens plats och tid Stadshuset 2022-03-10 Paragrafer 12-20 Underskrifter "
     "Sekreterare Lisa Ek Ordförande Anna Berg Justerande Erik Holm ANSLAG/BEVIS Protokollet är justerat. "
     "Organ Barn- och utbildningsnämnden Sammanträdesdatum 2022-03-08 Datum för anslags uppsättande 2022-03-11 "
     "Förvaringsplats för protokollet Kommunkansliet\n", "protokoll", "Barn- och utbildningsnämnden", "2022-03-08"),
    # hand-made: a tjänsteskrivelse page as one line, the nämnd after the handläggare
    ("\f\nTJÄNSTESKRIVELSE Handläggare: Karin Ström Miljö- och byggnämnden Tillsynsplan 2024 Förslag till beslut "
     "Miljö- och byggnämnden antar tillsynsplanen. Sammanfattning Förvaltningen har tagit fram en plan för "
     "tillsynen under året som kommer, med tyngdpunkt på livsmedel och avlopp. " + "Planen följs upp. " * 15 + "\n",
     "tjänsteutlåtande", "Miljö- och byggnämnden", None),
])
def test_hand_made_flat_pages(text, doc_type, authority, date):
    record = extract_text(text)
    assert (record.doc_type, record.authority, record.date) == (doc_type, authority, date)


@pytest.mark.parametrize("text, authority", [
    # the anslag box under the attendance list names the body of a protokoll
    ("Tid: kl 09:00 - 11:00\nPlats: Kommunhuset\n" + "".join(f"Ledamot {k}, s\n" for k in range(16))
     + "ANSLAGSBEVIS\nOrgan Myndighetsnämnden\nSammanträdesdatum 2013-04-04\n§ 19 Delgivningar\nBeslut\n"
       "Nämnden lägger delgivningarna till handlingarna.\n", "Myndighetsnämnden"),
    # an agreement's public party: after "mellan", or by its public-sector organisation number
    ("ARRENDEAVTAL\n\nMellan Region Västerbotten, nedan kallad regionen, och Föreningen Ljuset har träffats "
     "följande avtal.\n\n§ 1 Arrendestället\nRegionen upplåter marken till föreningen.\n", "Region Västerbotten"),
    ("HYRESAVTAL\n\nHyresvärd: Bostadsbolaget AB (556000-0000)\nHyresgäst: Ånge kommun (212000-2346)\n\n"
     "§ 1 Lokalen\nLokalen hyrs ut för kontor.\n", "Ånge kommun"),
    # a notice of decisions names the body that decided
    ("Nytt bidrag\n\nArtikeln publicerades 3 mars 2024\n\nFöreningen får 10 000 kronor. Kulturutskottet beslutade "
     "också att ge stöd till biblioteket.\n", "Kulturutskottet"),
])
def test_authority_of_other_bodies_layouts(text, authority):
    assert find_authority(text)[0] == authority


@pytest.mark.parametrize("text, date", [
    ("PROTOKOLL\nTid Torsdag 17 oktober 2013, kl 13.00\nPlats Rådhuset\n", "2013-10-17"),     # a weekday first
    # a label row with its value row lines under it (the handläggare's block between)
    ("TJÄNSTESKRIVELSE 1 (2)\n\nDatum Vår beteckning Er beteckning\n\nLena Berg\n\nSocialkontoret\n\n"
     "lena.berg@kommun.se\n\n2018-08-28 SN 18/0098 Socialnämnden\n\nMall 1005, v2.0, 2014-11-03\n", "2018-08-28"),
])
def test_date_of_other_bodies_heads(text, date):
    assert document_date(text).value == date


def test_a_title_word_label_gives_way_to_a_tjansteskrivelse_structure():
    redovisning_form = "Kommunen\nRedovisning av kommunalt partistöd År 2025\nPartiuppgifter\nParti\n"
    assert find_doc_type(redovisning_form)[0] == "rapport"
    tjansteskrivelse = ("Redovisning av uppdrag om lokalförsörjning\n\nFörslag till beslut\n"
                        "Kommunstyrelsen noterar redovisningen.\n\nBeskrivning av ärendet\nText.\n")
    assert find_doc_type(tjansteskrivelse)[0] == "tjänsteutlåtande"


FLAT_PROTOKOLL = (
    "Sida 1 (12) Plats och tid Rådhuset, sessionssalen kl. 13:00-16:00 Beslutande Ledamöter Anna Ek (S), "
    "Per Lind (M), Eva Holm (C), Lars Berg (KD) och Maria Sjö (V) Tjänstgörande ersättare Nils Ås (S) ersätter "
    "Anna Ek (S) Övriga närvarande Tjänstemän Kommundirektör Karin Dal, sekreterare Olof Stam Utses att justera "
    "Per Lind (M) Justeringens plats och tid Rådhuset 2031-05-02 Underskrifter Sekreterare Ordförande Justerande\n"
    "\fSida 2 (12) ANSLAG/BEVIS Protokollet är justerat. Justeringen tillkännages genom anslag i tre veckor. "
    "Organ Socialnämnden Datum när anslaget sätts upp Datum när anslaget tas ner Förvaringsplats för protokollet "
    "Socialförvaltningen, kansliet Underskrift Olof Stam\n")


def test_a_flat_protokoll_names_its_board_in_the_anslag_box_inside_a_line():
    assert find_authority(FLAT_PROTOKOLL, doc_type="protokoll")[0] == "Socialnämnden"
