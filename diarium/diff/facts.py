"""The facts a changed clause changes: parties, organisationsnummer, the period, amounts.

The clause text of both versions is read with the extractors (`find_orgnrs`, `find_periods`,
`find_amounts`); what one version states and the other does not is the fact change. The
records of the two versions name the organisations (an orgnr's party) and add parties printed
without an orgnr. A fact is compared as a whole value: 1 200 000 kronor against 1 500 000
kronor, never digit by digit.

>>> [(f.kind, f.old_fact, f.new_fact) for f in clause_facts(
...     "Ersättningen uppgår till högst 1 200 000 kronor per år.",
...     "Ersättningen uppgår till högst 1 500 000 kronor per år.")]
[('amount_changed', '1 200 000 kr per år', '1 500 000 kr per år')]
>>> [(f.kind, f.subject, f.old_value, f.new_value, f.warnings) for f in clause_facts(
...     "Värna Barnen, organisationsnummer 800380-4070,", "Värna Barnen, organisationsnummer 800380-4007,")]
[('orgnr_changed', 'Värna Barnen', '800380-4070', '800380-4007', ['Det nya organisationsnumret 800380-4007 har fel kontrollsiffra.'])]
>>> [(f.kind, f.subject, f.new_value) for f in clause_facts(
...     None, "Navigatus, organisationsnummer 802004-7893.")]
[('party_added', 'Navigatus', '802004-7893')]
>>> [(f.kind, f.old_value, f.new_value) for f in clause_facts(
...     "Partnerskapet gäller från den 1 januari 2024 till och med den 30 juni 2024.",
...     "Partnerskapet gäller från den 1 januari 2024 till och med den 31 december 2024.")]
[('period_changed', ['2024-01-01', '2024-06-30'], ['2024-01-01', '2024-12-31'])]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from diarium.diff.model import FactValue
from diarium.diff.normalise import key, skeleton
from diarium.extract import find_amounts, find_orgnrs, find_periods, orgnr
from diarium.schemas import Amount, OrgNr, Party, Period, Record

NAME_MATCH = 80          # rapidfuzz ratio for "the same organisation, maybe OCR-damaged"
CLOSE_DIGITS = 4         # an orgnr this close to another one is that one changed, not a new party
NAME_SEPARATORS = re.compile(r"[,;:•()]|\s-\s|\bsamt\b|\boch\b")
Spans = list[tuple[int, int]] | None     # where a clause's changed words are; None: everywhere


@dataclass
class Fact:
    kind: str
    old_value: FactValue = None
    new_value: FactValue = None
    old_fact: str | None = None
    new_fact: str | None = None
    subject: str | None = None
    warnings: list[str] = field(default_factory=list)
    old_span: tuple[int, int] | None = None     # where the fact is printed in the old clause text
    new_span: tuple[int, int] | None = None

    @property
    def reason(self) -> str:
        what = {"party_added": "part tillkommen", "party_removed": "part borttagen",
                "orgnr_changed": "organisationsnummer ändrat", "period_changed": "period ändrad",
                "amount_changed": "belopp ändrat"}[self.kind]
        return f"{what}: {self.old_fact or '—'} → {self.new_fact or '—'}"


def touched(start: int, end: int, spans: Spans) -> bool:
    """Does text[start:end] overlap a changed word? A fact the edit did not touch (an unchanged
    orgnr next to a changed one) is not a change, even if the other side quotes less of it."""
    return spans is None or any(a < end and start < b for a, b in spans)


def touched_fact(fact: OrgNr | Period | Amount, spans: Spans) -> bool:
    return not fact.evidence or touched(fact.evidence[0].start, fact.evidence[0].end, spans)


def span_of(fact: OrgNr | Period | Amount | None) -> tuple[int, int] | None:
    return (fact.evidence[0].start, fact.evidence[0].end) if fact is not None and fact.evidence else None


def kronor(amount: Amount) -> str:
    """'1 200 000 kr per år'."""
    return f"{amount.value:,}".replace(",", " ") + " kr" + (f" per {amount.per}" if amount.per else "")


def period_text(period: Period) -> str:
    return f"{period.start} – {period.end}"


def party_named(record: Record | None, number: str) -> str | None:
    """The name of the record's party with this orgnr."""
    if record is None:
        return None
    return next((p.name for p in record.parties if p.orgnr and orgnr.compact(p.orgnr) == orgnr.compact(number)),
                None)


def name_before(text: str, found: OrgNr) -> str | None:
    """The words just before an orgnr, up to a comma or list mark: 'Navigatus' in
    '• Navigatus, organisationsnummer 802004-7893'."""
    if not found.evidence:
        return None
    before = text[:found.evidence[0].start]
    before = orgnr.KEYWORD.sub("", before.rstrip(" ,(")).rstrip(" ,:(")   # "Lupinen (802400-1236)"
    name = NAME_SEPARATORS.split(before)[-1].strip(" .-–")
    return name if name and len(name.split()) <= 6 and name[:1].isupper() else None


def valid_warning(number: str) -> list[str]:
    return [] if orgnr.is_valid(number) else [
        f"Det nya organisationsnumret {number} har fel kontrollsiffra."]


def pair_orgnrs(lost: list[str], gained: list[str], names: dict[str, str | None]) -> list[tuple[str, str]]:
    """(old, new) pairs of one organisation's changed number: by its name, else by its digits."""
    pairs: list[tuple[str, str]] = []
    for new in gained:
        free = [old for old in lost if old not in {o for o, _ in pairs}]
        same_name = [old for old in free if names.get(old) and names.get(new) and fuzz.token_set_ratio(
            key(names[old] or ""), key(names[new] or "")) >= NAME_MATCH]
        close = [old for old in free if Levenshtein.distance(orgnr.compact(old), orgnr.compact(new)) <= CLOSE_DIGITS]
        choice = same_name or (free if len(lost) == len(gained) == 1 else close)
        if choice:
            pairs.append((choice[0], new))
    return pairs


def orgnr_facts(old_text: str, new_text: str, old_record: Record | None,
                new_record: Record | None, changed: tuple[Spans, Spans] = (None, None)) -> list[Fact]:
    old = {o.orgnr: o for o in find_orgnrs(old_text)}
    new = {o.orgnr: o for o in find_orgnrs(new_text)}
    lost = [n for n in old if n not in new and touched_fact(old[n], changed[0])]
    gained = [n for n in new if n not in old and touched_fact(new[n], changed[1])]
    names = {n: party_named(old_record, n) or name_before(old_text, old[n]) for n in lost}
    names |= {n: party_named(new_record, n) or name_before(new_text, new[n]) for n in gained}
    pairs = pair_orgnrs(lost, gained, names)
    facts = [Fact("orgnr_changed", a, b, a, b, names.get(b) or names.get(a), valid_warning(b),
                  span_of(old[a]), span_of(new[b])) for a, b in pairs]
    unpaired_lost = [a for a in lost if a not in {x for x, _ in pairs}]
    unpaired_gained = [b for b in gained if b not in {y for _, y in pairs}]
    for a in unpaired_lost:      # the party stays, only its number went: the number changed
        named = still_named(names[a], new_text)
        facts.append(Fact("orgnr_changed" if named else "party_removed", a, None,
                          a if named else f"{names[a] or ''} ({a})".strip(), None, names[a],
                          old_span=span_of(old[a])))
    for b in unpaired_gained:    # a number printed for a party the clause already named
        named = still_named(names[b], old_text)
        facts.append(Fact("orgnr_changed" if named else "party_added", None, b, None,
                          b if named else f"{names[b] or ''} ({b})".strip(), names[b], valid_warning(b),
                          new_span=span_of(new[b])))
    return facts


def still_named(name: str | None, text: str) -> bool:
    """The other version of the clause names the organisation too (without this number).

    >>> still_named("Koloniträdgårdsföreningen Blåklockan", "Arrendator: Koloniträdgårdsföreningen Blåklockan Box 130")
    True
    >>> still_named("Norrskärs Hamn AB", "a) Ekeby kommun (212000-9994), nedan kallad Kommunen")
    False
    """
    return bool(name) and len(skeleton(name or "")) >= 4 and skeleton(name or "") in skeleton(text)


def named_only(record: Record | None) -> list[Party]:
    return [p for p in record.parties if not p.orgnr] if record is not None else []


def known(party: Party, record: Record | None) -> bool:
    return record is not None and any(
        fuzz.token_set_ratio(key(party.name), key(other.name)) >= NAME_MATCH for other in record.parties)


def name_touched(name: str, text: str, spans: Spans) -> bool:
    at = text.lower().find(name.lower())
    return at >= 0 and touched(at, at + len(name), spans)


def name_span(name: str, text: str) -> tuple[int, int] | None:
    at = text.lower().find(name.lower())
    return (at, at + len(name)) if at >= 0 else None


def party_name_facts(old_text: str, new_text: str, old_record: Record | None,
                     new_record: Record | None, changed: tuple[Spans, Spans] = (None, None)) -> list[Fact]:
    """Parties printed without an orgnr whose name the edit put into or took out of the clause."""
    facts = [Fact("party_added", None, None, None, p.name, p.name, new_span=name_span(p.name, new_text))
             for p in named_only(new_record)
             if name_touched(p.name, new_text, changed[1]) and skeleton(p.name) not in skeleton(old_text)
             and not known(p, old_record)]
    facts += [Fact("party_removed", None, None, p.name, None, p.name, old_span=name_span(p.name, old_text))
              for p in named_only(old_record)
              if name_touched(p.name, old_text, changed[0]) and skeleton(p.name) not in skeleton(new_text)
              and not known(p, new_record)]
    return facts


def paired(lost: list, gained: list) -> list[tuple]:
    """Values of one version only, paired in order of appearance; the rest against nothing."""
    return [(lost[i] if i < len(lost) else None, gained[i] if i < len(gained) else None)
            for i in range(max(len(lost), len(gained)))]


def period_subject(period: Period) -> str | None:
    """What the period is of ('avtal', 'bidrag'); a plain period names nothing ("Period ändrad: period")."""
    return period.kind if period.kind and period.kind != "period" else None


def period_facts(old_text: str, new_text: str, changed: tuple[Spans, Spans] = (None, None)) -> list[Fact]:
    old, new = find_periods(old_text), find_periods(new_text)
    lost = [p for p in old if (p.start, p.end) not in {(q.start, q.end) for q in new}
            and touched_fact(p, changed[0])]
    gained = [p for p in new if (p.start, p.end) not in {(q.start, q.end) for q in old}
              and touched_fact(p, changed[1])]
    return [Fact("period_changed", [a.start, a.end] if a else None, [b.start, b.end] if b else None,
                 period_text(a) if a else None, period_text(b) if b else None, period_subject(b or a),
                 old_span=span_of(a), new_span=span_of(b))
            for a, b in paired(lost, gained)]


# A code of capitals and digits ("MYP10", "ATN2024") before a number: a table row's label, not
# the first digit group of the amount in the next cell.
CODE_BEFORE_NUMBER = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,}[a-zåäö]*\d+) (?=\d)")


def cells_apart(text: str) -> str:
    """The text with a code and the number after it kept apart, same length (offsets hold).

    >>> [a.value for a in find_amounts(cells_apart("MYP10 122 800 kr/år"))]
    [122800]
    """
    return CODE_BEFORE_NUMBER.sub(lambda m: m.group(1) + "\u2002", text)


def amount_facts(old_text: str, new_text: str, changed: tuple[Spans, Spans] = (None, None)) -> list[Fact]:
    old, new = find_amounts(cells_apart(old_text)), find_amounts(cells_apart(new_text))
    lost = [a for a in old if a.value not in {b.value for b in new} and touched_fact(a, changed[0])]
    gained = [a for a in new if a.value not in {b.value for b in old} and touched_fact(a, changed[1])]
    return [Fact("amount_changed", a.value if a else None, b.value if b else None,
                 kronor(a) if a else None, kronor(b) if b else None, old_span=span_of(a), new_span=span_of(b))
            for a, b in paired(lost, gained)]


def clause_facts(old_text: str | None, new_text: str | None, old_record: Record | None = None,
                 new_record: Record | None = None, changed: tuple[Spans, Spans] = (None, None)) -> list[Fact]:
    """Every fact one version of a clause states and the other does not, parties first.
    `changed`: where the changed words are in each text (a fact must touch them)."""
    old, new = old_text or "", new_text or ""
    return (orgnr_facts(old, new, old_record, new_record, changed)
            + party_name_facts(old, new, old_record, new_record, changed)
            + period_facts(old, new, changed) + amount_facts(old, new, changed))
