"""OCR repair keeps a name's own marks and restores the Swedish sentence dash (issue 11).
Made-up text of "Ekeby kommun"."""
from __future__ import annotations

from diarium.corrections import repair
from diarium.corrections.rules.symbols import symbol_edits


def repaired(text: str) -> str:
    return repair(text, join_hyphenation=False)[0]


def test_a_name_keeps_its_accent_and_its_swedish_letter():
    text = ("Vem leder arbetet? Madeléne Dahl, utvecklare, och Agnés Holm.\n"
            "Ledamot Per Ek Wäll (C) ersätter Lena Berg.\n")
    assert repaired(text) == text


def test_a_mark_the_document_prints_bare_elsewhere_or_on_a_compound_goes():
    text = ("Närvarande Per Holm (S), Anna Berg (M)\n"
            "Ordförande Anna Berg och Per Hölm föreslår att nämnden avvecklar Yrkeshögsköla\n")
    out = repaired(text)
    assert "Per Holm föreslår" in out and "avvecklar Yrkeshögskola" in out


def test_a_spaced_em_dash_before_lower_case_is_an_en_dash():
    out = repaired("Mötet pågick kl. 9.00 — 12.00 och beslutet — som gäller — tas nu.\n")
    assert out == "Mötet pågick kl. 9.00 – 12.00 och beslutet – som gäller – tas nu.\n"


def test_an_em_dash_before_a_capital_may_be_the_documents_own():
    assert symbol_edits("Motion: Framtid i Ekeby — Nya bostäder") == []
    assert symbol_edits("Ekeby—Norrby") == []


def test_a_page_without_en_dashes_keeps_the_em_dash_before_a_capital():
    # (real scans' hand-corrected titles print "Ekeby — Nya tider" on such pages)
    page = ("Bilaga 1 — Protokoll från Ekeby kommun\n"
            "Planen för Norrby — Nya bostäder i centrum\n")
    out = repaired(page)
    assert "Bilaga 1 — Protokoll" in out and "Norrby — Nya" in out


def test_an_em_dash_at_a_line_edge_is_an_en_dash_unless_a_sentence_ended():
    text = ("Beslutet gäller förskoleverksamheten —\nutom i Norrby\n"
            "Ekeby kommun §§ 12—\n— del av uppdraget\nAnna Berg avslutade mötet. —")
    fixed, _changes = repair(text)
    assert fixed == ("Beslutet gäller förskoleverksamheten –\nutom i Norrby\n"
                     "Ekeby kommun §§ 12–\n– del av uppdraget\nAnna Berg avslutade mötet. —")


def test_an_em_dash_at_a_line_end_before_a_capital_stays_as_on_one_line():
    # A title broken after its dash, the subtitle opening the next line: the same dash as
    # "Norrby — Nya bostäder" on one line, the document's own.
    page = ("Bilaga 4 —\nUtredning om Norrby skola\n"
            "Planen för Norrby —\n  Nya bostäder i centrum\n")
    assert repaired(page) == page


def test_an_initial_letter_the_english_model_dropped_comes_back():
    # (the page lost its å/ä/ö: no word on it keeps one)
    page = ("Det r viktigt och ven bra for oss, ver tid.\n"
            "Efter 5 r med en kad kostnad och ret som gick. Han ger och ren.\n")
    assert repaired(page) == ("Det är viktigt och även bra för oss, över tid.\n"
                              "Efter 5 år med en ökad kostnad och året som gick. "
                              "Han ger och ren.\n")


def test_one_after_a_preposition_or_a_clause_opener_stays_a_number():
    page = ("I 1 arende var det en elev, och pa en trappa dar 1 betyder\n"
            "det lagsta ger forvaltningen socialdirektoren 1 uppdrag.\n")
    out = repaired(page)
    assert "I 1 ärende" in out and "där 1 betyder" in out
    assert "socialdirektören i uppdrag" in out
    page = ("Forvaltningens forslag till beslut om Ekeby kommun och dess uppdrag\n"
            "1 inledning\nBetyget satts i en trappa dar\n1 betyder det svagaste.\n")
    assert repaired(page).split("\n")[1:4:2] == ["1 inledning", "1 betyder det svagaste."]


def test_a_year_before_is_and_a_value_after_it_reads_is():
    page = ("Forvaltningens forslag till beslut om malvardet for Ekeby kommun\n"
            "Andelen for 2031 ar 40 och for 2026 ar 2,5 procent. Ar 2020 var det 18 ar.\n")
    assert repaired(page).split("\n")[1] == (
        "Andelen för 2031 är 40 och för 2026 är 2,5 procent. År 2020 var det 18 år.")


def test_a_capital_o_inside_a_capitalised_word_is_a_lower_case_o_with_dots():
    page = ("Forvaltningens forslag till beslut om Ekeby kommun och dess uppdrag\n"
            "MOjligheten att ansoka framgar av FOrteckning over avtal.\n")
    assert repaired(page).split("\n")[1] == (
        "Möjligheten att ansöka framgår av Förteckning över avtal.")


def test_a_year_quantifier_with_one_misread_letter_still_calls_for_year():
    page = ("Forvaltningens forslag till beslut om Ekeby kommun och dess uppdrag\n"
            "Kostnaden var hogre an féregaende ar och det fdrsta ar da den gallde.\n")
    assert "föregående år och det första år då" in repaired(page)


def test_a_stray_mark_between_words_or_at_a_line_end_goes_but_a_spaced_colon_stays():
    text = ("Sammanträdet pågick klockan 16:05-17:20 ;\n"
            "Förslag till beslut : Nämnden _ föreslår att Ekeby kommun | Norrby bygger.\n"
            "Underskrift ____________\nBeslutet vinner bifall. . Se avsnitt 3.2 .\n")
    assert repaired(text) == (
        "Sammanträdet pågick klockan 16:05-17:20\n"
        "Förslag till beslut : Nämnden föreslår att Ekeby kommun | Norrby bygger.\n"
        "Underskrift ____________\nBeslutet vinner bifall. Se avsnitt 3.2 .\n")


def test_a_bar_between_words_is_the_word_i():
    text = ("Avtalet har prövats | två av fem fall. | samband med det\n"
            "Ekeby kommun | 0300-00 00 00 | info@ekeby.se | Norrby\n")
    assert repaired(text) == ("Avtalet har prövats i två av fem fall. I samband med det\n"
                              "Ekeby kommun | 0300-00 00 00 | info@ekeby.se | Norrby\n")


def test_the_bars_of_a_table_written_with_bars_stay():
    # A Markdown or text-dump table: its closing bar is no speck, a bar before a lower-case
    # cell no misread "i".
    text = ("|  | Ärende | Beteckning | Förslag |\n"
            "| 6. | Ny förskola i Norrby | 2024-00012 | Förslag till beslut<br>Nämnden godkänner |\n"
            "| 7. | Avtal med Ekeby Bygg AB | 2024-00013 | förslag saknas |\n")
    assert repaired(text) == text


def test_a_bar_ending_a_line_of_a_flattened_table_stays():
    # A text dump of a table whose rows lost their opening bar: each cell on a line of its own.
    text = ("Utskottets förslag\n1. |\nEkeby skolors verksamhetsberättelse |\n"
            "Nämnden lägger berättelsen till handlingarna.\n2. |\nNorrby bad |\n")
    assert repaired(text) == text
