"""Persons of a letterhead or contact block: a handläggare, a signing chef's contact lines.

Three layouts, read from the structure's lines (letterhead furniture included, attendance
lists and signature blocks left to their own readers):

* a field label that is a role ("Handläggare", "Kontaktperson", `letterhead_fields.tsv`) with
  the name after it or on the line under it;
* a name, and under it in the same column, past contact lines (telephone, address), a title;
* a name confirmed by the e-mail address under it ("Rebecka Lönnström," /
  "rebecka.lonnstrom@…"), with no title.

>>> from diarium.structure import analyse
>>> text = ("Kommunledningskontoret                   Ekeby kommun\\n123 45 Ekeby\\n"
...         "Annika Granlund\\n0300 83 41 04                            Besöksadress\\n"
...         "Utvecklingschef                          Stadshuset, Storgatan 37\\n\\n"
...         "Handläggare: Emmy Gustafsson\\nAvdelning Utbildning\\nRebecka Lönnström,\\n"
...         "rebecka.lonnstrom@example.se\\n")
>>> [(f.name, f.role) for f in letterhead_persons(analyse(text))]
[('Annika Granlund', 'Utvecklingschef'), ('Emmy Gustafsson', 'Handläggare'), ('Rebecka Lönnström', None)]
>>> text = "Kontaktperson\\n\\nPostort\\n\\nJohanna Rönnstrand. Ia Brixton\\n\\nTelefonnummer\\n"
>>> [(f.name, f.role) for f in letterhead_persons(analyse(text))]
[('Johanna Rönnstrand', 'Kontaktperson'), ('Ia Brixton', 'Kontaktperson')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from diarium.extract.person_names import first_names, label_words, person_name, plain
from diarium.extract.persons_found import LETTERHEAD, PRINTED, Found
from diarium.extract.patterns import plain_alternation
from diarium.language import table, words
from diarium.schemas.structure import Structure, TextLine
from diarium.structure.attendance_vocab import is_acronym, is_role_word

CHUNK = re.compile(r"\S+(?: \S+)*")
PARTY_AFTER = re.compile(r"\s*\([^()]{1,6}\)$")
EMAIL = re.compile(r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
# "… . Ia Brixton", "… och Per Ek" alone to the end of the line.
SECOND_NAME = re.compile(rf"^\s*(?:[.,;/]|\s{plain_alternation(words('list_conjunctions'))})\s+(?P<name>\S+(?: \S+){{1,3}}?)\s*$")
BLOCK_LINES = 3          # how far under a name its title or e-mail may stand
MAX_TITLE_WORDS = 6
COLUMN_SLACK = 2
READ_ELSEWHERE = ("attendance", "signature")
RECIPIENTS = "beslutet skickas till"     # the canonical name of the heading in headings.tsv


@lru_cache(maxsize=1)
def role_labels() -> tuple[str, ...]:
    """Letterhead field labels that name the role of the person after them ("handläggare")."""
    labels = [label for label, kind in table("letterhead_fields").items() if kind == "below" and is_role_word(label)]
    return tuple(sorted(labels, key=len, reverse=True))


def _chunks(line: TextLine) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in CHUNK.finditer(line.text.replace("\t", "  "))]


def leading_name(text: str) -> str | None:
    """The name at the start of a text ("Robin Johansson Telefon: 08-…" → "Robin Johansson")."""
    words = re.sub(r"([,.])(?=\s|$)", r" \1 ", text).split()    # "Johanna Rönnstrand. Ia Brixton"
    for size in (4, 3, 2):
        name = person_name(" ".join(words[:size]))
        if name and not {",", "."} & set(words[:size]):
            return name
    return None


def _alone(line: str, name: str) -> bool:
    """Is the name all its line says, but for a title, a contact field or another name after a
    comma or full stop? ('A Sammanställning Kronor Granskares anteckningar' is a form's heading.)"""
    rest = line[line.find(name.split()[-1]) + len(name.split()[-1]):].strip()
    return not rest or not rest[:1].islower()


def is_title(chunk: str) -> bool:
    """'Utvecklingschef', 'Controller förvaltning', 'Biträdande förvaltningschef': role words, no digits."""
    words = chunk.split()
    return 0 < len(words) <= MAX_TITLE_WORDS and not re.search(r"[\d@:]", chunk) and (
        is_role_word(words[0]) or is_acronym(words[0])) and chunk[:1].isupper()


def _labelled(lines: list[TextLine], i: int) -> Found | None:
    line = lines[i]
    stripped = line.text.strip()
    lowered = stripped.lower()
    if not lowered.startswith(role_labels()):
        return None         # most lines: no label at all
    for label in role_labels():
        if not lowered.startswith(label) or stripped[len(label):len(label) + 1].isalpha():
            continue
        rest = stripped[len(label):].lstrip(" :\t")
        at = line.start + line.text.find(stripped)
        if rest:
            name, where = leading_name(rest), line
        else:
            # the value under the label, past the labels of a form's other fields printed between
            # ("Kontaktperson" / "Postort" / "Johanna Rönnstrand")
            below = [ln for ln in lines[i + 1:i + 1 + 2 * BLOCK_LINES] if ln.text.strip()][:BLOCK_LINES]
            where = next((ln for ln in below if not _field_label(ln.text)), line)
            name = leading_name(where.text.strip()) if where is not line else None
            if name and not _alone(where.text, name):
                name = None
        if name:
            start = where.start + where.text.find(name.split()[0])
            title = _title_after_name(where.text[where.text.find(name.split()[0]):], name)
            return Found(name, title or label[:1].upper() + label[1:], None, LETTERHEAD, PRINTED,
                         [(min(at, start), start + len(name))])
    return None


def _field_label(line: str) -> bool:
    """The line is one field label and nothing else ("Postort", "Telefonnummer:")."""
    return plain(line.strip().rstrip(":")) in label_words()


def _title_after_name(line: str, name: str) -> str | None:
    """'Signe Gustafsson, utredare': the title printed after the name on its line."""
    rest = line[line.find(name.split()[-1]) + len(name.split()[-1]):]
    title = rest.lstrip(" ,").split(",")[0].strip(" .;")
    return title if rest.lstrip().startswith(",") and title and not re.search(r"[\d:@]", title) and (
        is_role_word(title.split()[-1]) or is_role_word(title.split()[0])) else None


def _block_person(lines: list[TextLine], i: int) -> Found | None:
    """A name alone in the first column, with its title or e-mail on the lines under it."""
    first = CHUNK.search(lines[i].text.replace("\t", "  "))     # (the first column is all that is read here)
    if first is None or first.group().count(" ") > 3:
        return None         # more than four words (a column's words are one space apart)
    col, chunk = first.start(), first.group()
    chunk = PARTY_AFTER.sub("", chunk)        # "Liv Ekman (V)" / "Gruppledare"
    name = person_name(chunk)
    if name is None:
        return None
    start = lines[i].start + col
    for below in lines[i + 1:i + 1 + BLOCK_LINES]:
        if below.role in READ_ELSEWHERE:
            break
        under = [(c, t) for c, t in _chunks(below) if abs(c - col) <= COLUMN_SLACK]
        if under and person_name(under[0][1]):
            break                      # the next person's name
        if under and is_title(under[0][1]):
            title_start = below.start + under[0][0]
            return Found(name, under[0][1], None, LETTERHEAD, PRINTED,
                         [(start, start + len(chunk)), (title_start, title_start + len(under[0][1]))])
        mail = EMAIL.search(below.text)
        if mail and _mail_names(mail.group(1), name):
            return Found(name, None, None, LETTERHEAD, PRINTED, [(start, start + len(chunk.rstrip(",")))])
    return None


def _mail_names(local: str, name: str) -> bool:
    """'rebecka.bjornstrom' is Rebecka Lönnström's address."""
    parts = plain(name).split()
    address = plain(local)
    return parts[0] in address and parts[-1].replace(" ", "") in address


def letterhead_persons(structure: Structure) -> list[Found]:
    found = []
    lines = structure.lines
    for i, line in enumerate(lines):
        if line.role == "attendance" or not line.text.strip():
            continue
        labelled = _labelled(lines, i)
        person = labelled or (_block_person(lines, i) if line.role != "signature" else None)
        if person:
            found.append(person)
        if labelled:
            found += _second_name(lines, labelled)
    return found


def _second_name(lines: list[TextLine], first: Found) -> list[Found]:
    """A second name in the same field after the first ("Johanna Rönnstrand. Ia Brixton",
    "Anna Berg och Per Ek"): the field's value is two persons with the one role."""
    end = first.spans[-1][1]
    line = next((ln for ln in lines if ln.start <= end <= ln.start + len(ln.text)), None)
    if line is None:
        return []
    rest = line.text[end - line.start:]
    match = SECOND_NAME.match(rest)
    name = person_name(match.group("name")) if match else None
    if match is None or name is None:
        return []
    start = end + match.start("name")
    return [Found(name, first.role, None, LETTERHEAD, PRINTED, [(start, start + len(match.group("name")))])]


def recipient_persons(text: str, structure: Structure) -> list[Found]:
    """Persons a decision is sent to, one a line under "Beslutet skickas till" ("Lovis Stadén,
    kommunledningskontoret"), given name known (`first_names.txt`); no role."""
    found = []
    for section in structure.walk():
        if section.heading is None or section.heading.name != RECIPIENTS:
            continue
        for paragraph in section.paragraphs:
            for span in paragraph.lines or [paragraph]:
                line = text[span.start:span.end]
                name = leading_name(line.strip().lstrip("-•* "))
                # with no role printed, a known given name is the evidence that it is a person
                if name and name.split()[0] in first_names() and (
                        line.strip().lstrip("-•* ") == name or line[line.find(name) + len(name):].startswith(",")):
                    start = span.start + line.find(name)
                    found.append(Found(name, None, None, LETTERHEAD, PRINTED, [(start, start + len(name))]))
    return found
