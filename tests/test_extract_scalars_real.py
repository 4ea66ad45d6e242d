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
])
def test_authority_from_the_head(text, authority):
    assert find_authority(text)[0] == authority


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
