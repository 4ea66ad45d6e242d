"""The whole Record of one text: every fact kind, each with evidence mapped back to the
original (pre-repair) text.

>>> record = extract_text("Förvaltningens förslag till beslut\\nSocialnämnden godkänner slutrapporten.\\n")
>>> record.authority, [d.text for d in record.decisions]
('Socialnämnden', ['Socialnämnden godkänner slutrapporten.'])
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from diarium.extract.amounts import find_amounts
from diarium.extract.authority import find_authority
from diarium.extract.dates import document_date
from diarium.extract.decisions import find_decisions
from diarium.extract.dnr import find_dnr
from diarium.extract.doctype import find_doc_type
from diarium.extract.evidence import evidence, with_original
from diarium.extract.legal_refs import find_legal_refs
from diarium.extract.orgnr import find_orgnrs
from diarium.extract.parties import find_parties
from diarium.extract.periods import find_periods
from diarium.extract.persons import find_persons
from diarium.extract.title import find_title
from diarium.schemas import Change, Evidence, Record
from diarium.schemas.structure import Structure
from diarium.structure import analyse

# The Record fields that hold lists of facts, each fact with its evidence.
FACT_FIELDS = ("parties", "periods", "amounts", "decisions", "persons", "legal_refs", "orgnrs",
               "dnr_facts")


def scalar_facts(text: str, structure: Structure) -> tuple[dict[str, Any], dict[str, Evidence]]:
    """doc_type, title, authority, date and the evidence each was read from."""
    values: dict[str, Any] = {}
    evidences: dict[str, Evidence] = {}
    kind, start, end = find_doc_type(text, structure)
    values["doc_type"] = kind
    if end > start:
        evidences["doc_type"] = evidence(text, start, end)
    for name, found in (("title", find_title(text, kind, structure)),
                        ("authority", find_authority(text, structure, kind))):
        if found:
            values[name] = found[0]
            evidences[name] = evidence(text, found[1], found[2])
    date = document_date(text, structure, kind)
    if date:
        values["date"] = date.value
        evidences["date"] = evidence(text, date.start, date.end)
    return values, evidences


def extract_text(text: str, *, original: str | None = None, changes: list[Change] | None = None,
                 structure: Structure | None = None, doc_id: str = "") -> Record:
    """Every fact in `text` (the repaired text; `original` and `changes` map evidence back),
    read from its `structure` (the structure stage runs here when it is not given)."""
    structure = structure if structure is not None else analyse(text)
    orgnrs = find_orgnrs(text, structure)
    scalars, scalar_evidence = scalar_facts(text, structure)
    dnr_facts = find_dnr(text, structure)
    record = Record(
        doc_id=doc_id, **scalars,
        dnr=[d.dnr for d in dnr_facts], dnr_facts=dnr_facts,
        parties=find_parties(text, orgnrs, structure), periods=find_periods(text, structure),
        amounts=find_amounts(text, structure), decisions=find_decisions(text, structure),
        persons=find_persons(text, structure), legal_refs=find_legal_refs(text, structure),
        orgnrs=orgnrs, scalar_evidence=scalar_evidence,
    )
    unique = {id(ev): ev for ev in all_evidence(record)}
    with_original(unique.values(), original if original is not None else text, changes)
    return record


def all_evidence(record: Record) -> Iterator[Evidence]:
    for field in FACT_FIELDS:
        for fact in getattr(record, field):
            yield from fact.evidence
    yield from record.scalar_evidence.values()
