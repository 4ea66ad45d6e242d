"""Failure classes found on the development pairs (bench/diffpairs/pairs_dev.py), each on a
real excerpt: an arrendeavtal of Sigtuna kommun (bench/gold/extra/XB09), the GR price list and
a protokoll of Kungsbacka's Nämnden för Teknik (corpus K022, K008), a köpeavtal (K014) — with
their names, numbers and addresses made up."""
from __future__ import annotations

from diarium.diff import compare_texts
from diarium.structure import analyse

ARRENDE = ("AVTAL OM LÄGENHETSARRENDE\n\n"
           "Jordägare: Västby kommun (212000-6941) Komfast 123 47 Västby\n\n"
           "Arrendator: Koloniträdgårdsföreningen Blåklockan Box 130 123 48 Västby\n\n"
           "2 Arrendetid\n\nArrendetiden utgör\n\n"
           "Från och med 2018-01-01 till och med 2022-12-31. Vid utebliven uppsägning förlängs "
           "arrendetiden med ett år i sänder.\n\n"
           "Uppsägning skall ske skriftligen minst 6 månader före den avtalade arrendetidens slut.\n")


def substantive(old: str, new: str) -> list:
    return [c for c in compare_texts(old, new).report.changes if c.substantive]


def test_a_sentence_removed_after_a_changed_date_is_an_entry_of_its_own() -> None:
    new = ARRENDE.replace("2022-12-31. Vid utebliven uppsägning förlängs arrendetiden med ett år i sänder.",
                          "2027-12-31.")
    kinds = {c.kind: c for c in substantive(ARRENDE, new)}
    assert set(kinds) == {"period_changed", "clause_removed"}
    assert kinds["period_changed"].new_value == ["2018-01-01", "2027-12-31"]
    assert kinds["clause_removed"].old == "Vid utebliven uppsägning förlängs arrendetiden med ett år i sänder."


def test_an_orgnr_printed_for_a_named_party_is_a_changed_orgnr_and_its_check_digit_is_checked() -> None:
    new = ARRENDE.replace("Blåklockan Box 130", "Blåklockan (802400-1236) Box 130")
    [change] = substantive(ARRENDE, new)
    assert (change.kind, change.old_value, change.new_value) == ("orgnr_changed", None, "802400-1236")
    assert change.subject == "Koloniträdgårdsföreningen Blåklockan"
    assert change.warnings == ["Det nya organisationsnumret 802400-1236 har fel kontrollsiffra."]


def test_a_new_party_with_its_orgnr_is_still_a_party_added() -> None:
    new = ARRENDE.replace("Arrendator:", "Medarrendator: Västby Odlarförening (802400-1037) Box 7\n\nArrendator:")
    [change] = substantive(ARRENDE, new)
    assert (change.kind, change.new_value) == ("party_added", "802400-1037")


PRICES = ("ISGR, Internationella sektionen\n"
          "Årskurs 6-9                               139 350 kr/år\n"
          "MYP10                                     122 800 kr/år\n\n"
          "ISGR, Fritidshem\n"
          "Fritidshem F-3                             50 581 kr/år\n")


def test_a_code_before_an_amount_is_not_its_first_digit_group() -> None:
    [change] = substantive(PRICES, PRICES.replace("MYP10                                     122 800 kr/år\n", ""))
    assert (change.kind, change.old_value, change.new_value) == ("amount_changed", 122800, None)


PROTOKOLL = ("EKEBY KOMMUN                  SAMMANTRÄDESPROTOKOLL\nNämnden för Teknik\n\n"
             "Sekreterare   Simon Nissen                  Paragrafer §§ 73–76\n\n"
             "Innehåll\n\n§ 75 Dnr TE-2023-00716\nTrafikförsörjningsprogram - särskild kollektivtrafik 2025 ....... 6\n\n"
             "§ 76 Dnr TE-2024-00367\nBegäran om yttrande - Fråga om kommunalt vatten och avlopp ....... 8\n\f"
             "§ 75                       Dnr TE-2023-00716\nTrafikförsörjningsprogram - särskild kollektivtrafik 2025\n\n"
             "Beslut\n\nNämnden för Teknik beslutar enligt förvaltningens förslag och föreslår\n"
             "Kommunfullmäktige att fastställa reviderat Trafikförsörjningsprogram.\n\f"
             "§ 76                       Dnr TE-2024-00367\nBegäran om yttrande - Fråga om kommunalt vatten och avlopp\n\n"
             "Beslut\n\nNämnden för Teknik antar förvaltningens förslag till yttrande.\n")


def test_references_to_a_renumbered_paragraph_follow_the_renumbering() -> None:
    new = PROTOKOLL.replace("§ 76", "§ 77").replace("§§ 73–76", "§§ 73–77")
    assert substantive(PROTOKOLL, new) == []
    changes = compare_texts(PROTOKOLL, new).report.changes
    assert any(c.kind == "section_moved" and c.label == "Avsnitt omnumrerat" for c in changes)


def test_a_changed_number_that_is_no_reference_stays_a_change() -> None:
    new = (PROTOKOLL.replace("§ 76", "§ 77").replace("§§ 73–76", "§§ 73–77")
           .replace("sektionen", "sektionen").replace("kollektivtrafik 2025 ....... 6", "kollektivtrafik 2026 ....... 6"))
    [change] = substantive(PROTOKOLL, new)
    assert "2025" in (change.old or "") and "2026" in (change.new or "")


def test_a_signature_block_ends_at_the_page_break_before_an_agreement() -> None:
    text = ("Köparen har redan sökt bygglov för projektet.\n\n"
            "Rickard Vidstedt Klara Vind\nKommundirektör Samhällsbyggnadschef\n\f"
            "KÖPEAVTAL\n\nNorrhed\n\nSäljare: Ekeby kommun (212000-9994), nedan kallad Kommunen\n"
            "Köpare: Lagerbolag 100200 AB, u.ä.t. Norrby Logistik XL AB, (559900-1004), nedan kallat\nKöparen\n")
    structure = analyse(text)
    signed = [line.text for line in structure.lines if line.role == "signature"]
    assert signed == ["Rickard Vidstedt Klara Vind", "Kommundirektör Samhällsbyggnadschef"]
