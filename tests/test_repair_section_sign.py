"""OCR repair restores the paragraph sign that Tesseract's Swedish model reads as "8" (issue 11),
only on a document whose paragraph heads show the misreading, and never touches an amount.
Made-up protokoll of "Ekeby kommun" in the layout such documents share."""
from __future__ import annotations

from diarium.corrections import repair
from diarium.corrections.rules.section_sign import SignEvidence, section_sign_edits

PROTOKOLL = (
    "Tekniska nämnden 2025-02-11\n"
    "Sekreterare Lena Ek Paragrafer 88 14-16\n"
    "Karin Berg, planarkitekt 8 15\n"
    "\n"
    "8 14 Dnr TN-2025-00012\n"
    "Budget för Norrby skola\n"
    "Beslutet gäller från 2025-03-01 enligt Kommunfullmäktige 2024-11-20, 8 107.\n"
    "Kostnaden är 8 128 kr per elev och 27 811 806 kronor totalt.\n"
    "8 15 Dnr TN-2025-00031\n"
    "816\n"
    "& 17 Dnr TN-2025-00040\n"
)


def repaired(text: str) -> list[str]:
    return repair(text, join_hyphenation=False)[0].split("\n")


def test_paragraph_heads_and_references_get_their_sign_back():
    lines = repaired(PROTOKOLL)
    assert lines[1] == "Sekreterare Lena Ek Paragrafer §§ 14-16"
    assert lines[2] == "Karin Berg, planarkitekt § 15"
    assert lines[4] == "§ 14 Dnr TN-2025-00012"
    assert lines[6].endswith("Kommunfullmäktige 2024-11-20, § 107.")
    assert lines[8] == "§ 15 Dnr TN-2025-00031"
    assert lines[9] == "§ 16"
    assert lines[10] == "§ 17 Dnr TN-2025-00040"


def test_amounts_keep_their_eights():
    assert repaired(PROTOKOLL)[7] == "Kostnaden är 8 128 kr per elev och 27 811 806 kronor totalt."


def test_one_bare_head_is_no_evidence():
    text = "8 14\nKarin Berg, planarkitekt 8 15\n"
    assert repaired(text) == text.split("\n")


def test_one_head_before_its_case_number_settles_an_extract():
    # A protokollsutdrag holds one paragraph: its head's case-number label leaves no number.
    text = ("Tekniska nämnden Datum 2025-02-11 8 14 Dnr TN-2025-00012\n"
            "8 14 Dnr TN-2025-00012\nBeslutet fattas med stöd av 6 8 lagen om\n"
            "tekniska tjänster och 24 e 8 LTT. Karin Berg, planarkitekt 8\n15\n")
    assert repaired(text)[:4] == [
        "Tekniska nämnden Datum 2025-02-11 § 14 Dnr TN-2025-00012",
        "§ 14 Dnr TN-2025-00012", "Beslutet fattas med stöd av 6 § lagen om",
        "tekniska tjänster och 24 e § LTT. Karin Berg, planarkitekt §"]


def test_a_statute_reference_after_its_chapter_settles_it():
    text = "enligt 3 kap. 6 8 lagen om skydd\noch 2 kap. 1 8 förordningen\n"
    assert repaired(text)[:2] == ["enligt 3 kap. 6 § lagen om skydd",
                                  "och 2 kap. 1 § förordningen"]
    amounts = "varav 8 128 kr och 6 8 12 st\nFinansiering 8\n5 Källor\n"
    assert repaired("enligt 3 kap. 6 8 lagen\n" + amounts)[1:] == amounts.split("\n")


def test_a_document_that_prints_its_signs_keeps_its_eights():
    text = "§ 3 Dnr TN-2025-00001\n8 14 Dnr TN-2025-00012\n8 15\nsidan 8 15 & 16\n"
    assert not SignEvidence.of(text.split("\n")).eight
    assert repaired(text) == text.split("\n")


def test_a_glued_heading_is_spaced_on_a_document_that_spaces_its_signs():
    text = "§ 1 Dnr TN-2025-00001\n§2\nEnligt § 3 och § 5 gäller §4 i avtalet.\n"
    assert repaired(text)[1:3] == ["§ 2", "Enligt § 3 och § 5 gäller §4 i avtalet."]
    glued = "§1\n§2\nEnligt §3 gäller avtalet.\n"
    assert not section_sign_edits("§2", SignEvidence.of(glued.split("\n")))
