"""Three layouts: a decision whose line reached the margin and whose last words stand after a
blank line (a page layout's break in mid-sentence); a form's label cell before the organisation
it names ("Organisation  Ekeby kommun | Organisationsnummer …"); a statute named in the
sentence with its pinpoint in brackets after it ("lagen om … (4 §)")."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.extract.authority import find_authority
from diarium.extract.legal_refs import find_legal_refs

FILLER = "Nämnden har sedan länge ansvarat för verksamheten och redovisar här hur den ska fortsätta framåt.\n"
PROPOSAL = ("TJÄNSTESKRIVELSE\n\nÖverlåtelse av ansvar för skolskjuts\n\n"
            "Förslag till beslut i kommunfullmäktige\n"
            "Kommunfullmäktige överlåter ansvaret för samordningen av all skolskjuts i kommunen till Region\n\n"
            "Norrland från och med den 1 maj 2031.\n\n"
            "Sammanfattning av ärendet\n\n" + FILLER * 6)


def decisions(text: str) -> list[str]:
    return [d.text for d in find_decisions(text)]


def test_a_line_at_the_margin_runs_on_over_a_blank_line() -> None:
    assert decisions(PROPOSAL)[:1] == ["Kommunfullmäktige överlåter ansvaret för samordningen av all skolskjuts i "
                                       "kommunen till Region Norrland från och med den 1 maj 2031."]


def test_a_short_line_does_not_run_on() -> None:
    short = PROPOSAL.replace("för samordningen av all skolskjuts i kommunen till Region", "till Region")
    assert not any("Region Norrland" in decision for decision in decisions(short))


FORM = ("Avtalsmall\nAvtal om utförande av hemtjänst\n1. Parterna\nKommunen\n"
        "Organisation Ekeby kommun | Organisationsnummer 212000-0001 | |\n"
        "Utdelningsadress Socialnämnden | ||\nLeverantören\nFöretagets namn | Organisationsnummer | |\n")


def test_a_label_cell_is_not_part_of_the_organisation() -> None:
    found = find_authority(FORM, doc_type="avtal")
    assert found is not None and found[0] == "Ekeby kommun"


def test_a_pinpoint_in_brackets_after_the_statute() -> None:
    refs = [r.text for r in find_legal_refs("Kommunen får med stöd av lagen om färdtjänst (4 §) lämna uppdraget.")]
    assert refs == ["4 § lagen om färdtjänst"]
    refs = [r.text for r in find_legal_refs("Det följer av förvaltningslagen (2 kap. 4 §) att nämnden ska svara.")]
    assert refs == ["2 kap. 4 § förvaltningslagen"]


FLAT_MINUTES = ("\nEKEBY KOMMUN PROTOKOLL 1(40) Plats och tid Folkets hus, tisdagen den 4 maj 2004, kl 13.00 Beslutande "
                "Anna Berg, ordf. Per Holm Eva Lund Karl Ek Lisa Nord Olle Strand Övriga deltagande Maja Ås, sekr. "
                "Utses att justera Per Holm Underskrift Sekreterare Maja Ås Ordförande Anna Berg Justerande Per Holm "
                "BEVIS OM ANSLAG Socialnämndens protokoll har justerats och anslagits på kommunens anslagstavla "
                "Sammanträdesdag Anslaget uppsatt Anslaget nedtages Protokollet förvaras på kommunkansliet\n\n"
                "EKEBY KOMMUN PROTOKOLL 2 Dnr 04/Sn Ekonomisk uppföljning. Nämnden beslutar att godkänna uppföljningen.\n")


def test_a_flat_anslag_box_names_the_board_whose_minutes_it_certifies() -> None:
    found = find_authority(FLAT_MINUTES, doc_type="protokoll")
    assert found is not None and found[0] == "Socialnämnden"


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
