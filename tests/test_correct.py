"""OCR repair: real Swedish damage per confusion family, protected kinds, hyphenation, CLI."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein
from typer.testing import CliRunner

from diarium.cli import app
from diarium.corrections import Repairer, repair
from diarium.corrections.context import Context
from diarium.language.lexicon import load as load_lexicon
from diarium.ingest.text import document_from_string
from diarium.schemas import Document, Line, Page, Word

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "corrections"
CLEAN_SEEDS = sorted(p for p in (ROOT / "samples").glob("00[0134]_*.txt"))
# A page that lost its å/ä/ö, as an English OCR model leaves it (a paragraph of seed 002's kind).
LOST_PAGE = (
    "Forvaltningens forslag till beslut\n"
    "Socialndmnden ger socialdirektoren 1 uppdrag att teckna ett avtal\n"
    "om verksamhet for ensamkommande barn och unga som star utanfor\n"
    "samhallets insatser. Partnerskapet ar ett samarbete mellan tre parter.\n"
)


def repaired(text: str, **kwargs) -> str:
    return repair(text, **kwargs)[0]


def words_of(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("ocr, expected", [
    ("forvaltningens", "förvaltningens"),      # o → ö (lost diacritic)
    ("samhallets", "samhällets"),              # a → ä
    ("innehallet", "innehållet"),              # a → å
    ("Socialndmnden", "Socialnämnden"),        # d → ä
    ("innebir", "innebär"),                    # i → ä
    ("socialférvaltningen", "socialförvaltningen"),   # é → ö
    ("6verens", "överens"),                    # 6 → ö
    ("f6lja", "följa"),
    ("mdjlighet", "möjlighet"),                # d → ö
])
def test_confusion_families_on_a_lost_page(ocr, expected):
    text = LOST_PAGE + f"Vi ser {ocr} i texten.\n"
    assert words_of(repaired(text))[-3] == expected


def test_short_words_on_a_lost_page_get_their_letters_back():
    out = repaired(LOST_PAGE)
    assert "Förvaltningens förslag till beslut" in out
    assert "verksamhet för ensamkommande" in out
    assert "Partnerskapet är ett samarbete" in out
    assert "står utanför" in out


def test_one_read_for_i_in_context_but_not_a_number():
    out = repaired(LOST_PAGE + "Avtalet gäller från 1 januari 2021 och 1 partnerskapet.\n")
    assert "socialdirektören i uppdrag" in out or "socialdirektoren i uppdrag" in out
    assert "från 1 januari 2021" in out
    assert "och i partnerskapet" in out


def test_invented_diacritics_are_repaired():
    text = ("Kontakta förvaltningen på telefon eller via e-post när ärendet är klart.\n"
            "Telefön: 08-508 25 000. E-pöst: socialforvaltningen@stockholm.se\n")
    out = repaired(text)
    assert "Telefon: 08-508 25 000." in out
    assert "E-post:" in out
    assert "socialforvaltningen@stockholm.se" in out


def test_mojibake():
    out = repaired("Socialnämnden beslutar om fÃ¶rslaget till Ã¥tgÃ¤rder.")
    assert out == "Socialnämnden beslutar om förslaget till åtgärder."


def test_compounds_are_recognised():
    lex = load_lexicon()
    for word in ("partnerskapsperioden", "socialförvaltningen", "samhällsutmaning",
                 "uppsökarverksamheten"):
        assert lex.known(word), word
    assert not lex.known("partnerskapspxrioden")
    out = repaired(LOST_PAGE + "Under partnerskapsperioden och samhallsutmaningen.\n")
    assert "partnerskapsperioden" in out and "samhällsutmaningen" in out


def test_protected_kinds_are_untouched():
    text = (LOST_PAGE + "Dnr 2.3.4-565/2021 och KS-2023-0456, orgnr 802002-6789, "
            "belopp 1 250 000 kr t.o.m. 2023-12-31, fr.o.m. 1 jan, bl.a. m.fl. "
            "se www.stockholm.se eller info@rb.se, IOP, SFS 2001:453.\n")
    out = repaired(text).split("\n")[-2]
    assert out == text.split("\n")[-2]


def test_known_words_on_a_healthy_page_are_left_alone():
    text = ("Socialnämnden har fattat beslut om att förlänga partnerskapet.\n"
            "Han for till Göteborg och mal kaffe for hand, sa han.\n")
    assert repaired(text) == text


def test_end_of_line_hyphenation_joined_only_when_a_word():
    text = ("Socialnämnden vill få svar på frågor som rör ensamkomm-\n"
            "ande barn och hur Covid-\npandemins följder påverkar dem.\n")
    out = repaired(text)
    assert out.count("\n") == text.count("\n")
    lines = out.split("\n")
    assert lines[0].endswith("rör ensamkommande")
    assert lines[1] == "barn och hur Covid-"
    assert lines[2].startswith("pandemins")
    change = next(c for c in repair(text)[1] if c.reason == "hyphenation")
    assert change.original == "ensamkomm-\nande " and change.replacement == "ensamkommande\n"


def test_changes_carry_offsets_in_both_texts():
    text = "Sammanfattning\f" + LOST_PAGE
    out, changes = repair(text)
    assert changes
    for change in changes:
        assert text[change.start:change.end] == change.original
        if change.applied:
            assert out[change.new_start:change.new_end] == change.replacement
    assert {c.page for c in changes} == {2}
    first = changes[0]
    assert (first.line, first.original) == (1, "Forvaltningens")


def test_threshold_logs_but_does_not_apply():
    out, changes = repair(LOST_PAGE, min_confidence=1.0)
    assert out == LOST_PAGE
    assert changes and not any(c.applied for c in changes)


def test_word_confidence_moves_the_threshold():
    line = "Socialnimnden beslutar att godkanna partnerskapet med Radda Barnen och andra."

    def doc(conf: float) -> Document:
        words = [Word(text=w, conf=conf) for w in line.split()]
        return Document(path="x.hocr", sha256="0", kind="hocr",
                        pages=[Page(number=1, source="hocr", lines=[Line(text=line, words=words)])])
    change = lambda d: next(c for c in repair(d, min_confidence=0.6)[1]  # noqa: E731
                            if c.original == "Socialnimnden")
    assert change(doc(0.3)).applied
    assert change(doc(0.3)).confidence == change(doc(0.99)).confidence
    assert not change(doc(0.99)).applied or change(doc(0.99)).confidence >= 0.75


def test_end_to_end_cer_drops_on_a_generated_ocr_sample():
    gt = (DATA / "000-fair.gt.txt").read_text(encoding="utf-8")
    ocr = (DATA / "000-fair.ocr-eng.txt").read_text(encoding="utf-8")
    norm = lambda t: " ".join(t.split())  # noqa: E731
    before = Levenshtein.distance(norm(gt), norm(ocr)) / len(norm(gt))
    out = repaired(ocr, join_hyphenation=False)
    after = Levenshtein.distance(norm(gt), norm(out)) / len(norm(gt))
    assert out.count("\n") == ocr.count("\n")
    assert before > 0.03
    assert after < 0.008


def test_document_input_uses_pages():
    doc = document_from_string("Sammanfattning\f" + LOST_PAGE)
    assert repair(doc)[0] == repaired("Sammanfattning\f" + LOST_PAGE)


def seed_excerpts():
    lines = [line for path in CLEAN_SEEDS for line in path.read_text(encoding="utf-8").split("\n")]
    return st.integers(0, len(lines) - 1).flatmap(
        lambda start: st.integers(1, 12).map(lambda n: "\n".join(lines[start:start + n])))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed_excerpts())
def test_correct_swedish_is_left_unchanged(text):
    out, changes = repair(text, join_hyphenation=False)
    assert out == text, [(c.original, c.replacement) for c in changes if c.applied]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aäåoöeéid16lrnm -\n\f.,ÃA¶Å")), max_size=120))
def test_line_and_page_structure_is_always_kept(text):
    out, changes = repair(text)
    assert out.count("\n") == text.count("\n")
    assert out.count("\f") == text.count("\f")
    for change in changes:
        assert text[change.start:change.end] == change.original


def test_cli_prints_repaired_text_and_change_log(tmp_path):
    source = tmp_path / "old.txt"
    source.write_text(LOST_PAGE, encoding="utf-8")
    log = tmp_path / "changes.jsonl"
    result = CliRunner().invoke(app, ["correct", str(source), "--changes", str(log)])
    assert result.exit_code == 0, result.output
    assert result.output.count("\n") == LOST_PAGE.count("\n")
    assert result.output.startswith("Förvaltningens förslag")
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["original"] == "Forvaltningens" and rows[0]["page"] == 1


def test_cli_reads_stdin_and_rejects_missing_files(tmp_path):
    result = CliRunner().invoke(app, ["correct", "-"], input="Socialnamnden ar har.\n" * 3)
    assert result.exit_code == 0
    assert "Socialnämnden är" in result.output
    missing = CliRunner().invoke(app, ["correct", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1


@pytest.mark.parametrize("ocr_line, expected", [
    ("fran och med 18 ar som har fatt stod", "från och med 18 år"),   # år after a number
    ("insatserna okar varje ar sedan 2019", "varje år"),             # after a quantifier
    ("under ar 2023 genomfordes en oversyn", "under år 2023"),        # before a year
    ("ungdomen som ar 18 ar fyller", "som är 18 år"),                 # subject before "är"
    ("forvaltningen ar inte ensam", "förvaltningen är inte"),        # "är" before "inte"
])
def test_year_or_is_decided_by_swedish_syntax(ocr_line, expected):
    assert expected in repaired(LOST_PAGE + ocr_line + "\n")


def test_two_glyph_readings_of_one_swedish_letter():
    # Held-out damage: the English model draws ö as "6é"/"éo" and ä/å as "ia", "éa".
    out = repaired(LOST_PAGE + "Vi star utanf6ér och moter R6éda Korset pa méotesplatserna\n"
                   "for att sammanstialla malet, mialet och Socialnéamnden beslutar.\n")
    assert "utanför" in out and "Röda Korset" in out and "mötesplatserna" in out
    assert "sammanställa" in out and "målet" in out and "Socialnämnden beslutar" in out


def test_halves_of_a_slashed_pair_are_repaired_separately():
    out = repaired(LOST_PAGE + "Barn som avviker/forsvinner far insatser/atgarder.\n")
    assert "avviker/försvinner" in out and "insatser/åtgärder" in out


def test_ocr_capitals_of_common_words_mid_sentence_are_lowered_but_names_kept():
    out = repaired(LOST_PAGE + "Atta av tio man Ar sysselsatta med Radda Barnen.\n")
    assert "tio män är sysselsatta" in out
    assert "Rädda Barnen" in out


def test_infinitive_after_att():
    out = repaired(LOST_PAGE + "Syftet ar att starka samarbetet och att inga avtal.\n")
    assert "att stärka samarbetet" in out


def test_unknown_correct_word_on_a_healthy_page_is_not_unaccented_into_a_compound():
    # Seed 003: "välbehövt" is in no list, "valbehövt" is a compound of listed parts.
    text = ("Genom att satsa på verksamheter som har ”öppna dörrar” \n\n"
            "kan fler barn få välbehövt stöd och information från vuxna. I \n")
    assert repaired(text, join_hyphenation=False) == text


def test_hyphenated_halves_are_judged_as_one_word():
    text = LOST_PAGE + "Barnet har en kon-\ntaktperson, och det ar vik-\ntigt att atmin-\nstone en finns.\n"
    out = repaired(text, join_hyphenation=False)
    assert "en kon-\ntaktperson" in out and "vik-\ntigt" in out and "åtmin-\nstone" in out


def test_bullet_artefacts_become_bullets_but_dashes_stay():
    text = LOST_PAGE + "+ Lindra nod.\n¢ Upptacka akuta behov.\n- Convictus\n2 + 2 = 4\n"
    lines = repaired(text).split("\n")
    assert lines[-5:-1] == ["• Lindra nöd.", "• Upptäcka akuta behov.", "- Convictus", "2 + 2 = 4"]


def test_end_to_end_on_a_page_no_model_has_seen():
    # 005 is prose written for this test (Äldrenämnden, hemtjänst), laid out and OCR'd with
    # Tesseract -l eng; neither the shipped channel nor any rule was fitted to it.
    gt = (DATA / "005-fair.gt.txt").read_text(encoding="utf-8")
    ocr = (DATA / "005-fair.ocr-eng.txt").read_text(encoding="utf-8")
    norm = lambda t: " ".join(t.split())  # noqa: E731
    out, changes = repair(ocr, join_hyphenation=False)
    assert out.count("\n") == ocr.count("\n")
    assert Levenshtein.distance(norm(gt), norm(out)) / len(norm(gt)) < 0.006
    assert "varje år sedan" in out and "är över 85 år" in out and "under nästa år" in out
    truth = set(norm(gt).split())
    right = truth & set(norm(ocr).split())
    # (a form right in one place may be a misreading in another: "äldre bor kvar", and
    # "Nattpatrullen bor också" for "bör"; a change to a word the text has is no harm)
    broken = [c for c in changes if c.applied and c.original in right and c.replacement not in truth]
    assert not broken


def test_headings_in_capitals_are_repaired_and_stay_capitals_but_acronyms_do_not():
    text = LOST_PAGE + "OVERENSKOMMELSE MED ARBETSFORMEDLINGEN\nenligt SoL, LSS och IOP, se KS.\n"
    lines = repaired(text).splitlines()
    assert lines[4] == "ÖVERENSKOMMELSE MED ARBETSFÖRMEDLINGEN"
    assert lines[5] == "enligt SoL, LSS och IOP, se KS."


def test_swedish_place_names_and_public_bodies_get_their_letters_back():
    text = LOST_PAGE + ("Avtalet galler Vaxjo, Ornskoldsvik, Hoganas och MalmG samt\n"
                        "Forsakringskassan och Overformyndarnamnden i Jamtlands lan.\n")
    lines = repaired(text).splitlines()
    assert lines[4] == "Avtalet gäller Växjö, Örnsköldsvik, Höganäs och Malmö samt"
    assert lines[5] == "Försäkringskassan och Överförmyndarnämnden i Jämtlands län."


def test_att_heading_a_decision_item_takes_an_infinitive():
    text = LOST_PAGE + "Namnden beslutar\n1. att inga ett avtal med foreningen,\n"
    assert repaired(text).splitlines()[5] == "1. att ingå ett avtal med föreningen,"
    # "att inga" that is no decision item stays: "visar att inga barn"
    assert "att inga barn" in repaired(LOST_PAGE + "Det visar att inga barn far vanta.\n")


def test_words_the_ocr_joined_are_split_but_names_and_typos_stay():
    text = LOST_PAGE + "Av bilagan framgar.av att partnerskapetoch avtalet galler Stockholmden 3 maj.\n"
    out = repaired(text).splitlines()
    assert out[4] == "Av bilagan framgår av att partnerskapet och avtalet gäller Stockholm den 3 maj."
    assert len(out) == len(text.splitlines())
    assert repaired("Lena Paborn riskerarar att bli utan.\n") == "Lena Paborn riskerarar att bli utan.\n"


def test_swedish_names_get_their_letters_back_on_a_lost_page():
    text = LOST_PAGE + ("Narvarande: Goran Hakansson (S), Asa Sjoberg (M) och Bjorn Ostlund.\n"
                        "Justerare: Orjan Akesson och Lena Bergstrom.\n")
    lines = repaired(text).splitlines()
    assert lines[4] == "Närvarande: Göran Håkansson (S), Åsa Sjöberg (M) och Björn Östlund."
    assert lines[5] == "Justerare: Örjan Åkesson och Lena Bergström."


def test_a_given_name_as_printed_is_no_surname_of_elements():
    # "Olof" is a listed given name, not the elements "Ö" + "löf" of a surname
    text = LOST_PAGE + "Ordforande Olof Berg (C) och Olof Holm\n"
    assert repaired(text).splitlines()[4] == "Ordförande Olof Berg (C) och Olof Holm"


def test_names_that_exist_without_diacritics_need_the_document_to_say_so():
    # "Marta" and "Jonsson" are names as printed; "asa" and "par" are words away from a name.
    text = LOST_PAGE + "Marta Jonsson och Par Lindqvist var med. Det ar ett par.\n"
    line = repaired(text).splitlines()[4]
    assert line == "Marta Jonsson och Pär Lindqvist var med. Det är ett par."
    # the same name printed with its letters on a page that kept them decides it
    healthy = "Märta Jönsson är ordförande i nämnden och leder arbetet med äldreomsorgen.\f"
    out = repaired(healthy + text)
    assert "Märta Jönsson och Pär Lindqvist" in out.split("\f")[1]


def test_a_place_is_told_from_a_word_by_its_neighbours():
    text = LOST_PAGE + ("Malm den 14 februari 2025\nKontoret i Malm och Malm stad.\n"
                        "Jarnet bryts som malm. Malm ar en ravara.\n")
    lines = repaired(text).splitlines()
    assert lines[4] == "Malmö den 14 februari 2025"
    assert lines[5] == "Kontoret i Malmö och Malmö stad."
    assert lines[6] == "Järnet bryts som malm. Malm är en råvara."


def test_att_takes_an_infinitive_after_komma_and_uppdra_and_before_a_full_stop():
    text = LOST_PAGE + ("Nya boenden kan komma att inga.\n"
                        "2. att uppdra at forvaltningschefen att inga avtal med regionen,\n"
                        "Vi ser att inga avtal finns.\n")
    lines = repaired(text).splitlines()
    assert lines[4] == "Nya boenden kan komma att ingå."
    assert lines[5] == "2. att uppdra åt förvaltningschefen att ingå avtal med regionen,"
    assert lines[6] == "Vi ser att inga avtal finns."


def test_a_compound_the_ocr_split_is_joined_but_real_phrases_stay():
    text = LOST_PAGE + ("Arbetet leds av social forvaltningen for ensam kommande barn.\n"
                        "Teamet arbetar upp sokande, i dag och till baka under lag.\n"
                        "Vi har en ny byggnad och en kontakt person-\nbunden insats.\n")
    lines = repaired(text, join_hyphenation=False).splitlines()
    assert lines[4] == "Arbetet leds av socialförvaltningen för ensamkommande barn."
    assert lines[5] == "Teamet arbetar uppsökande, i dag och till baka under lag."
    assert lines[6:8] == ["Vi har en ny byggnad och en kontakt person-", "bunden insats."]
    assert len(lines) == len(text.splitlines())
    healthy = "Nämnden och den sociala förvaltningen följer upp arbetet med äldre.\n"
    assert repaired(healthy) == healthy


def test_compounds_hunspell_cannot_build_get_their_letters_back_on_a_lost_page_only():
    text = LOST_PAGE + ("Vi ser namndsarenden, uppsokandeteamet och lagenhetsoverlatelser.\n"
                        "Vi vill sakerstalla att det fungerar.\n")
    lines = repaired(text).splitlines()
    assert lines[4] == "Vi ser nämndsärenden, uppsökandeteamet och lägenhetsöverlåtelser."
    assert lines[5] == "Vi vill säkerställa att det fungerar."
    healthy = "Här är nämndens beslut om uppsokandeteamet och lägenheterna i området.\n"
    assert repaired(healthy) == healthy


def test_end_to_end_on_a_protocol_with_names():
    # 007 is a Växjö protocol written for these tests (names, decision items), laid out and
    # OCR'd with Tesseract -l eng; the name and "att" rules were checked against it.
    gt = (DATA / "007-fair.gt.txt").read_text(encoding="utf-8")
    ocr = (DATA / "007-fair.ocr-eng.txt").read_text(encoding="utf-8")
    norm = lambda t: " ".join(t.split())  # noqa: E731
    out, changes = repair(ocr, join_hyphenation=False)
    assert out.count("\n") == ocr.count("\n")
    assert Levenshtein.distance(norm(gt), norm(out)) / len(norm(gt)) < 0.003
    assert "Åsa Lindqvist" in out and "Justerare: Göran Håkansson" in out
    assert "att ingå avtal med Region Kronoberg" in out
    right = set(norm(gt).split()) & set(norm(ocr).split())
    assert not [c for c in changes if c.applied and c.original in right]


def test_two_slipped_glyphs_for_one_letter_cost_their_sum():
    # "di"/"id" for ä: neither glyph is the plain "a", so each is a misreading of its own.
    out = repaired(LOST_PAGE + "Beslutet ska ldimnas till Lidnsstyrelsen senast i maj.\n")
    assert "ska lämnas till Länsstyrelsen" in out


@pytest.mark.parametrize("ocr_line, expected, kept", [
    ("Familjen fick rad och stod av kommunen.", "fick råd och", None),
    ("De vill lindra néd bland de boende.", "lindra nöd", None),
    ("Vintern blev en svar tid for alla.", "en svår tid", None),
    ("Det finns tva vagar att valja mellan.", "två vägar", None),
    ("Vi arbetar pa ett annat sat och pa ett nytt satt.", "nytt sätt", None),
    ("Han gav ett svar pa fragan.", None, "ett svar på"),
    ("Vi gick ned till stranden.", None, "gick ned till"),
])
def test_general_collocations_choose_among_the_letters(ocr_line, expected, kept):
    out = repaired(LOST_PAGE + ocr_line + "\n")
    assert expected is None or expected in out
    assert kept is None or kept in out


# A page the Swedish model read with its å/ä/ö: "år" and "är" are both words there.
KEPT_PAGE = "Nämnden får årligen en rapport om insatser för ungdomar och äldre i länet.\n"


@pytest.mark.parametrize("ocr_line, expected", [
    ("Stödet gäller unga vuxna upp till 24 är som går gymnasiet.", "upp till 24 år som"),
    ("Hon fyllde 18 är i maj och flyttade hemifrån.", "fyllde 18 år i maj"),
    ("Avtalet löper under tre är, med option på förlängning.", "under tre år, med"),
    ("Huset byggdes om för fem är sedan.", "för fem år sedan"),
    ("Pojken var sju är gammal när familjen kom.", "sju år gammal"),
    ("Ungdomar mellan 16 och 24 är, som söker praktik, får stöd.", "mellan 16 och 24 år, som"),
    ("Avgiften tas ut per är och justeras varje är.", "per år och justeras varje år."),
    ("Samma är gick beslutet till kommunfullmäktige.", "Samma år gick"),
    ("Jag tror att hon år nöjd, och vi år överens.", "hon är nöjd, och vi är överens"),
    ("Det år inte klart hur rapporten ska se ut.", "Det är inte klart"),
])
def test_year_or_is_swapped_by_syntax_on_a_healthy_page(ocr_line, expected):
    out = repaired(KEPT_PAGE + ocr_line + "\n")
    assert expected in out
    assert KEPT_PAGE in out


@pytest.mark.parametrize("line", [
    "År 2024 är ett år med stora förändringar.",
    "2023 är det år då reformen infördes.",
    "I gruppen är de 24 är fler än förra året.",
    "Antalet är 24 och svaret på fråga 3 är ja.",
    "Av de 24 är 10 kvinnor, och alla tre är från Malmö.",
    "Två är sedan tidigare kända av socialtjänsten.",
    "Samma är fallet för de äldre, och det förra är sant.",
    "Per är ansvarig handläggare, och under de år som gått har mycket hänt.",
    "Det år då lagen trädde i kraft var svårt för alla.",
])
def test_year_and_is_in_their_own_places_stay_on_a_healthy_page(line):
    text = KEPT_PAGE + line + "\n"
    assert repaired(text) == text


def test_a_repeated_word_in_the_same_context_is_decided_once_and_alike():
    repairer, words = Repairer(), Counter({"för": 1})

    def between(prev: str, next_: str) -> Context:
        ctx = Context("lost", words, prev=prev, next=next_)
        ctx.neighbours_changed()
        return ctx

    first = repairer.decide("forvaltningen", between("inom", "har"))
    first.replacement = "edited by the caller"
    again = repairer.decide("forvaltningen", between("inom", "har"))
    assert again is not first and again.replacement == "förvaltningen"
    # no neighbour of an unknown word that no grammar cue or twin concerns changes its
    # decision: one memo entry serves other neighbours too
    assert repairer.decide("forvaltningen", between("hela", "beslutar")).replacement == (
        "förvaltningen")
    assert len(repairer.classes["forvaltningen", "lost"].decisions) == 1


def test_compounds_differing_in_their_heads_letters_are_read_with_the_commoner_head():
    # "Norrbyvagen": neither "norrbyvägen" nor "norrbyvågen" is listed; "vägen" is the
    # commoner head, so it wins though "å" for "a" is the cheaper slip
    from diarium.corrections.scoring import CandidateScorer
    scorer = CandidateScorer()
    assert scorer.candidates("norrbyvagen", "lost", known=False)[0][0] == "norrbyvägen"
    assert scorer.reading_share("vågen") < scorer.reading_share("vägen")


def test_a_hyphenated_head_without_its_tail_only_gets_its_marks_back():
    # No tail follows, so the head is no word: an i read as ä would be a guess.
    kept = "arbete med flera verksamheter/frivilliga organisa-"
    assert repaired(kept, join_hyphenation=False) == kept
    assert repaired("Forvaltningens forslag om forvalt-", join_hyphenation=False).endswith(
        "förvalt-")


@pytest.mark.parametrize("size", range(1, 13))
def test_every_window_of_the_clean_seeds_is_left_unchanged(size):
    # The hypothesis test above samples windows; this walks all it can draw, so a harm the
    # sampler would find only on some runs fails every run.
    lines = [line for path in CLEAN_SEEDS for line in path.read_text(encoding="utf-8").split("\n")]
    changed = {}
    for start in range(len(lines)):
        text = "\n".join(lines[start:start + size])
        out, changes = repair(text, join_hyphenation=False)
        if out != text:
            changed[start] = [(c.original, c.replacement) for c in changes if c.applied]
    assert changed == {}
