"""Three layouts: a decision whose line reached the margin and whose last words stand after a
blank line (a page layout's break in mid-sentence); a form's label cell before the organisation
it names ("Organisation  Ekeby kommun | Organisationsnummer …"); a statute named in the
sentence with its pinpoint in brackets after it ("lagen om … (9 §)")."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.extract.authority import find_authority
from diarium.extract.legal_refs import find_legal_refs

FILLER = "Nämnden har sedan länge ansvarat för verksamheten och redovisar här hur den ska fortsätta framåt.\n"
PROPOSAL = ("TJÄNSTESKRIVELSE\n\nUppdrag om vägbelysning\n\n"
            "Förslag till beslut i kommunstyrelsen\n"
            "Kommunstyrelsen uppdrar åt förvaltningen att lämna skötseln av belysningen längs gång- och cykelvägarna till Stiftelsen\n\n"
            "Ekebyhus senast den 30 september 2032.\n\n"
            "Sammanfattning av ärendet\n\n" + FILLER * 6)


def decisions(text: str) -> list[str]:
    return [d.text for d in find_decisions(text)]


def test_a_line_at_the_margin_runs_on_over_a_blank_line() -> None:
    assert decisions(PROPOSAL)[:1] == ["Kommunstyrelsen uppdrar åt förvaltningen att lämna skötseln av belysningen "
                                       "längs gång- och cykelvägarna till Stiftelsen Ekebyhus senast den 30 september 2032."]


def test_a_short_line_does_not_run_on() -> None:
    short = PROPOSAL.replace("av belysningen längs gång- och cykelvägarna till Stiftelsen", "till Stiftelsen")
    assert not any("Stiftelsen Ekebyhus" in decision for decision in decisions(short))


FORM = ("Avtalsmall\nAvtal om utförande av hemtjänst\n1. Parterna\nKommunen\n"
        "Organisation Ekeby kommun | Organisationsnummer 212000-0001 | |\n"
        "Utdelningsadress Socialnämnden | ||\nLeverantören\nFöretagets namn | Organisationsnummer | |\n")


def test_a_label_cell_is_not_part_of_the_organisation() -> None:
    found = find_authority(FORM, doc_type="avtal")
    assert found is not None and found[0] == "Ekeby kommun"


def test_a_pinpoint_in_brackets_after_the_statute() -> None:
    refs = [r.text for r in find_legal_refs("Enligt lagen om bostadsanpassningsbidrag (9 §) prövar nämnden ansökan.")]
    assert refs == ["9 § lagen om bostadsanpassningsbidrag"]
    refs = [r.text for r in find_legal_refs("Det följer av förvaltningslagen (2 kap. 4 §) att nämnden ska svara.")]
    assert refs == ["2 kap. 4 § förvaltningslagen"]


FLAT_MINUTES = ("\nEKEBY KOMMUN PROTOKOLL 1(22) Sammanträdesplats Stadshuset, onsdagen den 9 juni 2010, "
                "kl 9.30 Närvarande ledamöter Anna Berg, ordf. Per Holm Eva Lund Karl Ek Lisa Nord Tjänstemän Maja Ås, "
                "sekreterare Justerare Per Holm Sekreterare Maja Ås Ordförande Anna Berg Justerare Per Holm "
                "ANSLAGSBEVIS Byggnadsnämndens protokoll är justerat Datum då anslaget sätts upp Datum då anslaget tas "
                "ned Förvaringsplats Stadshusets arkiv\n\n"
                "EKEBY KOMMUN PROTOKOLL 2 Dnr 10/Bn Budgetuppföljning. Nämnden beslutar att godkänna uppföljningen.\n")


def test_a_flat_anslag_box_names_the_board_whose_minutes_it_certifies() -> None:
    found = find_authority(FLAT_MINUTES, doc_type="protokoll")
    assert found is not None and found[0] == "Byggnadsnämnden"


DELEGATION_LIST = ("TJÄNSTESKRIVELSE\n\nAnmälan av delegeringsbeslut\n\nFörslag till beslut i nämnden för Fritid\n\n"
                   "Redovisningen av delegeringsbeslut godkänns.\n\nSammanfattning av ärendet\n\n" + FILLER * 3 +
                   "\n| Punkt | Beslut | Delegat |  |\n| --- | --- | --- | --- |\n"
                   "| 3.2.1 Upphandling | Beslut om inköp inom<br>nämndens ansvarsområde:<br>Avtal om lekredskap på<br>Ekeby skola | Lars Holm |  |\n"
                   "| 3.3.1 Anställning | Tillsvidareanställning av<br>personal. | Eva Ek |  |\n")


def test_a_cell_naming_what_a_delegated_decision_was_about_is_no_decision() -> None:
    assert decisions(DELEGATION_LIST) == ["Redovisningen av delegeringsbeslut godkänns."]


FLAT_RULING = ("\nDatum Diarienr Socialnämnden Ekeby kommun Ekeby Tillsyn enligt lagen om register Skolinspektionens "
               "beslut Skolinspektionen konstaterar att Socialnämnden i Ekeby kommun har brustit i sin tillsyn över "
               "registret. " + "Skolinspektionen förutsätter att Socialnämnden i Ekeby kommun ser över rutinerna "
               "för registret och redovisar vad som har gjorts. " * 8 + "\n")


def test_an_agencys_title_inside_a_flat_head_names_the_issuer_not_the_addressee() -> None:
    found = find_authority(FLAT_RULING, doc_type="annat")
    assert found is not None and found[0] == "Skolinspektionen"
