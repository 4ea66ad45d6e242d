"""Decisions at the page breaks of a scanned protokoll extract: the next §'s mark ends them,
a running header of a § that runs on is no decision's words, an att-list runs on over a page
whose foot was read as a heading, and yrkanden and the beslutsgång are not decisions."""
from __future__ import annotations

from diarium.extract.decisions import find_decisions

HEAD = "EKEBY KOMMUN\n\nSAMMANTRÄDESPROTOKOLL\n\nSammanträdesdatum\n\nSida\n\n"
NEXT_EXTRACT = (
    HEAD + "Kommunstyrelsen 2002-04-16 12\n\n§ 40 Borgen för Ekeby Ridklubb\n\nBESLUT\n\n"
    "- Kommunstyrelsens ordförande bemyndigas att underteckna borgensåtagandet för\n"
    "Ekeby Ridklubb ekonomisk förening.\n\n"
    "\f" + HEAD + "Kommunfullmäktige 1991-03-28 51\nKommunstyrelsen 1991-03-20\n"
    "Kommunstyrelsens arbetsutskott 1991-03-05\n\n"
    "KF $ 12\n\nKS $ 88\n\nAU $ 301 0211/90-118,\n\n"
    "Uppförande av ridhus i Norrby jämte framställan\nfrån Ekeby Ridklubb om kommunal medverkan\n\n"
    "Ekeby Ridklubb redovisade i skrivelse 1990-11-04\n"
    "att klubben ville bygga ett nytt ridhus.\n\n"
    "Fritidsnämnden behandlade ärendet 1991-01-15, $ 7.\n"
)


def test_the_next_extracts_mark_ends_the_decisions() -> None:
    texts = [d.text for d in find_decisions(NEXT_EXTRACT)]
    assert texts == ["Kommunstyrelsens ordförande bemyndigas att underteckna borgensåtagandet för "
                     "Ekeby Ridklubb ekonomisk förening."]


OVER_PAGE = (
    HEAD + "Kommunfullmäktige 1991-03-28 52\nKommunstyrelsen 1991-03-20\n\n"
    "KF § 12\n\nKS § 88\n\nAU § 301 0211/90-118\n\nRidhus i Norrby\n\n"
    "Arbetsutskottets förslag till kommunstyrelsen:\n"
    "Kommunfullmäktige beslutar\n\n"
    "att godkänna avtalet med Ekeby Ridklubb ekonomisk förening,\n\n"
    "att uppdra åt fritidsnämnden att utse revisor i föreningen,\n\n"
    "Utdragsbestyrkande\n\n\n\n"
    "\f" + HEAD + "Kommunfullmäktige 1991-03-28 53\nKommunstyrelsen 1991-03-20\n\n"
    "KF $ 12 forts\n\nKS $ 88 forts |\n\nAU $ 301 forts 0211/90-118\n\n"
    "att kostnaderna ska finansieras inom fritidsnämndens\nbudget 1992,\n\n"
    "att fritidsnämnden ges i uppdrag att utföra en förstudie.\n\n"
    "Kommunstyrelsens förslag till kommunfullmäktige:\n"
    "Bifall till arbetsutskottets förslag.\n\n"
    "Anna Berg anmäler reservation mot beslutet.\n\n"
    "Under överläggningen yrkar Bo Ek på avslag av förslaget.\n\n"
    "Efter avslutad överläggning ställer ordföranden propositioner på förslaget och\n"
    "avslagsyrkandet, varvid han finner förslaget bifallet.\n"
)


def test_an_att_list_runs_on_over_the_page_and_motions_are_no_decisions() -> None:
    texts = [d.text for d in find_decisions(OVER_PAGE)]
    assert texts == ["att godkänna avtalet med Ekeby Ridklubb ekonomisk förening",
                     "att uppdra åt fritidsnämnden att utse revisor i föreningen",
                     "att kostnaderna ska finansieras inom fritidsnämndens budget 1992",
                     "att fritidsnämnden ges i uppdrag att utföra en förstudie.",
                     "Bifall till arbetsutskottets förslag."]


def test_the_page_head_above_a_running_mark_is_dropped() -> None:
    """OCR's speck at the page's foot stays with the item before; the head of the next page,
    down to its running § mark, is no decision's words, and the item after the mark is its own."""
    text = OVER_PAGE.replace("Utdragsbestyrkande", "Jus terand sig").replace(
        "53\nKommunstyrelsen 1991-03-20\n", "53\nKommunstyrelsen 1991-03-20\nKommunstyrelsens arbetsutskott i Ekeby kommun 1991=0:3=05\n")
    texts = [d.text for d in find_decisions(text)]
    assert texts[1:3] == ["att uppdra åt fritidsnämnden att utse revisor i föreningen, Jus terand sig",
                          "att kostnaderna ska finansieras inom fritidsnämndens budget 1992"]


def test_an_att_list_runs_on_under_a_heading_read_at_the_page_foot() -> None:
    """Some scans' foot (a signature box's label) is read as a heading: the att-items at the top
    of the next page still carry on the open list of the section before it."""
    from diarium.extract.decision_pages import list_over_page
    from diarium.extract.decision_pieces import PageWidths, Piece
    from diarium.schemas.structure import Heading, Paragraph, Section, Spanned
    from diarium.structure import analyse

    foot, items = "Jus terand sig", ["att kostnaderna ska finansieras inom budgeten,", "att nämnden utför en förstudie."]
    text = f"att uppdra åt nämnden att utse revisor,\n\n{foot}\n\f{items[0]}\n\n{items[1]}\n"
    starts = [text.index(item) for item in items]
    paragraphs = [Paragraph(page=2, start=s, end=s + len(i), text=i, lines=[Spanned(page=2, start=s, end=s + len(i))])
                  for s, i in zip(starts, items)]
    at = text.index(foot)
    heading = Heading(page=1, start=at, end=at + len(foot), text=foot, kind="layout", title=foot)
    under_foot = Section(page=1, start=at, end=len(text), heading=heading, level=1, paragraphs=paragraphs)
    open_list = [Piece([(0, 39, text[:39])])]
    structure = analyse(text)
    taken: set[int] = set()
    found = list_over_page([(under_foot, ()), (under_foot, ())], 0, open_list, text, structure,
                           PageWidths(structure), [], taken)
    assert [piece.text for piece in found] == items and taken == {1}


def test_a_blank_line_in_mid_sentence_does_not_end_a_decision() -> None:
    text = ("Tjänsteskrivelse\n\nFörsäljning av fastigheten Ekeby 1:2\n\n"
            "Förslag till beslut i kommunstyrelsen\n"
            "Kommunstyrelsen godkänner köpeavtal mellan kommunen och Norrby Bygg\n\n"
            "AB, genom vilket kommunen överlåter fastigheten Ekeby 1:2 mot en köpeskilling på\n"
            "1 200 000 kronor.\n"
            "Kommunstyrelsens ordförande utses att underteckna avtalet.\n\n"
            "Sammanfattning av ärendet\nNorrby Bygg AB vill köpa fastigheten.\n")
    assert [d.text for d in find_decisions(text)] == [
        "Kommunstyrelsen godkänner köpeavtal mellan kommunen och Norrby Bygg AB, genom vilket kommunen "
        "överlåter fastigheten Ekeby 1:2 mot en köpeskilling på 1 200 000 kronor.",
        "Kommunstyrelsens ordförande utses att underteckna avtalet."]
