"""Fact-level changes from two extracted records: parties, organisationsnummer, periods, amounts.

Parties are matched by name fuzzily (OCR may have damaged one of them), so an orgnr with
transposed digits is an `orgnr_changed` for that organisation, not a party removed and added.

>>> from diarium.schemas import Party, Record
>>> old = Record(doc_id="old", parties=[Party(name="Rädda Barnen", orgnr="802002-8638")])
>>> new = Record(doc_id="new", parties=[Party(name="Radda Barnen", orgnr="802002-8683"),
...                                     Party(name="Convictus", orgnr="802012-1581")])
>>> [(c.kind, c.subject, c.old, c.new, c.substantive) for c in fact_changes(old, new)]
[('orgnr_changed', 'Radda Barnen', '802002-8638', '802002-8683', True), ('party_added', 'Convictus', None, 'Convictus (802012-1581)', True)]
"""
from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import fuzz

from diarium.diff.model import DiffChange
from diarium.diff.normalise import key, skeleton
from diarium.extract import orgnr
from diarium.schemas import Amount, Party, Period, Record

NAME_MATCH = 80  # rapidfuzz ratio for "the same organisation, maybe OCR-damaged"

Locate = Callable[[str, bool], tuple[str, str]]


def no_section(text: str, new_side: bool) -> tuple[str, str]:
    return "", ""


def party_label(party: Party) -> str:
    return f"{party.name} ({party.orgnr})" if party.orgnr else party.name


def name_score(a: Party, b: Party) -> float:
    """Same orgnr: the same organisation; else how alike the names are (one may carry OCR debris
    such as 'Stockholms stadsmission, organisationsnhummer')."""
    if a.orgnr and a.orgnr == b.orgnr:
        return 101.0
    return max(fuzz.ratio(key(a.name), key(b.name)), fuzz.token_set_ratio(key(a.name), key(b.name)))


def match_by_name(old: list[Party], new: list[Party]) -> list[tuple[Party | None, Party | None]]:
    """Pairs of the same organisation; the orgnr settles ties between similar names."""
    scored = sorted(((name_score(a, b), i, j) for i, a in enumerate(old) for j, b in enumerate(new)),
                    reverse=True)
    pairs: list[tuple[Party | None, Party | None]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for score, i, j in scored:
        if score >= NAME_MATCH and i not in used_old and j not in used_new:
            pairs.append((old[i], new[j]))
            used_old.add(i)
            used_new.add(j)
    pairs += [(party, None) for i, party in enumerate(old) if i not in used_old]
    pairs += [(None, party) for j, party in enumerate(new) if j not in used_new]
    return pairs


def printed_in(party: Party, text: str) -> bool:
    """The other version prints this party's orgnr (or, without one, its name): the party is
    there, only its extraction failed (OCR damage)."""
    if party.orgnr:
        return orgnr.compact(party.orgnr) in "".join(c for c in text if c.isdigit())
    return skeleton(party.name) in skeleton(text)


def party_presence_change(party: Party, added: bool, other_text: str,
                          locate: Locate) -> DiffChange:
    """party_added / party_removed; not substantive when the other version prints it too."""
    here, there = ("NEW", "OLD") if added else ("OLD", "NEW")
    section, title = locate(party.name, added)
    present = printed_in(party, other_text)
    return DiffChange(
        kind="party_added" if added else "party_removed", section=section, section_title=title,
        **({"new": party_label(party)} if added else {"old": party_label(party)}),
        subject=party.name, substantive=not present,
        reason=f"printed in {there} too, not extracted there" if present else f"party only in {here}")


def party_changes(old: Record, new: Record, locate: Locate, old_text: str = "",
                  new_text: str = "") -> list[DiffChange]:
    changes = []
    for before, after in match_by_name(old.parties, new.parties):
        if after is not None and before is None:
            changes.append(party_presence_change(after, True, old_text, locate))
        elif before is not None and after is None:
            changes.append(party_presence_change(before, False, new_text, locate))
        elif before is not None and after is not None and (before.orgnr or "") != (after.orgnr or ""):
            section, title = locate(after.orgnr or after.name, True)
            same_digits = skeleton(before.orgnr or "") == skeleton(after.orgnr or "")
            changes.append(DiffChange(
                kind="orgnr_changed", section=section, section_title=title, old=before.orgnr,
                new=after.orgnr, subject=after.name, substantive=not same_digits and bool(
                    before.orgnr and after.orgnr),
                reason="look-alike characters" if same_digits else "organisationsnummer differs"))
    return changes


def period_label(period: Period) -> str:
    return f"{period.start} – {period.end}"


def main_period(record: Record) -> Period | None:
    """The period of the partnership or agreement itself (not an earlier one it mentions)."""
    for kinds in (("partnerskap", "avtal", "samarbetsavtal"), None):
        found = [p for p in record.periods if kinds is None or p.kind in kinds]
        if found:
            return found[0]
    return None


def period_changes(old: Record, new: Record, locate: Locate) -> list[DiffChange]:
    before, after = main_period(old), main_period(new)
    either = after or before
    if either is None:
        return []
    if before and after and (before.start, before.end) == (after.start, after.end):
        return []
    snippet = after.evidence[0].snippet if after and after.evidence else ""
    section, title = locate(snippet, True) if snippet else ("", "")
    return [DiffChange(kind="period_changed", section=section, section_title=title,
                       old=period_label(before) if before else None,
                       new=period_label(after) if after else None, substantive=True,
                       subject=either.kind, reason="period differs")]


def amount_label(amount: Amount) -> str:
    text = f"{amount.value:,}".replace(",", " ") + f" {amount.currency}"
    return text + (f" per {amount.per}" if amount.per else "")


def amount_changes(old: Record, new: Record, locate: Locate) -> list[DiffChange]:
    """Amounts present in one version only, paired in order of appearance."""
    old_values = [a for a in old.amounts if a.value not in {b.value for b in new.amounts}]
    new_values = [a for a in new.amounts if a.value not in {b.value for b in old.amounts}]
    changes = []
    for index in range(max(len(old_values), len(new_values))):
        before = old_values[index] if index < len(old_values) else None
        after = new_values[index] if index < len(new_values) else None
        probe = after or before
        assert probe is not None            # index < the longer list's length
        snippet = probe.evidence[0].snippet if probe.evidence else (probe.text or "")
        section, title = locate(snippet, after is not None)
        changes.append(DiffChange(kind="amount_changed", section=section, section_title=title,
                                  old=amount_label(before) if before else None,
                                  new=amount_label(after) if after else None, substantive=True,
                                  reason="amount differs"))
    return changes


def fact_changes(old: Record, new: Record, locate: Locate = no_section, old_text: str = "",
                 new_text: str = "") -> list[DiffChange]:
    """party_added/removed, orgnr_changed, period_changed and amount_changed between two records.

    The texts, when given, let a party missing from one record be checked against the words
    of that version."""
    return party_changes(old, new, locate, old_text, new_text) + \
        period_changes(old, new, locate) + amount_changes(old, new, locate)
