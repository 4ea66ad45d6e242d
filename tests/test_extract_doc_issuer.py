"""doc_type, authority and date of bodies' web copies and reports that carry no letterhead:
the issuer's title in the genitive ("Justitiekanslerns beslut"), a date label inside a line
of fields, a date after the body in a title, the place and date over "På … vägnar"."""
from __future__ import annotations

from diarium.extract.authority import find_authority
from diarium.extract.dates import document_date
from diarium.extract.doctype import find_doc_type

AGENCY_DECISION = """Diarienr: 1234-19-4.3 / Beslutsdatum: 12 feb 2020

Skadeståndsanspråk mot staten efter ett dröjsmål


Justitiekanslerns beslut

  1. Justitiekanslern tillerkänner Norrby Bygg AB ersättning med 12 000 kr.
  2. Justitiekanslern riktar kritik mot Länsstyrelsen i Ekeby län.

Ärendet

Bakgrund

Länsstyrelsen beslutade den 3 mars 2011 att dra av stöd.
"""

COMMITTEE_REPORT = """Socialutskottets betänkande
|
Ekeby stiftelses årsberättelse
Sammanfattning
Utskottet föreslår att riksdagen lägger årsberättelsen till handlingarna.
Behandlade förslag
Redogörelse om stiftelsens verksamhet.
Utskottets förslag till riksdagsbeslut
Utskottets överväganden
Bilaga 1
Öppet sammanträde den 2 mars 2019
Utskottets förslag till riksdagsbeslut
1. |
Årsberättelsen |
Riksdagen lägger redogörelsen till handlingarna.
Stockholm den 9 april 2019
På socialutskottets vägnar
Eva Ekholm
"""

DECISIONS_IN_BRIEF = """Beslut i korthet - kulturnämnden 4 maj 2021

Kulturnämnden beslutade bland annat att anta en plan för biblioteken 2021-2023.

Kulturnämnden beslutar att

Anta biblioteksplanen.
"""


def test_an_agency_decision_is_annat_issued_by_the_agency_on_its_decision_date() -> None:
    assert find_doc_type(AGENCY_DECISION)[0] == "annat"      # "Ärendet" made it a tjänsteutlåtande
    assert find_authority(AGENCY_DECISION)[0] == "Justitiekanslern"
    found = document_date(AGENCY_DECISION)
    assert found is not None and found.value == "2020-02-12"


def test_a_committee_report_is_issued_by_the_committee_on_the_day_it_signs() -> None:
    assert find_doc_type(COMMITTEE_REPORT)[0] == "annat"
    assert find_authority(COMMITTEE_REPORT)[0] == "Socialutskottet"
    found = document_date(COMMITTEE_REPORT)
    assert found is not None and found.value == "2019-04-09"    # not the open hearing's date


def test_a_web_summary_is_dated_by_the_meeting_its_title_names() -> None:
    found = document_date(DECISIONS_IN_BRIEF)
    assert found is not None and found.value == "2021-05-04"


def test_a_board_mentioned_in_a_sentence_is_no_issuer_title() -> None:
    text = "Norrby kommun\n\nSocialnämnden har fattat beslut\n\nTexten fortsätter."
    assert find_authority(text)[0] == "Norrby kommun"
