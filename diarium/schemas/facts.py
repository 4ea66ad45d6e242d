"""The fact record `diarium extract --json` emits (shape: FACTS_SCHEMA, extra keys allowed)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

DocType = Literal["tjänsteutlåtande", "avtal", "protokoll", "skrivelse", "rapport", "annat"]


class Evidence(BaseModel):
    page: int = Field(ge=1, description="1-based page the fact was read on")
    start: int = Field(ge=0, description="Start offset in the repaired document text")
    end: int = Field(ge=0, description="End offset (exclusive) in the repaired document text")
    snippet: str = Field(description="The repaired text the fact was read from")
    original: str | None = Field(None, description="The same span before OCR repair")


class Fact(BaseModel):
    evidence: list[Evidence] = Field(default_factory=list)


class DnrFact(Fact):
    dnr: str = Field(description="Diarienummer as printed, whitespace removed")


class Party(Fact):
    name: str
    orgnr: str | None = Field(None, description="NNNNNN-NNNN")
    orgnr_valid: bool | None = Field(None, description="Luhn check of orgnr; null when no orgnr")
    public: bool = Field(False, description="The public party (a förvaltning, nämnd or kommun)")


class Period(Fact):
    start: str = Field(description="ISO date")
    end: str = Field(description="ISO date")
    kind: str = Field(description="partnerskap, avtal, samarbetsavtal, förlängning ...")


class Amount(Fact):
    value: int = Field(description="Whole kronor")
    currency: str = "SEK"
    per: str | None = Field(None, description="What the amount is per, e.g. 'år', '12 månader'")
    text: str | None = Field(None, description="The amount as printed")


class Decision(Fact):
    number: int | None = None
    text: str


class Person(Fact):
    name: str
    role: str | None = None
    party: str | None = Field(None, description="Political party abbreviation, e.g. MP")


class LegalRef(Fact):
    sfs: str | None = Field(None, description="SFS number, e.g. 2018:672")
    text: str


class OrgNr(Fact):
    """Every organisationsnummer printed, valid or not (parties link to these)."""

    orgnr: str
    orgnr_valid: bool
    name: str | None = None


class Record(BaseModel):
    doc_id: str
    doc_type: DocType | None = None
    title: str | None = None
    authority: str | None = None
    date: str | None = Field(None, description="Document or meeting date, ISO")
    dnr: list[str] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    legal_refs: list[LegalRef] = Field(default_factory=list)
    # Extras beyond FACTS_SCHEMA (ignored by the scorer):
    orgnrs: list[OrgNr] = Field(default_factory=list)
    dnr_facts: list[DnrFact] = Field(default_factory=list, description="dnr with evidence")
    scalar_evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="Evidence for doc_type, title, authority, date")
    source: str | None = Field(None, description="Path of the input document")
    sha256: str | None = None
    repaired: bool = Field(False, description="OCR repair was applied before extraction")
