"""Parties of a grant list: the organisations a decision distributes money to, one a line or
one a table row.

A nämnd that distributes a grant prints the recipients as a list under a line that announces
them ("Följande föreningar beviljas bidrag", "föreslår avdelningen följande fördelning:"), each
entry an organisation and its amount — on one line ("Tors bygdegårdsförening   200 000 kr") or
the amount on the line under the name and its purpose ("Norrskogs hembygdsförening, renovering
av prästladugården" / "40 000 kr"). A list announced as refused ("Följande ansökningar föreslås
avslås:") names no parties, and neither does an entry without an amount. An entry is an
organisation: its name has an organisation word ("-förening", "AB", `organisation_forms.txt`)
or two capitalised words ("FUB Ekeby"); a cost item ("Lokalhyra 20 000 kr") is none.
A table of a document that grants is a grant list when one column's head names the recipients
(`form_party_fields.txt`: "Förening", "Sökande", "Organisation") and another holds money.

>>> text = '''Efter beredning föreslår avdelningen följande fördelning:
... Tors bygdegårdsförening          200 000 kr
... Hagdal bygdegårdsförening     82 000 kr
... Lokalhyra                      20 000 kr
...
... Följande ansökningar föreslås avslås:
... Västerby bygdegårdsförening
...
... Nämnden beslutar att bevilja investeringsstöd enligt förslaget.'''
>>> [p.name for p in grant_list_parties(text)]
['Tors bygdegårdsförening', 'Hagdal bygdegårdsförening']
>>> from diarium.structure import analyse
>>> text = ("Nämnden beslutar att bevilja föreningsbidrag enligt nedan.\\n\\n| Förening | Ändamål | Belopp (kr) |\\n"
...         "|---|---|---|\\n| Fjärås IK | Verksamhetsbidrag | 45 000 |\\n| Lokalhyra | Lokal | 12 500 |\\n")
>>> [p.name for p in grant_list_parties(text, analyse(text))]
['Fjärås IK']
"""
from __future__ import annotations

import re

from diarium.extract.amount_units import UNITS, unit_pattern
from diarium.extract.evidence import evidence
from diarium.extract.party_context import looks_like_person
from diarium.extract.party_names import clean_name
from diarium.extract.table_heads import with_detached_head
from diarium.extract.patterns import plain_words
from diarium.language import words
from diarium.schemas import Party
from diarium.schemas.structure import Structure
from diarium.text import lines_with_offsets

GRANTING = re.compile(rf"(?i)\b{plain_words(words('grant_verbs'))}\w*|\bfördel\w*")
PAYING = re.compile(rf"(?i)\b{plain_words(words('payment_words'))}\w*")
# A line that announces a list: "följande" with a grant, its distribution or its recipients.
CUE = re.compile(rf"(?i)\bföljande\b.*(?:{plain_words(words('grant_words'))}|fördel|bevilja|förening|organisation|sökande|mottagare)"
                 rf"|(?:{plain_words(words('grant_words'))}|fördel)\w*.*\bföljande\b")
REFUSED = re.compile(r"(?i)avsl[åa]|avslag|\bej\b|\binte\b")
AMOUNT_END = re.compile(r"(?:^|[\s,])(?P<num>\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)\s*(?:kr|kronor|sek|:-)\.?\s*$", re.I)
AMOUNT_ONLY = re.compile(r"^\s*(?:\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)\s*(?:kr|kronor|sek|:-)\.?\s*$", re.I)
BULLET = re.compile(r"^\s*(?:[-–•*»·]|\d{1,2}[.)])\s+")
ORGANISATION = re.compile(r"(?i)(?:" + "|".join(sorted(re.escape(w) for w in words("organisation_forms") if w.islower()))
                          + r")|\b(?:" + "|".join(sorted(w for w in words("organisation_forms") if w.isupper())) + r")\b")
LIST_MOST_LINES = 40
TITLE_MOST_WORDS = 10
RECIPIENT_HEADS = words("form_party_fields") | {"mottagare"}
MONEY_HEAD = re.compile(rf"(?i)(?<![\wåäö])(?:{unit_pattern(list(UNITS))})(?![\wåäö])|belopp|bidrag|stöd")


def organisation(name: str) -> bool:
    """'Tors bygdegårdsförening', 'FUB Ekeby', not 'Lokalhyra' or 'Anna Berg'."""
    capitals = sum(1 for w in name.split() if w[:1].isupper())
    # an organisation word outweighs a first name that opens it ("Ulla Idrottsförening")
    return bool(ORGANISATION.search(name)) or (capitals >= 2 and not looks_like_person(name))


def entry_name(line: str) -> tuple[str, int] | None:
    """The organisation that starts a list line, before its purpose (after a comma) or amount."""
    bullet = BULLET.match(line)
    start = bullet.end() if bullet else len(line) - len(line.lstrip())
    amount = AMOUNT_END.search(line)
    head = re.split(r",|\s{2,}|\s[–—-]\s", line[start:amount.start() if amount else len(line)].strip())[0]
    name = clean_name(head)
    if name is None and head[:1].isupper() and len(head.split()) > 1 and ORGANISATION.search(head):
        name = head                     # 'Hem bygdegårdsförening': a place name that is also a word
    return (name, start) if name and organisation(name) else None


def table_recipients(text: str, structure: Structure | None) -> list[Party]:
    """The organisations in a recipients' column of a table whose other column holds money."""
    parties: list[Party] = []
    for table in structure.tables if structure is not None else []:
        table = with_detached_head(text, table)
        if not table.header or len(table.rows) < 2:
            continue
        heads = [cell.text.strip(" :").lower() for cell in table.rows[0]]
        column = next((k for k, head in enumerate(heads) if head in RECIPIENT_HEADS), None)
        money = [k for k, head in enumerate(heads) if MONEY_HEAD.search(head)]
        if column is None or not money:
            continue
        for row in table.rows[1:]:
            if column >= len(row) or not any(k < len(row) and re.search(r"\d", row[k].text) for k in money):
                continue
            name = clean_name(row[column].text.split(",")[0])
            if name and organisation(name):
                start = row[column].start + row[column].text.find(name.split()[0])
                parties.append(Party(name=name, evidence=[evidence(text, start, start + len(name))]))
    return parties


def _pays_out(text: str, structure: Structure | None) -> bool:
    """A title above a table says money was paid out ("Redovisning av utbetalda stöd"): a line
    before the last table that has a payment word and is no sentence (a sentence may speak of a
    payment still to come, as a call for applications does)."""
    end = max((t.start for t in structure.tables), default=0) if structure is not None else 0
    return any(PAYING.search(line) and not line.rstrip().endswith(".") and len(line.split()) <= TITLE_MOST_WORDS
               for _, line in lines_with_offsets(text[:end]))


def grant_list_parties(text: str, structure: Structure | None = None) -> list[Party]:
    """The organisations of every grant list of a document that grants or distributes money, and
    of every table of recipients and money of a document that grants or pays money out."""
    granting = bool(GRANTING.search(text))
    # a register of money paid out names its recipients as a grant does; applications received don't
    parties: list[Party] = table_recipients(text, structure) if granting or _pays_out(text, structure) else []
    if not granting or "följande" not in text.lower():
        return parties
    lines = lines_with_offsets(text)
    left, refused = 0, False
    for k, (offset, line) in enumerate(lines):
        if "öljande" in line and CUE.search(line):
            left, refused = LIST_MOST_LINES, bool(REFUSED.search(line))
            continue
        if not left or not line.strip() or AMOUNT_ONLY.match(line):
            continue
        left -= 1
        if refused:
            continue
        named = entry_name(line)
        if named is None:
            if len(line.split()) >= 7 and not AMOUNT_END.search(line):
                left = 0                # running text again: the list has ended
            continue
        below = next((l for _, l in lines[k + 1:k + 4] if l.strip()), "")
        if AMOUNT_END.search(line) or AMOUNT_ONLY.match(below):
            start = offset + named[1]
            parties.append(Party(name=named[0], evidence=[evidence(text, start, start + len(named[0]))]))
    return parties
