"""A protokoll page that lost its line breaks and its § signs (a web transcript): each stripped §
("31 Föredragningslista …") with no decision takes its outcome sentence in the passive as its
decision; a title page's label ("Utses att justera") and a proposal's att-clause ("… föreslår att
begäran beviljas") report no outcome.

The snippets are written for these tests in the style of a landstingsstyrelse's protokoll; no
word of them is in code or word lists.
"""
from __future__ import annotations

from diarium.extract.decision_flat_outcomes import reports_outcome
from diarium.extract.decisions import find_decisions
from diarium.structure import analyse

TITLE_PAGE = ("PROTOKOLL Landstingsstyrelsen Tid Måndagen den 9 mars 2009 Plats Stora salen Beslutande Anna Berg (m), "
              "ordf Karl Holm (s) Lena Ek (c) Per Lind (fp) Eva Strand (s) Olle Björk (kd) Maria Sand (v) Övriga "
              "närvarande Jonas Ek, sekreterare Utses att justera Karl Holm Underskrifter Paragrafer 30-33 Sekreterare "
              "Jonas Ek Ordförande Anna Berg Justerande Karl Holm.\n\f")

MEETING = ("Landstingsstyrelsen 2(9) 30 Val av protokolljusterare samt justeringsdatum Att jämte ordföranden "
           "justera dagens protokoll utsågs Karl Holm. Justeringen sker den 12 mars 2009. 31 Föredragningslista "
           "Föredragningslista, daterad 2 mars, godkändes. 32 Information 1. Informationen noteras. 33 Borgen "
           "för bostadsbolaget Landstingskontoret föreslår att begäran beviljas och att borgensramen utökas "
           "under året för bolagets nya byggprojekt i regionen.\n")


def texts(text: str) -> list[tuple[int | None, str]]:
    return [(d.number, d.text) for d in find_decisions(text, analyse(text))]


def test_each_stripped_paragraph_takes_its_outcome_sentence() -> None:
    assert texts(MEETING) == [
        (None, "Att jämte ordföranden justera dagens protokoll utsågs Karl Holm."),
        (None, "Föredragningslista, daterad 2 mars, godkändes."),
        (1, "Informationen noteras.")]


def test_a_title_page_label_and_a_proposal_report_no_outcome() -> None:
    found = [text for _, text in texts(TITLE_PAGE + MEETING)]
    assert not any("Utses" in text or "beviljas" in text for text in found)
    assert "Föredragningslista, daterad 2 mars, godkändes." in found


def test_a_year_before_a_capital_is_no_stripped_paragraph() -> None:
    text = ("Ekebymossen Naturreservatet ligger i Norrby kommun och omfattar våtmarker, skog och öppna ängar "
            "som hyser många arter av fåglar och insekter. Området har varit känt för sina naturvärden länge "
            "och inventerades av kommunen under flera år. Reservatet bildades år 1998 Skötselplanen för "
            "reservatet fastställdes samma år av länsstyrelsen efter samråd med markägarna i området.\n")
    assert find_decisions(text) == []


LOST_LEAD = ("Styrelsen 2(4) 12 Föregående protokoll Direktören gick igenom protokollet från den 3 mars. "
             "att lägga protokollet till handlingarna. 13 Rapport om vakanser Förvaltaren redovisade läget i "
             "bostäderna under våren. att lägga rapporten till handlingarna. 14 Övrigt Inga övriga frågor "
             "fanns att ta upp under mötet.\n")


def test_an_att_clause_standing_as_a_sentence_is_the_decision_of_its_block() -> None:
    assert texts(LOST_LEAD) == [(None, "att lägga protokollet till handlingarna."),
                                (None, "att lägga rapporten till handlingarna.")]


NOMINATIONS = ("Styrelsen 2(3) 21 Dagordning Dagordningen i kallelsen godkändes. 22 Protokollförare Som "
               "protokollförare vid sammanträdet valdes Per Lind. 23 Granskare Till ledamot att granska dagens "
               "protokoll utsågs Lena Ek. 24 Övrigt Inga övriga frågor fanns att ta upp under mötet.\n")


def test_an_election_and_a_nomination_after_an_infinitive_att_are_outcomes() -> None:
    assert texts(NOMINATIONS) == [
        (None, "Dagordningen i kallelsen godkändes."),
        (None, "Som protokollförare vid sammanträdet valdes Per Lind."),
        (None, "Till ledamot att granska dagens protokoll utsågs Lena Ek.")]


def test_an_att_after_a_strong_past_or_a_supine_opens_a_proposal() -> None:
    assert not reports_outcome("Ordföranden föreslog att ärendet återremitteras.")
    assert not reports_outcome("Förvaltningen har föreslagit att bidraget beviljas.")
    assert not reports_outcome("Nämnden föreslår att begäran beviljas.")


def test_an_infinitive_att_after_till_or_a_role_noun_leaves_the_outcome_reported() -> None:
    assert reports_outcome("Till att leda mötet valdes Anna Berg.")
    assert reports_outcome("Till justerare att granska protokollet utsågs Anna Berg.")
    assert reports_outcome("Justerare att granska protokollet utsågs Anna Berg.")
