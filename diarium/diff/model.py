"""What `diarium diff` reports: one entry per edit (fixed vocabulary of kinds) and the report.

An entry carries both levels of an edit at once: the fact that changed (a party, an
organisationsnummer, the period, an amount: `old_fact`/`new_fact` as printed, `old_value`/
`new_value` as data) and the clause around it (`old`/`new`: the sentence in each version),
with the section and the page in each version.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, computed_field

ChangeKind = Literal[
    "party_added", "party_removed", "orgnr_changed", "period_changed", "amount_changed",
    "clause_changed", "clause_added", "clause_removed", "section_moved",
]
FACT_KINDS: frozenset[str] = frozenset(
    {"party_added", "party_removed", "orgnr_changed", "period_changed", "amount_changed"})
FactValue = int | str | list[str] | None
# What each kind is called in the reports (Swedish, for the case officer who reads them).
KIND_LABELS = {
    "party_added": "Part tillkommen", "party_removed": "Part borttagen",
    "orgnr_changed": "Organisationsnummer ändrat", "period_changed": "Period ändrad",
    "amount_changed": "Belopp ändrat", "clause_changed": "Text ändrad",
    "clause_added": "Text tillagd", "clause_removed": "Text borttagen",
    "section_moved": "Avsnitt flyttat", "renumbered": "Avsnitt omnumrerat",
}


class Place(BaseModel):
    """Another place where the same edit was made (a fact repeated in the summary and the text)."""
    section: str
    section_title: str = ""
    old_page: int | None = None
    new_page: int | None = None


class DiffChange(BaseModel):
    kind: ChangeKind
    section: str = Field(description="Section in NEW (OLD for removals): its number, else its heading")
    section_title: str = ""
    old_section: str | None = Field(None, description="The section in OLD, when it is another one")
    old_section_title: str | None = None
    old_page: int | None = Field(None, description="Page of the edit in OLD (1-based, as the file counts)")
    new_page: int | None = Field(None, description="Page of the edit in NEW")
    old: str | None = Field(None, description="The clause (sentence or list item) in OLD")
    new: str | None = Field(None, description="The clause in NEW")
    old_fact: str | None = Field(None, description="The fact as printed in OLD: '1 200 000 kr', '803521-5170'")
    new_fact: str | None = None
    old_value: FactValue = Field(None, description="Kronor, ISO dates [start, end], or NNNNNN-NNNN")
    new_value: FactValue = None
    subject: str | None = Field(None, description="The organisation or fact the change is about")
    substantive: bool
    reason: str = Field("", description="Why it is (not) substantive, in Swedish")
    also: list[Place] = Field(default_factory=list, description="The same edit made elsewhere too")
    warnings: list[str] = Field(default_factory=list,
                                description="E.g. an organisationsnummer that fails its check digit")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def label(self) -> str:
        """The kind in Swedish, as the reports print it ('Belopp ändrat')."""
        if self.kind == "section_moved" and not self.substantive:
            return KIND_LABELS["renumbered"]
        return KIND_LABELS[self.kind]


class DocInfo(BaseModel):
    path: str
    sha256: str | None = None
    kind: str | None = None
    pages: int | None = None
    repaired: bool = False


class DiffReport(BaseModel):
    old: DocInfo
    new: DocInfo
    changes: list[DiffChange] = Field(default_factory=list)
    facts: dict[str, Any] = Field(default_factory=lambda: {"old": None, "new": None})

    @property
    def substantive(self) -> list[DiffChange]:
        return [c for c in self.changes if c.substantive]
