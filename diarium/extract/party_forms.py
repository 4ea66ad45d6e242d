"""Parties of a filled-in form: the organisation written in the form's party field.

A form prints its field labels in a row ("Parti  Organisationsnummer  Kontonummer") and the
sender's values on the line under them. OCR keeps the rows but not the columns, so the value
line reads "Liberalerna Ekeby", or "Vänsterpartiet Ekeby pod SN" with the noise of
the empty fields after the name. A label row is a line of field labels only (`form_fields.txt`,
`contact_labels.txt`, OCR-damaged spellings too), one of them a party field
(`form_party_fields.txt`: "Parti", "Föreningens namn", "Sökande"), in a form — a page with
more rows of labels; the party is the name that starts the next line with text. A form that
stacks its fields ("Parti" / the name / "Organisationsnummer" / the number) gives the party the
number of the organisationsnummer field below.

>>> text = ('''Redovisning av kommunalt partistöd År 2025
... Parti Organisatonsnummer Kontonummer
... |Vänsterpartiet Ekeby pod SN
... Utdelningsadress E-postadress
... Postnummer Postort Telefonnummer
... Kontaktperson
... Anna Berg''')
>>> [p.name for p in form_parties(text)]
['Vänsterpartiet Ekeby']
>>> form_parties("Namn Parti\\nAnna Berg (S)\\nPer Ekman (M)\\n")
[]
>>> [(p.name, p.orgnr) for p in form_parties("Föreningens namn Organisationsnummer\\nTorekovs Båtklubb 809772-7070\\n"
...     "Utdelningsadress Postnummer Postort\\nKontaktperson Telefonnummer\\n")]
[('Torekovs Båtklubb', '809772-7070')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from diarium.extract.evidence import evidence
from diarium.extract.orgnr import find_orgnrs, is_label
from diarium.extract.party_context import looks_like_person
from diarium.extract.party_names import clean_name
from diarium.language import words
from diarium.schemas import OrgNr, Party
from diarium.text import lines_with_offsets

WORD = re.compile(r"[^\s|\[\]]+")
NAME_START = re.compile(r"[A-ZÅÄÖ]")
PARTICLES = words("name_connectors") | words("name_particles")
COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")
FORM_ROWS = 3          # rows of labels that make a page a form
VALUE_WITHIN = 3       # lines under the label row where its values stand
FIELD_ROWS_BELOW = 8   # lines below the party field where a stacked form prints its number field


@lru_cache(maxsize=1)
def labels() -> tuple[frozenset[str], frozenset[str]]:
    """(every field label, the party fields)."""
    party = words("form_party_fields")
    return frozenset(words("form_fields") | words("contact_labels") | party), party


def label_words(line: str) -> list[str] | None:
    """The labels a line consists of, or None when anything else is printed on it."""
    every, _ = labels()
    tokens = [t.strip(":").lower() for t in WORD.findall(line)]
    found: list[str] = []
    i = 0
    while i < len(tokens):
        pair = " ".join(tokens[i:i + 2])
        if i + 1 < len(tokens) and pair in every:
            found.append(pair)
            i += 2
            continue
        token = tokens[i]
        if token not in every:
            near = process.extractOne(token, every, scorer=fuzz.ratio, score_cutoff=85) if len(token) >= 8 else None
            if near is None:
                return None
            token = near[0]             # "organisatonsnummer", "kontlonummer": OCR's spelling
        found.append(token)
        i += 1
    return found or None


def name_at_start(line: str) -> tuple[str, int] | None:
    """The name that starts a value line, and where: capitalised words and the particles
    between them ("Miljöpartiet de Gröna Ekeby"); the empty fields' noise after it is cut, and
    so is the next column's value after a wide gap ("Anna Berg      Per Ekman": two persons)."""
    start = NAME_START.search(line)
    if not start or line[:start.start()].strip(" |[]()•*-"):
        return None
    kept: list[str] = []
    tokens = COLUMN_GAP.split(line[start.start():].strip(), maxsplit=1)[0].split()
    for k, token in enumerate(tokens):
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        if token[:1].isupper() and token.isalpha() or (token.lower() in PARTICLES and following[:1].isupper() and kept):
            kept.append(token)
        else:
            break
    name = clean_name(" ".join(kept))
    return (name, start.start()) if name and not looks_like_person(name) else None


def field_number(lines: list[tuple[int, str]], rows: dict[int, list[str]], k: int) -> list[OrgNr]:
    """The number in the organisationsnummer field of the party field's form, when the form
    stacks its fields ("Parti" / its value / "Organisationsnummer" / its value): the first
    such field below the party field, before the next party field and within a few rows."""
    _, party = labels()
    for j in sorted(j for j in rows if k < j <= k + FIELD_ROWS_BELOW):
        if set(rows[j]) & party:
            return []
        if any(is_label(label) for label in rows[j]):
            value = next((m for m in range(j + 1, min(j + 1 + VALUE_WITHIN, len(lines))) if lines[m][1].strip()), None)
            return find_orgnrs(lines[value][1]) if value is not None and value not in rows else []
    return []


def form_parties(text: str) -> list[Party]:
    """The organisation in the party field of every filled-in form in `text`."""
    if not re.search(r"(?im)^\W*(?:" + "|".join(re.escape(w) for w in sorted(labels()[1])) + r")\b", text):
        return []                       # (cheap test first: most documents are no forms)
    lines = lines_with_offsets(text)
    rows = {k: found for k, (_, line) in enumerate(lines) if line.strip() and (found := label_words(line))}
    if len(rows) < FORM_ROWS:
        return []
    parties = []
    for k, found in rows.items():
        if not set(found) & labels()[1]:
            continue
        value = next((j for j in range(k + 1, min(k + 1 + VALUE_WITHIN, len(lines))) if lines[j][1].strip()), None)
        if value is None or value in rows:
            continue
        offset, line = lines[value]
        named = name_at_start(line)
        if named:
            start = offset + named[1]
            number = find_orgnrs(line[named[1] + len(named[0]):]) or field_number(lines, rows, k)
            parties.append(Party(name=named[0], orgnr=number[0].orgnr if number else None,
                                 orgnr_valid=number[0].orgnr_valid if number else None,
                                 evidence=[evidence(text, start, start + len(named[0]))]))
    return parties
