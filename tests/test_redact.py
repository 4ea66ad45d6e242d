"""Personnummer redaction: every written form masked, numbers that only look alike left alone.

The personnummer here are made up (valid date and check digit, no real person implied); each
negative case is built so that its ten or twelve digits, run together, *would* pass the date
and Luhn checks: it is the grouping that tells it apart, so the test can fail.
"""
from __future__ import annotations

import re

import pytest
from stdnum import luhn

from diarium.redact import Redactor, find, is_personnummer, redact_text


def checked(nine: str) -> str:
    """Nine digits YYMMDDNNN + their Luhn check digit."""
    return nine + luhn.calc_check_digit(nine)


PNR = checked("931224123")                 # 931224-1236
SAMORDNING = checked("931284123")          # day 24 + 60
CENTENARIAN = checked("121212121")         # 121212-1212, written with + when aged 100
OCR_BASE = checked("801010123")            # 801010-1239, to be read as 8O1O1O-1239
FIVES = checked("850515123")               # 850515-…, with S for 5
EIGHTS = checked("880808123")              # 880808-…, with B for 8
ELLS = checked("710111123")                # 710111-…, read as 7l0111-…


def split(d: str) -> tuple[str, str]:
    return d[:6], d[6:]


def planted_forms() -> list[str]:
    """Every written form of a personnummer the redaction must mask."""
    date, last = split(PNR)
    sam_date, sam_last = split(SAMORDNING)
    return [
        f"{date}-{last}", f"19{date}-{last}", f"{date}+{last}", f"{date}–{last}",
        f"{date} {last}", f"{date}\u00a0{last}", f"{date}{last}", f"19{date}{last}",
        f"{date} - {last}", f"19{date[:2]} {date[2:4]} {date[4:]}-{last}",
        f"{date[:2]} {date[2:4]} {date[4:]}-{last}", f"{date}-\n{last}", f"{date}\n{last}",
        f"19{date}-\n{last}", f"{date} -\n  {last}", f"{date}-{last[:2]} {last[2:]}",
        f"{sam_date}-{sam_last}", f"19{sam_date}{sam_last}",
        f"{CENTENARIAN[:6]}+{CENTENARIAN[6:]}",
        "8O1O1O-" + OCR_BASE[6:], "7l0111-" + ELLS[6:],
        FIVES[:6].replace("5", "S") + "-" + FIVES[6:],
        EIGHTS[:6].replace("8", "B") + "-" + EIGHTS[6:],
        f"{date.replace('1', 'l')}-{last.replace('1', 'I')}",
    ]


GLUED = ["pnr-{}", "Pnr:{}", "pnr{}", "PNR {}", "akt{}", "({})", "nr.{}"]


@pytest.mark.parametrize("form", planted_forms())
def test_every_written_form_is_masked(form):
    text = f"Beslut om bistånd för Anna Berg, {form}, Farsta."
    masked, count = redact_text(text)
    assert count == 1, (form, masked)
    start = text.index(form)
    # Every digit (and OCR letter for one) masked; the length, separators and the rest kept.
    assert len(masked) == len(text) and masked[:start] == text[:start]
    assert masked[start + len(form):] == text[start + len(form):]
    assert not re.search(r"\d", masked[start:start + len(form)])


@pytest.mark.parametrize("glue", GLUED)
def test_a_number_glued_to_a_label_or_word_is_masked(glue):
    number = f"{PNR[:6]}-{PNR[6:]}"
    masked, count = redact_text("Klient " + glue.format(number) + " har ansökt.")
    assert count == 1 and number not in masked and PNR[:6] not in masked


def test_after_a_label_any_grouping_is_masked():
    for text in (f"Personnummer: {PNR[:4]} {PNR[4:7]} {PNR[7:]}", f"pers.nr {PNR[:3]}-{PNR[3:]}"):
        masked, count = redact_text(text)
        assert count == 1 and not re.search(r"\d", masked), text


def test_wrong_check_digit_or_impossible_date_is_not_a_personnummer():
    wrong = PNR[:9] + str((int(PNR[9]) + 1) % 10)
    for text in (f"{wrong[:6]}-{wrong[6:]}", "931232-1230", "931324-1234"):
        assert redact_text(f"Ärende {text}")[1] == 0, text


def date_range_that_checks() -> str:
    """'2001-12-DD – 2002-…' where 2001 12 DD 2002, run together, is a valid 12-digit number."""
    for day in range(10, 29):
        for year in range(2002, 2010):
            if is_personnummer(f"200112{day}{year}"):
                return f"2001-12-{day} – {year}-01-01"
    raise AssertionError("no such date range")


def lookalikes() -> list[str]:
    """Numbers that are not personnummer, each with digits that alone would pass the checks."""
    phone = checked("070123456")
    return [
        "Ekeby stadsmission, org.nr 808649-4070",
        "organisationsnummer 16802003-1954",
        f"Tel. {phone[:3]}-{phone[3:6]} {phone[6:8]} {phone[8:]}",        # 070-123 45 6X
        f"Telefon {phone[:4]}-{phone[4:6]} {phone[6:8]} {phone[8:]}",      # 0701-23 45 6X
        f"Mobil: {phone}",
        f"Dnr {PNR[:4]}-{PNR[4:]}",
        f"Belopp: {PNR[0]} {PNR[1:4]} {PNR[4:7]} {PNR[7:]} kr",
        f"Avtalsperioden {date_range_that_checks()}.",
        "Beslutsdatum 1993-12-24, dnr SN 2019/1234, bankgiro 5050-1055",
        "Postadress 931 22 Skellefteå, 1 250 000 kronor år 2020.",
    ]


@pytest.mark.parametrize("text", lookalikes())
def test_lookalikes_are_not_masked(text):
    assert redact_text(text) == (text, 0)


def test_lookalike_digits_would_pass_the_checks_run_together():
    # Guard for the test above: these would be masked if grouping were ignored.
    phone = checked("070123456")
    assert is_personnummer(phone) and is_personnummer(PNR)
    assert redact_text(f"Pnr {phone[:3]}-{phone[3:6]} {phone[6:8]} {phone[8:]}")[1] == 1


def test_many_numbers_and_their_offsets():
    text = f"Sökande {PNR[:6]}-{PNR[6:]} och medsökande 19{SAMORDNING}, org.nr 808649-4070."
    found = find(text)
    assert [f.digits for f in found] == [PNR, SAMORDNING]
    assert [text[f.start:f.end] for f in found] == [f"{PNR[:6]}-{PNR[6:]}", f"19{SAMORDNING}"]


def test_redactor_masks_cut_off_pieces_of_a_number_it_has_seen():
    redactor = Redactor()
    page = f"Beslut för Anna Berg, 19{PNR[:6]}-{PNR[6:]}, om bistånd."
    assert PNR[:6] not in redactor.text(page)
    snippet_end = f"…för Anna Berg, 19{PNR[:6]}-"      # an evidence snippet cut in the number
    snippet_start = f"-{PNR[6:]}, om bistånd"          # the last four alone: kept
    correction = PNR[:6]                               # a repair inside the number
    assert PNR[:6] not in redactor.text(snippet_end)
    assert redactor.text(correction) == "XXXXXX"
    assert redactor.text(snippet_start) == snippet_start
    # A date elsewhere is no piece of the number.
    assert redactor.text("sammanträde 2020-05-14") == "sammanträde 2020-05-14"
    assert redactor.count == 1


def test_redactor_walks_nested_values():
    record = {"title": f"Utredning {PNR[:6]}-{PNR[6:]}", "amounts": [{"value": 1224, "text": "1 224 kr"}],
              "persons": [{"name": "Anna Berg", "evidence": [{"snippet": f"Anna Berg {PNR}"}]}]}
    redactor = Redactor()
    out = redactor.value(record)
    assert PNR[:6] not in str(out) and out["amounts"] == record["amounts"] and redactor.count == 1


def test_redaction_of_a_long_text_is_linear():
    import time
    page = f"Socialnämnden beslutar att bevilja bistånd, dnr SN 2019/1234, {PNR[:6]}-{PNR[6:]}.\n" * 20
    text = page * 500          # ~1 MB
    started = time.perf_counter()
    masked, count = redact_text(text)
    assert count == 10_000 and PNR[:6] not in masked
    assert time.perf_counter() - started < 10
