"""What the scan of an attendance chunk yields: a label, a field's value, an entry (a person) or a
fragment (text continuing an entry of an earlier line), with the parts of an entry read so far."""
from __future__ import annotations

from dataclasses import dataclass, field

from diarium.structure.attendance_vocab import Label, party_of


@dataclass
class Piece:
    """A label, a field's value, an entry (a person) or a fragment (text continuing an entry)."""

    kind: str
    start: int
    end: int = 0
    text: str = ""
    label: Label | None = None
    name_tokens: list[str] = field(default_factory=list)
    parens: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    organisation: str | None = None
    presence_parts: list[str] = field(default_factory=list)
    replaces_tokens: list[str] = field(default_factory=list)
    junk: list[str] = field(default_factory=list)
    last: str = "start"
    comma: bool = False
    open: str | None = None

    @property
    def name(self) -> str:
        return " ".join(self.name_tokens)

    @property
    def replaces(self) -> str | None:
        return " ".join(self.replaces_tokens) or None

    @property
    def presence(self) -> str | None:
        return " ".join(self.presence_parts).replace(" ,", ",") or None

    @property
    def has_party_shape(self) -> bool:
        return bool(self.parens) and party_of(self.parens[0]) is not None
