"""Office-holders named by surname after their office word: government minutes ("Närvarande:
statsministern Ek, ordförande, och statsråden Berg, Lund, S. Holm"), a court's bench
("lagmannen Ek samt rådmännen Berg och Lund").

The office words are a closed list (`surname_offices.tsv`): offices whose holders formal texts
name by surname alone, so no known given name is asked for. A plural office word ("statsråden")
heads a list of names joined by commas, conjunctions or, on an OCR'd page, full stops; a role
word after a comma ("…, ordförande") is that person's meeting role; a label before the office word
("Föredragande: statsråden …") is the role of all. A near-identical surname printed twice (one
letter apart, OCR) is one person, spelt as its most frequent printing.

>>> show = lambda text: [(f.name, f.role) for f in office_persons(text)]
>>> show("Närvarande: statsministern Ek, ordförande, och statsråden Berg, De Vall. S. Holm och G. Holm")
[('Ek', 'Ordförande'), ('Berg', 'Statsråd'), ('De Vall', 'Statsråd'), ('S. Holm', 'Statsråd'), ('G. Holm', 'Statsråd')]
>>> show("Närvarande: statsråden Ek, llolm, Berg")      # an OCR'd initial: the item is skipped
[('Ek', 'Statsråd'), ('Berg', 'Statsråd')]
>>> show("Föredragande: statsrådet Lund")
[('Lund', 'Föredragande')]
>>> show("Tingsrätten (lagmannen Ek-Sten samt rådmännen Berg och Lund) anförde i dom: Domskäl.")
[('Ek-Sten', 'Lagman'), ('Berg', 'Rådman'), ('Lund', 'Rådman')]
>>> show("Det anser statsrådet. Regeringen beslutar.")
[]
"""
from __future__ import annotations

import re

from diarium.extract.person_names import first_names
from diarium.extract.persons_found import TEXT, Found
from diarium.language import table, words
from diarium.structure.attendance_vocab import is_particle, is_role_word

SURNAME = r"[A-ZÅÄÖ][a-zåäöéüè]+(?:-[A-ZÅÄÖ][a-zåäöéüè]+)?"
NAME = re.compile(rf"(?:[A-ZÅÄÖ]\.[ \t]?)?{SURNAME}(?:[ \t]{SURNAME})?")
JOIN = re.compile(r"[ \t]*(?:[,.][ \t\n]*(?:(?:och|samt)[ \t\n]+)?|[ \t\n]+(?:och|samt)[ \t\n]+)")
LABEL = re.compile(r"([^\W\d_]+)[ \t]*:[ \t]*$")
WORD = re.compile(r"[^\W\d_]+")
MAX_NAMES = 40


def _offices() -> dict[str, str]:
    return table("surname_offices")


def _is_plural(form: str, office: str) -> bool:
    """'statsråden', 'rådmännen' head lists; 'statsrådet', 'statsministern', 'lagmannen' one name."""
    return form not in (office.lower() + ending for ending in ("et", "n", "nen"))


def _label_role(text: str, at: int) -> str | None:
    """The role a label just before `at` on its line gives ("Föredragande: …"), if a role word."""
    line_start = text.rfind("\n", 0, at) + 1
    label = LABEL.search(text, line_start, at)
    return label.group(1).capitalize() if label and is_role_word(label.group(1).lower()) else None


def _name(text: str, at: int) -> re.Match[str] | None:
    """A surname at `at`, with an initial, a given name ('Anna Berg') or a particle ('De Vall')
    before it; a capitalised word after a lone surname is the next sentence's, not the name's."""
    match = NAME.match(text, at)
    if match is None:
        return None
    tokens = match.group().split()
    if len(tokens) == 2 + (tokens[0].endswith(".")) and not (
            tokens[-2] in first_names() or is_particle(tokens[-2])):
        match = NAME.match(text, at, match.start() + len(match.group()) - len(tokens[-1]) - 1)
    if match is None or text[match.end():match.end() + 1].isalnum():
        return None
    if any(word in words("not_names") or word.lower() in _offices() for word in match.group().split()):
        return None
    return match


def _ends_item(text: str, at: int) -> bool:
    """A list item ends here: a separator, a line end or the text's end follows."""
    return JOIN.match(text, at) is not None or not text[at:].split("\n", 1)[0].strip()


def _name_after_misread(text: str, at: int) -> re.Match[str] | None:
    """The name after one misread item of a list ("Berg, llolm, Lund": OCR), skipping it."""
    misread = re.compile(r"[a-zåäö][a-zåäöé]{2,}").match(text, at)
    joined = JOIN.match(text, misread.end()) if misread and not is_role_word(misread.group()) else None
    return _name(text, joined.end()) if joined and "\n" not in joined.group() else None


def _list_at(text: str, at: int, role: str, plural: bool, label: str | None) -> tuple[list[Found], int]:
    """The names of one office word's list from `at`, and where the list ends."""
    found: list[Found] = []
    after_stop = False
    while len(found) < MAX_NAMES:
        named = _name(text, at) or (_name_after_misread(text, at) if plural and found else None)
        if named is None or after_stop and not _ends_item(text, named.end()):
            break                   # "Ek och Berg. Regeringen beslutar": the next sentence
        found.append(Found(named.group(), label or role, None, TEXT, spans=[(named.start(), named.end())]))
        at = named.end()
        joined = JOIN.match(text, at)
        if joined is None or "\n\n" in joined.group():
            break
        after = WORD.match(text, joined.end())
        if after and after.group().islower() and is_role_word(after.group()) and not label:
            found[-1].role = after.group().capitalize()          # "Ek, ordförande, och …"
            at = after.end()
            joined = JOIN.match(text, at)
            if joined is None or "\n\n" in joined.group():
                break
        if not plural or (joined.group().strip() == "." and "\n" in joined.group()):
            break
        at, after_stop = joined.end(), joined.group().strip().startswith(".")
    return found, at


def office_persons(text: str) -> list[Found]:
    """Every office-holder named after an office word. An attendance line another reader claims is
    read too: its readers ask for given names, which these lists do not print."""
    found: list[Found] = []
    for match in WORD.finditer(text):
        role = _offices().get(match.group().lower())
        if role is None or text[match.end():match.end() + 1] not in (" ", "\t"):
            continue
        plural = _is_plural(match.group(), role)
        names, _ = _list_at(text, match.end() + 1, role, plural, _label_role(text, match.start()))
        for person in names:
            person.spans = [(match.start(), person.spans[0][1])]
        found += names
    return _one_spelling(text, found)


def fold_surnames(office: list[Found], others: list[Found]) -> list[Found]:
    """An office-holder printed by surname ('Ekvall', 'T. Ekvall') takes the one full name other
    readers found with that surname and initial ('Tyra Ekvall', signing): one person, in full.

    >>> fold = lambda names, full: [f.name for f in fold_surnames(
    ...     [Found(n, None, None, TEXT) for n in names], [Found(n, None, None, TEXT) for n in full])]
    >>> fold(["Ekvall", "B. Ekvall", "Alm", "Lund"], ["Tyra Ekvall", "Per Lund", "Eva Lund"])
    ['Tyra Ekvall', 'B. Ekvall', 'Alm', 'Lund']
    """
    full_names = {f.name for f in others if len(f.name.split()) >= 2 and not f.name.split()[0].endswith(".")}
    for person in office:
        *initial, surname = person.name.rsplit(" ", 1)
        if len(surname.split()) != 1 or initial and not initial[0].endswith("."):
            continue
        matching = [n for n in full_names if n.endswith(" " + surname) and
                    (not initial or n[:1] == initial[0][:1])]
        if len(matching) == 1:
            person.name = matching[0]
    return office


def _one_letter_apart(a: str, b: str) -> bool:
    """Two printings of one surname, one letter (not an initial) misread."""
    if len(a) != len(b) or a == b:
        return False
    apart = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(apart) == 1 and apart[0] > 0 and a[apart[0] - 1].isalpha() and len(a) >= 5


def _one_spelling(text: str, found: list[Found]) -> list[Found]:
    """Near-identical surnames as their common printing, when the other is clearly the misread one:
    printed once against at least twice. On a tie they are two people ("Lindgren", "Lundgren")."""
    printed = {f.name: text.count(f.name) for f in found}
    for person in found:
        for other in found:
            if _one_letter_apart(person.name, other.name) and printed.get(person.name, 0) <= 1 \
                    and printed.get(other.name, 0) >= 2:
                person.name = other.name
    return found
