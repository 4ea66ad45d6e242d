"""A person as one reader found them, and how all findings of one person become one Person.

Readers, most reliable first: attendance lists, signature blocks, letterheads and contact
blocks, running text. One record a person: the name as the most reliable reader printed it,
one role that says what the person was in the meeting (Ordförande, Ledamot, Tjänstgörande
ersättare …; a role printed with the name beats the default of its list), then a function
of the minutes (protokolljusterare), then a job title; the party printed with the name.

>>> text = "x" * 80
>>> found = [Found("Alva Andersson", "Ledamot", "M", ATTENDANCE, LIST_DEFAULT, [(0, 10)]),
...          Found("Alva Andersson", "Protokolljusterare", None, ATTENDANCE, PRINTED, [(20, 30)]),
...          Found("Alva Isidora Andersson", None, None, SIGNATURE, PRINTED, [(40, 60)]),
...          Found("Gösta Lindbom", "utvecklare", None, ATTENDANCE, PRINTED, [(60, 70)]),
...          Found("Gösta Lindbom", "Sekreterare", None, ATTENDANCE, PRINTED, [(70, 80)])]
>>> [(p.name, p.role, p.party) for p in merge(text, found)]
[('Alva Andersson', 'Ledamot, protokolljusterare', 'M'), ('Gösta Lindbom', 'Sekreterare, utvecklare', None)]
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from diarium.extract.evidence import evidence
from diarium.extract.person_names import plain, same_person
from diarium.language import table, words
from diarium.schemas import Person

ATTENDANCE, SIGNATURE, LETTERHEAD, TEXT = range(4)       # readers, most reliable first
PRINTED, LIST_DEFAULT = "printed", "default"             # a role printed with the name, or its list's


@dataclass
class Found:
    name: str
    role: str | None
    party: str | None
    source: int
    how: str = PRINTED
    spans: list[tuple[int, int]] = field(default_factory=list)


def inside(claimed: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test whether an offset falls in any of the `claimed` spans (sorted once, then bisected:
    readers ask it for every candidate of a document).

    >>> claim = inside([(10, 20), (15, 30), (40, 40), (50, 60)])
    >>> [claim(offset) for offset in (9, 10, 29, 30, 40, 55, 60)]
    [False, True, True, False, False, True, False]
    """
    merged: list[list[int]] = []
    for start, end in sorted(span for span in claimed if span[0] < span[1]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]

    def claimed_at(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < merged[k][1]
    return claimed_at


@lru_cache(maxsize=1)
def _seat_words() -> frozenset[str]:
    """Last words of the roles that are a seat in the meeting (ledamot, ersättare, ordförande,
    sekreterare …): the roles of the politicians' and the signers' lists."""
    seats = set()
    for label, value in table("attendance_labels").items():
        kind, _, role = value.partition(" ")
        if kind in ("member", "substitute", "signer"):
            seats.add(plain(role.strip() or label).split()[-1])
    return frozenset(seats - {plain(w) for w in words("meeting_functions")})


def role_rank(role: str) -> int:
    """0 a seat in the meeting, 1 a function of the minutes (justerare), 2 a job title.

    >>> role_rank("1:e vice ordförande"), role_rank("Protokolljusterare"), role_rank("förvaltningschef")
    (0, 1, 2)
    """
    last = plain(role).split()[-1].strip(",.;") if role.strip() else ""
    if last in {plain(w) for w in words("meeting_functions")}:
        return 1
    return 0 if last in _seat_words() else 2


def _capital(role: str) -> str:
    return role[:1].upper() + role[1:]


def _lower(role: str) -> str:
    """'Protokolljusterare' after a seat is written 'protokolljusterare'; 'MAS' stays."""
    head = role.split()[0]
    return role if head.isupper() and len(head) > 1 else role[:1].lower() + role[1:]


def combined_role(findings: list[Found]) -> str | None:
    """The seat (a printed one before a list's default), the function, the job title."""
    roles = [f for f in findings if f.role]
    parts: list[str] = []
    seats = sorted((f for f in roles if role_rank(f.role or "") == 0), key=lambda f: (f.how != PRINTED, f.source))
    for rank, chosen in ((0, seats[:1]), (1, [f for f in roles if role_rank(f.role or "") == 1][:1]),
                         (2, [f for f in roles if role_rank(f.role or "") == 2][:1])):
        for finding in chosen:
            role = (finding.role or "").strip(" ,;")
            if not any(plain(role) in plain(kept) for kept in parts):
                parts.append(role)
    if not parts:
        return None
    return ", ".join([_capital(parts[0])] + [_lower(p) for p in parts[1:]])


def merge(text: str, findings: list[Found]) -> list[Person]:
    """One Person for each person found, in order of first appearance."""
    groups: list[list[Found]] = []
    for finding in sorted(findings, key=lambda f: (f.source, f.spans[0] if f.spans else (0, 0))):
        group = next((g for g in groups if any(same_person(finding.name, other.name) for other in g)), None)
        if group is None:
            groups.append([finding])
        else:
            group.append(finding)
    people = []
    for group in groups:
        best = min(group, key=lambda f: (f.source, len(f.name.split()) > 3))
        spans = sorted({span for f in group for span in f.spans})
        party = next((f.party for f in sorted(group, key=lambda f: f.source) if f.party), None)
        people.append((spans[0][0] if spans else 0, Person(
            name=best.name, role=combined_role(group), party=party,
            evidence=[evidence(text, start, end) for start, end in spans])))
    return [person for _, person in sorted(people, key=lambda pair: pair[0])]
