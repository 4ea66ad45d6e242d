"""Parties of boxes set side by side whose gaps a scan's text layer closed to one space: a row of
role labels ("Köpare Säljare"), the names on the line below run together ("Ekeby kommun Norrby
Bygg AB") and their organisation numbers on a line of their own ("2120001231 5566778899").

The names line is cut where a name ends — after a legal form ("AB") or a territorial body's word
("kommun", `territorial_body_words.txt`) that a capitalised word follows — into as many names as
there are labels; a line of exactly as many organisation numbers just below confirms the boxes
and gives each name its number in the order printed.

>>> text = "Avtalsparter\\nBeställare Leverantör\\nEkeby kommun Norrby Bygg AB\\n2120001231 5566778899\\nAdress Adress\\n"
>>> [(p.name, p.orgnr) for p in flat_box_parties(text)]
[('Ekeby kommun', '212000-1231'), ('Norrby Bygg AB', '556677-8899')]
"""
from __future__ import annotations

import re

from diarium.extract.evidence import evidence
from diarium.extract.orgnr import find_orgnrs, format, is_valid, plausible
from diarium.extract.party_columns import box_label
from diarium.extract.party_context import name_like
from diarium.extract.party_items import LEGAL_FORMS
from diarium.language import words
from diarium.schemas import OrgNr, Party
from diarium.text import lines_with_offsets

# A box's number without its label: ten digits, maybe cut 6-4, an organisation's third digit (2-9)
# and a right check digit — and nothing else on the line but the other boxes' numbers.
BARE_NUMBER = re.compile(r"(?<!\S)\d{6}[-–]?\d{4}(?!\S)")
NUMBERS_BELOW = 3         # lines under the names the numbers' line may stand in
MAX_BOXES = 4
# The words that close an organisation's name: a legal form ("AB"), a body's word in lower case.
NAME_ENDS = frozenset(LEGAL_FORMS | words("territorial_body_words"))


def _cut(line: str, count: int) -> list[tuple[int, str]] | None:
    """(offset, name) of the `count` names a line runs together, or None when it cuts otherwise."""
    at, spans = 0, []
    for word in line.split():
        at = line.index(word, at)
        spans.append((at, word))
        at += len(word)
    cuts = [k for k in range(1, len(spans)) if spans[k - 1][1] in NAME_ENDS and spans[k][1][:1].isupper()]
    if len(cuts) != count - 1:
        return None
    names = []
    for first, stop in zip([0, *cuts], [*cuts, len(spans)]):
        begin, end = spans[first][0], spans[stop - 1][0] + len(spans[stop - 1][1])
        name = line[begin:end]
        if name_like(name) != name:
            return None
        names.append((begin, name))
    return names


def _numbers(text: str, offset: int, line: str) -> list[OrgNr]:
    """The organisation numbers of a line that holds nothing else, labelled or bare."""
    found = find_orgnrs(line)
    bare = list(BARE_NUMBER.finditer(line))
    if len(bare) > len(found) and not BARE_NUMBER.sub("", line).strip():
        digits = [re.sub(r"\D", "", m.group()) for m in bare]
        if all(plausible(d, True, False) and is_valid(d) for d in digits):
            return [OrgNr(orgnr=format(d), orgnr_valid=True, evidence=[evidence(text, offset + m.start(), offset + m.end())])
                    for d, m in zip(digits, bare)]
    return [OrgNr(orgnr=org.orgnr, orgnr_valid=org.orgnr_valid,
                  evidence=[evidence(text, offset + ev.start, offset + ev.end) for ev in org.evidence[:1]])
            for org in found]


def flat_box_parties(text: str) -> list[Party]:
    """The parties of every row of role labels whose names and numbers lost their columns."""
    parties: list[Party] = []
    lines = [(offset, line) for offset, line in lines_with_offsets(text) if line.strip()]
    for k, (_, line) in enumerate(lines[:-2]):
        labels = line.split()
        if not 2 <= len(labels) <= MAX_BOXES or not all(box_label(label) for label in labels):
            continue
        offset, names_line = lines[k + 1]
        names = _cut(names_line, len(labels))
        if names is None:
            continue
        numbers = next((found for below_at, below in lines[k + 2:k + 2 + NUMBERS_BELOW]
                        for found in [_numbers(text, below_at, below)] if len(found) == len(labels)), None)
        for (at, name), org in zip(names, numbers or []):
            parties.append(Party(name=name, orgnr=org.orgnr, orgnr_valid=org.orgnr_valid,
                                 evidence=[evidence(text, offset + at, offset + at + len(name)), *org.evidence]))
    return parties
