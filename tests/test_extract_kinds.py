"""Each fact extractor on real sentences from the seeds and on realistic municipal text."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st
from stdnum import luhn

from diarium.extract import (
    document_date, find_amounts, find_authority, find_decisions, find_dnr, find_doc_type,
    find_legal_refs, find_orgnrs, find_parties, find_periods, find_persons, find_title,
)
from diarium.extract.orgnr import compact, format as format_orgnr

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def sample_text():
    """The text of seed NNN from samples/."""
    def read(seed: str) -> str:
        return next(SAMPLES.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
    return read


# --- organisationsnummer ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("• Värna Barnen, organisationsnummer 800380-4070,", "800380-4070"),
    ("• Ekeby stadsmission, organisationsnummer 808649- 4070.", "808649-4070"),
    ("- Ekeby stadsmission organisationsnummer 808649-\n\n4070.", "808649-4070"),
    ("Föreningen Söderby Kvinno- och tjejjour, org.nr 8176056540, nedan kallad", "817605-6540"),
    ("Navigatus, org. nr 802004 7893", "802004-7893"),
    ("Ny Gemenskap organisationsnummer 8O2OO6-lO19", "802006-1019"),
    ("Frälsningsarmén organisationsnummer 802006-\f1688", "802006-1688"),
])
def test_orgnr_variants(text, expected):
    assert [o.orgnr for o in find_orgnrs(text)] == [expected]
    assert find_orgnrs(text)[0].orgnr_valid


def test_invalid_orgnr_is_reported_not_dropped():
    found = find_orgnrs("Svenska Gröna Bandet, organisationsnummer 803521-5171,")
    assert [(o.orgnr, o.orgnr_valid) for o in found] == [("803521-5171", False)]


@pytest.mark.parametrize("text", [
    "Telefon: 08-50825403",
    "personnummer 850412-1234 och 19850412-1234",
    "Sammanträdesdatum 2023-05-16, dnr 2021-565, Dnr 2.3.4-565/2021",
    "Telefon 031-365 00 00, 070-123 45 67",
])
def test_not_orgnr(text):
    assert find_orgnrs(text) == []


@given(st.from_regex(r"[2-9][0-9]{2}[2-9][0-9]{5}", fullmatch=True),
       st.sampled_from(["-", "- ", "-\n", " ", ""]))
def test_orgnr_round_trip(nine, separator):
    number = nine[:9] + luhn.calc_check_digit(nine[:9])
    text = f"Föreningen X, organisationsnummer {number[:6]}{separator}{number[6:]}, är part."
    found = find_orgnrs(text)
    assert [(o.orgnr, o.orgnr_valid) for o in found] == [(format_orgnr(number), True)]
    assert compact(found[0].orgnr) == number


# --- parties -----------------------------------------------------------------------------

def test_parties_without_orgnr_skip_former_partner():
    text = ("Stockholms stads socialförvaltning har upprättat ett samarbetsavtal\nmed Ekeby "
            "stadsmission, Svenska Gröna Bandet och Värna Barnen från och med 1 juli 2024. "
            "Från början ingick även\nBarnrättsbyrån i partnerskapet.")
    names = [p.name for p in find_parties(text)]
    assert names == ["Ekeby stadsmission", "Svenska Gröna Bandet", "Värna Barnen", "Socialförvaltningen"]


def test_parties_exclude_refused_applicant_and_landlord():
    text = ("Partnerskapet är ett samarbete mellan social stödförvaltning och Hjälpmissionen, "
            "organisationsnummer 857209-0598.\nFöreningen Hoppets Stjärna, organisationsnummer "
            "802019-0115, ansökte om att ingå i partnerskapet men fick avslag.\n"
            "Lokalen hyrs av Uppsalahem AB, org.nr 556137-2946, som är hyresvärd.")
    parties = find_parties(text)
    assert [(p.name, p.orgnr) for p in parties] == [
        ("Hjälpmissionen", "857209-0598"), ("Social stödförvaltning", None)]


def test_kommun_with_orgnr_is_the_public_party():
    text = ("1. Parter\nSöderby kommun, genom socialnämnden, org.nr 212000-3005, nedan kallad\n"
            "kommunen.\nFöreningen Söderby Kvinno- och tjejjour, org.nr 8176056540, nedan kallad\nföreningen.")
    parties = find_parties(text)
    assert [(p.name, p.orgnr, p.public) for p in parties] == [
        ("Söderby kommun", "212000-3005", True),
        ("Föreningen Söderby Kvinno- och tjejjour", "817605-6540", False)]


# --- periods -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Perioden för\npartnerskapet är 1 januari 2022 till och med 31 december 2023.",
     [("2022-01-01", "2023-12-31", "partnerskap")]),
    ("Avtalet gällde perioden\n\n1 maj 2017 till och med 30 april 2019 och hade som syfte",
     [("2017-05-01", "2019-04-30", "avtal")]),
    ("Överenskommelsen gäller fr.o.m. den 1 mars 2024 t.o.m. den 28 februari\n2026.",
     [("2024-03-01", "2026-02-28", "överenskommelse")]),
    ("att förlänga partnerskapet för perioden\n2024-01-01–2024-12-31,", [("2024-01-01", "2024-12-31", "förlängning")]),
    ("Partnerskapet gäller för perioden 2022-01-01 -- 2023-12-31.", [("2022-01-01", "2023-12-31", "partnerskap")]),
    ("Partnerskapet gäller från 1 maj till den 30 april 2020", [("2019-05-01", "2020-04-30", "partnerskap")]),
])
def test_periods(text, expected):
    assert [(p.start, p.end, p.kind) for p in find_periods(text)] == expected


@pytest.mark.parametrize("text", [
    "dock längst till den 30 april 2022. Skriftlig överenskommelse ska ha träffats senast den 1 februari",
    "sedan starten i september 2017 fram tills partnerskapets slut juni 2024",
    "under perioden januari–april 2023 vidtagit åtgärder",
    "Forvaltningsgruppen har behandlat drendet den 8 december 2021 och den 9 december 2021.",
])
def test_not_periods(text):
    assert find_periods(text) == []


# --- amounts -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Det vill säga 5 888 919 kronor för varje 12\nmånaders period.", [(5888919, "12 månader")]),
    ("ett underskott om 3 450 tkr. Placeringar överstiger budget med 2,8 mnkr.",
     [(3450000, None), (2800000, None)]),
    ("att avsätta högst 1,2 mnkr per år för partnerskapet", [(1200000, "år")]),
    ("ett engångsbidrag om kr 75 000 betalas ut", [(75000, None)]),
    ("avsätta 4,5 miljoner kronor för förlängningen", [(4500000, None)]),
    ("till en kostnad av\n35 000 kr/månad.", [(35000, "månad")]),
    ("Avgiften är 12 000 kr/år.", [(12000, "år")]),
])
def test_amounts(text, expected):
    assert [(a.value, a.per) for a in find_amounts(text)] == expected


def test_counts_are_not_amounts():
    assert find_amounts("2991 unika individer, över 35 000 ensamkommande barn, 115 platser, "
                        "120 besökare per dag, 87 procent pojkar") == []


# --- decisions ---------------------------------------------------------------------------

def test_decisions_join_lines_and_drop_list_dashes(sample_text):
    decisions = find_decisions(sample_text("004"))
    assert [d.number for d in decisions] == [1, 2, 3, 4, 5]
    assert decisions[0].text == (
        "Socialnämnden beslutar att godkänna partnerskap med Convictus organisationsnummer "
        "802012-1581, Frälsningsarmén organisationsnummer 802006-1688, Ny Gemenskap "
        "organisationsnummer 802006-1019, Stockholms stadsmission organisationsnummer 802003-1954.")
    assert decisions[1].text.endswith("om verksamhet för utsatta EU-medborgare.")


def test_single_decision_and_closing_sentence_not_listed(sample_text):
    assert [(d.number, d.text) for d in find_decisions(sample_text("000"))] == [
        (None, "Socialnämnden godkänner slutrapporten.")]


def test_protokoll_decisions_with_lead_in_and_repeats():
    text = ("§ 41 Dnr SN 2023/87\nBeslut\nSocialnämnden beslutar\n1. att ingå ett partnerskap med\n"
            "Stiftelsen X,\n2. att paragrafen justeras omedelbart.\n\nSammanfattning av ärendet\n"
            "Text.\n\nFörslag till beslut\nSocialnämnden beslutar\n1. att ingå ett partnerskap med "
            "Stiftelsen X,\n2. att paragrafen justeras omedelbart.\n\n§ 42 Dnr SN 2023/12\nBeslut\n"
            "Socialnämnden godkänner uppföljningen per april\n2023.\n\nSammanfattning av ärendet\n")
    assert [(d.number, d.text) for d in find_decisions(text)] == [
        (1, "att ingå ett partnerskap med Stiftelsen X"),
        (2, "att paragrafen justeras omedelbart."),
        (None, "Socialnämnden godkänner uppföljningen per april 2023.")]


def test_decisions_across_a_page_header():
    text = ("Förslag till beslut\n1. Kommunstyrelsen beslutar att anta riktlinjerna för\f"
            "Tjänsteutlåtande\nDnr KS-2023-0456\nSida 2 (3)\n\nidéburet offentligt partnerskap.\n"
            "2. Paragrafen justeras omedelbart.\n")
    assert [d.text for d in find_decisions(text)] == [
        "Kommunstyrelsen beslutar att anta riktlinjerna för idéburet offentligt partnerskap.",
        "Paragrafen justeras omedelbart."]


# --- diarienummer ------------------------------------------------------------------------

def test_dnr_forms():
    text = ("IOP Dnr 2.3.4-565/2021 Sida\nBilagorna till huvudavtalet med diarienummer 2021-56 5innehåller\n"
            "1. Bilaga Ekeby stadsmission, dnr 2021-566\n4. Bilaga Socialnämnden dnr 2021-568\n"
            "3. Bilaga Värna Barnen, dnr 2021-568\n§ 45 Dnr SN 2024/123, KS-2023-0456, KS/2019/0001/0009\n"
            "lag (2018:672), SFS 2001:453, åren 2015/2016, telefon 08-508 254 03")
    assert [d.dnr for d in find_dnr(text)] == [
        "2.3.4-565/2021", "2021-565", "2021-566", "2021-568", "SN2024/123", "KS-2023-0456",
        "KS/2019/0001/0009"]


# --- persons -----------------------------------------------------------------------------

def test_persons_from_signature_block_two_per_line(sample_text):
    people = [(p.name, p.role) for p in find_persons(sample_text("000"))]
    assert people == [("Maria Karlsson", "Handläggare"), ("Veronica Wolgast Carstorp", "Socialdirektör"),
                      ("Lina Blombergsson", "Avdelningschef")]


def test_persons_signatory_without_title(sample_text):
    people = {p.name: p.role for p in find_persons(sample_text("001"))}
    assert people == {"Veronica Carstorp Wolgast": "Socialdirektör",
                      "Åsa Paborn": "Undertecknare för Stockholms stadsmission"}


def test_persons_with_party_and_attendance_list():
    text = ("Beslutande               Ordförande Maja Larsson (C)\n                          Ledamöter\n"
            "                          Jan-Erik Pettersson (S)\n                          Louise Wallqvist (M)\n\n"
            "Övriga närvarande         Ester Ekman, socialchef\n")
    assert [(p.name, p.party) for p in find_persons(text)] == [
        ("Maja Larsson", "C"), ("Jan-Erik Pettersson", "S"), ("Louise Wallqvist", "M"), ("Ester Ekman", None)]


def test_persons_not_organisations_or_placeholders(sample_text):
    names = [p.name for p in find_persons(sample_text("004"))]
    assert names == ["Lena Lundström Stoltz", "Lisa Cadenius"]


# --- statute references ------------------------------------------------------------------

def test_legal_refs(sample_text):
    assert [(r.sfs, r.text) for r in find_legal_refs(sample_text("001"))] == [
        ("2018:672", "lag (2018:672) om ekonomiska föreningar"), (None, "14 kap. 1 § socialtjänstlagen")]
    assert find_legal_refs(sample_text("000")) == []


# --- document type, authority, date, title ---------------------------------------------------

@pytest.mark.parametrize("seed, kind, authority, date", [
    ("000", "tjänsteutlåtande", "Socialnämnden", None),
    ("001", "avtal", "Socialnämnden", None),
    ("002", "tjänsteutlåtande", "Socialnämnden", None),
    ("004", "tjänsteutlåtande", "Socialnämnden", "2019-04-16"),
])
def test_scalars(sample_text, seed, kind, authority, date):
    text = sample_text(seed)
    assert find_doc_type(text)[0] == kind
    assert find_authority(text)[0] == authority
    found = document_date(text)
    assert (found.value if found else None) == date


def test_protokoll_scalars():
    text = "BERGUMS KOMMUN     SAMMANTRÄDESPROTOKOLL\nSocialnämnden\n\nSammanträdesdatum 2023-05-16\n\n§ 41"
    assert find_doc_type(text)[0] == "protokoll"
    assert find_authority(text)[0] == "Socialnämnden"
    assert document_date(text).value == "2023-05-16"


def test_title_joins_heading_and_subtitle(sample_text):
    assert find_title(sample_text("001"))[0] == (
        "Idéburet Offentligt Partnerskap - Verksamhet för ensamkommande barn, ungdomar och vissa "
        "unga vuxna som helt eller delvis står, eller riskerar att hamna, utanför samhällets insatser")


def test_unnumbered_dash_items_keep_their_lead_in():
    text = ("Förslag till beslut\nFörvaltningen föreslår att socialnämnden beslutar att:\n"
            "- godkänna avtalet med Föreningen X,\n- uppdra åt förvaltningen att teckna avtalet.\n\n"
            "Bakgrund\nFörvaltningen föreslår att socialnämnden godkänner\ntjänsteutlåtandet\n")
    assert [(d.number, d.text) for d in find_decisions(text)] == [
        (None, "Förvaltningen föreslår att socialnämnden beslutar att godkänna avtalet med Föreningen X, "
               "uppdra åt förvaltningen att teckna avtalet.")]


# --- generalisation: other municipalities' layouts ------------------------------------------

@pytest.mark.parametrize("text, kind", [
    # the printed label at the top wins over a label in the body
    ("NORRÅ KOMMUN                 PROTOKOLL\nIndivid- och familjenämnden\nSammanträdesdatum: 2024-03-21\n"
     + "Ärendet\n" * 15 + "Beslutsunderlag\nTjänsteskrivelse 2024-03-05\n", "protokoll"),
    ("Västerö stad\nArbetsmarknads- och socialförvaltningen\n\nSLUTRAPPORT\n2024-11-05\n\n"
     "Nämnden beslutade i protokoll § 112 att teckna avtal.\n", "rapport"),
    ("LINKÖPINGS KOMMUN\n\nÖVERENSKOMMELSE OM IDÉBURET OFFENTLIGT PARTNERSKAP\n1. Parter\nMellan ...\n"
     + "x\n" * 15 + "Föreningen lämnar en årsrapport.\n", "avtal"),
    ("                                   Utdrag ur protokoll\nStadsdelsnämnden Spånga-Tensta\n§ 14\n", "protokoll"),
    ("Skrivelse\nKommunstyrelsen\nSkrivelse om stöd till kvinnojourerna\n", "skrivelse"),
    ("Tjänsteutlåtande\nDnr 2024/12\n\nÅrsrapport 2023 för partnerskapet\n", "tjänsteutlåtande"),
    # no label: a protokoll's structure
    ("Socialnämnden\nSammanträdesdatum 2023-05-16\n§ 41  Dnr SN 2023/87\nJusterandes sign\n", "protokoll"),
])
def test_doc_type_from_the_printed_label(text, kind):
    assert find_doc_type(text)[0] == kind


def test_title_is_never_a_field_line_and_a_protokoll_with_several_paragraphs_has_none():
    protokoll = ("NORRÅ KOMMUN        PROTOKOLL\nSammanträdesdatum: 2024-03-21\n\n"
                 "Plats och tid: Stationsgatan 12, Söderby, kl. 13.00–15.40\n\nBeslutande\nOrdförande: Lena Sandström (S)\n"
                 "\n§ 23   Dnr IFN-2024-0112\n\nStödboende för unga vuxna\n\n§ 24   Dnr: IFN 2024/087\n\nUppföljning\n")
    assert find_title(protokoll, "protokoll") is None
    assert find_title(protokoll) is None
    utdrag = "PROTOKOLLSUTDRAG\nKommunstyrelsen 2022-11-09\n\n§ 318   Dnr KS 2022/145\n\nAvtal om stödboende\n\nBeslut\n"
    assert find_title(utdrag, "protokoll")[0] == "Avtal om stödboende"
    letter = ("Norrviks stad\nSocial stödförvaltning\n\nTjänsteutlåtande\nUtfärdat 2023-09-12\n"
              "Diarienummer N131-0456/23\n\nHandläggare\nAhmed Yusuf\nTelefon: 031-365 00 00\n\n"
              "Förlängning av partnerskap med Hjälpmissionen\n\nFörslag till beslut\n")
    assert find_title(letter)[0] == "Förlängning av partnerskap med Hjälpmissionen"


@pytest.mark.parametrize("text, sfs", [
    ("insatserna ryms inom socialtjänstlagens (2001:453) bestämmelser", "2001:453"),
    ("enligt lagen (1993:387) om stöd och service till vissa funktionshindrade", "1993:387"),
    ("Ärendet har handlagts enligt förvaltningslagen (2017:900).", "2017:900"),
    ("insatser enligt LSS (1993:387) samordnas med regionen", "1993:387"),
    ("omfattas av offentlighets- och sekretesslagen (2009:400).", "2009:400"),
])
def test_law_name_with_sfs_number_and_no_pinpoint(text, sfs):
    refs = find_legal_refs(text)
    assert [r.sfs for r in refs] == [sfs]
    assert sfs in refs[0].text and refs[0].text.split()[0] in text


@pytest.mark.parametrize("text, expected", [
    ("Kommunen bidrar med 1 850 000 kronor för avtalsperioden.", [(1850000, "avtalsperioden")]),
    ("ersätts med kr 1 200 per dygn och plats", [(1200, "dygn")]),
    ("kostar 3,5 Mkr per år, varav 0,6 MSEK hyra", [(3500000, "år"), (600000, None)]),
    ("högst 1 200 kr/mån", [(1200, "månad")]),
    ("Kostnadspost                        Belopp, tkr\nPersonal, uppsökare       1 120\n"
     "Utbildning                  45\nTotalt                 1 165\n\nErsättningen betalas kvartalsvis.",
     [(1120000, None), (45000, None), (1165000, None)]),
])
def test_amounts_in_units_and_tables(text, expected):
    assert [(a.value, a.per) for a in find_amounts(text)] == expected


def test_parter_section_names_both_parties_and_not_former_partner_landlord_or_refused():
    text = ("1. Parter\nMellan Linköpings kommun, genom Socialnämnden, organisationsnummer\n212000-0449, nedan "
            "kallad Kommunen, och Föreningen Stadsmissionen i Ekeby, organisationsnummer 800380-4070, nedan "
            "kallad Föreningen,\nhar följande överenskommelse träffats.\n\n2. Bakgrund\nVerksamheten drevs fram till "
            "2023 av Stiftelsen Öppen Gemenskap,\norganisationsnummer 802512-3459, som har avslutat sitt åtagande.\n"
            "Lokalerna hyrs av Fastighets AB Stångåstaden, organisationsnummer\n556543-2100, som är hyresvärd. "
            "Föreningen Husvagnshjälpen,\norganisationsnummer 802400-1128, ansökte om att ingå i partnerskapet\n"
            "men fick avslag.\n")
    assert sorted(p.orgnr for p in find_parties(text)) == ["212000-0449", "800380-4070"]


# A body named in the running text is the authority only where the document's kind points to it:
# an agreement's party clause, the board a report or tjänsteskrivelse goes to.
@pytest.mark.parametrize("text, authority", [
    ("Stadsdelsnämnden Spånga-Tensta                      Utdrag ur protokoll\n", "Stadsdelsnämnden Spånga-Tensta"),
    ("SAMARBETSAVTAL\nNorrviks stad, genom socialnämnden Nordost, org.nr 212000-3674", "Socialnämnden Nordost"),
    ("Västerö stad\nSLUTRAPPORT\nRapporten lämnas till Arbetsmarknads- och socialnämnden.", "Arbetsmarknads- och socialnämnden"),
    ("Kommunstyrelsen\n2024-03-05\nSkrivelse", "Kommunstyrelsen"),
    ("SÖDERÅS STAD\nÄldreförvaltningen\n\nÄldrenämnden\n\nUtökad dagverksamhet", "Äldrenämnden"),
])
def test_authority_with_compound_and_area_names(text, authority):
    assert find_authority(text)[0] == authority


@pytest.mark.parametrize("text, date", [
    ("Linköping den 14 februari 2025\n\nFör Linköpings kommun", "2025-02-14"),
    ("SÖDERÅS STAD        TJÄNSTESKRIVELSE\nÄldreförvaltningen   Datum 2024-09-10", "2024-09-10"),
    ("VASTERAS STAD TJANSTESKRIVELSE\nAldreforvaltningen Datum 2024-09-10", "2024-09-10"),   # OCR
])
def test_document_date_in_letterhead_columns_and_signature(text, date):
    assert document_date(text).value == date


def test_protokoll_paragraphs_each_with_dnr_and_att_items():
    text = ("§ 23   Dnr IFN-2024-0112\n\nBeslut\nIndivid- och familjenämnden beslutar\n1. att ingå partnerskapet,\n"
            "2. att uppdra åt socialchefen att teckna överenskommelsen.\n\nÄrendet\nText.\n\n"
            "§ 24   Dnr: IFN 2024/087\n\nBeslut\nIndivid- och familjenämnden godkänner uppföljningen.\n\n"
            "§ 25   Diarienummer: ASN-2024-1187\n\nBeslut\nSocialnämnden beslutar\n1. att anta yttrandet.\n")
    assert [d.dnr for d in find_dnr(text)] == ["IFN-2024-0112", "IFN2024/087", "ASN-2024-1187"]
    assert [(d.number, d.text) for d in find_decisions(text)] == [
        (1, "att ingå partnerskapet"), (2, "att uppdra åt socialchefen att teckna överenskommelsen."),
        (None, "Individ- och familjenämnden godkänner uppföljningen."), (1, "att anta yttrandet.")]


def test_party_name_drops_an_ocr_garbled_orgnr_label():
    # Tesseract read "organisationsnummer" as "organisationsnhummer" on a generated scan of seed 004.
    from diarium.extract.parties import find_parties
    text = ("I partnerskapet ingår följande aktörer från idéburen sektor:\n"
            "- Navigatus organisationsnummer 802004-7893,\n"
            "- Frälsningsarmén organisationsnhummer 802006-1688,\n")
    assert [(p.name, p.orgnr) for p in find_parties(text) if p.orgnr] == [
        ("Navigatus", "802004-7893"), ("Frälsningsarmén", "802006-1688")]
