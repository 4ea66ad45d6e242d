"""What `diarium diff` reports: the change list (fixed vocabulary) and the whole report."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

ChangeKind = Literal[
    "party_added", "party_removed", "orgnr_changed", "period_changed", "amount_changed",
    "clause_changed", "clause_added", "clause_removed", "section_moved",
]
FACT_KINDS: frozenset[str] = frozenset(
    {"party_added", "party_removed", "orgnr_changed", "period_changed", "amount_changed"})


class DiffChange(BaseModel):
    kind: ChangeKind
    section: str = Field(description="Section number as printed in NEW (OLD for removals), else its heading")
    section_title: str = ""
    old: str | None = None
    new: str | None = None
    substantive: bool
    reason: str = Field("", description="Why it is (not) substantive, e.g. 'number: fyra → tre'")
    subject: str | None = Field(None, description="The organisation or fact the change is about")
    old_section: str | None = Field(None, description="Section in OLD when it differs (moves)")


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
