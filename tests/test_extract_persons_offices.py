"""Office-holders named by surname only: government minutes' attendance, a court's bench."""
from diarium.extract.persons import find_persons
from diarium.extract.persons_offices import office_persons

MINUTES = ("Utdrag ur protokoll vid regeringssammanträde den 3 mars 1981\n\n"
           "Närvarande: statsministern Ekman, ordförande, och statsråden Berglöf, Norrbom, "
           "S. Lindgren, Hed-Ahlin, G. Lindgren, Van Dorp\n\n"
           "Föredragande: statsrådet Berglöf\n\nProposition om ändrade regler\n")


def test_government_minutes_name_every_minister_by_surname():
    names = [p.name for p in find_persons(MINUTES)]
    assert names == ["Ekman", "Berglöf", "Norrbom", "S. Lindgren", "Hed-Ahlin", "G. Lindgren", "Van Dorp"]


def test_the_meeting_role_after_a_comma_and_the_office_for_the_rest():
    roles = {p.name: p.role for p in find_persons(MINUTES)}
    assert roles["Ekman"] == "Ordförande" and roles["Norrbom"] == "Statsråd"


def test_a_court_bench_in_running_text():
    text = "Tingsrätten (lagmannen Ekholm samt rådmännen Sjöberg och Alm) meddelade dom den 2 maj 1996."
    assert [(p.name, p.role) for p in find_persons(text)] == [
        ("Ekholm", "Lagman"), ("Sjöberg", "Rådman"), ("Alm", "Rådman")]


def test_ocr_full_stops_and_one_misread_item_do_not_end_the_list():
    text = "Närvarande: statsråden Berglöf. Norrbom, llolm, Sjöberg. Alm\n"
    assert [f.name for f in office_persons(text)] == ["Berglöf", "Norrbom", "Sjöberg", "Alm"]


def test_one_letter_misread_surname_takes_its_other_printing():
    text = "Närvarande: statsråden Norrbom, Sjöbcrg\n\nFöredragande: statsråden Sjöberg, Norrbom\n\nSjöberg\n"
    assert sorted({f.name for f in office_persons(text)}) == ["Norrbom", "Sjöberg"]


def test_initials_apart_are_two_persons():
    text = "Närvarande: statsråden S. Lindgren, G. Lindgren\n"
    assert [f.name for f in office_persons(text)] == ["S. Lindgren", "G. Lindgren"]


def test_no_name_after_the_office_word_is_no_person():
    assert find_persons("Det anser statsrådet. Regeringen beslutar enligt förslaget.") == []
    assert office_persons("statsrådet för bostadsfrågor och rådmannen i tingsrätten") == []


def test_a_text_that_lost_its_line_breaks_ends_the_surname_at_the_next_heading():
    text = "Närvarande: statsråden Berglöf, Norrbom Föredragande: statsrådet Alm Proposition om regler"
    assert [(f.name, f.role) for f in office_persons(text)] == [
        ("Berglöf", "Statsråd"), ("Norrbom", "Statsråd"), ("Alm", "Föredragande")]


def test_the_sentence_after_a_list_is_no_name():
    text = "Frågan bereddes av statsråden Berglöf och Alm. Regeringen beslutar att anta förslaget."
    assert [f.name for f in office_persons(text)] == ["Berglöf", "Alm"]


def test_a_surname_takes_the_full_name_of_the_signatory_and_a_claimed_line_is_read():
    text = ("Beslut\n\nNärvarande: statsministern Ekholm, ordförande, och statsråden Sjöberg, Alm, "
            "B. Sjöberg\n\nAnna Ekholm\nStatsminister\n\nPer Sjöberg\nStatsråd\n")
    names = [p.name for p in find_persons(text)]
    assert names == ["Anna Ekholm", "Per Sjöberg", "Alm", "B. Sjöberg"]


def test_two_surnames_one_letter_apart_printed_alike_are_two_people():
    text = "Närvarande: statsråden Lindgren, Lundgren, Berg\n"
    assert [f.name for f in office_persons(text)] == ["Lindgren", "Lundgren", "Berg"]
    text = "Närvarande: statsråden Lindström, Lundström, Lindberg, Lundberg\n"
    assert [f.name for f in office_persons(text)] == ["Lindström", "Lundström", "Lindberg", "Lundberg"]
