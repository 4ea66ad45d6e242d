"""Persons after a label and a colon inside a line: the presenters of an agenda ("Föredragande:
Anna Berg, utvecklare"), a handläggare or a justerare named in a table cell or in the middle of
a line, the name maybe broken where the cell breaks its lines ("Föredragande: Anna<br>Berg").

A field label that names people (an attendance label of `attendance_labels.tsv` that is not a
field's, a role label of `letterhead_fields.tsv`), printed with its capital and a colon, then one
or more names, each maybe with its title after a comma ("…, enhetschef") and joined by a comma or
a list conjunction ("Anna Berg, enhetschef, och Per Ek, controller"). Labels at the start of a line
are read by the attendance and letterhead readers too; the records are merged.

>>> def show(text):
...     return [(f.name, f.role) for f in labelled_persons(text, [])]
>>> show("| 1. | Information: Ny taxa<br>Föredragande: Anna<br>Berg, utvecklare IT<br>20 min | |")
[('Anna Berg', 'utvecklare IT')]
>>> show("4.  Budget Föredragande: Per Ek, controller, och Ylva<br>Rask, ekonomichef 10 min")
[('Per Ek', 'controller'), ('Ylva Rask', 'ekonomichef')]
>>> show("Föredragande: Eva Ek,<br>chef Fritid &<br>kultur, och Per<br>Lund, controller<br>10 min")
[('Eva Ek', 'chef Fritid & kultur'), ('Per Lund', 'controller')]
>>> show("Föredragande: Eva Ek-<br>Lund och Per Holm Anna Berg")
[('Eva Ek-Lund', 'Föredragande'), ('Per Holm', 'Föredragande')]
>>> show("Föredragande kommunalråd: Eva Lund Ek Ärendet")
[('Eva Lund Ek', 'Kommunalråd')]
>>> show("Ärendet Handläggare: Signe Gustafsson Telefon: 0300-123")
[('Signe Gustafsson', 'Handläggare')]
>>> show("Föredragande: Ekeby kommun, Norrby Bygg AB")
[]
>>> show("Ekeby kommun Kulturenheten Att: Sixten Brandt Box 12 EKEBY")
[('Sixten Brandt', None)]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.person_names import first_names, person_name
from diarium.extract.persons_found import LETTERHEAD, LIST_DEFAULT, PRINTED, Found, inside
from diarium.extract.persons_letterhead import role_labels
from diarium.language import table, words
from diarium.language.letters import ocr_variants, sv_pattern
from diarium.structure.attendance_vocab import is_name_token, is_particle, is_role_word
from diarium.text import cell_breaks_as_lines

# Cell and line breaks of a Markdown table ("<br>", "|") become line breaks and spaces; offsets kept.
CELL = re.compile(r"\|")
NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
MAX_NAME_WORDS = 4
# ", verksamhetschef Fritid &" / "mötesplatser": a title runs on over the cell's lines that go on in lower case
TITLE = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*([^,\n]+(?:\n[ \t]*[a-zåäö][^,\n]*)*)")
MAX_TITLE_WORDS = 6
MAX_NAMES = 12             # names one label may hold


@lru_cache(maxsize=1)
def _labels() -> dict[str, str | None]:
    """Label (lower case) → the role a person under it has when no title is printed."""
    labels: dict[str, str | None] = {}
    for label, value in table("attendance_labels").items():
        kind, _, role = value.partition(" ")
        if kind != "field":
            labels[label.lower()] = role.strip() or (label if kind == "signer" else None)
    for label in role_labels():
        labels.setdefault(label.lower(), label[:1].upper() + label[1:])
    for label in words("addressee_labels"):          # "Att: Anna Berg": a person, no role printed
        labels.setdefault(label, None)
    return labels


@lru_cache(maxsize=1)
def label_pattern() -> re.Pattern[str]:
    """A label printed with its capital (or in capitals), maybe a qualifier ("Föredragande
    kommunalråd"), then a colon."""
    forms = sorted(_labels(), key=len, reverse=True)
    printed = [sv_pattern(f[:1].upper() + f[1:]) for f in forms] + [sv_pattern(f.upper()) for f in forms]
    # (the letters a label can begin with, tested first: most words begin none, and the long
    # alternation is then not tried)
    first = "".join(sorted({glyph for f in forms for glyph in ocr_variants().get(f[:1].upper(), f[:1].upper())}))
    return re.compile(rf"(?<![\w-])(?=[{re.escape(first)}])(?P<label>{'|'.join(printed)})"
                      rf"(?:[ \t]+(?P<qualifier>[a-zåäö]+))?[ \t]*:[ \t]*")


def plain_cells(text: str) -> str:
    """The text with the table's markup turned into line breaks and spaces, offsets kept."""
    return CELL.sub(" ", cell_breaks_as_lines(text))


NAME_REACH = 200   # characters a name can span: the search for its words stops there


def name_at(text: str, at: int) -> tuple[str, int, int] | None:
    """The name that begins at `at` (one line break allowed inside it): (name, start, end)."""
    words_at: list[re.Match[str]] = []
    for match in NAME_WORD.finditer(text, at, at + NAME_REACH):
        gap = text[(words_at[-1].end() if words_at else at):match.start()]
        if gap.strip() or gap.count("\n") > 1 or len(words_at) > MAX_NAME_WORDS:
            break
        word = match.group()
        if not (is_name_token(word) or words_at and is_particle(word)):
            break
        if words_at and len(words_at) >= 2 and word in first_names():
            break                     # "Anna Berg Per Ek": the next person's given name
        words_at.append(match)
    for size in range(min(len(words_at), MAX_NAME_WORDS), 1, -1):
        # "Bui-" / "Ljungqvist": a name hyphenated over a line break is one word
        name = person_name(re.sub(r"-\s+", "-", " ".join(m.group() for m in words_at[:size])))
        if name and all(len(part) > 1 for part in name.split()):
            return name, words_at[0].start(), words_at[size - 1].end()
    return None


def _title_at(text: str, at: int) -> tuple[str | None, int]:
    """The title after a name (", utvecklare IT" up to the cell's line break or the next comma):
    (title or None, where the reading goes on)."""
    match = TITLE.match(text, at)
    if match is None:
        return None, at
    head = []
    for word in match.group(1).split():
        if re.search(r"[\d@:]", word):
            break                    # "ekonomichef 10 min": the agenda's time, not the title
        head.append(word)
    if not head or len(head) > MAX_TITLE_WORDS or not head[0][:1].islower() and not is_role_word(head[0]) \
            or not any(is_role_word(word) for word in head):
        return None, at
    title = re.sub(r"[\s&/–-]+$", "", " ".join(head))
    return title, match.start(1) + match.group(1).find(head[-1]) + len(head[-1])


@lru_cache(maxsize=1)
def joiner() -> re.Pattern[str]:
    conjunctions = "|".join(sorted(words("list_conjunctions"), key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:,[ \t\n]*(?:(?:{conjunctions})\s+)?|\s+(?:{conjunctions})\s+)")


def labelled_persons(text: str, claimed: list[tuple[int, int]]) -> list[Found]:
    """Every person after a label and a colon, outside the `claimed` spans."""
    text = plain_cells(text)
    claimed_at = inside(claimed)
    found = []
    for match in label_pattern().finditer(text):
        if claimed_at(match.start()):
            continue
        qualifier = match.group("qualifier")     # "Föredragande kommunalråd": the person's title
        default = qualifier.capitalize() if qualifier and is_role_word(qualifier) \
            else _labels().get(match.group("label").lower())
        at = match.end()
        for _ in range(MAX_NAMES):
            named = name_at(text, at)
            if named is None:
                break
            name, start, end = named
            title, at = _title_at(text, end)
            role, how = (title, PRINTED) if title else (default, LIST_DEFAULT)
            found.append(Found(name, role, None, LETTERHEAD, how, [(start, at if title else end)]))
            joined = joiner().match(text, at if title else end)
            if joined is None:
                break
            at = joined.end()
    return found
