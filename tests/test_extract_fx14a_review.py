"""Review 13's misfires: a role column of units, a table cell whose heading stands over the
decision's own sentence, another board's minutes named in a flat protokoll, a decision at the
margin followed by a new sentence after a blank line, and a notice that tells of an agency's
decision."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.extract.authority import find_authority
from diarium.extract.body_names import OWNERS_MINUTES
from diarium.extract.persons_table_columns import table_column_persons
from diarium.structure import analyse

FILLER = "Nämnden har under året följt upp arbetet och beskriver här hur det ska gå vidare framöver.\n"


def test_a_role_column_of_units_holds_no_persons() -> None:
    text = ("| Insats | Ansvarig | Klar |\n| --- | --- | --- |\n| Rensa diken | Gata Park | maj |\n"
            "| Måla om salen | Bad Idrott | juni |\n| Byta lampor | Drift Underhåll | juli |\n")
    assert table_column_persons(analyse(text)) == []


def test_a_role_column_of_names_still_gives_persons() -> None:
    text = ("| Insats | Ansvarig | Klar |\n| --- | --- | --- |\n| Rensa diken | Anna Berg | maj |\n"
            "| Måla om salen | Per Holm | juni |\n| Byta lampor | Zorro Quist | juli |\n")
    assert [f.name for f in table_column_persons(analyse(text))] == ["Anna Berg", "Per Holm", "Zorro Quist"]


def test_a_cell_heading_over_its_own_sentence_keeps_the_decision() -> None:
    text = ("PROTOKOLL\n\n| § | Ärende |\n| --- | --- |\n"
            "| § 12 | Beslut om regler för hemsjukvård<br>Nämnden fastställer reglerna för hemsjukvård. |\n")
    assert "Nämnden fastställer reglerna för hemsjukvård." in [d.text for d in find_decisions(text)]


FLAT_KS = ("\nEKEBY KOMMUN PROTOKOLL 1(12) Plats och tid Rådhuset, måndagen den 3 mars 2008 Beslutande Anna Berg, "
           "ordf. Per Holm Eva Lund Justerare Per Holm Sekreterare Maja Ås\n\n"
           "EKEBY KOMMUN PROTOKOLL 2 Dnr 08/12 Meddelanden. Till handlingarna läggs Kulturnämndens protokoll "
           "från den 2 februari. Nämnden beslutar att lägga meddelandena till handlingarna.\n")


def test_another_boards_minutes_named_in_a_sentence_are_no_anslag_box() -> None:
    found = find_authority(FLAT_KS, doc_type="protokoll")
    assert found is None or found[0] != "Kulturnämnden"
    assert OWNERS_MINUTES.search("Till handlingarna läggs Kulturnämndens protokoll från den 2 april.") is None
    box = OWNERS_MINUTES.search("ANSLAGSBEVIS Kulturnämndens protokoll är justerat Datum för anslag")
    assert box is not None and box.group("board") == "Kulturnämnden"


PLAN = ("TJÄNSTESKRIVELSE\n\nPlan för gatuunderhåll\n\n"
        "Förslag till beslut i kommunstyrelsen\n"
        "Kommunstyrelsen fastställer planen för underhåll av gator, broar och gång- och cykelvägar i Ekeby 2031\n\n"
        "Frågan är därmed färdigbehandlad.\n\n"
        "Sammanfattning av ärendet\n\n" + FILLER * 6)


def test_a_decision_ending_in_a_year_at_the_margin_does_not_take_the_next_sentence() -> None:
    found = [d.text for d in find_decisions(PLAN)]
    assert found[:1] == ["Kommunstyrelsen fastställer planen för underhåll av gator, broar och gång- och "
                         "cykelvägar i Ekeby 2031"]


NOTICE = ("\nDatum Dnr Byggnadsnämnden Ekeby kommun MEDDELANDE Överklagat bygglov för Norrby 1:4 "
          "Länsstyrelsens beslut Länsstyrelsen upphävde den 2 maj nämndens beslut om bygglov. "
          + "Nämnden tar del av beslutet och ser över sina rutiner för bygglov på fastigheten. " * 6 + "\n")


def test_a_notice_telling_of_an_agencys_decision_keeps_its_own_board() -> None:
    found = find_authority(NOTICE, doc_type="annat")
    assert found is not None and found[0] == "Byggnadsnämnden"
