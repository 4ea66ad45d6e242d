"""The page/line/word model every reader produces and every later stage consumes."""
from __future__ import annotations

from statistics import fmean
from typing import Literal

from pydantic import BaseModel, Field

DocumentKind = Literal["text", "pdf-text", "pdf-scan", "image", "hocr", "alto"]
PageSource = Literal["text", "text-layer", "ocr", "hocr", "alto"]
# Kinds whose text came from OCR (ours or someone else's) rather than from the author.
OCR_SOURCES: frozenset[str] = frozenset({"ocr", "hocr", "alto"})

BBox = tuple[float, float, float, float]  # x0, y0, x1, y1 in page pixels (or PDF points)


class Word(BaseModel):
    text: str
    conf: float | None = Field(None, ge=0.0, le=1.0, description="OCR word confidence, 0-1")
    bbox: BBox | None = None


class Line(BaseModel):
    text: str = Field(description="The line as read, inner spacing kept")
    words: list[Word] = Field(default_factory=list)
    bbox: BBox | None = None

    @classmethod
    def from_text(cls, text: str) -> "Line":
        return cls(text=text, words=[Word(text=w) for w in text.split()])


class Page(BaseModel):
    number: int = Field(ge=1, description="1-based page number")
    source: PageSource
    lines: list[Line] = Field(default_factory=list)
    width: float | None = None
    height: float | None = None

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def confidences(self) -> list[float]:
        return [w.conf for line in self.lines for w in line.words if w.conf is not None]

    @property
    def mean_conf(self) -> float | None:
        confs = self.confidences
        return fmean(confs) if confs else None


class Document(BaseModel):
    path: str
    sha256: str
    kind: DocumentKind
    pages: list[Page] = Field(default_factory=list)
    encoding: str | None = Field(None, description="Detected encoding of a text file")
    warnings: list[str] = Field(default_factory=list)

    @property
    def text(self) -> str:
        """Plain text, pages separated by form feeds."""
        return "\f".join(page.text for page in self.pages)

    @property
    def mean_conf(self) -> float | None:
        confs = [c for page in self.pages for c in page.confidences]
        return fmean(confs) if confs else None

    @property
    def is_ocr(self) -> bool:
        return any(page.source in OCR_SOURCES for page in self.pages)
