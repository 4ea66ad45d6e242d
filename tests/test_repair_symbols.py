"""Tesseract-swe's symbol damage (`rules.symbols`) and the never-harm guards of a page that kept
its letters, on lines of real scanned Kungsbacka documents (bench/data/realocr), names made up."""
from __future__ import annotations

import pytest

from diarium.corrections import repair

# (OCR line as Tesseract-swe read it, the line as printed)
REAL_LINES = [
    ("överenskommelse om andelstal enligt 43 $ anläggningslagen, genom omprövning av",
     "överenskommelse om andelstal enligt 43 § anläggningslagen, genom omprövning av"),
    ("$19 Dnr 2022-00765", "§ 19 Dnr 2022-00765"),
    ("Kommunstyrelsens arbetsutskott 2022-12-06, $ 397",
     "Kommunstyrelsens arbetsutskott 2022-12-06, § 397"),
    ("Området är ca 10 m? (A1 och A3) och är ungefärligt markerat med blått på den bilagda",
     "Området är ca 10 m² (A1 och A3) och är ungefärligt markerat med blått på den bilagda"),
    ("anlägga. Gällande parkeringsnorm för verksamhetslokaler är 5 platser/1000 m? BTA.",
     "anlägga. Gällande parkeringsnorm för verksamhetslokaler är 5 platser/1000 m² BTA."),
    ("$ MB). Befintlig oxelallé vid sjukhusets parkering omfattas av biotopskydd och",
     "§ MB). Befintlig oxelallé vid sjukhusets parkering omfattas av biotopskydd och"),
    ("Detta avtal är inte förenat med något besittningsskydd. Bestämmelserna i 11 kap. 5-6a $$",
     "Detta avtal är inte förenat med något besittningsskydd. Bestämmelserna i 11 kap. 5-6a §§"),
    ("Anna Berg (M), Ordförande $$ 46-50", "Anna Berg (M), Ordförande §§ 46-50"),
    ("I (11)", "1 (11)"),
    ("med I år.", "med 1 år."),
    ("[8.1", "18.1"),
    ("gemensamhetsanläggningen, motsvarande 10 4, för att säkra allmänhetens tillgång och",
     "gemensamhetsanläggningen, motsvarande 10 %, för att säkra allmänhetens tillgång och"),
    ("a) Handpenning 1 463 850 kronor, motsvarande 10 24 av Köpeskillingen betalas inom 30",
     "a) Handpenning 1 463 850 kronor, motsvarande 10 % av Köpeskillingen betalas inom 30"),
    ("för varje m? hårdgjord yta. Innan dagvatten från körytor och parkeringsytor avleds",
     "för varje m² hårdgjord yta. Innan dagvatten från körytor och parkeringsytor avleds"),
    ("e Kommunstyrelsen i Ekeby kommun godkänner Avtalet, genom beslut som",
     "• Kommunstyrelsen i Ekeby kommun godkänner Avtalet, genom beslut som"),
    ("3. Attutvärdera programmet efter tre år, med fokus på fallolyckornas påverkan på",
     "3. Att utvärdera programmet efter tre år, med fokus på fallolyckornas påverkan på"),
    ("Ekeby kommun » 0123-45 67 89 » ekeby.se",
     "Ekeby kommun » 0123-45 67 89 » ekeby.se"),
]


@pytest.mark.parametrize("ocr, printed", REAL_LINES)
def test_real_tesseract_swe_symbols_are_restored(ocr, printed):
    assert repair(ocr, join_hyphenation=False)[0] == printed


@pytest.mark.parametrize("line", [
    "Datum: 2025- == Datum: 2025- O$8- 20",          # debris: no paragraph number
    "Priset är 40 USD, betalas med $ eller euro.",   # a dollar sign
    "Vi följer 2 kap. 1 § och bilaga II, A1 och B2.",
    "Enligt 2 kap. 1a § köps 1st stol.",             # "1a", "1st" are no misread words
    "Fördröjningen ska vara 12 m3 enligt dagvattenpolicyn.",
    "I år har enbart två ansökningar inkommit för utdelning av medel 2024 per sista",
    "Banken 13 10 nya bostäder 6-10 nya platser",       # a table row, no percent
    "Ekeby kommun (212000-9994), 123 45 Ekeby, nedan kallad",
])
def test_what_is_no_misreading_stays(line):
    assert repair(line, join_hyphenation=False)[0] == line


def test_volume_cue_chooses_cubic_metres():
    out = repair("Magasinets volym är 40 m? och ytan 120 m?.", join_hyphenation=False)[0]
    assert out == "Magasinets volym är 40 m³ och ytan 120 m².", out


def test_litres_and_glyph_digits():
    out = repair("Flödet är 20 1/s sedan år 20I9 och kostar 1O kr.", join_hyphenation=False)[0]
    assert out == "Flödet är 20 l/s sedan år 2019 och kostar 10 kr.", out


def test_one_for_l_inside_a_word():
    out = repair("Det gäller ti1l och med 1ika villkor för a1la.", join_hyphenation=False)[0]
    assert out == "Det gäller till och med lika villkor för alla.", out


def test_a_word_printed_twice_with_its_letter_keeps_it_on_a_kept_page():
    # "delår" is no word of hunspell-sv; printed twice on a page that kept å/ä/ö it is a word.
    page = ("Nämnden godkänner rapporten för delår 1 och fastställer prognosen.\n"
            "Rapporten för delår 2 lämnas i september.\n")
    assert repair(page, join_hyphenation=False)[0] == page


def test_one_stays_a_number_after_a_compound_label_and_at_a_sentence_start():
    for line in ("Taxan enligt beslutspunkt 1 gäller från och med den 1 januari 2027.",
                 "1 ärende gällde elev som kränkts av vuxen."):
        assert repair(line, join_hyphenation=False)[0] == line
