"""Reading a person's name backwards from the word after it (a party, a title, a motion).

The words before an anchor are read from it backwards, word by word, as long as they can be a
name's (a name broken over a line or at its hyphen: "Sven-" / "Olov Jonsson"), and the longest
run that is a person's name is taken; the role printed just before the name ("Ordförande",
"1:e vice ordförande") is read the same way. `persons_text` finds the anchors.
"""
from __future__ import annotations

import re

from diarium.extract.person_names import first_names, person_name
from diarium.extract.persons_found import TEXT, Found
from diarium.structure.attendance_vocab import ORDINAL, is_name_token, is_particle, is_role_word
from diarium.structure.name_runs import split_run

WORD = re.compile(r"\S+")
LOOK_BACK = 120
MAX_NAME = 4
MAX_ROLE_WORDS = 4


def words_before(text: str, end: int) -> list[tuple[int, str]]:
    """The words before `end` (offset, word), nearest last."""
    begin = max(0, end - LOOK_BACK)
    return [(m.start(), m.group()) for m in WORD.finditer(text, begin, end)]


def name_before(text: str, end: int) -> tuple[str, int, int] | None:
    """The name that ends at `end`: (name, start offset, index of its first word in the words)."""
    words = words_before(text, end)
    run: list[tuple[int, str]] = []
    k = len(words) - 1
    while k >= 0 and len(run) < MAX_NAME + 1:
        offset, word = words[k]
        if run and word.endswith("-") and is_name_token(word[:-1]) and "\n" in text[offset:run[0][0]]:
            run[0] = (offset, word + run[0][1])     # "Sven-" / "Olov": one given name
        elif is_name_token(word) or run and is_particle(word):
            run.insert(0, (offset, word))
        else:
            break
        k -= 1
    sizes = list(range(min(len(run), MAX_NAME), 1, -1))
    four = [w for _, w in run[-MAX_NAME:]]
    if len(four) == MAX_NAME and person_name(" ".join(four)) and len(pieces := split_run(four)) > 1:
        sizes = [len(pieces[-1])]     # "Eva Ek Per Holm (S)": two names run together, the last one's party
    for size in sizes:
        chosen = run[len(run) - size:]
        if _one_line_or_short(text, chosen) and (name := person_name(" ".join(w for _, w in chosen))):
            if size > 2 and chosen[1][1] in first_names() and chosen[0][1] not in first_names():
                continue              # "Reservation Per Lind": the name starts at the given name
            return name, chosen[0][0], k + 1 + len(run) - size
    return None


def run_before(text: str, start: int) -> list[Found]:
    """The name run together with a party's name before it in a list that lost its line breaks
    ("Eva Ek Per Holm (S)": Eva Ek, no party printed): only when the two make one run that the
    name test cuts in two."""
    words = words_before(text, start)[-(MAX_NAME - 2):]
    if len(words) < 2 or "\n" in text[words[0][0]:start] or not all(is_name_token(w) for _, w in words):
        return []
    after = [m.group() for m in WORD.finditer(text, start, start + LOOK_BACK)][:2]
    names = split_run([w for _, w in words] + after)
    if len(names) != 2 or len(names[0]) != len(words) or person_name(" ".join(names[0])) is None:
        return []
    return [Found(" ".join(names[0]), None, None, TEXT, spans=[(words[0][0], words[-1][0] + len(words[-1][1]))])]


def _one_line_or_short(text: str, chosen: list[tuple[int, str]]) -> bool:
    """A name broken over lines has one word above the break at most ('Kettil' / 'Bergnes')."""
    return len(chosen) == 2 or "\n" not in text[chosen[0][0]:chosen[1][0]]


def role_before(text: str, start: int) -> str | None:
    """'Ordförande', '1:e vice ordförande' printed just before a name."""
    words = words_before(text, start)
    # (the line's start looked for only as far back as the words go)
    line_start = text.rfind("\n", max(0, start - LOOK_BACK), start) + 1
    role: list[str] = []
    for offset, word in reversed(words):
        if offset < line_start:
            break
        if len(role) >= MAX_ROLE_WORDS or not (is_role_word(word) or ORDINAL.match(word)):
            break
        role.insert(0, word)
    return " ".join(role).strip(",;:") if role and is_role_word(role[-1]) else None
