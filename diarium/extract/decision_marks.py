"""Lines and sentences inside a decision section that are no decision's words.

* A § mark on a line of its own, maybe behind the body's abbreviation and before a case
  number ("KF § 12", "AU $ 301 0211/90-118", OCR reading "§" as "$"): a new § begins, so the
  decisions of the one before end there, also where the structure did not see the mark as a
  heading.
* The same mark saying that the § runs on ("KS § 88 forts"): a page's running header, dropped
  with the lines of its page above it; what follows it begins a new piece.
* A yrkande, a reservation or the beslutsgång ("Bo Berg yrkar bifall till förslaget", "Ingrid
  Ed anmäler reservation mot beslutet"), which the rules never count as decisions.

>>> section_mark("KF $ 12"), section_mark("AU § 301 0211/90-1180,"), section_mark("§ 4 Avgiften tas ut per år")
(True, True, False)
>>> continued_mark("KS $ 88 forts |"), section_mark("KS § 88 forts")
(True, False)
>>> motion("Bo Berg (M) yrkar bifall till förslaget."), motion("Nämnden avslår yrkandet.")
(True, False)
>>> motion("Nämnden antar planen. Bo Berg (M) yrkar avslag.")
False
>>> motion("Efter överläggning ställer ordföranden propositioner på förslagen och finner bifall.")
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.language import words

# "KF § 12", "$ 12", "AU §301": an abbreviation of capitals, the sign (OCR's "$" too), a number.
MARK = re.compile(r"^\s*(?:[A-ZÅÄÖ]{1,5}\s+)?[§$]\s?\d{1,4}\b(?P<rest>.*)$")
# What may follow the mark on its line: a case number ("0211/90-118", "KS 2024/12"), OCR's
# specks and rules.
CASE_NUMBER_ONLY = re.compile(r"^[\s\"'”|.,:;]*(?:(?:[A-ZÅÄÖ]{1,5}[\s-]?)?\d[\d/.:-]*\d[\s\"'”|.,:;]*)?$")


def continued_mark(line: str) -> bool:
    """A § mark followed by a word saying the § continues: "KS § 88 forts", "AU § 301 forts. 0211"."""
    mark = MARK.match(line)
    first = mark.group("rest").strip(" \t\"'”|.,:;()").split(" ", 1)[0].rstrip(".)").casefold() if mark else ""
    return bool(first) and first in words("continuation_marks")


HEAD_LINES = 4                   # lines of a page's head above its running § mark


def without_running_heads(lines: list[tuple[int, int, str]],
                          pages: list[int]) -> tuple[list[tuple[int, int, str]], set[int]]:
    """The lines less each running § mark ("KS § 12 forts") and the few lines of its page above
    it; and the starts of the lines that follow a mark (a new piece begins there).

    >>> lines = [(0, 8, "att anta,"), (9, 15, "Ekeby"), (16, 30, "KS § 12 forts"), (31, 40, "att ge.")]
    >>> without_running_heads(lines, [1, 2, 2, 2])
    ([(0, 8, 'att anta,'), (31, 40, 'att ge.')], {31})
    """
    kept: list[tuple[tuple[int, int, str], int]] = []
    fresh: set[int] = set()
    after_mark = False
    for line, page in zip(lines, pages):
        if continued_mark(line[2]):
            above = [k for k, (_, on) in enumerate(kept) if on == page]
            if len(above) <= HEAD_LINES:
                kept = [pair for pair in kept if pair[1] != page]
            after_mark = True
            continue
        if after_mark:
            fresh.add(line[0])
            after_mark = False
        kept.append((line, page))
    return [line for line, _ in kept], fresh


def section_mark(line: str) -> bool:
    """A § mark alone on its line, at most a case number after it: a new § starts."""
    mark = MARK.match(line)
    return mark is not None and not continued_mark(line) and CASE_NUMBER_ONLY.match(mark.group("rest")) is not None


@lru_cache(maxsize=1)
def motion_phrase() -> re.Pattern[str]:
    phrases = sorted(words("motion_phrases"), key=len, reverse=True)
    forms = (re.escape(p).replace(r"\ …\ ", r"\s+(?:\S+\s+){0,2}").replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(r"(?i)(?<![\wåäö-])(?:" + "|".join(forms)
                      + r")(?![\wåäö-])")


# The end of the first sentence: a full stop before a capital.
SENTENCE_END = re.compile(r"(?<=[\wåäö)])[.!?](?=\s+[A-ZÅÄÖ])")


def motion(text: str) -> bool:
    """The text's first sentence moves, reserves or puts a question to the meeting."""
    end = SENTENCE_END.search(text)
    return motion_phrase().search(text, 0, end.end() if end else len(text)) is not None
