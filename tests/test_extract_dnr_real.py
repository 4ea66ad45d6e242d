"""Diarienummer on real excerpts (train and dev documents of the Kungsbacka corpus, copied to
tests/data/extract/) and on hand-made lines in the forms of other bodies: numbers broken at their
hyphen, other authorities' forms, a table's Beteckning column, a list of cases by number, and
the dates, paragraph references and organisationsnummer that are not case numbers."""
from __future__ import annotations

from pathlib import Path

import pytest

from diarium.extract.dnr import find_dnr
from diarium.structure import analyse

DATA = Path(__file__).resolve().parent / "data" / "extract"


def numbers(text: str) -> list[str]:
    return [d.dnr for d in find_dnr(text, analyse(text))]


def test_case_numbers_of_the_kommun_and_of_other_authorities():
    found = numbers((DATA / "dnr-K008-K009-K015-K035.txt").read_text(encoding="utf-8"))
    assert found == [
        "KS-2023-00666",                 # "(KS-" / "2023-00666)": broken at its own hyphen
        "7557-2023",                     # Länsstyrelsen's "begäran 7557-2023"
        "2024-328", "2024-344", "2025-032", "2024-341", "2025-005", "2025-010",   # a list of lex Sarah cases
        "IF-2025-00087", "LI2025/00306",  # a department's remiss
        "KS/2019:341", "KS/2019:220",    # "(KS/2019:341 385)": the § 85 after it is no part of it
        "430-6320-97", "438-454-98", "Ku98/216/Ka"]
    assert "187/96" not in "".join(found)     # "KF § 187/96" is a paragraph reference


def test_the_beteckning_column_of_an_agenda():
    assert numbers((DATA / "table-K034.txt").read_text(encoding="utf-8")) == ["2025-00268"]


def test_a_date_under_the_dnr_label_is_not_a_dnr():
    assert numbers((DATA / "persons-letterheads-K035-K023.txt").read_text(encoding="utf-8")) == ["ATN-2024-00061"]


@pytest.mark.parametrize("text, expected", [
    ("ÖVERKLAGAT AVGÖRANDE Tingsrättens dom 2012-03-15 i mål nr M 1651-11", ["M1651-11"]),
    ("Datum Vår beteckning\n2018-08-28 SN 18/0098 Socialnämnden", ["SN18/0098"]),
    ("Yttrande över Länsstyrelsens beslut 5072-<br>2025 om ordningsföreskrift", ["5072-2025"]),
    ("Dnr KS/2020:248-003", ["KS/2020:248-003"]),
    ("Se MÖD 2013:6 och NJA 2019 s. 3; SFS 2001:453", []),
    ("Föreningen (802003-1954) söker 500-2000 kr för åren 2017-2023.", []),
    # Tyresö: the year first, the board's prefix and a unit code after it
    ("1 Informationsärende\n\nDiarienummer 2023/BUN 0214\n\n2 Anmälan\n\nDiarienummer 2023/BUN 0203 40\n",
     ["2023/BUN0214", "2023/BUN020340"]),
    # Älvsbyn: a miljöprövningsdelegation's serial/yy with its unit
    ("tillstånd enligt miljöbalken (Lst dnr 551-856-13) (MR 406/12 MTN)", ["551-856-13", "MR406/12MTN"]),
    ("Beslutet fattades 2023/24 av nämnden; tabell 12/04.", []),
    # a region's two-digit year glued to its prefix and serial; a lantmäteri case behind its letter
    ("Kallelse Sammanträde med: Regionstyrelsen Diarienummer: 31AB4567 Plats: Rådhuset", ["31AB4567"]),
    ("Fastighetsbildning pågår, ärendenummer M31234. Servitutet prövas där.", ["M31234"]),
    ("Ärendenummer 12345.67 och 5 kap. 3 §", []),
    # a protokoll's paragraph designation "KS 20/2031" (§ 20 of 2031) is no "yy/serial" dnr
    ("Polis 2(30) KS 20/2031 Information om polisens organisation Polischefen informerar.", []),
])
def test_forms_of_other_bodies(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an OCR'd agenda: the Beteckning cell wrapped, its serial on the next line after words
    ("3. | Information till nämnd: SBN-2024- | Nämnden noterar informationen.\n"
     "Bokslutsprognos 2024 00412\n", ["SBN-2024-00412"]),
    ("9. | Motion om lekplatser BUN-2023- |Nämnden föreslår att motionen avslås\n"
     "Föredragande |00088 och att ärendet avslutas.\n", ["BUN-2023-00088"]),
    # a hyphen ending the line before an amount is no case number
    ("beslut KS-2024-\nbidrag 150 kr per deltagare", []),
    # an en dash after a label; without a label it is a range
    ("enligt tillsynsärende med dnr MH 2025–473 och mål nr P 4021–23", ["MH2025–473", "P4021–23"]),
    ("under åren 2019–2023 och SN 2019–2021", []),
    # the same number with an en dash in a list and a hyphen at its §: one number, as the hyphen prints it
    ("§ 12 Bidrag ... KS-2031–00012\n\n§ 12 Dnr KS-2031-00012\nBidrag till föreningar\n", ["KS-2031-00012"]),
    # an agency's zero-padded serial and year, a prefixless year and serial
    ("Energimyndigheten har beviljat stödet genom beslut EM-01234-23.", ["EM-01234-23"]),
    ("Ansökan 2015-00417 om planbesked avslogs 2015-06-12.", ["2015-00417"]),
])
def test_wrapped_en_dashed_and_agency_numbers(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Markdown agenda whose Beteckning cells break after the number's own hyphen
    ("| 4. | Bygglov för förskola | MBN-2024-<br>001233 | Förslag till beslut<br>Nämnden beviljar bygglov. |\n"
     "| 5. | Strandskyddsdispens | MBN-2022-<br>00417 | Förslag till beslut |\n", ["MBN-2024-001233", "MBN-2022-00417"]),
    ("| 7. | Yttrande i mål nr P 2210-<br>24 om marklov | |\n", ["P2210-24"]),
    # the archive's plan code one space after the number, ending the line
    ("KF § 112 Dnr KS 03-415 214\nMotion om gång- och cykelväg\n", ["KS03-415214"]),
    # a lokal trafikföreskrift's register number (kommunkod, year, serial) is no case; after a year it is
    ("Nämnden beslutar om lokal trafikföreskrift 1880 2024-00031 om parkering.\n"
     "1880 2024-00031 Örebro kommuns föreskrifter om parkering\n", []),
    ("Uppföljning av andra kvartalet 2025 2025-00512 Förslag till beslut\n", ["2025-00512"]),
    # a year and its serial joined by a point after a label; a date so printed is none
    ("Tjänsteskrivelse\nDnr: SBN 2025.418\nDatum 2025.03.04\n", ["SBN2025.418"]),
])
def test_cells_broken_by_markup_and_a_plan_code(text, expected):
    assert numbers(text) == expected
