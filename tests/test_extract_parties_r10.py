"""Parties of agreements between kommuner and of two-name items, in shapes first met on the pool's
agreements, written for these tests in other bodies' style: kommuner named by their place after
"kommunerna", a kommunalförbund's member list, two organisations joined by a slash, a signature
page with two places and dates and no placeholder words, and a set of bodies in lower case."""
from __future__ import annotations

from diarium.extract import find_parties


def names(text: str) -> list[str]:
    return sorted(p.name for p in find_parties(text))


def test_kommuner_named_by_their_place_are_named_as_kommuner():
    text = ("Avtal mellan kommunerna Hjo, Tidaholm och Sala om gemensam kollektivtrafik.\n\n"
            "1 § Syfte\nAvtalet gäller från och med 2026.\n")
    assert names(text) == ["Hjo kommun", "Sala kommun", "Tidaholms kommun"]


def test_a_place_that_ends_in_a_vowel_or_s_takes_no_genitive_s():
    text = "Samverkansavtal mellan kommunerna Vännäs och Mönsterås om gemensam upphandling.\n"
    assert names(text) == ["Mönsterås kommun", "Vännäs kommun"]


def test_the_member_kommuner_of_a_forbund_are_parties():
    text = ("Förbundsordning\n\n2 § Medlemmar\nMedlemskommunerna i förbundet är Sotenäs, "
            "Tanum och Orust.\n\n3 § Ändamål\nFörbundet ska sköta vattenförsörjningen.\n")
    assert names(text) == ["Orusts kommun", "Sotenäs kommun", "Tanums kommun"]


def test_a_member_list_of_other_names_adds_no_party():
    text = "Föreningens medlemmar är Anna Berg och Per Lund.\n"
    assert names(text) == []


def test_two_organisations_joined_by_a_slash_are_two_parties():
    text = "Landstingsstyrelsen godkänner överenskommelse med Bildningsförbundet Ekeby/Studieförbundet Norrby Väst om driften av skolan.\n"
    assert names(text) == ["Bildningsförbundet Ekeby", "Studieförbundet Norrby Väst"]


def test_two_parties_signing_under_their_own_place_and_date():
    text = ("MARKANVISNINGSAVTAL\n\nMellan Kommunen och Bolaget har följande avtal träffats.\n\n"
            "1. Markanvisningsavgift\nBolaget erlägger en avgift om 500 000 kr.\n\n"
            "Ekeby den 2024-02-02                        Norrby den 2024-02-05\n"
            "För Ekeby kommun                            För Norrby Exploatering AB\n\n"
            "Anna Berg                                   Per Lund\n"
            "Kommunstyrelsens ordförande                 VD\n")
    assert names(text) == ["Ekeby kommun", "Norrby Exploatering AB"]


def test_a_lower_case_plural_of_bodies_is_no_party():
    text = "Föreningen har avtal med Norrlands kommuner om utbildning av ledare.\n"
    assert names(text) == []


def parties(text: str) -> list[tuple[str, str | None]]:
    return sorted((p.name, p.orgnr) for p in find_parties(text))


def test_the_landlord_labelled_as_a_role_of_a_lease_is_a_party():
    text = ("HYRESKONTRAKT\nHyresvärd: Norrby Fastigheter AB, 556036-0793\n"
            "Hyresgäst: Ekeby kommun genom Socialnämnden, 212000-2783\nHyra: 180 000 kr per år\n")
    assert parties(text) == [("Ekeby kommun", "212000-2783"), ("Norrby Fastigheter AB", "556036-0793")]


def test_a_landlord_mentioned_in_a_partnership_is_still_no_party():
    text = ("Idéburet offentligt partnerskap mellan Ekeby kommun och Föreningen Norrbygården.\n"
            "Föreningen hyr lokalen av Norrby Fastigheter AB, som är hyresvärd.\n")
    assert "Norrby Fastigheter AB" not in [name for name, _ in parties(text)]


def test_the_kommun_referred_to_beside_the_other_partys_role_is_a_party():
    text = ("EKEBY KOMMUN\n\nKöpeavtal med Norrby Bygg AB om del av Ekeby 1:1\n\n"
            "Beslutet skickas till\n\nNorrby Bygg AB\n\nBeskrivning av ärendet\nKöpeavtalet reglerar överlåtelsen. "
            "Tillträdet sker när kommunens och köparens ansökan om lantmäteriförrättning är beviljad.\n")
    assert names(text) == ["Ekeby kommun", "Norrby Bygg AB"]


def test_a_kommun_named_only_apart_from_any_role_is_not_added():
    text = ("EKEBY KOMMUN\n\nKöpeavtal med Norrby Bygg AB om del av Ekeby 1:1\n\n"
            "Beslutet skickas till\n\nNorrby Bygg AB\n\nKommunen äger marken. Köparen bygger bostäder.\n")
    assert names(text) == ["Norrby Bygg AB"]


HEAD_ONLY_ROLES = ("KÖPEAVTAL\n\nSäljaren och Köparen har denna dag träffat följande avtal.\n\n"
                   "§ 1 Köpeskilling\nKöpeskillingen är 1 250 000 kronor.\n\n")


def test_names_under_a_row_of_role_labels_at_the_signatures():
    text = HEAD_ONLY_ROLES + ("Ekeby 2024-03-01                  Norrby 2024-03-05\nSäljare                           Köpare\n"
                              "Ekeby kommun                      Norrby Bygg AB\n\nAnna Berg                         Per Lund\n")
    assert names(text) == ["Ekeby kommun", "Norrby Bygg AB"]


def test_parties_signing_one_under_the_other_each_under_its_place_and_date():
    text = HEAD_ONLY_ROLES + ("Ekeby den 1 mars 2024\nFör Ekeby kommun\n\nAnna Berg\nKommunstyrelsens ordförande\n\n"
                              "Norrby den 5 mars 2024\nFör Norrby Bygg AB\n\nPer Lund\nVerkställande direktör\n")
    assert names(text) == ["Ekeby kommun", "Norrby Bygg AB"]


def test_a_public_bodys_unit_in_apposition_is_no_party_of_its_own():
    text = "Nämnden beviljar stöd till Region Ekeby, Kulturarvet Norrby, för arbetet med vandringsleden.\n"
    assert names(text) == ["Region Ekeby"]


def test_a_list_joined_by_och_keeps_every_party():
    text = "Nämnden beviljar stöd till Region Ekeby, Kulturarvet Norrby och Åsby hembygdsförening för arbetet med vandringsleden.\n"
    assert names(text) == ["Kulturarvet Norrby", "Region Ekeby", "Åsby hembygdsförening"]
