"""extract stage: repaired text → Record of facts, each with evidence.

One small module per fact kind (orgnr, parties, periods, amounts, decisions, dnr, persons,
legal_refs, doctype, authority, dates, title); each is a pure function text → facts.
`extract_text` (in `record`) runs them all and maps every evidence span back to the original
text. `diarium.extract.spacy_components` wraps the same functions as spaCy factories.
A document or file is read, repaired and extracted by `diarium.extract(source)` (`diarium.api`).
"""
from __future__ import annotations

from diarium.extract.amounts import find_amounts
from diarium.extract.authority import find_authority
from diarium.extract.dates import document_date
from diarium.extract.decisions import find_decisions
from diarium.extract.dnr import find_dnr
from diarium.extract.doctype import find_doc_type
from diarium.extract.legal_refs import find_legal_refs
from diarium.extract.orgnr import find_orgnrs
from diarium.extract.parties import find_parties
from diarium.extract.periods import find_periods
from diarium.extract.persons import find_persons
from diarium.extract.record import all_evidence, extract_text, scalar_facts
from diarium.extract.title import find_title

__all__ = [
    "all_evidence", "extract_text", "find_amounts", "find_authority", "document_date",
    "find_decisions", "find_dnr", "find_doc_type", "find_legal_refs", "find_orgnrs",
    "find_parties", "find_periods", "find_persons", "find_title", "scalar_facts",
]
