"""extract stage: repaired text → Record of facts, each with evidence.

One small module per fact kind (orgnr, parties, periods, amounts, decisions, dnr, persons,
legal_refs, doctype, authority, dates, title); each is a pure function text → facts.
`extract_text` runs them all and maps every evidence span back to the original text.
`diarium.extract.spacy_components` wraps the same functions as spaCy factories.

>>> record = extract_text("Förvaltningens förslag till beslut\\nSocialnämnden godkänner slutrapporten.\\n")
>>> record.authority, [d.text for d in record.decisions]
('Socialnämnden', ['Socialnämnden godkänner slutrapporten.'])
"""
from __future__ import annotations

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

__all__ = [
    "extract_text", "find_amounts", "find_authority", "document_date", "find_decisions", "find_dnr",
    "find_doc_type", "find_legal_refs", "find_orgnrs", "find_parties", "find_periods",
    "find_persons", "find_title",
]


def scalar_facts(text: str) -> tuple[dict, dict[str, Evidence]]:
    """doc_type, title, authority, date and the evidence each was read from."""
    values: dict = {}
    evidences: dict[str, Evidence] = {}
    kind, start, end = find_doc_type(text)
    values["doc_type"] = kind
    if end > start:
        evidences["doc_type"] = evidence(text, start, end)
    for name, found in (("title", find_title(text, kind)), ("authority", find_authority(text))):
        if found:
            values[name] = found[0]
            evidences[name] = evidence(text, found[1], found[2])
    date = document_date(text)
    if date:
        values["date"] = date.value
        evidences["date"] = evidence(text, date.start, date.end)
    return values, evidences


def extract_text(text: str, *, original: str | None = None, changes: list[Change] | None = None,
                 doc_id: str = "") -> Record:
    """Every fact in `text` (the repaired text; `original` and `changes` map evidence back)."""
    orgnrs = find_orgnrs(text)
    scalars, scalar_evidence = scalar_facts(text)
    dnr_facts = find_dnr(text)
    record = Record(
        doc_id=doc_id, **scalars,
        dnr=[d.dnr for d in dnr_facts], dnr_facts=dnr_facts,
        parties=find_parties(text, orgnrs), periods=find_periods(text), amounts=find_amounts(text),
        decisions=find_decisions(text), persons=find_persons(text),
        legal_refs=find_legal_refs(text), orgnrs=orgnrs, scalar_evidence=scalar_evidence,
    )
    unique = {id(ev): ev for ev in all_evidence(record)}
    with_original(unique.values(), original if original is not None else text, changes)
    return record


def all_evidence(record: Record):
    for field in ("parties", "periods", "amounts", "decisions", "persons", "legal_refs",
                  "orgnrs", "dnr_facts"):
        for fact in getattr(record, field):
            yield from fact.evidence
    yield from record.scalar_evidence.values()


def extract(source, **kwargs) -> Record:
    """Document | text | Path → Record, repairing OCR first (see `diarium.pipeline.process`)."""
    from diarium.pipeline import process
    return process(source, **kwargs).record


class _CallableModule(__import__("types").ModuleType):
    # `diarium.extract` is both this subpackage and the documented entry point
    # `diarium.extract(document)`: importing the subpackage rebinds the name on `diarium`,
    # so the module itself must be callable.
    def __call__(self, source, **kwargs) -> Record:
        return extract(source, **kwargs)


__import__("sys").modules[__name__].__class__ = _CallableModule
