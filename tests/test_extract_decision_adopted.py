"""A § that prints a preparing body's förslag under a heading of its own and then the body's
beslut that only points back to it ("… beslutar enligt arbetsutskottets förslag."): one
decision, the beslut. A beslut in words of its own leaves the förslag as it is read. Written
for these tests in the style of another kommun's protokoll; no word of it is in code or word
lists."""
from __future__ import annotations

from diarium.extract import find_decisions
from diarium.structure import analyse

POINTING = ("§ 88 Dnr SN 2031/44\nFördelning av föreningsbidrag\n\n"
            "Arbetsutskottets förslag till socialnämnden\n\n"
            "Norrby brukarförening beviljas bidrag med 20 000 kronor för 2031.\n\n"
            "Beslut\n\n"
            "Socialnämnden beslutar enligt arbetsutskottets förslag.\n")

OWN_WORDS = ("§ 89 Dnr SN 2031/45\nFördelning av föreningsbidrag\n\n"
             "Arbetsutskottets förslag till socialnämnden\n\n"
             "Norrby brukarförening beviljas bidrag med 20 000 kronor för 2031.\n\n"
             "Beslut\n\n"
             "Socialnämnden beviljar Norrby brukarförening bidrag med 25 000 kronor för 2031.\n")


def texts(text: str) -> list[str]:
    return [d.text for d in find_decisions(text, analyse(text))]


def test_a_beslut_pointing_back_to_the_proposal_is_the_one_decision_of_its_paragraph() -> None:
    assert texts(POINTING) == ["Socialnämnden beslutar enligt arbetsutskottets förslag."]


def test_a_beslut_in_its_own_words_leaves_the_proposal_as_read() -> None:
    assert texts(OWN_WORDS) == ["Norrby brukarförening beviljas bidrag med 20 000 kronor för 2031.",
                                "Socialnämnden beviljar Norrby brukarförening bidrag med 25 000 kronor för 2031."]


def test_a_bare_pointing_line_leaves_the_proposal_as_read() -> None:
    text = POINTING.replace("Socialnämnden beslutar enligt arbetsutskottets förslag.", "Enligt förslag.")
    assert texts(text)[0] == "Norrby brukarförening beviljas bidrag med 20 000 kronor för 2031."
