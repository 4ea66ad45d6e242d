"""One entry per edit: a changed clause that changes a fact *is* that fact change.

A substantive clause change whose two versions state different facts (an orgnr, a party, the
period, an amount) becomes an entry of the fact's kind that still carries the clause — never a
fact entry and a clause entry for the same edit. The same edit made in several places (the
period in the summary, the background and the decision) is one entry; the other places are
listed with it (`also`).
"""
from __future__ import annotations

from typing import Any

from diarium.diff.align import Alignment
from diarium.diff.changes import Group, changed_text, clause_rows, signature
from diarium.diff.facts import Fact, clause_facts
from diarium.diff.model import FACT_KINDS, DiffChange, Place
from diarium.diff.normalise import skeleton
from diarium.diff.replaced import split, unrelated
from diarium.schemas import Record

Row = tuple[DiffChange, Group | None]


def with_fact(change: DiffChange, fact: Fact) -> DiffChange:
    return change.model_copy(update={
        "kind": fact.kind, "old_value": fact.old_value, "new_value": fact.new_value,
        "old_fact": fact.old_fact, "new_fact": fact.new_fact, "subject": fact.subject,
        "warnings": fact.warnings, "reason": fact.reason})


def fact_rows(alignment: Alignment, change: DiffChange, group: Group,
              records: tuple[Record | None, Record | None]) -> list[Row]:
    """The clause change as the fact changes it carries, or as itself when it carries none."""
    regions = [r for r in group.regions if r.substantive]
    old, old_spans = changed_text(alignment.old_tokens, alignment.old_units, group.old_units,
                                  [(r.o1, r.o2) for r in regions])
    new, new_spans = changed_text(alignment.new_tokens, alignment.new_units, group.new_units,
                                  [(r.n1, r.n2) for r in regions])
    facts = clause_facts(old, new, *records, changed=(flat(old_spans), flat(new_spans)))
    if not facts:
        return list(split(alignment, change, group)) if unrelated(alignment, group) else [(change, group)]
    rows: list[Row] = [(with_fact(change, fact), group) for fact in facts]
    rest = [r for k, r in enumerate(regions) if not any(
        claims(fact.old_span, old_spans[k]) or claims(fact.new_span, new_spans[k]) for fact in facts)]
    if rest:        # another edit in the same clause, beside the fact: its own entry
        rows.append((change.model_copy(update={"reason": "; ".join(r.reason for r in rest)[:300]}), group))
    return rows


def flat(spans: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    return [span for region in spans for span in region]


def claims(fact: tuple[int, int] | None, spans: list[tuple[int, int]]) -> bool:
    """The fact is printed where these changed words are."""
    return fact is not None and any(a < fact[1] and fact[0] < b for a, b in spans)


def normal(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def edit_key(alignment: Alignment, change: DiffChange, group: Group | None) -> tuple | None:
    """Two entries with the same key are the same edit made in two places."""
    if not change.substantive:
        return None
    if change.kind in FACT_KINDS:
        values = (normal(change.old_value), normal(change.new_value))
        subject = skeleton(change.subject or "") if values == (None, None) else ""
        return change.kind, values, subject
    if group is not None:
        edits = signature(alignment, group)
        return (change.kind, edits) if edits else None
    return None


def merge_repeats(alignment: Alignment, rows: list[Row]) -> list[Row]:
    first: dict[tuple, DiffChange] = {}
    out: list[Row] = []
    for change, group in rows:
        key = edit_key(alignment, change, group)
        if key is not None and key in first:
            place = Place(section=change.section, section_title=change.section_title,
                          old_page=change.old_page, new_page=change.new_page)
            primary = first[key]
            if place not in primary.also and (place.section, place.old_page, place.new_page) != (
                    primary.section, primary.old_page, primary.new_page):
                primary.also.append(place)
            continue
        if key is not None:
            first[key] = change
        out.append((change, group))
    return out


def position(alignment: Alignment, change: DiffChange, group: Group | None) -> int:
    """Where an entry stands in NEW (a removal: where its text would have been)."""
    if group is not None:
        return group.regions[0].n1
    return next((i for i, t in enumerate(alignment.new_tokens) if t.heading and
                 alignment.new_sections[t.section].ref == change.section), 0)


def entry_rows(alignment: Alignment, old_record: Record | None = None,
               new_record: Record | None = None) -> list[Row]:
    """Every entry in NEW's order, each with the word group it shows (None for a move)."""
    rows: list[Row] = []
    for change, group in clause_rows(alignment):
        if group is not None and change.substantive:
            rows += fact_rows(alignment, change, group, (old_record, new_record))
        else:
            rows.append((change, group))
    rows.sort(key=lambda row: position(alignment, *row))
    return merge_repeats(alignment, rows)
