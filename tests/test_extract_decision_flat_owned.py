"""Pages that lost their line breaks (a web transcript prints each page as one line): a decision
heading named by its owner ("Länsstyrelsens beslut", "Ordförandens förslag") heads the decision,
and a decision heading inside a page heads the rest of that page only.

The snippets are written for these tests in the style of a länsstyrelse's beslut, a landsting's
beslutsunderlag and a kommunstyrelse's protokoll; no word of them is in code or word lists.
"""
from __future__ import annotations

from diarium.extract.decisions import find_decisions
from diarium.structure import analyse

OWNED = ("BESLUT 1(4) Naturvårdsenheten Beslut om utvidgning av naturreservatet Ekebymossen i Norrby kommun "
         "Länsstyrelsens beslut Naturreservatet Ekebymossen utvidgas med stöd av 7 kap. 4 § miljöbalken med "
         "det område som framgår av bifogad karta. Skälen för beslutet Området har "
         "höga naturvärden som behöver skyddas för framtiden och länsstyrelsen har samrått med kommunen "
         "och med berörda fastighetsägare under hösten.\n")

NUMBERED = ("BESLUTSUNDERLAG Landstingsstyrelsen Datum 2014-09-08 Samarbetsavtal om ambulansflyg mellan "
            "landstingen i norra regionen Ordförandens förslag 1. Förslaget till samarbetsavtal om "
            "ambulansflyg antas. Sammanfattning Samverkansnämnden har rekommenderat landstingen att anta "
            "avtalet om gemensam utlarmning av ambulansflyget i hela regionen från och med årsskiftet.\n")

KIND_OVER_TITLE = ("FÖRSLAG 2005:12 LS Landstingsstyrelsens förslag till beslut Avtal med Norrby Vård AB om "
                   "fortsatt köp av vårdtjänster Föredragande landstingsråd: Anna Berg Ärendet Landstingsdirektören "
                   "har lagt fram förslag om avtal med Norrby Vård AB om fortsatt köp av vårdtjänster. Förslag "
                   "till beslut Landstingsstyrelsen föreslår landstingsfullmäktige besluta att godkänna avtalet "
                   "med Norrby Vård AB om vårdtjänster under tre år.\n")

TWO_PAGES = ("Polisen 2(9) KS 20/2018 Information om polisens nya organisation Polischefen Anna Berg informerar "
             "om hur den nya organisationen är uppbyggd och hur arbetet i kommunen bedrivs under året. Hon "
             "informerar också om hur polisen samarbetar med kommunens skolor och fritidsgårdar i kommunen. "
             "Beslut Kommunstyrelsen tackar för informationen.\n\f"
             "Kommunfullmäktige 3(9) KS 21/2018 Dnr 2018/ Årsredovisning för Ekeby kommun 2017 "
             "Ekonomikontoret har sammanställt årsredovisningen för kommunen och kommunkoncernen. Årets "
             "resultat uppgår till 8,9 mkr och kostnaderna har ökat snabbare än intäkterna under året.\n")


def texts(text: str) -> list[tuple[int | None, str]]:
    return [(d.number, d.text) for d in find_decisions(text, analyse(text))]


def test_an_owner_named_decision_heading_inside_a_flat_page_heads_the_decision() -> None:
    assert texts(OWNED) == [(None, "Naturreservatet Ekebymossen utvidgas med stöd av 7 kap. 4 § miljöbalken med "
                                   "det område som framgår av bifogad karta.")]


def test_numbered_proposals_under_an_owner_named_heading_keep_their_number() -> None:
    assert texts(NUMBERED) == [(1, "Förslaget till samarbetsavtal om ambulansflyg antas.")]


def test_the_document_kind_over_its_title_is_no_decision_heading() -> None:
    found = texts(KIND_OVER_TITLE)
    assert [text for _, text in found] == [
        "Landstingsstyrelsen föreslår landstingsfullmäktige besluta att godkänna avtalet med Norrby Vård AB "
        "om vårdtjänster under tre år."]


def test_a_decision_heading_inside_a_flat_page_heads_the_rest_of_that_page_only() -> None:
    assert [text for _, text in texts(TWO_PAGES)] == ["Kommunstyrelsen tackar för informationen."]


SUBJECTLESS = ("Miljö- och byggnämnden 2(9) 64 Ändring i taxan för bygglov Beslut beslutar att ändra i taxan "
               "för bygglov så att den stämmer med de nya reglerna från den 1 juli Ärende Den 1 juli trädde nya "
               "regler i kraft som minskar bygglovsplikten för vissa åtgärder såsom tillbyggnader och "
               "komplementbyggnader. Förvaltningen har därför sett över taxan och föreslår ändringar.\n")


def test_a_decision_heading_over_an_act_whose_subject_the_transcript_dropped() -> None:
    assert [text for _, text in texts(SUBJECTLESS)] == [
        "beslutar att ändra i taxan för bygglov så att den stämmer med de nya reglerna från den 1 juli"]


NO_STOPS = ("BESLUT 1(5) Naturvårdsenheten Beslut om utvidgning av naturreservatet Ekebymossen i Norrby kommun "
            "Länsstyrelsens beslut Beviljade ändringar Länsstyrelsen beslutar med stöd av 7 kap 4 miljöbalken att "
            "naturreservatet Ekebymossen ska ha den utökade omfattning som framgår av karta bilaga 1 "
            "Länsstyrelsen beslutar vidare att upphäva de ordningsföreskrifter som meddelades år 2001 för "
            "reservatet och att nya föreskrifter ska gälla för hela reservatet Skälen för beslutet Området har "
            "höga naturvärden.\n")


def test_each_act_of_the_body_on_a_flat_page_without_full_stops_is_a_decision_of_its_own() -> None:
    assert [text for _, text in texts(NO_STOPS)] == [
        "Länsstyrelsen beslutar med stöd av 7 kap 4 miljöbalken att naturreservatet Ekebymossen ska ha den "
        "utökade omfattning som framgår av karta bilaga 1",
        "Länsstyrelsen beslutar vidare att upphäva de ordningsföreskrifter som meddelades år 2001 för "
        "reservatet och att nya föreskrifter ska gälla för hela reservatet"]


STORY_AFTER = ("FÖRSLAG 2004:17 LS Förslag till beslut Landstingsstyrelsen föreslår landstingsfullmäktige besluta "
               "att godkänna överenskommelsen med Norrby Folkhögskola AB om huvudmannaskapet för folkhögskolan. "
               "I enlighet med tidigare beslut ska huvudmannaskapet föras över till en ny huvudman under året och "
               "bolaget får bidrag under fyra år för att genomföra omställningen av verksamheten vid skolan.\n")

CAPITALS_AFTER = ("BESLUT (2) Naturvårdsenheten Ekeby kommun Statligt bidrag till lokala naturvårdsprojekt BESLUT "
                  "Länsstyrelsen beslutar att bevilja statligt bidrag till följande projekt: Inventering av ängar i "
                  "Ekeby Beviljad summa VILLKOR Villkor för projekten framgår av bilagor till detta beslut. "
                  "UTBETALNING Bidraget betalas ut när projektet har redovisats till länsstyrelsen under året.\n")


def test_the_story_after_a_flat_decision_is_no_part_of_it() -> None:
    assert [text for _, text in texts(STORY_AFTER)] == [
        "Landstingsstyrelsen föreslår landstingsfullmäktige besluta att godkänna överenskommelsen med Norrby "
        "Folkhögskola AB om huvudmannaskapet för folkhögskolan."]


def test_a_heading_in_capitals_run_into_a_flat_page_ends_the_decision() -> None:
    assert [text for _, text in texts(CAPITALS_AFTER)] == [
        "Länsstyrelsen beslutar att bevilja statligt bidrag till följande projekt: Inventering av ängar i Ekeby "
        "Beviljad summa"]


def test_a_numbered_item_after_a_story_sentence_still_decides() -> None:
    text = ("KALLELSE Ekeby kommun Kommunstyrelsen 12 Avtal om snöröjning Förslag till beslut 1. Kommunstyrelsen "
            "godkänner avtalet om snöröjning med Norrby Bygg AB. Avtalet gäller i tre år från den 1 januari. "
            "2. Ordföranden utses att underteckna avtalet för kommunens räkning. Sammanfattning Kommunen har "
            "upphandlat snöröjning för de kommunala vägarna och Norrby Bygg AB lämnade det lägsta anbudet.\n")
    assert [n for n, _ in texts(text)] == [1, 2]
    assert texts(text)[0][1] == "Kommunstyrelsen godkänner avtalet om snöröjning med Norrby Bygg AB."
