"""One logged OCR repair."""
from __future__ import annotations

from pydantic import BaseModel, Field


class Change(BaseModel):
    page: int = Field(ge=1)
    line: int = Field(ge=1, description="1-based line within the page")
    start: int = Field(ge=0, description="Offset of the original in the input text")
    end: int = Field(ge=0)
    new_start: int = Field(ge=0, description="Offset of the replacement in the output text")
    new_end: int = Field(ge=0)
    original: str
    replacement: str
    confidence: float = Field(ge=0.0, le=1.0)
    reason: str = Field(description="e.g. 'confusion ä←d', 'hyphenation', 'mojibake', 'i←1 context'")
    applied: bool = Field(True, description="False: below the threshold, logged only")
