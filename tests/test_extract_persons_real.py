"""Persons on real excerpts (train and dev documents of the Kungsbacka corpus, copied to
tests/data/extract/) and on hand-made lists in the layouts of other bodies: two-column
attendance lists, roles wrapped to the next line, names of any alphabet, letterheads and
contact blocks, digital signatures, and organisations that are never persons. The XA excerpts
(persons-XA06-signatures.txt: the signatures of a Kungsbacka revision report; persons-XA01-form.txt:
a scanned partistöd form) and the pages that lost their line breaks (tests/data/structure_lists)
come from the extra set of unseen documents, bench/gold/extra."""
from __future__ import annotations

from pathlib import Path

import pytest

from diarium.extract.person_names import plain
from diarium.extract.persons import find_persons
from diarium.structure import analyse

DATA = Path(__file__).resolve().parent / "data" / "extract"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.party) for p in find_persons(text, analyse(text))}


def test_two_column_attendance_roles_go_to_their_own_person():
    found = people(read("persons-K039.txt"))
    assert found["Emanuel Forsell"] == ("Ordförande", "M")
    assert found["Elin Hysén"] == ("1:e vice ordförande", "L")
    assert found["Johan Tolinsson"] == ("2:e vice ordförande", "S")
    assert found["Agnetha Törnberg"] == ("Tjänstgörande ersättare", "L")   # also in Ersättare, §§ 18-23
    assert found["Sena Munteanu"] == ("Tjänstgörande ersättare", "S")
    assert found["David Dagemark"] == ("Ersättare", "C")
    assert found["Mia Sundvall"] == ("Ledamot, protokolljusterare", "M")
    assert found["Frida Byrsten"] == ("Sekreterare, verksamhetschef", None)
    assert found["Nadja Briefe"] == ("Personalföreträdare, Sveriges Lärare", None)


def test_members_a_substitute_replaces_are_persons_with_their_party():
    found = people(read("persons-K039.txt"))
    # "ersätter Paul" / "Blomdal (M)" and "ersätter Jan-" / "Christer Jansson (V)": names broken over lines
    assert found["Paul Blomdal"] == ("Ledamot", "M")
    assert found["Per Stenberg"] == ("Ledamot", "M")
    assert found["Jan-Christer Jansson"] == ("Ledamot", "V")
    assert "Christer Jansson" not in found
    assert len(found) == 26


def test_a_role_wrapped_to_the_next_line_stays_with_its_person():
    found = people(read("persons-K039.txt"))
    assert found["Magnus Fogelblad"] == ("Verksamhetscontroller", None)      # "Magnus Fogelblad," / "verksamhetscontroller § 16"
    found = people(read("persons-K040.txt"))
    assert found["Emelie Sandberg"][0] == "Biträdande förvaltningschef/tf. HR- och kommunikationschef"
    assert found["Ann-Helen Svensson"][0] == "Verksamhetschef ekonomi och kvalitet"
    assert found["Vanja Winroth Lohman"][0] == "Innovationsledare"
    assert found["Lotta Kjellner"][0] == "MAS"


def test_one_person_however_the_name_is_printed():
    found = people(read("persons-K040.txt"))
    # "Ermin Skoric (S)" in the list, "Protokolljusterare Ermin Škorić (S)", "Hravn / Forsnes (M) förslag"
    assert [name for name in found if plain(name).startswith("ermin")] == ["Ermin Skoric"]
    assert found["Ermin Skoric"] == ("2:e vice ordförande, protokolljusterare", "S")
    assert [name for name in found if plain(name).startswith("hravn")] == ["Hravn Forsne"]
    assert found["Isa Ürun"] == ("Verksamhetschef", None)


def test_digital_signatures_in_capitals_are_the_members_of_the_list():
    found = people(read("persons-K002.txt"))
    assert found["Birgitta Litsegård"] == ("Ordförande", "S")       # a Ledamot who chairs
    assert found["Hans-Åke Fryklund"] == ("Ledamot, protokolljusterare", "L")
    assert not [name for name in found if name.isupper() or name == "Hans Åke Fryklund"]
    # the firm's auditors: a role and the organisation, no party ("(EY)" is not one)
    assert found["Joakim Ask"] == ("Övrig närvarande, EY", None)
    assert found["Fanny Nilsson"] == ("Sekreterare, övrig närvarande, EY", None)
    assert len(found) == 11


def test_letterhead_and_contact_blocks():
    found = people(read("persons-letterheads-K035-K023.txt"))
    assert found["Anneli Skoglund"] == ("Utvecklingschef", None)     # name / telephone / title, columns
    assert found["Theresa Björnström"] == (None, None)               # "Theresa Björnström," / her e-mail
    assert found["Monica Neptun"] == (None, "L")                     # and the politicians of the text
    assert len(found) == 6


def test_organisations_and_abbreviations_are_not_persons():
    found = people(read("table-K034.txt"))
    # "Prisindex för Kommunal Verksamhet (PKV)": the initials of the words before it
    # the row "Val av justerare": the ordinary justerare and the deputy one, both Justerare
    assert found == {"Stefan Jägnert": ("Justerare", "SD"), "Magdalena Sundqvist": ("Justerare", "S")}
    assert people("Representanter från Sveriges Lärare (SL) och Region Halland (RH) deltog.") == {}


FLAT_LIST = """Tid: kl 13:00 - 15:30
Plats: Sessionssalen
Ledamöter: Karin Ahlberg, s, ordförande
Per-Erik Lund, m vice ordförande Sara Öhman, c
Jonas Brandt, v
Tjänstgörande ersättare Lina Ek, kd
Övriga: Ola Strand socialchef
Maria Holm nämndsekreterare Kent Ås ekonom
Justerare: Sara Öhman
Maria Holm Karin Ahlberg Sara Öhman
sekreterare ordförande justerare
"""


def test_a_flat_list_of_another_body():
    """Parties in lower case after a comma, titles after the name with no comma, the signers'
    names on one line over their titles (the layout of a small kommun's protokoll)."""
    found = people(FLAT_LIST)
    assert found["Karin Ahlberg"] == ("Ordförande", "S")
    assert found["Per-Erik Lund"] == ("Vice ordförande", "M")
    assert found["Sara Öhman"] == ("Ledamot, justerare", "C")
    assert found["Lina Ek"] == ("Tjänstgörande ersättare", "KD")
    assert found["Ola Strand"] == ("Socialchef", None)
    assert found["Kent Ås"] == ("Ekonom", None)
    assert found["Maria Holm"] == ("Sekreterare, nämndsekreterare", None)
    assert len(found) == 8


@pytest.mark.parametrize("text, expected", [
    ("Ordförande Tommy Rydfeldt (L) prövar om nämnden kan godkänna redovisningen.",
     {"Tommy Rydfeldt": ("Ordförande", "L")}),
    ("Åse Østergaard (MP), Jürgen Müller (L) och Ivana Šimić (V) yrkar bifall.",
     {"Åse Østergaard": (None, "MP"), "Jürgen Müller": (None, "L"), "Ivana Šimić": (None, "V")}),
    ("Cynthia Runefjärd, förvaltningschef och Karin Zetterman, verksamhetschef föredrar ärendet.",
     {"Cynthia Runefjärd": ("Förvaltningschef", None), "Karin Zetterman": ("Verksamhetschef", None)}),
    ("Linnea Holm (V)\nGruppledare\n\nMehmet Yilmaz (V)\n", {"Linnea Holm": ("Gruppledare", "V"), "Mehmet Yilmaz": (None, "V")}),
    ("Handläggare: Sara Nilsson, utredare\nTelefon: 019-21 10 00\n\nAnna Ek                     Peter Lund\n"
     "Socialdirektör              Avdelningschef\n",
     {"Sara Nilsson": ("Utredare", None), "Anna Ek": ("Socialdirektör", None), "Peter Lund": ("Avdelningschef", None)}),
    ("Beslutet skickas till\nLotta Gradén, kommunledningskontoret\nVisma Consulting\n",
     {"Lotta Gradén": (None, None)}),
    ("Eva Folke\nSocialchef Elisabeth Rågård\nAvdelningschef\n",
     {"Eva Folke": ("Socialchef", None), "Elisabeth Rågård": ("Avdelningschef", None)}),
    ("Ombud: Miljöjuristen J.C.\nMOTPARTER 1. U.N.\n", {}),
    ("Carina Strandesjö, enhetschef Almgården, § 159 och Verksamhetschef Po Centrum, Rektor Ivarsgårdens förskola",
     {"Carina Strandesjö": ("Enhetschef", None)}),
])
def test_persons_in_running_text_and_blocks(text, expected):
    assert people(text) == expected


def test_every_person_has_evidence_where_the_name_is_printed():
    text = read("persons-K040.txt")
    for person in find_persons(text, analyse(text)):
        surname = plain(person.name.split()[-1])
        assert any(surname in plain(ev.snippet) for ev in person.evidence), person
        assert all(text[ev.start:ev.end] == ev.snippet for ev in person.evidence)


# --- pages that lost their line breaks, forms, signatories side by side ----------------------------

LISTS = Path(__file__).resolve().parent / "data" / "structure_lists"


def test_persons_of_a_page_that_lost_its_line_breaks():
    text = (LISTS / "flat_skelleftea_ks.txt").read_text(encoding="utf-8")
    found = people(text)
    assert found["Bert Öhlund"] == ("Ordförande", "S")
    assert found["Asmir Hajdarpasic"] == ("Tjänstgörande ersättare", "S")
    # named only as replaced ("tjg ers för"), once after a party printed twice: members
    assert found["Harriet Classon"] == ("Ledamot", "S") and found["Rose-Marie Johansson"] == ("Ledamot", "S")
    assert found["Helena Renström"] == ("Marknadschef Tillväxt Skellefteå", None)
    assert found["Daniel Öhgren"][1] == "C" and "ersättare" not in (found["Daniel Öhgren"][0] or "").lower()
    assert not [name for name in found if "Tillväxt" in name]


def test_party_column_and_serving_substitutes_of_a_flattened_scan():
    text = (LISTS / "flat_mark_kultur.txt").read_text(encoding="utf-8")
    found = people(text)
    assert found["Mikael Larsson"] == ("Tjänstgörande ersättare", "C")    # "tjänstgör för" under Beslutande
    assert found["Magnus Lilliecrona"] == ("Ledamot", "M")
    assert found["Ylva Höglund"] == ("Ledamot", "MBP")
    assert "K Thord Harrysson" not in found and found["Thord Harrysson"][1] == "S"


def test_signatories_side_by_side_with_their_titles_run_together():
    found = people(read("persons-XA06-signatures.txt"))
    assert found["Daniel Larsson"][0] == "Auktoriserad revisor/ Sakkunnigt biträde"
    assert found["Lillemor Landén"][0].startswith("Revisor för Region Halland")


def test_a_forms_rows_of_field_labels_are_no_persons():
    found = people(read("persons-XA01-form.txt"))
    assert list(found) == ["Christer Perfjell"]      # signs under "Namnförtydligande Datum"


def test_signature_fields_of_a_form():
    text = ("**För PathfinderAI (Personuppgiftsbiträde):**\n\n"
            "Namn: Oliver Pettersson   Befattning: Innehavare\n\n"
            "Datum: ____________  Underskrift: ________________________________\n")
    assert people(text) == {"Oliver Pettersson": ("Innehavare", None)}


def test_motion_authors_with_the_party_of_all_of_them():
    text = ("Kommunfullmäktige beslutade den 31 mars 2014 (§ 76), med anledning av en motion av Malena "
            "Ranch m fl (alla MP) och Eva Christiernin m fl (alla S), att komplettera arbetet.")
    assert people(text) == {"Malena Ranch": (None, "MP"), "Eva Christiernin": (None, "S")}


def test_the_officials_of_a_myndighets_closing_sentence():
    from diarium.extract import find_persons
    from diarium.structure import analyse
    text = ("Beslut\n\nLänsstyrelsen beviljar bidraget.\n\nDe som medverkat i beslutet\n\n"
            "I ärendet har enhetschef Karin Holm varit beslutande och\n"
            "handläggare Jonas Lindqvist föredragande.\n\nKarin Holm\n\nJonas Lindqvist\n")
    found = {p.name: (p.role or "").casefold() for p in find_persons(text, analyse(text))}
    assert found.get("Karin Holm") == "enhetschef" and found.get("Jonas Lindqvist") == "handläggare"
