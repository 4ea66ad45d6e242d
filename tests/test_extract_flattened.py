"""Decisions in an ärendelista whose table a text layer or a re-wrapping flattened into running
text: each row one paragraph, "Förslag till beslut i …" inside the line, the proposals after it.

The snippets are written for these tests in the layout of another kommun's kallelse (a
byggnadsnämnd's and a kommunstyrelse's ärendelista as pdftotext prints a table without its
rules); no word of them is in code or word lists.
"""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.structure import analyse
from diarium.structure.flat_lines import inline_headings

AGENDA = """KALLELSE

Byggnadsnämnden

Ärende   Diarienummer   Förslag
Beslutsärenden
3.   Markanvisning för bostäder inom Östra Hamnen etapp 2   BN 2024-00411   Förslag till beslut i
byggnadsnämnden Byggnadsnämnden godkänner markanvisningsavtal med Hamnbostäder AB, daterat
2024-11-02. Ordföranden utses att underteckna avtalet.
4.   Tillägg till exploateringsavtal för Sjöängen   BN 2023-00120   Förslag till beslut i
kommunfullmäktige Kommunfullmäktige godkänner tillägg till exploateringsavtal för Sjöängen, undertecknat
av bolaget 2024-10-28. Ordföranden utses att underteckna avtalet.
5.   Taxa för tillsyn enligt miljöbalken 2025   BN 2024-00390   Förslag till beslut i kommunfullmäktige
1. Kommunfullmäktige antar taxa för tillsyn i enlighet med bilaga 1, med stöd av 27 kap. 1 §
miljöbalken 2. Taxan gäller från och med den 1 januari 2025. 3. Taxan enligt beslutspunkt 1 justeras
årligen enligt prisindex för kommunal verksamhet.
Information
6.   Information om pågående detaljplaner   BN 2024-00014
"""


def decisions(text: str) -> list[tuple[int | None, str]]:
    return [(d.number, d.text) for d in find_decisions(text, analyse(text))]


def test_each_sentence_after_an_inline_heading_is_a_proposal_of_its_row():
    found = decisions(AGENDA)
    assert found[:2] == [
        (None, "Byggnadsnämnden godkänner markanvisningsavtal med Hamnbostäder AB, daterat 2024-11-02."),
        (None, "Ordföranden utses att underteckna avtalet.")]
    assert found[2][1].startswith("Kommunfullmäktige godkänner tillägg till exploateringsavtal för Sjöängen")


def test_the_same_words_in_two_rows_are_two_decisions():
    texts = [text for _, text in decisions(AGENDA)]
    assert texts.count("Ordföranden utses att underteckna avtalet.") == 2


def test_numbered_proposals_in_a_row_keep_their_numbers_and_run_to_the_next_number():
    numbered = [(n, text) for n, text in decisions(AGENDA) if n is not None]
    assert [n for n, _ in numbered] == [1, 2, 3]
    assert numbered[0][1] == ("Kommunfullmäktige antar taxa för tillsyn i enlighet med bilaga 1, med stöd av "
                              "27 kap. 1 § miljöbalken")
    assert numbered[1][1] == "Taxan gäller från och med den 1 januari 2025."


def test_evidence_points_at_the_words_of_each_proposal():
    text = AGENDA
    first = find_decisions(text, analyse(text))[0]
    span = first.evidence[0]
    assert text[span.start:span.end].startswith("Byggnadsnämnden godkänner markanvisningsavtal")


def test_a_forslag_that_is_not_a_decision_heading_gives_no_decision():
    text = ("Beslutsunderlag\n\nTjänsteskrivelse, 2024-10-30\nFörslag till Taxa för Stadsbiblioteket, 2024-09-12\n"
            "Förslag till beslut i nämnden har tagits fram av förvaltningen och skickats på remiss.\n")
    assert decisions(text) == []


def test_an_owner_before_the_heading_and_a_procedural_line_after_the_proposals():
    # one paragraph per line, as a text layer prints an utdrag: the heading behind the body that
    # proposes, the proposal on the same line; the meeting's own justering is no proposal
    text = ("§ 41 Dnr 2024KS210\nSamverkan om bostadsanpassning\n"
            "Socialnämndens förslag till beslut i kommunfullmäktige Kommunfullmäktige godkänner avtal om "
            "samverkan mellan Tibro kommun och Hjo kommun.\n"
            "Kommunfullmäktige uppdrar åt socialchefen att teckna avtalet.\n"
            "Paragrafen förklaras omedelbart justerad.\nSammanfattning av ärendet\n"
            "Kommunerna har sedan 2019 samverkat om handläggningen.\n")
    assert [t for _, t in decisions(text)] == [
        "Kommunfullmäktige godkänner avtal om samverkan mellan Tibro kommun och Hjo kommun.",
        "Kommunfullmäktige uppdrar åt socialchefen att teckna avtalet."]


def test_a_bodys_beslut_inside_a_page_that_lost_its_line_breaks():
    # a transcript prints each page on one line: § heading, ärende text and the beslut run together
    text = ("\fSocialnämnden 4(12) SN 31/2009 Information om hemtjänstens nya ruttplanering Enhetschef "
            "Maria Lind redovisar hur planeringen har förändrats. Socialnämndens beslut Socialnämnden tackar "
            "för informationen.\n\fSocialnämnden 5(12) SN 32/2009 Socialnämndens beslut om avgifter från "
            "mars 2008 har följts upp av revisorerna.\n")
    assert [t for _, t in decisions(text)] == ["Socialnämnden tackar för informationen."]


OCR_AGENDA = """KALLELSE

Nämnden för Miljö & Bygg

Ärende Diarienummer | Förslag

1. | Information om tillsynsplan MBN-2025-
2026 00112

Föredragande: Sara Ekman,
miljöchef

Nämnden noterar informationen till protokollet.

2. | Remiss - Vattenplan för MBN-2025-
Östra kusten 00131

Nämnden anser att vattenplanen är väl genomarbetad
och att den tar hänsyn till nämndens tidigare synpunkter.

3. | Information om bygglovsstatistik | MBN-2025- | Nämnden noterar informationen till protokollet.

TJÄNSTESKRIVELSE

Sammanfattning

Nämnden anser sedan tidigare att kusten behöver skyddas.
"""


def test_the_forslag_column_of_an_agenda_that_ocr_flattened():
    texts = [t for _, t in decisions(OCR_AGENDA)]
    assert texts == ["Nämnden noterar informationen till protokollet.",
                     "Nämnden anser att vattenplanen är väl genomarbetad och att den tar hänsyn till nämndens "
                     "tidigare synpunkter.",
                     "Nämnden noterar informationen till protokollet."]


def test_an_enacting_sentence_inside_a_transcript_page_with_no_beslut_heading():
    # each page one line, the § number, its title and the decision run together; no Beslut heading
    text = ("\fByggnadsnämnden (12) BN 41 Val av justerare Byggnadsnämnden beslutar att utse Eva Lund att "
            "justera protokollet.\n\fByggnadsnämnden (12) BN 42 Taxa för bygglov Ordföranden redogör för "
            "ärendet. Byggnadsnämnden föreslår att kommunfullmäktige antar taxan för bygglov från 2012.\n")
    assert [t for _, t in decisions(text)] == [
        "Byggnadsnämnden beslutar att utse Eva Lund att justera protokollet.",
        "Byggnadsnämnden föreslår att kommunfullmäktige antar taxan för bygglov från 2012."]


def test_a_heading_word_twice_in_a_row_on_a_flat_page_is_a_table_head_not_a_heading():
    text = ("NORRBY KOMMUN Avgifter Bygglov Beslut Beslut 2031 Taxa/ avgift/ belopp Bygglov Tiden räknas "
            "från ansökan. Beslut Nämnden antar taxan.")
    assert [text[s:e] for s, e, _, _ in inline_headings(text)] == ["Beslut"]
    assert [s for s, _, _, _ in inline_headings(text)] == [text.rindex("Beslut")]
