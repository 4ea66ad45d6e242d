"""Persons with their role/title or political party.

Read from party-marked names ("Åsa Lindhagen (MP)"), "Name, Title" phrases, labelled lines
("Handläggare" / "Maria Karlsson"), protokoll attendance lists (Ordförande, Ledamöter,
Ersättare, Justerare) and signature blocks (names on one line, titles under them).

>>> [(p.name, p.role, p.party) for p in find_persons("Åsa Lindhagen m.fl. (MP), Rana Carlstedt (S)")]
[('Åsa Lindhagen', None, 'MP'), ('Rana Carlstedt', None, 'S')]
>>> [(p.name, p.role) for p in find_persons("Handläggare\\nMaria Karlsson\\nTelefon: 08-50825403")]
[('Maria Karlsson', 'Handläggare')]
>>> [(p.name, p.role) for p in find_persons(
...     "Fredrik Jurdell Veronica Wolgast Carstorp\\nSocialdirektör Bitr. förvaltningschef")]
[('Fredrik Jurdell', 'Socialdirektör'), ('Veronica Wolgast Carstorp', 'Bitr. förvaltningschef')]
>>> [p.name for p in find_persons("Anna Bergström Daniel Persson\\nOrdförande = Verksamhetschef")]   # OCR speck
['Anna Bergström', 'Daniel Persson']
>>> [(p.name, p.role) for p in find_persons("Övriga närvarande: Anna Berg (socialchef), Per Ek (nämndsekreterare)")]
[('Anna Berg', 'Socialchef'), ('Per Ek', 'Nämndsekreterare')]
>>> [(p.name, p.role) for p in find_persons("Kontakt: Fredrik Jurdell, socialdirektör")]
[('Fredrik Jurdell', 'Socialdirektör')]
>>> [(p.name, p.role) for p in find_persons("Rapporten är framtagen av Sofia Ahmed, utvecklingsledare, och Erik\\n"
...                                         "Holmqvist, enhetschef.")]
[('Sofia Ahmed', 'Utvecklingsledare'), ('Erik Holmqvist', 'Enhetschef')]
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.patterns import alternation, plain_alternation
from diarium.language import ordered, table, words
from diarium.schemas import Person
from diarium.text import lines_with_offsets, squash
from diarium.schemas.structure import Structure

PARTIES = plain_alternation(ordered("party_abbreviations"))
UPPER = "A-ZÅÄÖÉÜ"
LOWER = "a-zåäöéüëèáí"
TOKEN = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
PARTICLE = plain_alternation(words("name_particles"))
PARTY_NAME = re.compile(
    rf"(?<![\w])(?P<name>{TOKEN}(?:\s+(?:{PARTICLE}\s+)?{TOKEN}){{1,3}})(?:\s+m\.\s?fl\.?)?\s*\((?P<party>{PARTIES})\)")
# Titles; å/ä/ö as OCR may have damaged them (Socialdirektör → Socialdirekt6r).
ROLE_HEAD = alternation(words("role_titles"))
ROLE_PHRASE = (rf"(?:{alternation(words('role_qualifiers'), optional_dot=True)}\s+)?"
               rf"(?:[{LOWER}{UPPER}]+\s+){{0,2}}?{ROLE_HEAD}")
ROLE_LINE = re.compile(rf"(?i)^\s*(?:{ROLE_PHRASE})(?:\s+(?:{ROLE_PHRASE}))*\s*$")
ROLE_SPLIT = re.compile(rf"(?i)({ROLE_PHRASE})(?=\s|$)")
# The name may be broken over a line ("... av Anna Berg, utvecklingsledare, och Per\nLind, enhetschef").
NAME_COMMA_ROLE = re.compile(
    rf"(?<![\w])(?P<name>{TOKEN}(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:{PARTICLE}[ \t]+)?{TOKEN}){{1,3}}),"
    rf"\s*(?P<role>(?i:{ROLE_PHRASE}))\b")
# label → (role of the persons listed under it, or None; whether it lists one person only)
LABELS: dict[str, tuple[str | None, bool]] = {
    label: (value.split("\t")[0] or None, value.endswith("\tone"))
    for label, value in table("person_labels").items()}
LABEL = re.compile(r"(?i)^\s*(" + "|".join(sorted(LABELS, key=len, reverse=True)) + r")\b\s*:?\s*(.*)$")
NOT_NAMES = words("not_names")
# A word of a public body's or an organisation's name ("Socialförvaltningen", "Stiftelsen").
ORGANISATION_WORD = re.compile(
    "(?i)" + "|".join(sorted({*table("public_bodies"), *(w for w in words("organisation_forms") if w.islower())})))


def first_names() -> frozenset[str]:
    return words("first_names")


def is_name(candidate: str) -> bool:
    tokens = candidate.split()
    if not 2 <= len(tokens) <= 4:
        return False
    if any(t in NOT_NAMES or t.isupper() for t in tokens):
        return False
    if any(ORGANISATION_WORD.search(t) for t in tokens):
        return False
    if len(tokens) == 4 and tokens[0] in first_names() and tokens[2] in first_names():
        return False             # two people: "Anna Berg Eva Lind"
    return all(re.fullmatch(TOKEN, t) or t in words("name_particles") for t in tokens)


def trim_to_name(candidate: str) -> str | None:
    """Drop leading words that are not part of the name ("Ordförande Anna Svensson" → "Anna Svensson")."""
    tokens = candidate.split()
    while len(tokens) > 2 and (not is_name(" ".join(tokens)) or
                               tokens[0] not in first_names() and tokens[1] in first_names()):
        tokens = tokens[1:]
    name = " ".join(tokens)
    return name if is_name(name) else None


def split_names(line: str, count: int) -> list[str]:
    """A line with `count` names: split on wide gaps, else before a known first name."""
    parts = [p.strip() for p in re.split(r"\s{2,}|\t", line.strip()) if p.strip()]
    if len(parts) == count or count == 1:
        return parts if count > 1 else [" ".join(parts)]
    tokens = line.split()
    if count == 2:
        cuts = [i for i in range(2, len(tokens) - 1) if tokens[i] in first_names()]
        cut = cuts[0] if cuts else len(tokens) // 2
        return [" ".join(tokens[:cut]), " ".join(tokens[cut:])]
    return parts


def split_roles(line: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s{2,}|\t", line.strip()) if p.strip()]
    if all(ROLE_LINE.match(p) for p in parts) and len(parts) > 1:
        return parts
    return [m.group(1).strip() for m in ROLE_SPLIT.finditer(line)]


def title_case(role: str) -> str:
    return role[:1].upper() + role[1:]


# A speck of a signature line that OCR read as a symbol between two columns ("Ordförande = Verksamhetschef").
OCR_SPECKS = re.compile(r"(?<=\s)[=|~_»«*]+(?=\s)")


def signature_persons(lines: list[tuple[int, str]], text: str) -> list[Person]:
    """Names on a line, their titles on the next non-blank line (seed 004, 002)."""
    found = []
    nonblank = [(o, line) for o, line in lines if line.strip() and not re.fullmatch(r"[\s_.]+", line)]
    for index in range(1, len(nonblank)):
        offset, role_line = nonblank[index]
        role_line = OCR_SPECKS.sub(lambda m: " " * len(m.group(0)), role_line)
        if not ROLE_LINE.match(role_line) or len(role_line.strip()) > 80:
            continue
        roles = split_roles(role_line)
        name_offset, name_line = nonblank[index - 1]
        names = split_names(name_line, len(roles))
        if len(names) != len(roles) or not all(is_name(n) for n in names):
            continue
        for name, role in zip(names, roles):
            start = name_offset + name_line.find(name.split()[0])
            found.append(Person(name=name, role=title_case(role),
                                evidence=[evidence(text, start, offset + len(role_line.rstrip()))]))
    return found


def signatory_persons(lines: list[tuple[int, str]], text: str) -> list[Person]:
    """A name under a signature line ("_____") with no title: the signatory for "För X"."""
    found = []
    for index, (offset, line) in enumerate(lines):
        if not re.fullmatch(r"\s*_{5,}\s*", line):
            continue
        following = [(o, l) for o, l in lines[index + 1:index + 3] if l.strip()]
        if not following:
            continue
        name_offset, name_line = following[0]
        name = squash(name_line)
        if not is_name(name):
            continue
        behalf = next((m.group(1) for _, l in reversed(lines[max(0, index - 12):index])
                       if (m := re.match(r"^\s*För\s+(.+?)\s*$", l))), None)
        role = f"Undertecknare för {behalf}" if behalf else None
        start = name_offset + len(name_line) - len(name_line.lstrip())
        found.append(Person(name=name, role=role, evidence=[evidence(text, start, start + len(name))]))
    return found


def behalf_persons(lines: list[tuple[int, str]], text: str) -> list[Person]:
    """"För Stockholms stadsmission" / "Stockholm den / 2023" / "Åsa Paborn": a signatory
    (the signature line itself is often lost in OCR)."""
    found = []
    for index, (offset, line) in enumerate(lines):
        behalf = re.match(r"^\s*För\s+([A-ZÅÄÖ][^\n]{2,60}?)\s*$", line)
        if not behalf or re.search(r"\sFör\s", behalf.group(1)):     # two columns: "För A   För B"
            continue
        seen = 0
        for name_offset, name_line in lines[index + 1:index + 12]:
            stripped = squash(name_line)
            if not stripped or re.fullmatch(r"[_.\s]+", stripped) or re.match(r"\S+ den\b", stripped):
                continue
            if stripped.startswith("För ") or seen >= 3:
                break
            seen += 1
            if is_name(stripped):
                start = name_offset + len(name_line) - len(name_line.lstrip())
                found.append(Person(name=stripped, role=f"Undertecknare för {behalf.group(1)}",
                                    evidence=[evidence(text, start, start + len(stripped))]))
                break
    return found


def people_on(line: str, offset: int, role: str | None, text: str) -> list[Person]:
    """'Per-Olof Andersson (S)', 'Eva Holm, socialchef', 'Anna Ek (S), Per Lind (M)' on one line."""
    found = []
    # columns ("Anna Berg        Eva Lind") are separate pieces, like comma-separated ones
    for piece in re.finditer(rf"(?:[^,;\s]|[ ](?![ \t])|[ \t](?=\())+(?:\(({PARTIES})\))?(?:,[ \t]*(?i:{ROLE_PHRASE}))?", line):
        raw = piece.group(0).strip()
        name = squash(re.sub(rf"\s*\(({PARTIES})\).*$|\s*\((?i:{ROLE_PHRASE})\).*$|\s*,.*$", "", raw))
        if not is_name(name):       # "Anna Berg Telefon: 08-123 45 67": the name is a prefix
            tokens = name.split()
            name = next((" ".join(tokens[:n]) for n in (4, 3, 2) if is_name(" ".join(tokens[:n]))), "")
            if not name:
                continue
        party = re.search(rf"\(({PARTIES})\)", raw)
        title = re.search(rf"(?:,\s*|\()((?i:{ROLE_PHRASE}))\)?\s*$", raw)     # "Eva Lind, socialchef" / "(socialchef)"
        start = offset + piece.start() + piece.group(0).find(name.split()[0])
        found.append(Person(name=name, role=role or (title_case(title.group(1)) if title else None),
                            party=party.group(1) if party else None,
                            evidence=[evidence(text, start, start + len(raw))]))
    return found


def labelled_persons(lines: list[tuple[int, str]], text: str) -> list[Person]:
    """"Handläggare\nMaria Karlsson", "Justerare: Per Persson (M)", attendance lists."""
    found = []
    for index, (offset, line) in enumerate(lines):
        label = LABEL.match(line)
        if not label:
            continue
        role, one_person = LABELS[label.group(1).lower()]
        if label.group(2).strip():
            found += people_on(label.group(2), offset + label.start(2), role, text)
            continue
        listed: list[Person] = []
        for next_offset, next_line in lines[index + 1:index + 30]:
            if not next_line.strip():
                if listed:
                    break
                continue
            if LABEL.match(next_line):
                break
            people = people_on(next_line, next_offset, role, text)
            if not people and listed:
                break
            listed += people
            if listed and one_person:
                break
        found += listed
    return found


def find_persons(text: str, structure: Structure | None = None) -> list[Person]:
    """Every named person with a role or party, each name once (the first role found wins)."""
    lines = lines_with_offsets(text)
    people: list[Person] = []
    people += labelled_persons(lines, text)
    people += signature_persons(lines, text)
    people += signatory_persons(lines, text)
    people += behalf_persons(lines, text)
    for match in PARTY_NAME.finditer(text):
        last = match.group("name").split("\n")[-1]
        # "Reservation\nPer Lind (M)": a name broken over lines has one word above at most
        name = trim_to_name(last if len(last.split()) >= 2 else squash(match.group("name")))
        if name:
            people.append(Person(name=name, party=match.group("party"),
                                 evidence=[evidence(text, match.start(), match.end())]))
    for match in NAME_COMMA_ROLE.finditer(text):
        name = trim_to_name(squash(match.group("name")))
        if name:
            people.append(Person(name=name, role=title_case(match.group("role")),
                                 evidence=[evidence(text, match.start(), match.end())]))
    return merge(people)


def merge(people: list[Person]) -> list[Person]:
    merged: dict[str, Person] = {}
    for person in sorted(people, key=lambda p: p.evidence[0].start):
        key = person.name.casefold()
        if key in merged:
            kept = merged[key]
            kept.role = kept.role or person.role
            kept.party = kept.party or person.party
            kept.evidence.extend(person.evidence)
        else:
            merged[key] = person
    return list(merged.values())
