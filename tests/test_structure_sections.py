"""Headings, the section tree and paragraphs on real protokoll, tjänsteskrivelser and avtal:
§ blocks, numbered headings, named headings from language/data/headings.tsv, headings by
layout; decision items that are not headings; paragraphs that run over page breaks; spans
that point into the text."""
from __future__ import annotations

from pathlib import Path

import pytest

from diarium.schemas.structure import Heading, Structure
from diarium.structure import analyse

DATA = Path(__file__).resolve().parent / "data" / "structure"
GOLD = Path(__file__).resolve().parent / "gold"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def headings(structure: Structure) -> list[Heading]:
    return [section.heading for section in structure.walk() if section.heading is not None]


def test_paragraph_heading_with_dnr_and_title_below_and_named_headings_under_it():
    structure = analyse(read(DATA / "K008.pages1-5.txt"))
    paragraph = next(s for s in structure.walk() if s.heading and s.heading.kind == "paragraph")
    assert (paragraph.heading.number, paragraph.heading.dnr, paragraph.heading.title) == (
        "73", "TE-2024-00457", "Medfinansieringsavtal till statlig infrastruktur")
    assert paragraph.level == 1
    children = [(c.heading.name, c.heading.qualifier, c.level) for c in paragraph.children]
    assert children == [("beslut", "för fastställande i kommunfullmäktige", 2), ("sammanfattning", None, 2),
                        ("beslutsunderlag", None, 2), ("beslutsgång", None, 2), ("beslutet skickas till", None, 2)]


def test_table_of_contents_entries_are_not_headings():
    structure = analyse(read(DATA / "K008.pages1-5.txt"))
    on_contents_page = [h for h in headings(structure) if h.page == 3]
    assert [(h.kind, h.name) for h in on_contents_page] == [("named", "innehåll")]
    contents = next(s for s in structure.walk() if s.heading and s.heading.name == "innehåll")
    assert "§ 76 Dnr TE-2024-00367" in contents.paragraphs[0].text


def test_paragraph_runs_on_over_the_page_break_and_the_furniture():
    text = read(DATA / "K008.pages1-5.txt").replace(
        "kommunens finansverksamhet.\n\nDet här dokumentet", "kommunens finansverksamhet och\n\nDet här dokumentet")
    text = "\n".join(line for line in text.split("\n") if not line.startswith(("|", "[Tabell")))
    structure = analyse(text)
    summary = next(s for s in structure.walk() if s.heading and s.heading.name == "sammanfattning")
    last = summary.paragraphs[-1]
    assert last.text.endswith("kommunens finansverksamhet och Detta får också till följd att kommande beslut om "
                              "framtida medfinansiering kommer att underställas Kommunfullmäktige istället för "
                              "Tekniska nämnden. Tekniska nämndens uppdrag blir därmed att ta fram "
                              "beslutsunderlag samt föreslå hur Kommunfullmäktige kan fatta beslut i frågan om "
                              "medfinansiering av statlig infrastruktur i kommunen.")
    assert {line.page for line in last.lines} == {4, 5}


def test_items_numbered_by_a_bare_number_over_their_title():
    structure = analyse(read(DATA / "K001.pages1-6.txt"))
    items = [(h.number, h.title) for h in headings(structure) if h.kind == "numbered"]
    assert items[:4] == [("1", "Mötets öppnande"), ("2", "Föregående minnesanteckningar"),
                         ("3", "Risk- och väsentlighetsanalys 2024 – beslut om åtgärder"),
                         ("4", "Diskussion om framtagande av risk- och väsentlighetsanalys 2024 för Eksta "
                               "Bostads AB och Stiftelsen Tjolöholm")]
    second = next(s for s in structure.walk() if s.heading and s.heading.number == "2")
    assert [(c.heading.kind, c.heading.title) for c in second.children] == [
        ("layout", "Överenskommelse"), ("named", "Sammanfattning")]
    assert second.children[0].paragraphs[0].text == "Kommunrevisionen godkänner föregående mötes minnesanteckningar."


def test_ocr_paragraph_sign_and_agreement_headings():
    structure = analyse(read(DATA / "K031.pages1-7.txt"))
    found = {(h.page, h.kind, h.number, h.title) for h in headings(structure)}
    assert (6, "paragraph", "19", "Principavtal avseende detaljplan för Tölöberg 2 och Tölö 1:17") in found
    assert (2, "layout", None, "ÖVRIGA BESTÄMMELSER") in found
    assert (3, "named", None, "Avtalets giltighet") in found
    # the clause numbers that reading order put in a column of their own are numbered headings
    column = [(h.page, h.number, h.title) for h in headings(structure) if h.kind == "numbered" and h.page == 2]
    assert column == [(2, n, None) for n in ("6.3", "7.1", "7.2", "7.3", "8.1", "9.1", "9.2", "10", "10.1", "11", "11.1")]


def test_decision_items_are_paragraphs_with_item_set_not_headings():
    structure = analyse(read(GOLD / "lerum_protokoll.txt"))
    beslut = next(s for s in structure.walk() if s.heading and s.heading.name == "beslut")
    assert [(p.item, p.text[:40]) for p in beslut.paragraphs] == [
        (None, "Socialnämnden beslutar"),
        ("1", "1. att ingå ett idéburet offentligt part"),
        ("2", "2. att avsätta högst 1,2 mnkr per år för"),
        ("3", "3. att paragrafen justeras omedelbart.")]
    assert beslut.paragraphs[1].text.endswith("för perioden 1 januari 2024 till och med 31 december 2025,")
    assert not any(h.kind == "numbered" for h in headings(structure))


def test_numbered_headings_of_an_agreement_nest_by_depth():
    text = ("AVTAL OM SAMVERKAN\n\n1. Parter\nKommunen och föreningen ingår detta avtal om samverkan.\n\n"
            "2. Avtalets omfattning\n2.1 Bakgrund\nFöreningen har drivit verksamheten sedan 2019 med bidrag.\n"
            "2.2 Syfte\nSyftet är att ge stöd till personer i hemlöshet under hela året.\n\n"
            "3. Ersättning\nKommunen betalar 1 200 000 kronor per år i förskott.\n")
    tree = analyse(text).sections
    assert [(s.heading.kind, s.heading.number, [c.heading.number for c in s.children]) for s in tree] == [
        ("layout", None, []), ("numbered", "1", []), ("numbered", "2", ["2.1", "2.2"]), ("numbered", "3", [])]


def test_named_headings_with_owner_and_qualifier_and_ocr_without_swedish_letters():
    text = ("Förvaltningens förslag till beslut\nNämnden godkänner avtalet.\n\n"
            "Forslag till beslut i kommunstyrelsen\nKommunstyrelsen godkänner avtalet.\n\n"
            "Beslut – för fastställande i kommunfullmäktige\nNämnden föreslår fullmäktige att fastställa taxan.\n")
    found = [(h.name, h.qualifier) for h in headings(analyse(text))]
    assert found == [("förslag till beslut", None), ("förslag till beslut", "i kommunstyrelsen"),
                     ("beslut", "för fastställande i kommunfullmäktige")]


def test_heading_by_layout_needs_running_text_below():
    text = ("Ekonomiskt perspektiv\nKostnaden för förändringen ryms inom nämndens budget för 2025.\n\n"
            "Beslutet skickas till\nKommunstyrelsen\nRegion Halland\n")
    found = [(h.kind, h.title) for h in headings(analyse(text))]
    assert found == [("layout", "Ekonomiskt perspektiv"), ("named", "Beslutet skickas till")]


def test_double_spaced_text_keeps_its_paragraphs():
    """A text with a blank line after every line (samples/004): blanks are spacing only."""
    structure = analyse(read(next(SAMPLES.glob("004_*.txt"))))
    proposal = next(s for s in structure.walk() if s.heading and s.heading.name == "förslag till beslut")
    items = [p for p in proposal.paragraphs if p.item and p.item.isdigit()]
    assert [p.item for p in items] == ["1", "2", "3", "4", "5"]
    assert [p.text for p in proposal.paragraphs if p.item == "-"][0] == "- Convictus organisationsnummer 802012-1581,"
    assert items[1].text == ("2. Socialnämnden ger förvaltningschefen i uppdrag att teckna avtal om ett idéburet "
                             "offentligt partnerskap med de fyra ideella organisationerna om verksamhet för "
                             "utsatta EU-medborgare.")


@pytest.mark.parametrize("path", [DATA / "K008.pages1-5.txt", DATA / "K031.pages1-7.txt", GOLD / "lerum_protokoll.txt",
                                  DATA / "K019.pages4-6.txt", DATA / "K033.pages1-3.txt"])
def test_spans_point_into_the_text(path):
    text = read(path)
    structure = analyse(text)
    assert structure.text_length == len(text)
    for line in structure.lines:
        assert text[line.start:line.end] == line.text and "\n" not in line.text and "\f" not in line.text
    for section in structure.walk():
        if section.heading:
            assert text[section.heading.start:section.heading.end].split()[0] == section.heading.text.split()[0]
        for paragraph in section.paragraphs:
            assert paragraph.start == paragraph.lines[0].start and paragraph.end == paragraph.lines[-1].end
            printed = [" ".join(text[span.start:span.end].split()) for span in paragraph.lines]
            assert paragraph.text.split()[0] == printed[0].split()[0]
            assert all(chunk for chunk in printed)
            assert section.start <= paragraph.start and paragraph.end <= section.end
    for item in structure.furniture:
        assert text[item.start:item.end] == item.text


def test_a_new_document_of_an_excerpt_starts_at_its_page_one():
    """A tjänsteskrivelse after a protokoll extract: its title and headings are not part of the §."""
    text = ("PROTOKOLL   1 (1)\n\n§ 5   Dnr KS-2024-00100\nFörsäljning av mark\n\nBeslut\n"
            "Kommunstyrelsen godkänner försäljningen av fastigheten.\n"
            "\fTJÄNSTESKRIVELSE   1 (2)\n\nFörsäljning av mark\n\nBakgrund\n"
            "Fastigheten har varit till salu sedan förra året och två bud har kommit in.\n"
            "\fTJÄNSTESKRIVELSE   2 (2)\n\nEkonomi\nKöpeskillingen är 1 200 000 kronor och betalas på tillträdesdagen.\n")
    tree = analyse(text).sections
    assert [(s.heading.text if s.heading else None, [c.heading.text for c in s.children]) for s in tree] == [
        ("§ 5 Dnr KS-2024-00100 Försäljning av mark", ["Beslut"]),
        ("Försäljning av mark", []), ("Bakgrund", []), ("Ekonomi", [])]


def test_clause_headings_of_a_land_agreement_are_named_and_a_lead_in_is_no_heading():
    """OCR'd köpeavtal: the clause numbers in a column, the standard clause titles later."""
    text = ("14.\n\n14.1\n\n15.\n\n15.1\n\n5/7\n\nKöpeskillingens erläggande\n\n"
            "Köpeskillingen ska betalas av Köparen enligt följande villkor i detta avtal.\n\n"
            "Hävande av köpet\nKommunen har ensidig rätt att häva detta köp\n\n"
            "a) om Köparen inte sökt bygglov inom den tid som anges i punkt 22 ovan.\n\n"
            "Fastighetens skick\n\nKommunen garanterar att Fastigheten är fri från penninginteckningar.\n")
    found = [(h.kind, h.number, h.name) for s in analyse(text).walk() if (h := s.heading) is not None]
    assert found == [("numbered", "14", None), ("numbered", "14.1", None), ("numbered", "15", None),
                     ("numbered", "15.1", None), ("named", None, "köpeskilling"), ("named", None, "hävning"),
                     ("named", None, "fastighetens skick")]


def test_a_form_field_is_no_heading():
    text = ("Plats och tid för justering Digital justering\n\n"
            "Sekreterare har justerat protokollet digitalt efter sammanträdet.\n")
    assert headings(analyse(text)) == []


def test_a_label_over_lines_of_fields_is_a_heading():
    text = ("Fastighetsdata:\nFastighet: Duvehed 2:46\nFastighetens areal: 21 621 kvm\n"
            "Adress: Duvehed verksamhetsområde\n\nKöparen har redan sökt bygglov för projektet.\n")
    assert [(h.kind, h.title) for h in headings(analyse(text))] == [("layout", "Fastighetsdata")]


def test_a_page_that_lost_its_line_breaks_is_cut_at_the_named_headings_inside_it():
    text = ("\f\nKOMMUNLEDNINGSKONTORET Handläggare Ek Anna Datum 2016-08-29 Diarienummer KSN-2016-1422 "
            "Kommunstyrelsen Riktlinjer för bidrag Förslag till beslut Kommunstyrelsen föreslås besluta att anta "
            "riktlinjerna. Ärendet Kommunfullmäktige gav enligt Beslut 2014 i uppdrag att ta fram riktlinjer för "
            "bidrag till föreningar. " + "Riktlinjerna gäller alla nämnder. " * 10 + "\n")
    structure = analyse(text)
    named = [(h.name, h.text) for h in headings(structure)]
    assert named == [("förslag till beslut", "Förslag till beslut"), ("ärendet", "Ärendet")]  # not "enligt Beslut"
    decision = next(s for s in structure.walk() if s.heading and s.heading.name == "förslag till beslut")
    assert [p.text for p in decision.paragraphs] == ["Kommunstyrelsen föreslås besluta att anta riktlinjerna."]
    written = [line for line in structure.lines if line.text.strip()]
    assert len(written) == 1 and written[0].role == "body"       # the text's own lines are kept


def test_a_long_paragraph_of_a_web_page_is_not_a_flat_page():
    paragraph = "Beslut Nämnden har fattat flera beslut under året om bidrag och stöd. " * 6
    structure = analyse(f"Rubrik\n\n{paragraph}\n\nMer text på sidan.\n\n" + "En rad till.\n" * 10)
    assert not [h for h in headings(structure) if h.name == "beslut"]
