"""Pydantic models passed between the stages: Document → (repair) → Record."""
from diarium.schemas.corrections import Change
from diarium.schemas.document import Document, Line, Page, Word
from diarium.schemas.facts import (
    Amount, Decision, DnrFact, Evidence, LegalRef, OrgNr, Party, Period, Person, Record,
)

__all__ = [
    "Amount", "Change", "Decision", "DnrFact", "Document", "Evidence", "LegalRef", "Line",
    "OrgNr", "Page", "Party", "Period", "Person", "Record", "Word",
]
